"""Provincial norms for 送教上门 as data: each preset states its source document and its figures.

Provinces differ three to four times over (domain notes, "Provincial norms for 送教上门"), so the
figures are never constants in the rules: choosing a preset writes them into the county's
:class:`~special_ed.domain.settings.VisitNorms` (and compulsory age range where the document
sets one), and the compliance calculator reads only the settings. ``custom`` keeps whatever
figures the county entered.

Where a document gives a range ("1–2 a week") the preset takes the lower bound: it is the
minimum the county is held to; the county may raise it and the preset then reads as modified.
"""

from __future__ import annotations

from dataclasses import dataclass

from special_ed.errors import SpecialEdError

CUSTOM = "custom"


@dataclass(frozen=True)
class NormPreset:
    """One province's (or the county's own) home-teaching norms."""

    key: str
    name: str  # shown in 设置, e.g. "福建省"
    document: str  # the source document, as cited on paper
    visits_per_month: int  # 0: no monthly rule
    visits_per_week: int  # 0: no weekly rule
    hours_per_visit: float  # 课时 per visit
    hours_per_year: float  # annual 课时 target per child; 0: the document sets none
    parent_class_counts: bool  # a 家长课堂 visit counts towards the visits owed
    workload_per_visit: float  # 课时 of teacher workload credited per visit per teacher; 0: its class hours
    age_min: int | None = None  # compulsory age range the document names, if any
    age_max: int | None = None
    notes: str = ""  # what of the document the figures do not capture

    def summary(self) -> str:
        """One line in Chinese: the figures as the document states them."""
        parts: list[str] = []
        if self.visits_per_week:
            parts.append(f"每周不少于 {self.visits_per_week} 次")
        if self.visits_per_month:
            parts.append(f"每月不少于 {self.visits_per_month} 次")
        parts.append(f"每次不少于 {_num(self.hours_per_visit)} 课时")
        if self.hours_per_year:
            parts.append(f"全年不少于 {_num(self.hours_per_year)} 课时")
        if self.parent_class_counts:
            parts.append("家长课堂计入送教次数")
        if self.workload_per_visit:
            parts.append(f"每次送教计教师工作量 {_num(self.workload_per_visit)} 课时")
        else:
            parts.append("教师工作量按实际课时计")
        if self.age_min is not None and self.age_max is not None:
            parts.append(f"适龄 {self.age_min}–{self.age_max} 周岁")
        return "；".join(parts)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


PRESETS: tuple[NormPreset, ...] = (
    NormPreset(
        key="fujian",
        name="福建省",
        document="福建省 闽教基〔2024〕31号",
        visits_per_month=3,
        visits_per_week=0,
        hours_per_visit=2,
        hours_per_year=90,
        parent_class_counts=True,
        workload_per_visit=0,
        age_min=6,
        age_max=16,
        notes="个别送教：每月不少于3次（含家长课堂），每次不少于2课时，全年不少于90课时；"
        "集中送教点每周不少于2次、每次3课时、全年不少于216课时（本程序按个别送教计算）。",
    ),
    NormPreset(
        key="shandong",
        name="山东省",
        document="山东省省级送教上门工作要求（文号请按本省现行文件核对）",
        visits_per_month=0,
        visits_per_week=2,
        hours_per_visit=3,
        hours_per_year=216,
        parent_class_counts=False,
        workload_per_visit=0,
        age_min=6,
        age_max=15,
    ),
    NormPreset(
        key="henan",
        name="河南省",
        document="河南省省级送教上门工作要求（文号请按本省现行文件核对）",
        visits_per_month=0,
        visits_per_week=2,
        hours_per_visit=3,
        hours_per_year=216,
        parent_class_counts=False,
        workload_per_visit=0,
        age_min=6,
        age_max=14,
        notes="送教教师享受交通补助（本程序不计算补助金额）。",
    ),
    NormPreset(
        key="gansu",
        name="甘肃省（2018）",
        document="甘肃省2018年送教上门工作要求（文号请按本省文件核对）",
        visits_per_month=0,
        visits_per_week=1,
        hours_per_visit=2,
        hours_per_year=60,
        parent_class_counts=False,
        workload_per_visit=4,
        notes="每周1–2次（本程序按下限每周1次计），每次2课时，全年不少于60课时；"
        "每送教1次计教师工作量4课时；为送教教师购买意外保险。",
    ),
    NormPreset(
        key="ningxia",
        name="宁夏回族自治区（2014）",
        document="宁夏回族自治区2014年送教上门工作要求（文号请按本区文件核对）",
        visits_per_month=0,
        visits_per_week=1,
        hours_per_visit=2,
        hours_per_year=0,
        parent_class_counts=False,
        workload_per_visit=0,
        notes="每周1次、每次2课时，一对一送教；文件未规定全年课时。",
    ),
)

_BY_KEY = {p.key: p for p in PRESETS}


def preset_keys() -> tuple[str, ...]:
    return (*(p.key for p in PRESETS), CUSTOM)


def is_known(key: str) -> bool:
    return key == CUSTOM or key in _BY_KEY


def preset(key: str) -> NormPreset:
    """The preset with this key; an unknown key (e.g. from a newer version's database) is an error."""
    found = _BY_KEY.get(key)
    if found is None:
        raise SpecialEdError("norms.preset_unknown", key=key, known="、".join(preset_keys()))
    return found
