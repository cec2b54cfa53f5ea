"""Row rules of the schools, teachers, teams and village-coordinates imports (no database)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from special_ed.domain.access import Scope
from special_ed.domain.coordinates import Bounds, Datum, wgs84_to_gcj02
from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.domain.place_names import Place
from special_ed.errors import SpecialEdError
from special_ed.importing.readers import Cell
from special_ed.importing.reference_kinds import ReferenceKind, guess, missing, recognise_for, split_names
from special_ed.importing.reference_rows import (
    KnownSchool,
    KnownTeacher,
    ReferenceValidator,
    Snapshot,
    parse_role,
    parse_school_kind,
)
from special_ed.importing.validation import REJECTED, VALID, WARNED, ValidatedRow

XINLING, DONGRANGKOU = 1, 2
SPECIAL_SCHOOL, CENTRE = 10, 11


def snapshot(**changes: object) -> Snapshot:
    snap = Snapshot(
        townships=[Place(XINLING, "信陵镇"), Place(DONGRANGKOU, "东瀼口镇")],
        villages=[Place(100, "白土坡社区", XINLING), Place(101, "花园村", XINLING), Place(200, "花园村", DONGRANGKOU),
                  Place(201, "羊乳山村", DONGRANGKOU)],
        schools=[KnownSchool(SPECIAL_SCHOOL, "巴东县特殊教育学校", "4228230001", XINLING),
                 KnownSchool(CENTRE, "东瀼口镇中心小学", "", DONGRANGKOU)],
        teachers=[KnownTeacher(1, "李敏", SPECIAL_SCHOOL, "special_ed"), KnownTeacher(2, "王芳", SPECIAL_SCHOOL, "ordinary"),
                  KnownTeacher(3, "张强", CENTRE, "ordinary"), KnownTeacher(4, "刘司机", SPECIAL_SCHOOL, "driver"),
                  KnownTeacher(5, "王芳", CENTRE, "special_ed"), KnownTeacher(6, "赵退", CENTRE, "ordinary", active=False),
                  KnownTeacher(7, "陈同", SPECIAL_SCHOOL, "ordinary"), KnownTeacher(8, "陈同", CENTRE, "ordinary")],
        team_names={"信陵一组": 1},
        bounds=Bounds(30.6, 109.9, 31.4, 110.7),
    )  # fmt: skip
    for key, value in changes.items():
        setattr(snap, key, value)
    return snap


def check(kind: ReferenceKind, header: Sequence[str], rows: Sequence[Sequence[Cell]], snap: Snapshot | None = None,
          datum: Datum = Datum.WGS84) -> list[ValidatedRow]:  # fmt: skip
    mapping = guess(kind, header)
    validator = ReferenceValidator(kind, mapping, snap or snapshot(), datum)
    return list(validator.run((n, list(r)) for n, r in enumerate(rows, start=2)))


def codes(row: ValidatedRow) -> list[tuple[str, str | None]]:
    return [(i.code, i.field) for i in row.issues]


SCHOOL_HEADER = ("学校标识码", "学校名称", "办学类型", "所在乡镇", "学校地址", "纬度", "经度")


def test_school_rows() -> None:
    rows = check(ReferenceKind.SCHOOLS, SCHOOL_HEADER, [
        ("4228230101", "信陵镇中心小学", "小学", "信陵镇", "解放路 1 号", "31.04", "110.34"),
        ("", "东瀼口镇教学点", "小学教学点", "东瀼口", "", "", ""),
        ("123", "乙小学", "小学", "信陵镇", "", "", ""),  # identifier not 10 digits
        ("4228230001", "丙小学", "小学", "信陵镇", "", "", ""),  # identifier of the special school
        ("", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "", "", ""),  # already listed
        ("", "丁小学", "私塾", "信陵镇", "", "", ""),  # kind unknown
        ("", "戊小学", "小学", "巴山镇", "", "", ""),  # township not of this county
        ("", "信陵镇中心小学", "小学", "信陵镇", "", "", ""),  # the file's row 2 again
        ("", "己小学", "小学", "信陵镇", "", "39.9", "116.4"),  # Beijing: outside the county
        ("", "庚小学", "幼儿园", "信陵镇", "", "31.0", ""),  # half a coordinate
        ("", "", "小学", "信陵镇", "", "", ""),  # no name
    ])  # fmt: skip
    first = rows[0]
    assert first.status == VALID
    assert first.values == {"identifier": "4228230101", "school_name": "信陵镇中心小学", "school_kind": "ordinary",
                            "township_id": XINLING, "school_address": "解放路 1 号", "lat": 31.04, "lon": 110.34}  # fmt: skip
    assert rows[1].status == VALID and rows[1].values["school_kind"] == SchoolKind.TEACHING_POINT.value
    assert rows[1].values["township_id"] == DONGRANGKOU  # "东瀼口" is the township's stem
    assert codes(rows[2]) == [("reference.identifier", "identifier")]
    assert codes(rows[3]) == [("reference.identifier_taken", "identifier")]
    assert "巴东县特殊教育学校" in rows[3].issues[0].message()
    assert codes(rows[4]) == [("refimport.school_exists", "school_name")]
    assert codes(rows[5]) == [("refimport.school_kind", "school_kind")]
    assert codes(rows[6]) == [("import.township_unknown", "township")]
    assert codes(rows[7]) == [("refimport.duplicate_row", "school_name")]
    assert rows[7].issues[0].message() == "与第 2 行重复（“信陵镇中心小学”），同一文件中只能出现一次"
    assert codes(rows[8]) == [("coordinates.outside", "lat")] and "公里" in rows[8].issues[0].message()
    assert codes(rows[9]) == [("refimport.coordinates_half", "lon")]
    assert (
        codes(rows[10]) == [("required", "school_name")]
        and rows[10].issues[0].message() == "学校名称不能为空"
    )
    assert all(r.status == REJECTED for r in rows[2:])


def test_school_coordinates_in_either_order_and_from_phone_maps() -> None:
    lat, lon = 31.0412, 110.3403
    glat, glon = wgs84_to_gcj02(lat, lon)
    rows = check(ReferenceKind.SCHOOLS, SCHOOL_HEADER, [
        ("", "甲", "小学", "信陵镇", "", f"{glat:.6f}", f"{glon:.6f}"),
        ("", "乙", "小学", "信陵镇", "", "110.3403", "31.0412"),  # columns swapped
        ("", "丙", "小学", "信陵镇", "", "31°02′28″", "110°20′25″"),
    ], datum=Datum.GCJ02)  # fmt: skip
    assert rows[0].status == VALID
    assert abs(rows[0].values["lat"] - lat) < 1e-5 and abs(rows[0].values["lon"] - lon) < 1e-5
    assert rows[1].status == WARNED and codes(rows[1]) == [("refimport.coordinates_swapped", "lat")]
    assert rows[2].status == VALID and abs(rows[2].values["lat"] - 31.0412) < 0.01


TEACHER_HEADER = ("姓名", "任职学校", "岗位", "手机号码", "是否在岗")


def test_teacher_rows() -> None:
    rows = check(ReferenceKind.TEACHERS, TEACHER_HEADER, [
        ("周 丽", "巴东县特殊教育学校", "特教教师", "138 0000 0001", "是"),
        ("吴刚", "东瀼口镇中心小学", "康复治疗师", "", "退休"),
        ("郑华", "外县小学", "普通教师", "", ""),  # school unknown
        ("冯五", "巴东县特殊教育学校", "校长", "", ""),  # role unknown
        ("李敏", "巴东县特殊教育学校", "特教教师", "", ""),  # already there
        ("周丽", "巴东县特殊教育学校", "普通教师", "", ""),  # row 2 again
        ("钱六", "巴东县特殊教育学校", "医生", "12345", "也许"),  # phone, active
    ])  # fmt: skip
    assert rows[0].status == VALID and rows[0].values == {
        "teacher_name": "周丽", "school_id": SPECIAL_SCHOOL, "teacher_role": "special_ed", "phone": "13800000001",
        "active": True}  # fmt: skip
    assert rows[1].values["active"] is False and rows[1].values["teacher_role"] == TeacherRole.THERAPIST.value
    assert codes(rows[2]) == [("refimport.school_unknown", "school")]
    assert codes(rows[3]) == [("refimport.role_unknown", "teacher_role")]
    assert codes(rows[4]) == [("refimport.teacher_exists", "teacher_name")]
    assert codes(rows[5]) == [("refimport.duplicate_row", "teacher_name")]
    assert codes(rows[6]) == [("phone.invalid", "phone"), ("refimport.active_unknown", "active")]


TEAM_HEADER = ("小组名称", "所属学校", "组长", "组员", "出车人员", "负责乡镇")


def test_team_rows_apply_the_team_rule() -> None:
    rows = check(ReferenceKind.TEAMS, TEAM_HEADER, [
        ("信陵二组", "巴东县特殊教育学校", "李敏", "王芳", "刘司机", "信陵镇、东瀼口镇"),
        ("东瀼口组", "东瀼口镇中心小学", "王芳", "张强，陈同", "", ""),  # 王芳 and 陈同 of this school
        ("独行组", "巴东县特殊教育学校", "李敏", "", "", ""),  # a team of one
        ("普教组", "东瀼口镇中心小学", "张强", "赵退", "", ""),  # no special-ed teacher; 赵退 not active
        ("信陵一组", "巴东县特殊教育学校", "李敏", "王芳", "", ""),  # exists
        ("三组", "巴东县特殊教育学校", "李敏", "无名氏", "", ""),  # unknown teacher
        ("四组", "巴东县特殊教育学校", "李敏", "王芳", "陈同", ""),  # not a driver
        ("信陵二组", "巴东县特殊教育学校", "李敏", "王芳", "", ""),  # row 2 again
        ("五组", "巴东县特殊教育学校", "李敏", "王芳", "", "巴山镇"),  # township unknown
        ("六组", "巴东县特殊教育学校", "李敏", "李敏、王芳", "", ""),  # the leader listed among the members
        ("七组", "巴东县特殊教育学校", "李敏", "王芳、王芳", "", ""),  # a member twice
    ])  # fmt: skip
    assert rows[0].status == VALID
    assert rows[0].values["teacher_ids"] == [1, 2, 4] and rows[0].values["leader_id"] == 1
    assert rows[0].values["township_ids"] == [XINLING, DONGRANGKOU]
    assert rows[1].status == VALID and rows[1].values["teacher_ids"] == [5, 3, 8]
    assert codes(rows[2]) == [("required", "members"), ("team.too_small", "members")]
    assert set(codes(rows[3])) == {("team.inactive", "members"), ("team.no_special_ed", "members")}
    assert codes(rows[4]) == [("refimport.team_exists", "team_name")]
    assert codes(rows[5]) == [("refimport.teacher_unknown", "members")]
    assert codes(rows[6]) == [("refimport.driver_role", "driver")]
    assert "普校教师" in rows[6].issues[0].message()
    assert codes(rows[7]) == [("refimport.duplicate_row", "team_name")]
    assert codes(rows[8]) == [("import.township_unknown", "townships")]
    assert rows[9].status == VALID and rows[9].values["teacher_ids"] == [1, 2]
    assert codes(rows[10]) == [("team.member_twice", "members")]


def test_team_member_named_twice_in_the_county() -> None:
    # 陈同 teaches at both schools; a team of a third school cannot tell which one
    snap = snapshot()
    snap.schools.append(KnownSchool(12, "第三小学", "", XINLING))
    snap.teachers.append(KnownTeacher(9, "孙特", 12, "special_ed"))
    rows = check(ReferenceKind.TEAMS, TEAM_HEADER, [("三小组", "第三小学", "孙特", "陈同", "", "")], snap)
    assert codes(rows[0]) == [("refimport.teacher_ambiguous", "members")]
    assert "巴东县特殊教育学校" in rows[0].issues[0].message()


VILLAGE_HEADER = ("乡镇", "村", "纬度", "经度")


def test_village_rows() -> None:
    rows = check(ReferenceKind.VILLAGES, VILLAGE_HEADER, [
        ("", "白土坡社区居民委员会", "31.05", "110.35"),  # long form, township from the list
        ("东瀼口镇", "花园村村民委员会", "31.02", "110.40"),
        ("", "花园村", "31.02", "110.40"),  # in two townships
        ("信陵镇", "羊乳山村", "31.02", "110.40"),  # in the other township
        ("", "白土坡社区", "31.06", "110.36"),  # row 2 again
        ("", "信陵镇花园村", "", ""),  # no coordinates
    ])  # fmt: skip
    assert rows[0].status == VALID and rows[0].values["village_id"] == 100
    assert rows[1].status == VALID and rows[1].values["village_id"] == 200
    assert codes(rows[2]) == [("refimport.village_ambiguous", "village")]
    assert "信陵镇花园村" in rows[2].issues[0].message() and "东瀼口镇花园村" in rows[2].issues[0].message()
    assert (
        codes(rows[3]) == [("refimport.village_unknown", "village")]
        and "信陵镇" in rows[3].issues[0].message()
    )
    assert codes(rows[4]) == [("refimport.duplicate_row", "village")]
    # a row left without coordinates (an exported list, edited in Excel) is a warning, not a refusal
    assert codes(rows[5]) == [("refimport.no_coordinates", "lat")] and rows[5].status == WARNED


def test_villages_by_their_official_code() -> None:
    snap = snapshot(village_codes={"422823100001": Place(100, "白土坡社区", XINLING)})
    header = (
        "乡镇代码",
        "乡镇（街道）",
        "村（社区）代码",
        "村（社区）",
        "来源",
        "纬度",
        "经度",
    )  # `export areas`
    rows = check(ReferenceKind.VILLAGES, header, [
        ("422823100", "信陵镇", "422823100001", "白土坡社区", "区划代码", "31.05", "110.35"),
        ("422823100", "信陵镇", "422823100999", "不存在", "区划代码", "31.05", "110.35"),
    ], snap)  # fmt: skip
    assert rows[0].status == VALID and rows[0].values["village_id"] == 100
    assert codes(rows[1]) == [("refimport.village_code", "village_code")]


def test_scope_of_a_township_account() -> None:
    snap = snapshot(scope=Scope(township_id=DONGRANGKOU, label="东瀼口镇"))
    rows = check(ReferenceKind.SCHOOLS, SCHOOL_HEADER, [("", "甲", "小学", "信陵镇", "", "", ""),
                                                        ("", "乙", "小学", "东瀼口镇", "", "", "")], snap)  # fmt: skip
    assert (
        codes(rows[0]) == [("refimport.out_of_scope", "township")]
        and "东瀼口镇" in rows[0].issues[0].message()
    )
    assert rows[1].status == VALID


def test_hidden_characters_refuse_the_row() -> None:
    rows = check(
        ReferenceKind.TEACHERS, TEACHER_HEADER, [("周\u202e丽", "巴东县特殊教育学校", "特教教师", "", "")]
    )
    assert rows[0].status == REJECTED and rows[0].issues[0].code == "text.bidi"


def test_mapping_needs_the_required_columns() -> None:
    mapping = guess(ReferenceKind.TEAMS, ["小组名称", "所属学校", "组员"])
    assert missing(ReferenceKind.TEAMS, mapping) == ["组长"]
    with pytest.raises(SpecialEdError) as caught:
        ReferenceValidator(ReferenceKind.TEAMS, mapping, snapshot())
    assert caught.value.message() == "列对应缺少必需的字段：组长；请在“列对应”中指定"


def test_headers_as_people_and_the_exports_write_them() -> None:
    known = recognise_for(ReferenceKind.VILLAGES)
    assert known("村（社区）") == "village" and known("乡镇（街道）") == "township"
    assert known("村（社区）代码") == "village_code" and known("纬度（WGS-84）") == "lat"
    exported = ["学校代码", "学校标识码", "学校名称", "办学类型", "所在乡镇", "学校地址", "纬度", "经度"]
    mapping = guess(ReferenceKind.SCHOOLS, exported)
    assert mapping.fields == {1: "identifier", 2: "school_name", 3: "school_kind", 4: "township",
                              5: "school_address", 6: "lat", 7: "lon"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [("小学", SchoolKind.ORDINARY), ("九年一贯制学校", SchoolKind.ORDINARY), ("初级中学", SchoolKind.ORDINARY),
     ("特殊教育学校", SchoolKind.SPECIAL), ("培智学校", SchoolKind.SPECIAL), ("小学教学点", SchoolKind.TEACHING_POINT),
     ("幼儿园", SchoolKind.KINDERGARTEN), ("普通学校", SchoolKind.ORDINARY), ("私塾", None)],
)  # fmt: skip
def test_school_kinds(text: str, kind: SchoolKind | None) -> None:
    assert parse_school_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "role"),
    [("特殊教育教师", TeacherRole.SPECIAL_ED), ("特教教师", TeacherRole.SPECIAL_ED), ("普通教师", TeacherRole.ORDINARY),
     ("康复治疗师", TeacherRole.THERAPIST), ("医生", TeacherRole.DOCTOR), ("司机", TeacherRole.DRIVER),
     ("校长", None)],
)  # fmt: skip
def test_roles(text: str, role: TeacherRole | None) -> None:
    assert parse_role(text) is role


def test_split_names() -> None:
    assert (
        split_names("王芳、张强")
        == split_names("王芳，张强")
        == split_names("王芳, 张强 ")
        == ["王芳", "张强"]
    )
