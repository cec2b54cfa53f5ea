"""Who a paper says issued it: the county profile's institutions, the one helper every print uses.

Placement notices (安置意见书), the child's file (一人一档), the monthly visit summary and the
reports the county files upward all name the deciding and issuing bodies the same way. They
take an :class:`Issuer` built by :func:`issuer_for` from ``App.county.profile()`` — never
from the OS login, the ``--user`` name or a county name typed somewhere else — so that every
office sharing a database prints the same institutions, and a renamed 教育局 changes every
paper at once.

Use::

    issuer = issuer_for(app.county.profile())
    issuer.title("送教上门教师工作量统计表")   # "巫山县送教上门教师工作量统计表"
    issuer.unit                                # "巫山县教育委员会（巫山县特殊教育指导中心）"
    issuer.title_block("……统计表", "2026—2027学年")  # title, period, 填报单位 and seal lines
"""

from __future__ import annotations

from dataclasses import dataclass

from special_ed.domain.county import CountyProfile, suggested_authority, suggested_centre


@dataclass(frozen=True)
class TitleBlock:
    """The head of a report or form: what it is, for when, who files it, and whose seal it bears."""

    title: str  # "巫山县送教上门教师工作量统计表"
    period: str  # 统计时段, "" when the document has none
    unit: str  # 填报单位: "巫山县教育委员会（巫山县特殊教育指导中心）"
    seal_lines: tuple[str, ...]  # the bodies named above the date at the foot, top to bottom


@dataclass(frozen=True)
class Issuer:
    """The county's institutions as paper names them (all "" for a county not chosen yet)."""

    county: str = ""  # "巫山县"
    full_county: str = ""  # "重庆市巫山县"
    authority: str = ""  # 发文机关, the education bureau or commission: "巫山县教育委员会"
    centre: str = ""  # 县特殊教育指导（资源）中心: "巫山县特殊教育指导中心"
    committee: str = ""  # the deciding body of placements: "巫山县残疾人教育专家委员会"
    phone: str = ""  # the office phone printed for questions, "" when none is kept

    def title(self, document: str) -> str:
        """A document's title with the county in front: ``title("入学安置意见书")``."""
        return f"{self.county}{document}"

    @property
    def unit(self) -> str:
        """填报单位 of a report: the authority, with the centre that keeps the figures."""
        if self.centre and self.centre != self.authority:
            return f"{self.authority}（{self.centre}）" if self.authority else self.centre
        return self.authority

    @property
    def seal_lines(self) -> tuple[str, ...]:
        """The bodies that sign a county report, top to bottom (the ones the profile names)."""
        return tuple(x for x in dict.fromkeys((self.authority, self.centre)) if x)

    def title_block(self, document: str, period: str = "") -> TitleBlock:
        return TitleBlock(self.title(document), period, self.unit, self.seal_lines)

    @property
    def contact(self) -> str:
        """ "联系电话：023-57681234", or "" when the profile keeps no phone."""
        return f"联系电话：{self.phone}" if self.phone else ""


def issuer_for(profile: CountyProfile) -> Issuer:
    """The issuing bodies of ``profile``; an authority or centre left empty gets the usual name.

    The profile form requires the authority, but a database set up before it existed may
    still lack one: the suggestion (教育委员会 in 北京 and 重庆, else 教育局) is what the
    county would have been offered.
    """
    name = profile.name.strip()
    authority = profile.issuing_authority.strip() or suggested_authority(name, profile.code)
    centre = profile.centre_name.strip() or suggested_centre(name)
    return Issuer(
        county=name,
        full_county=profile.full_name if name else "",
        authority=authority,
        centre=centre,
        committee=profile.committee,
        phone=profile.phone.strip(),
    )
