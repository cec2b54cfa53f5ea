"""Which column holds which field: recognising Chinese header variants, and mapping presets.

Each agency names its columns its own way (姓名/学生姓名, 身份证号/公民身份号码 …). The
header text is normalised (full-width folded, spaces, asterisks and colons dropped) and
compared with the synonyms below; a note in brackets ("出生日期（格式：2015-01-01）") is
ignored when the full text is not known. The user can correct every choice, and the
corrected mapping can be saved as a preset for the next file from the same agency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from special_ed.errors import SpecialEdError


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    label_en: str
    synonyms: tuple[str, ...]


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        "姓名",
        "name",
        ("姓名", "学生姓名", "儿童姓名", "残疾人姓名", "残疾儿童姓名", "幼儿姓名", "名字"),
    ),
    FieldSpec(
        "resident_id",
        "身份证号",
        "resident ID",
        (
            "身份证号",
            "身份证号码",
            "身份证件号",
            "身份证件号码",
            "公民身份号码",
            "公民身份证号",
            "公民身份证号码",
            "身份证",
            "证件号码",
            "证件号",
            "学生身份证号",
            "儿童身份证号",
            "残疾人身份证号",
            "身份证件号码/护照号",
        ),
    ),
    FieldSpec(
        "certificate_no",
        "残疾证号",
        "certificate number",
        (
            "残疾证号",
            "残疾证号码",
            "残疾人证号",
            "残疾人证号码",
            "残疾证编号",
            "残疾人证编号",
            "证号",
            "持证号码",
        ),
    ),
    FieldSpec(
        "categories",
        "残疾类别",
        "category",
        ("残疾类别", "残疾类型", "残疾种类", "类别", "障碍类别", "残疾类别名称"),
    ),
    FieldSpec("grade", "残疾等级", "grade", ("残疾等级", "残疾级别", "等级", "级别", "残疾等级名称")),
    FieldSpec("level", "障碍程度", "level", ("障碍程度", "残疾程度", "程度", "评估程度")),
    FieldSpec("sex", "性别", "sex", ("性别",)),
    FieldSpec(
        "birth_date", "出生日期", "birth date", ("出生日期", "出生年月", "出生年月日", "生日", "出生时间")
    ),
    FieldSpec("ethnicity", "民族", "ethnicity", ("民族",)),
    FieldSpec(
        "school_register_no",
        "学籍号",
        "school-register number",
        ("学籍号", "全国学籍号", "学籍辅号", "学籍编号", "学生学籍号"),
    ),
    FieldSpec(
        "school_name",
        "学校名称",
        "school",
        ("学校名称", "学校", "就读学校", "所在学校", "送教学校", "学籍学校", "学籍所在学校", "就读学校名称"),
    ),
    FieldSpec("school_grade", "年级", "school grade", ("年级", "就读年级", "所在年级", "年级名称")),
    FieldSpec("class_name", "班级", "class", ("班级", "班别", "所在班级", "班级名称", "班号")),
    FieldSpec(
        "address",
        "户籍地址",
        "address",
        (
            "户籍地址",
            "家庭住址",
            "住址",
            "家庭地址",
            "户籍所在地",
            "现住址",
            "居住地址",
            "户口所在地",
            "详细地址",
        ),
    ),
    FieldSpec(
        "township",
        "乡镇",
        "township",
        ("乡镇", "乡镇(街道)", "乡镇街道", "所在乡镇", "乡(镇)", "镇街", "乡镇名称", "街道"),
    ),
    FieldSpec(
        "village", "村", "village", ("村", "村(社区)", "村社区", "所在村", "行政村", "村居", "村名", "村(居)")
    ),
    FieldSpec(
        "guardian_name", "监护人", "guardian", ("监护人", "监护人姓名", "家长姓名", "家长", "法定监护人")
    ),
    FieldSpec(
        "guardian_phone",
        "联系电话",
        "phone",
        (
            "联系电话",
            "监护人电话",
            "监护人联系电话",
            "家长电话",
            "家长联系电话",
            "电话",
            "手机号",
            "手机号码",
            "联系方式",
        ),
    ),
    FieldSpec(
        "is_poor",
        "是否建档立卡",
        "registered poor",
        (
            "是否建档立卡",
            "建档立卡",
            "是否建档立卡户",
            "建档立卡户",
            "是否贫困户",
            "贫困户",
            "是否建档立卡贫困户",
        ),
    ),
    # the app's own roster export (`export children --full`) has these too: a round trip keeps them
    FieldSpec("dibao", "低保", "minimum living allowance", ("低保", "是否低保", "低保户")),
    FieldSpec("left_behind", "留守", "left-behind", ("留守", "是否留守", "留守儿童")),
    FieldSpec("orphan", "孤儿", "orphan", ("孤儿", "是否孤儿")),
    FieldSpec("has_certificate", "持残疾证", "holds a certificate", ("持残疾证", "是否持证", "持证")),
    FieldSpec("home_lat", "住址纬度", "home latitude", ("住址纬度", "纬度")),
    FieldSpec("home_lon", "住址经度", "home longitude", ("住址经度", "经度")),
    FieldSpec("status", "在学状态", "school status", ("在学状态", "就学状态")),
    FieldSpec(
        "placement", "安置方式", "placement", ("安置方式", "安置形式", "就读方式", "教育安置", "安置情况")
    ),
    # the current placement decision, as the roster export writes it: a new child gets it back
    FieldSpec("placement_school", "安置学校", "placement school", ("安置学校", "责任学校", "安置学校/责任学校")),
    FieldSpec("team", "送教小组", "home-teaching team", ("送教小组", "送教团队", "送教组")),
    FieldSpec(
        "placement_date", "安置生效日期", "placement effective date", ("安置生效日期", "安置日期", "安置决定日期")
    ),
    FieldSpec("placement_by", "安置决定", "placement decided by", ("安置决定", "决定机构", "安置决定人")),
    FieldSpec("placement_reason", "安置理由", "placement reason", ("安置理由", "安置说明")),
    FieldSpec("review_due", "复评日期", "review due", ("复评日期", "下次复评日期", "复评时间")),
)
FIELD_BY_KEY: dict[str, FieldSpec] = {f.key: f for f in FIELDS}

_BRACKETS = re.compile(r"\([^)]*\)")
_DROP = re.compile(r"[\s*★☆:：、]")


def normalise_header(text: object) -> str:
    folded = unicodedata.normalize("NFKC", str(text))
    return _DROP.sub("", folded).lower()


_LOOKUP: dict[str, str] = {}
for _spec in FIELDS:
    for _syn in _spec.synonyms:
        _LOOKUP.setdefault(normalise_header(_syn), _spec.key)


def recognise(header: str) -> str | None:
    """The field a header names, or None. A "group/leaf" header from two merged rows tries the leaf first."""
    parts = [p for p in str(header).split("/") if p]
    candidates = [parts[-1], "".join(parts)] if len(parts) > 1 else [str(header)]
    for candidate in candidates:
        norm = normalise_header(candidate)
        if norm in _LOOKUP:
            return _LOOKUP[norm]
        stripped = _BRACKETS.sub("", norm)
        if stripped and stripped in _LOOKUP:
            return _LOOKUP[stripped]
    return None


@dataclass
class ColumnMapping:
    """Column index → field key for the columns that are used; the others are ignored."""

    columns: list[str]
    fields: dict[int, str] = field(default_factory=dict)
    # the field keys this mapping may use; None: the people lists' fields (FIELDS above)
    known: frozenset[str] | None = None

    def column_of(self, key: str) -> int | None:
        for index, name in self.fields.items():
            if name == key:
                return index
        return None

    def header_of(self, key: str) -> str:
        index = self.column_of(key)
        if index is not None:
            return self.columns[index]
        return FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else key

    def assign(self, column: int, key: str | None) -> None:
        """Map a column to a field (None unmaps it); a field already used elsewhere moves here."""
        if key is None:
            self.fields.pop(column, None)
            return
        if key not in (FIELD_BY_KEY if self.known is None else self.known):
            raise SpecialEdError("import.preset_invalid", name="", detail=key)
        for other, name in list(self.fields.items()):
            if name == key and other != column:
                del self.fields[other]
        self.fields[column] = key

    def missing(self, required: Sequence[Sequence[str]]) -> list[str]:
        """Required groups not satisfied: each group is a set of alternatives (e.g. ID or birth date)."""
        used = set(self.fields.values())
        return [
            "或".join(FIELD_BY_KEY[k].label for k in group) for group in required if not used & set(group)
        ]


def guess_mapping(columns: Sequence[str]) -> ColumnMapping:
    mapping = ColumnMapping(list(columns))
    taken: set[str] = set()
    for index, header in enumerate(columns):
        key = recognise(header)
        if key is not None and key not in taken:
            mapping.fields[index] = key
            taken.add(key)
    return mapping


@dataclass(frozen=True)
class MappingPreset:
    """A saved mapping for one agency's export: header text → field, independent of column order."""

    name: str
    source: str
    by_header: Mapping[str, str]

    def recogniser(self) -> Callable[[str], str | None]:
        """Header recognition that knows this preset's own column names besides the usual ones."""
        wanted = {normalise_header(h): k for h, k in self.by_header.items()}

        def known(header: str) -> str | None:
            return wanted.get(normalise_header(header)) or recognise(header)

        return known

    def apply(self, columns: Sequence[str]) -> ColumnMapping:
        mapping = guess_mapping(columns)
        wanted = {normalise_header(h): k for h, k in self.by_header.items()}
        for index, header in enumerate(columns):
            key = wanted.get(normalise_header(header))
            if key is not None:
                mapping.assign(index, key)
        return mapping

    @classmethod
    def from_mapping(cls, name: str, source: str, mapping: ColumnMapping) -> MappingPreset:
        return cls(name, source, {mapping.columns[i]: k for i, k in sorted(mapping.fields.items())})

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "source": self.source, "columns": dict(self.by_header)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MappingPreset:
        name = str(data.get("name", ""))
        columns = data.get("columns")
        if not name or not isinstance(columns, Mapping):
            raise SpecialEdError("import.preset_invalid", name=name, detail="缺少 name 或 columns")
        unknown = [str(v) for v in columns.values() if v not in FIELD_BY_KEY]
        if unknown:
            raise SpecialEdError("import.preset_invalid", name=name, detail="未知字段 " + "、".join(unknown))
        return cls(name, str(data.get("source", "")), {str(k): str(v) for k, v in columns.items()})
