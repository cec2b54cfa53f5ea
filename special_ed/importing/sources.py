"""The lists a county receives, and what each must contain to be of use."""

from __future__ import annotations

from enum import StrEnum

from special_ed.errors import SpecialEdError
from special_ed.importing.words import SOURCES


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


_LABELS = {source: SOURCES[source.value] for source in Source}

# Every list needs a name and something to match it by: the ID, a certificate (which holds
# the ID), or at least a birth date to go with the name.
REQUIRED: dict[Source, tuple[tuple[str, ...], ...]] = {
    source: (("name",), ("resident_id", "birth_date", "certificate_no")) for source in Source
}
# A child record belongs to a township (the register is kept per township).
REQUIRED[Source.CHILDREN] = (*REQUIRED[Source.CHILDREN], ("township",))
