from __future__ import annotations

from datetime import date

import pytest

from special_ed.domain.child import ChildInput, age_on, validate_child
from special_ed.domain.enums import Category, Level, Placement, SchoolKind, Sex, TeacherRole
from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.domain.placement import PlacementInput, add_months, recommend, validate_placement
from special_ed.domain.settings import Settings
from special_ed.errors import ValidationError
from special_ed.messages import known_codes

TODAY = date(2026, 11, 20)


def test_settings_round_trip_and_defaults() -> None:
    s = Settings()
    assert Settings.from_dict(s.to_dict()) == s
    assert s.grade_to_level == {1: Level.SEVERE, 2: Level.SEVERE, 3: Level.MODERATE, 4: Level.MILD}
    assert recommend(Level.SEVERE, s) is Placement.HOME


def test_settings_report_every_problem() -> None:
    with pytest.raises(ValidationError) as err:
        Settings.from_dict({"age_min": 16, "age_max": 6, "reference_month": 2, "reference_day": 30,
                            "workday": {"start": "18:00", "end": "08:00"}, "region_code": "50A"})
    keys = {i.params["key"] for i in err.value.issues}
    assert {"age_max", "reference_day", "workday.end", "region_code"} <= keys


def test_child_validation_fills_from_certificate_and_flags_disagreements() -> None:
    rid = make_resident_id("500237", date(2015, 3, 1), 123)
    data = ChildInput(name=" 张思琳 ", sex=Sex.MALE, birth_date=date(2015, 3, 1), township_id=1, resident_id=rid,
                      certificate_no=make_certificate(rid, 5, 2))
    data, issues = validate_child(data, Settings(), TODAY)
    assert not [i for i in issues if i.is_error]
    assert data.name == "张思琳" and data.categories == [Category.INTELLECTUAL] and data.grade == 2
    data.grade = 4
    data.sex = Sex.FEMALE
    _, issues = validate_child(data, Settings(), TODAY)
    assert {"cert.grade_mismatch", "id.sex_mismatch"} <= {i.code for i in issues}


def test_child_validation_requires_fields() -> None:
    _, issues = validate_child(ChildInput(name="", sex=None, birth_date=None, township_id=None), Settings(), TODAY)
    assert {i.field for i in issues if i.code == "required"} == {"name", "sex", "birth_date", "township_id"}


def test_foreign_region_is_only_a_warning() -> None:
    rid = make_resident_id("110105", date(2015, 3, 1), 123)
    county = Settings(county_name="巫山县", region_code="500237")
    _, issues = validate_child(ChildInput("王五", Sex.MALE, date(2015, 3, 1), 1, resident_id=rid), county, TODAY)
    assert [(i.code, i.severity) for i in issues] == [("id.region_unknown", "warning")]
    # before the county is chosen there is no "this county" to compare with
    _, issues = validate_child(ChildInput("王五", Sex.MALE, date(2015, 3, 1), 1, resident_id=rid), Settings(), TODAY)
    assert issues == []


def test_placement_rules() -> None:
    base = PlacementInput(Placement.HOME, TODAY, school_id=3, school_kind=SchoolKind.ORDINARY, team_id=1,
                          team_roles=(TeacherRole.ORDINARY, TeacherRole.ORDINARY))
    assert [i.code for i in validate_placement(base, Placement.HOME)] == ["placement.team_required"]
    base.team_roles = (TeacherRole.SPECIAL_ED, TeacherRole.ORDINARY)
    assert validate_placement(base, Placement.HOME) == []
    assert [i.code for i in validate_placement(base, Placement.SPECIAL_SCHOOL)] == ["placement.reason_required"]
    base.reason = "家长申请，专家委员会同意"
    assert validate_placement(base, Placement.SPECIAL_SCHOOL) == []
    special = PlacementInput(Placement.SPECIAL_SCHOOL, TODAY, school_id=3, school_kind=SchoolKind.ORDINARY)
    assert [i.code for i in validate_placement(special, None)] == ["placement.special_school_required"]


def test_dates() -> None:
    assert age_on(date(2015, 9, 2), date(2021, 9, 1)) == 5
    assert age_on(date(2015, 9, 1), date(2021, 9, 1)) == 6
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 12) == date(2027, 11, 30)


def test_core_codes_have_wording() -> None:
    for code in ["id.excel_number", "id.checksum", "cert.id_mismatch", "placement.team_required", "db.locked",
                 "db.newer_schema", "db.corrupt", "db.readonly", "conflict", "demo.not_empty"]:
        assert code in known_codes()
