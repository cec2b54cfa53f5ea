"""Every kind of bad row is caught with the right reason; normalisations are warned, not rejected."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.errors import SpecialEdError
from special_ed.importing.columns import ColumnMapping, MappingPreset, guess_mapping
from special_ed.importing.samples import (
    SCHOOL_HEADER,
    federation_rows,
    make_people,
    school_rows,
    write_federation_xlsx,
    write_xlsx,
)
from special_ed.importing.sources import Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import REJECTED, VALID, WARNED, RowValidator, ValidatedRow
from special_ed.importing.values import parse_date

HEADER = [
    "姓名",
    "身份证号",
    "性别",
    "出生日期",
    "残疾证号",
    "残疾类别",
    "残疾等级",
    "联系电话",
    "是否建档立卡",
]
BOY = make_resident_id("500237", date(2015, 3, 1), 11)  # odd sequence: male
GIRL = make_resident_id("500237", date(2016, 7, 9), 24)


def validator(source: Source = Source.FEDERATION, header: list[str] = HEADER) -> RowValidator:
    return RowValidator(guess_mapping(header), source, today=date(2026, 11, 28))


def row(**cells: Any) -> list[Any]:
    names = {"name": 0, "id": 1, "sex": 2, "birth": 3, "cert": 4, "cat": 5, "grade": 6, "phone": 7, "poor": 8}
    out: list[Any] = [""] * len(HEADER)
    out[0] = "张小明"
    for key, value in cells.items():
        out[names[key]] = value
    return out


def check(**cells: Any) -> ValidatedRow:
    return validator().validate(7, row(**cells))


def codes(result: ValidatedRow, severity: str | None = None) -> list[str]:
    return [i.code for i in result.issues if severity is None or i.severity == severity]


def test_a_clean_row_is_valid() -> None:
    result = check(
        id=BOY, sex="男", birth="2015-03-01", cert=make_certificate(BOY, 5, 2), cat="智力", grade="二级"
    )
    assert result.status == VALID, result.issues
    assert result.values["resident_id"] == BOY
    assert result.values["categories"] == ("5",)
    assert result.values["grade"] == 2


def test_bad_checksum_is_rejected() -> None:
    bad = BOY[:17] + ("0" if BOY[17] != "0" else "1")
    result = check(id=bad)
    assert result.status == REJECTED
    assert codes(result, "error") == ["id.checksum"]
    assert result.issues[0].field == "resident_id"


@pytest.mark.parametrize(
    "cell",
    ["1.10105E+17", "5.00237E+17", BOY[:15] + "000", 5.00237201503010e17, int(BOY[:15] + "000")],
    ids=["sci-notation", "sci-notation-2", "trailing-000", "float-cell", "int-cell"],
)
def test_excel_cut_ids_are_rejected(cell: Any) -> None:
    result = check(id=cell)
    assert result.status == REJECTED
    assert codes(result, "error") == ["id.excel_number"]


@pytest.mark.parametrize(
    "cell",
    [" " + BOY + " ", BOY[:6] + " " + BOY[6:], "".join(chr(ord(c) + 0xFEE0) for c in BOY), BOY + "\u3000"],
    ids=["spaces", "inner-space", "full-width", "ideographic-space"],
)
def test_normalised_ids_are_warned(cell: str) -> None:
    result = check(id=cell)
    assert result.status == WARNED
    assert codes(result) == ["id.normalised"]
    assert result.values["resident_id"] == BOY


def test_lower_case_x_id_is_normalised() -> None:
    rid = next(
        make_resident_id("500237", date(2014, 1, 1), n)
        for n in range(1000)
        if make_resident_id("500237", date(2014, 1, 1), n).endswith("X")
    )
    result = check(id=rid.lower())
    assert result.status == WARNED
    assert codes(result) == ["id.normalised"]
    assert result.values["resident_id"] == rid


@pytest.mark.parametrize(
    "cell",
    ["2015.3.1", "2015/03/01", "20150301", "2015年3月1日", "2015-03-01", 42064, 42064.0, "42064",
     datetime(2015, 3, 1), date(2015, 3, 1), 20150301, "2015-03-01 00:00:00", "２０１５．３．１"],
)  # fmt: skip
def test_date_formats(cell: Any) -> None:
    assert parse_date(cell) == date(2015, 3, 1)
    result = check(id=BOY, birth=cell)
    assert result.status == VALID, result.issues


@pytest.mark.parametrize("cell", ["2015.13.1", "2015年2月30日", "三月一日", "0", "2015.3"])
def test_bad_dates_are_not_dates(cell: str) -> None:
    assert parse_date(cell) is None


def test_unreadable_birth_date_without_id_is_rejected_with_id_is_taken_from_id() -> None:
    without = check(birth="去年")
    assert without.status == REJECTED
    assert "date.invalid" in codes(without, "error")
    with_id = check(id=BOY, birth="去年")
    assert with_id.status == WARNED
    assert codes(with_id) == ["import.birth_from_id"]
    assert with_id.values["birth_date"] == date(2015, 3, 1)


def test_sex_and_birth_date_disagreeing_with_id_are_rejected() -> None:
    sex = check(id=BOY, sex="女")
    assert sex.status == REJECTED
    assert codes(sex, "error") == ["id.sex_mismatch"]
    assert sex.issues[0].message() == "性别“女”与身份证号（男）不一致"
    birth = check(id=BOY, birth="2015.3.2")
    assert birth.status == REJECTED
    assert codes(birth, "error") == ["id.birth_date_mismatch"]
    assert birth.issues[0].field == "birth_date"


def test_certificate_disagreeing_with_id_is_rejected() -> None:
    result = check(id=BOY, cert=make_certificate(GIRL, 5, 2))
    assert result.status == REJECTED
    assert codes(result, "error") == ["cert.id_mismatch"]
    assert result.issues[0].field == "certificate_no"


def test_certificate_stored_as_number_is_rejected() -> None:
    result = check(id=BOY, cert=5.0023720150301e19)
    assert codes(result, "error") == ["cert.excel_number"]


def test_certificate_alone_supplies_the_id() -> None:
    result = validator(header=["姓名", "残疾证号"]).validate(3, ["李四", make_certificate(GIRL, 4, 1) + "B2"])
    assert result.status == VALID, result.issues
    assert result.values["resident_id"] == GIRL
    assert result.values["sex"] == "F"
    assert result.values["grade"] == 1


def test_category_and_grade_disagreeing_with_certificate_are_warned() -> None:
    result = check(id=BOY, cert=make_certificate(BOY, 5, 2), cat="肢体", grade="四级")
    assert result.status == WARNED
    assert codes(result) == ["cert.category_mismatch", "cert.grade_mismatch"]


def test_missing_name_and_nothing_to_match_by() -> None:
    result = validator().validate(4, ["", "", "", "", "", "", "", "", ""])
    assert codes(result, "error") == ["required", "import.unidentifiable"]
    only_birth = check(birth="2015.3.1")
    assert only_birth.status == WARNED
    assert codes(only_birth) == ["import.id_missing"]


def test_name_with_spaces_and_full_width_is_normalised_with_a_warning() -> None:
    result = check(name="张　小 明", id=BOY)
    assert result.values["name"] == "张小明"
    assert codes(result) == ["import.text_normalised"]


def test_unrecognised_values_are_warned_and_ignored() -> None:
    result = check(id=BOY, sex="未知", cat="不详", grade="五级", phone="12345", poor="可能")
    assert result.status == WARNED
    assert codes(result) == [
        "import.sex_from_id", "import.value_unknown", "import.value_unknown",
        "phone.invalid", "import.value_unknown",
    ]  # fmt: skip
    assert result.values["sex"] == "M"
    assert "categories" not in result.values


def test_duplicates_within_the_file() -> None:
    v = validator()
    results = list(
        v.run(
            [
                (5, row(id=BOY)),
                (6, row(name="王芳", id=GIRL)),
                (7, row(name="张晓明", id=" " + BOY)),
                (8, row(name="无证", birth="2016.1.1")),
                (9, row(name="无证", birth="2016/01/01")),
            ]
        )
    )
    dup = results[2]
    assert "import.duplicate_in_file" in codes(dup)
    assert dup.values["duplicate_of"] == 5
    assert next(i for i in dup.issues if i.code == "import.duplicate_in_file").params["first_row"] == 5
    assert results[4].values["duplicate_of"] == 8
    assert "duplicate_of" not in results[1].values
    assert (v.summary.valid, v.summary.warned, v.summary.rejected) == (2, 3, 0)


def test_a_rejected_row_does_not_count_as_first_of_a_duplicate() -> None:
    v = validator()
    results = list(v.run([(5, row(id=BOY, sex="女")), (6, row(id=BOY))]))
    assert results[0].status == REJECTED
    assert results[1].status == VALID


def test_mapping_must_name_a_name_and_an_id_or_birth_date() -> None:
    with pytest.raises(SpecialEdError) as exc:
        RowValidator(guess_mapping(["姓名", "性别", "乡镇"]), Source.HOUSEHOLD)
    assert exc.value.code == "import.mapping_incomplete"
    assert "身份证号或出生日期或残疾证号" in exc.value.message()


def test_mapping_correction_and_presets_round_trip() -> None:
    mapping = guess_mapping(["序号", "名字", "证件", "生日", "备注"])
    assert mapping.fields == {1: "name", 3: "birth_date"}
    mapping.assign(2, "resident_id")
    mapping.assign(4, "name")  # moves the field: one column per field
    assert mapping.fields == {2: "resident_id", 3: "birth_date", 4: "name"}
    preset = MappingPreset.from_mapping("某镇户籍", "household", mapping)
    again = MappingPreset.from_dict(preset.to_dict())
    reordered = again.apply(["备注", "证件", "序号", "生日"])
    assert reordered.fields == {0: "name", 1: "resident_id", 3: "birth_date"}
    with pytest.raises(SpecialEdError) as exc:
        MappingPreset.from_dict({"name": "x", "columns": {"A": "nonsense"}})
    assert exc.value.code == "import.preset_invalid"


@pytest.mark.parametrize(
    ("header", "field"),
    [("学生姓名", "name"), ("公民身份号码", "resident_id"), ("身份证件号", "resident_id"),
     ("*身份证号", "resident_id"), ("出生日期（格式：2015-01-01）", "birth_date"),
     ("乡镇（街道）", "township"), ("是否建档立卡", "is_poor"),
     ("残疾证号 ", "certificate_no"), ("联系电话", "guardian_phone"), ("学籍号", "school_register_no"),
     ("监护人", "guardian_name"), ("户籍地址", "address"), ("年级", "school_grade"), ("班级", "class_name"),
     ("学校名称", "school_name"), ("残疾等级", "grade"), ("残疾类别", "categories")],
)  # fmt: skip
def test_header_variants(header: str, field: str) -> None:
    assert guess_mapping([header]).fields == {0: field}


def test_whole_files_end_to_end(tmp_path: Path) -> None:
    people = make_people(30, seed=11)
    fed = tmp_path / "残联.xlsx"
    write_federation_xlsx(fed, federation_rows(people))
    with SheetTable(fed) as table:
        v = RowValidator(guess_mapping(table.columns), Source.FEDERATION, today=date(2026, 11, 28))
        results = list(v.run(table.rows()))
    assert v.summary.rejected == 0, [r.issues for r in results if r.status == REJECTED]
    assert {r.values["resident_id"] for r in results} == {p.resident_id for p in people}
    school = tmp_path / "学籍.xlsx"
    write_xlsx(school, SCHOOL_HEADER, school_rows(people, ids_as_numbers=True))
    with SheetTable(school) as table:
        v = RowValidator(guess_mapping(table.columns), Source.SCHOOL_REGISTER, today=date(2026, 11, 28))
        results = list(v.run(table.rows()))
    assert v.summary.rejected == 30
    assert all(codes(r, "error") == ["id.excel_number"] for r in results)


def test_mapping_object_reports_headers() -> None:
    mapping = ColumnMapping(["学生姓名", "身份证件号"], {0: "name", 1: "resident_id"})
    assert mapping.header_of("resident_id") == "身份证件号"
    assert mapping.header_of("sex") == "性别"


def test_values_too_long_for_the_database_are_rejected() -> None:
    v = RowValidator(guess_mapping(["姓名", "身份证号", "村"]), Source.HOUSEHOLD, today=date(2026, 11, 28))
    result = v.validate(3, ["张" * 65, BOY, "村" * 70])
    assert [(i.code, i.field) for i in result.issues] == [("too_long", "name"), ("too_long", "village")]
    assert result.issues[0].message() == "姓名过长（最多 64 个字）"


@pytest.mark.parametrize("cell", ['="{id}"', "'{id}", "\t{id}"], ids=["formula-quoted", "apostrophe", "tab"])
def test_ids_protected_from_excel_by_the_exporting_system(cell: str) -> None:
    result = check(id=cell.format(id=BOY))
    assert result.values["resident_id"] == BOY
    assert result.status in (VALID, WARNED)
    assert codes(result, "error") == []
