"""The county's reference lists that can be imported: schools, teachers, teams and village coordinates.

Plain data, without SQL, so the import wizard can offer the kinds and their columns: each kind
names its fields (the headers people use for them, which are required), and the shipped xlsx
template of each kind carries exactly these headers (a test keeps the two in step). The headers
are also those ``special-ed export schools|teachers|teams|areas`` writes, so an exported list
edited in Excel is recognised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from importlib import resources
from pathlib import Path

from special_ed.errors import SpecialEdError
from special_ed.importing.columns import ColumnMapping, normalise_header
from special_ed.importing.header import HEADER_SCAN_ROWS
from special_ed.importing.table import SheetTable


class ReferenceKind(StrEnum):
    SCHOOLS = "schools"
    TEACHERS = "teachers"
    TEAMS = "teams"
    VILLAGES = "villages"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    def text(self, lang: str = "zh") -> str:
        return self.label if lang == "zh" else self.label_en

    @property
    def template_name(self) -> str:
        """The shipped template's file name (also the name offered when it is saved)."""
        return f"{self.label}导入模板.xlsx"

    @property
    def fields(self) -> tuple[RefField, ...]:
        return FIELDS[self]

    @property
    def action(self) -> str:
        """The permission the import needs (teams have their own, as on the reference page)."""
        return "teams.write" if self is ReferenceKind.TEAMS else "reference.write"


_LABELS: dict[ReferenceKind, tuple[str, str]] = {
    ReferenceKind.SCHOOLS: ("学校", "schools"),
    ReferenceKind.TEACHERS: ("教师", "teachers"),
    ReferenceKind.TEAMS: ("送教小组", "home-teaching teams"),
    ReferenceKind.VILLAGES: ("村（社区）坐标", "village coordinates"),
}


@dataclass(frozen=True)
class RefField:
    key: str
    label: str  # the template's header
    label_en: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    example: str = ""  # shown on the template's 填写说明 sheet
    note: str = ""
    text: bool = False  # the template formats the column as text (codes, phone numbers)

    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


_LAT = RefField("lat", "纬度", "latitude", ("北纬", "纬度(WGS-84)", "lat", "latitude"), example="31.07452",
                note="十进制度（31.07452）或度分秒（31°04′28″）；可从手机地图复制")  # fmt: skip
_LON = RefField("lon", "经度", "longitude", ("东经", "经度(WGS-84)", "lon", "lng", "longitude"),
                example="109.87921", note="与纬度同时填写；导入时可选坐标系（高德、腾讯、微信为 GCJ-02，百度为 BD-09）")  # fmt: skip

FIELDS: dict[ReferenceKind, tuple[RefField, ...]] = {
    ReferenceKind.SCHOOLS: (
        RefField("identifier", "学校标识码", "school identifier", ("标识码", "学校识别码"), example="2150012345",
                 note="10 位数字，可不填；填写时不得与已有学校重复", text=True),
        RefField("school_name", "学校名称", "school name", ("学校", "校名", "学校全称", "单位名称", "学校(机构)名称"),
                 required=True, example="信陵镇中心小学"),
        RefField("school_kind", "办学类型", "kind of school", ("学校类型", "学校类别", "类型", "办学性质"), required=True,
                 example="小学", note="普通学校（小学、初级中学、九年一贯制学校等）、特殊教育学校、教学点、幼儿园"),
        RefField("township", "所在乡镇", "township", ("乡镇", "乡镇(街道)", "所在乡镇(街道)", "所属乡镇", "乡镇街道"),
                 required=True, example="信陵镇", note="须是本县的乡镇（街道）"),
        RefField("school_address", "学校地址", "address", ("地址", "详细地址", "学校详细地址"), example="信陵镇解放路 12 号"),
        _LAT,
        _LON,
    ),
    ReferenceKind.TEACHERS: (
        RefField("teacher_name", "姓名", "name", ("教师姓名", "教职工姓名"), required=True, example="李敏"),
        RefField("school", "任职学校", "school", ("学校", "所在学校", "学校名称", "工作单位", "任教学校"),
                 required=True, example="信陵镇中心小学", note="须是学校名单中的学校（可先导入学校）"),
        RefField("teacher_role", "岗位", "role", ("岗位类别", "教师类别", "职务", "任教类别", "岗位类型"), required=True,
                 example="特殊教育教师", note="特殊教育教师（特教教师）、普通教师、康复治疗师、医生、出车人员、其他"),
        RefField("phone", "手机号码", "phone", ("手机号", "联系电话", "电话", "手机"), example="13800000000", text=True),
        RefField("active", "是否在岗", "active", ("在岗", "在岗状态", "是否在职", "状态"), example="是",
                 note="是 / 否，不填为是"),
    ),
    ReferenceKind.TEAMS: (
        RefField("team_name", "小组名称", "team name", ("送教小组", "小组", "小组名", "送教小组名称"), required=True,
                 example="信陵镇送教一组"),
        RefField("school", "所属学校", "school", ("学校", "所在学校", "学校名称", "基地学校"), required=True,
                 example="信陵镇中心小学"),
        RefField("leader", "组长", "leader", ("小组长", "组长姓名"), required=True, example="李敏",
                 note="须是教师名单中的教师"),
        RefField("members", "组员", "members", ("成员", "小组成员", "组员姓名"), required=True, example="王芳、张强",
                 note="用“、”或“，”分隔；连同组长至少两名教师，其中一名特殊教育教师"),
        RefField("driver", "出车人员", "driver", ("司机", "驾驶员"), example="", note="可不填；须是岗位为出车人员的教师"),
        RefField("townships", "负责乡镇", "townships covered", ("服务乡镇", "送教乡镇", "覆盖乡镇"), example="信陵镇、东瀼口镇",
                 note="可不填；用“、”分隔"),
    ),
    ReferenceKind.VILLAGES: (
        RefField("village_code", "村（社区）代码", "village code", ("村代码", "社区代码", "统计用区划代码", "区划代码"),
                 example="422823100001", note="可不填；12 位统计用区划代码，填写时按代码找村，不看名称", text=True),
        RefField("township", "乡镇", "township", ("乡镇(街道)", "所在乡镇", "所属乡镇", "乡镇街道"), example="信陵镇",
                 note="可不填；村名在两个乡镇重复时必填"),
        RefField("village", "村", "village", ("村(社区)", "村社区", "行政村", "村名", "村(居)", "所在村", "社区"),
                 required=True, example="白土坡社区", note="须是本县区划中的村（社区），全称简称均可"),
        replace(_LAT, required=True),
        replace(_LON, required=True),
    ),
}  # fmt: skip

