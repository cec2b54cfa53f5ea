"""The lists a county receives, and what each must contain to be of use."""

from __future__ import annotations

from enum import StrEnum

from special_ed.errors import SpecialEdError


class Source(StrEnum):
    CHILDREN = "children"  # the county's own list of children, imported as records
    FEDERATION = "federation"  # 残联: certified disabled persons
    SCHOOL_REGISTER = "school-register"  # 学籍 system
    HOUSEHOLD = "household"  # 户籍 (public security)
    POVERTY = "poverty"  # 扶贫 / 建档立卡 system

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    @classmethod
    def parse(cls, text: str) -> Source:
        for member in cls:
            if text in (member.value, member.label, member.label_en):
                return member
        raise SpecialEdError("import.source_unknown", source=text, choices=", ".join(m.value for m in cls))


_LABELS = {
    Source.CHILDREN: ("儿童名单", "children"),
    Source.FEDERATION: ("残联名单", "disabled persons' federation"),
    Source.SCHOOL_REGISTER: ("学籍名单", "school register"),
    Source.HOUSEHOLD: ("户籍名单", "household register"),
    Source.POVERTY: ("建档立卡名单", "poverty-relief register"),
}

# Every list needs a name and something to match it by: the ID, a certificate (which holds
# the ID), or at least a birth date to go with the name.
REQUIRED: dict[Source, tuple[tuple[str, ...], ...]] = {
    source: (("name",), ("resident_id", "birth_date", "certificate_no")) for source in Source
}
# A child record belongs to a township (the register is kept per township).
REQUIRED[Source.CHILDREN] = (*REQUIRED[Source.CHILDREN], ("township",))