# Each list's size is a county's worth (a few thousand rows at most); a file far beyond that is
# another list chosen by mistake, and is refused before it fills memory.
MAX_ROWS = 20_000


def recogniser(kind: ReferenceKind) -> dict[str, str]:
    """Normalised header → field key for one kind."""
    lookup: dict[str, str] = {}
    for spec in kind.fields:
        for name in spec.names():
            lookup.setdefault(normalise_header(name), spec.key)
    return lookup


def recognise_for(kind: ReferenceKind) -> _Recogniser:
    return _Recogniser(recogniser(kind))


_TRAILING_NOTE = re.compile(r"[(\[][^)\]]*[)\]]$")


class _Recogniser:
    """Header text → field of one kind (a callable the header finder and the wizard share)."""

    def __init__(self, lookup: dict[str, str]) -> None:
        self._lookup = lookup

    def __call__(self, header: str) -> str | None:
        norm = normalise_header(header)
        if norm in self._lookup:
            return self._lookup[norm]
        # "纬度（WGS-84）", "学校名称（全称）": a note in brackets at the end ("村（社区）代码" is not 村)
        stripped = _TRAILING_NOTE.sub("", norm)
        return self._lookup.get(stripped) if stripped else None


def guess(kind: ReferenceKind, columns: Sequence[str]) -> ColumnMapping:
    """Column → field for one kind's file, each field taken by its first column."""
    known = recognise_for(kind)
    mapping = ColumnMapping(list(columns), known=frozenset(f.key for f in kind.fields))
    taken: set[str] = set()
    for index, header in enumerate(columns):
        key = known(header)
        if key is not None and key not in taken:
            mapping.fields[index] = key
            taken.add(key)
    return mapping


def missing(kind: ReferenceKind, mapping: ColumnMapping) -> list[str]:
    """The labels of required fields no column feeds."""
    used = set(mapping.fields.values())
    return [f.label for f in kind.fields if f.required and f.key not in used]


def label_of(kind: ReferenceKind, key: str, lang: str = "zh") -> str:
    for spec in kind.fields:
        if spec.key == key:
            return spec.label if lang == "zh" else spec.label_en
    return key


def open_sheet(kind: ReferenceKind, path: str | Path, sheet: str | None = None) -> SheetTable:
    """The file's sheet with its header found by this kind's columns; a file without them is told so
    in this kind's words (which columns it needs), not the people lists'."""
    try:
        return SheetTable(path, sheet, recognise=recognise_for(kind))
    except SpecialEdError as exc:
        if exc.code != "import.no_header":
            raise
        raise SpecialEdError(
            "refimport.no_header", sheet=exc.params.get("sheet", ""), rows=HEADER_SCAN_ROWS,
            kind=kind.label, fields="、".join(f.label for f in kind.fields if f.required),
        ) from exc  # fmt: skip


def template_path(kind: ReferenceKind) -> Path:
    """The shipped template (package data under special_ed/data/templates/)."""
    return Path(str(resources.files("special_ed.data") / "templates" / f"{kind.value}.xlsx"))


def split_names(text: str) -> list[str]:
    """Names in one cell: 王芳、张强 / 王芳，张强 / 王芳,张强 / 王芳；张强 / 王芳 张强."""
    for sep in ("，", ",", "；", ";", "/", "／", " ", "\u3000", "\n"):
        text = text.replace(sep, "、")
    return [part for part in (p.strip() for p in text.split("、")) if part]
