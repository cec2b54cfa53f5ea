"""三查 with planted discrepancies: each is found exactly once, and clean records give nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl

from special_ed.importing.crosscheck import (
    UNKNOWN_TOWNSHIP,
    CheckRules,
    ChildSnapshot,
    FindingKind,
    SourceRecord,
    cross_check,
)
from special_ed.importing.reports import write_check_report
from special_ed.importing.samples import Person, make_people
from special_ed.importing.sources import Source

TODAY = date(2026, 11, 28)
RULES = CheckRules(today=TODAY, visit_gap_days=30)
REFERENCE = date(2026, 9, 1)


def age(p: Person) -> int:
    b = p.birth_date
    return REFERENCE.year - b.year - ((REFERENCE.month, REFERENCE.day) < (b.month, b.day))


PEOPLE = make_people(400, seed=5)
SCHOOL_AGE = [p for p in PEOPLE if 6 <= age(p) <= 15]
OVER_AGE = [p for p in PEOPLE if age(p) >= 16]


def record(source: Source, p: Person, row: int, **changes: object) -> SourceRecord:
    base = SourceRecord(
        source=source,
        row=row,
        name=p.name,
        resident_id=p.resident_id,
        sex=p.sex,
        birth_date=p.birth_date,
        township=p.township,
        village=p.village,
        certificate_no=p.certificate_no if source is Source.FEDERATION else None,
        school_name=p.school if source is Source.SCHOOL_REGISTER else None,
        is_poor=True if source is Source.POVERTY else None,
    )
    return SourceRecord(**{**{f: getattr(base, f) for f in base.__slots__}, **changes})  # type: ignore[arg-type]


def child(
    i: int, p: Person, placement: str | None, last_visit: date | None = None, **changes: object
) -> ChildSnapshot:
    values = dict(
        child_id=i, name=p.name, resident_id=p.resident_id, sex=p.sex, birth_date=p.birth_date,
        township=p.township, placement=placement, last_visit=last_visit,
    )  # fmt: skip
    values.update(changes)
    return ChildSnapshot(**values)  # type: ignore[arg-type]


def scenario() -> tuple[dict[Source, list[SourceRecord]], list[ChildSnapshot], dict[FindingKind, set[str]]]:
    clean = SCHOOL_AGE[:60]  # placed, in every list, consistent: must produce no finding at all
    dropouts = SCHOOL_AGE[60:67]  # federation only (+ household): 疑似失学辍学
    register_only = SCHOOL_AGE[67:72]  # federation + school register, no placement
    unplaced_child = SCHOOL_AGE[72]  # in the database without a placement, in the school register
    home_recent, home_stale, home_never = SCHOOL_AGE[73], SCHOOL_AGE[74], SCHOOL_AGE[75]
    renamed = SCHOOL_AGE[76]  # the household register spells the name differently
    sex_differs = SCHOOL_AGE[77]  # the federation list has the other sex
    poor = SCHOOL_AGE[78:81]  # placed children on the 建档立卡 list
    poor_not_disabled = SCHOOL_AGE[81]  # poor but on no disability list: not a 两免一补 finding here
    no_id_match = SCHOOL_AGE[82]  # federation row without ID, matched to a placed child by name+birth
    no_id_dropout = SCHOOL_AGE[83]  # federation row without ID and nobody to match: still a dropout
    over_age_home = OVER_AGE[0]
    over_age_certified = OVER_AGE[1]  # certified but beyond school age: not a dropout

    children = [child(i, p, "mainstream") for i, p in enumerate(clean)]
    children += [
        child(100, unplaced_child, None),
        child(101, home_recent, "home", TODAY - timedelta(days=10)),
        child(102, home_stale, "home", TODAY - timedelta(days=45)),
        child(103, home_never, "home", None),
        child(104, renamed, "mainstream"),
        child(105, sex_differs, "special_school"),
        *(child(110 + i, p, "mainstream") for i, p in enumerate(poor)),
        child(120, no_id_match, "mainstream"),
        child(121, over_age_home, "home", TODAY - timedelta(days=3)),
    ]
    federation = [record(Source.FEDERATION, p, i) for i, p in enumerate(clean + dropouts + register_only)]
    federation += [
        record(Source.FEDERATION, sex_differs, 90, sex="F" if sex_differs.sex == "M" else "M"),
        record(Source.FEDERATION, no_id_match, 91, resident_id=None, certificate_no=None),
        record(Source.FEDERATION, no_id_dropout, 92, resident_id=None, certificate_no=None),
        record(Source.FEDERATION, over_age_certified, 93),
    ]
    school = [record(Source.SCHOOL_REGISTER, p, i) for i, p in enumerate(clean + register_only)]
    school += [record(Source.SCHOOL_REGISTER, unplaced_child, 80, categories=("5",))]
    household = [record(Source.HOUSEHOLD, p, i) for i, p in enumerate(clean + dropouts)]
    household.append(record(Source.HOUSEHOLD, renamed, 99, name=renamed.name + "娃"))
    poverty = [record(Source.POVERTY, p, i) for i, p in enumerate([*poor, poor_not_disabled])]

    expected = {
        FindingKind.DROPOUT_SUSPECTED: {p.resident_id for p in dropouts}
        | {f"{no_id_dropout.name}|{no_id_dropout.birth_date.isoformat()}"},
        FindingKind.REGISTER_WITHOUT_PLACEMENT: {p.resident_id for p in [*register_only, unplaced_child]},
        FindingKind.HOME_NO_RECENT_VISIT: {home_stale.resident_id, home_never.resident_id},
        FindingKind.NAME_MISMATCH: {renamed.resident_id},
        FindingKind.SEX_MISMATCH: {sex_differs.resident_id},
        FindingKind.BIRTH_DATE_MISMATCH: set(),
        FindingKind.POOR_DISABLED: {p.resident_id for p in poor},
        FindingKind.OVER_AGE_HOME: {over_age_home.resident_id},
    }
    lists = {
        Source.FEDERATION: federation,
        Source.SCHOOL_REGISTER: school,
        Source.HOUSEHOLD: household,
        Source.POVERTY: poverty,
    }
    return lists, children, expected


def test_each_planted_discrepancy_is_found_exactly_once() -> None:
    lists, children, expected = scenario()
    report = cross_check(lists, children, RULES)
    for kind, keys in expected.items():
        found = [f.person_key for f in report.of_kind(kind)]
        assert sorted(found) == sorted(keys), kind
    assert len(report.findings) == sum(len(k) for k in expected.values())


def test_findings_carry_township_sources_and_details() -> None:
    lists, children, _ = scenario()
    report = cross_check(lists, children, RULES)
    renamed = report.of_kind(FindingKind.NAME_MISMATCH)[0]
    assert renamed.detail["values"]["household"].endswith("娃")
    assert renamed.detail["values"]["database"] == renamed.name
    assert renamed.sources == ("database", "household")
    stale = next(f for f in report.of_kind(FindingKind.HOME_NO_RECENT_VISIT) if f.detail["days"] is not None)
    assert stale.detail["days"] == 45
    dropout = report.of_kind(FindingKind.DROPOUT_SUSPECTED)[0]
    assert dropout.child_id is None
    assert dropout.township != UNKNOWN_TOWNSHIP
    assert dropout.fingerprint == f"dropout_suspected:{dropout.person_key}"
    table = report.by_township()
    assert sum(sum(c.values()) for c in table.values()) == len(report.findings)


def test_visit_gap_is_a_rule_not_a_constant() -> None:
    lists, children, _ = scenario()
    lenient = CheckRules(today=TODAY, visit_gap_days=60)
    report = cross_check(lists, children, lenient)
    assert len(report.of_kind(FindingKind.HOME_NO_RECENT_VISIT)) == 1  # only the never-visited child


def test_report_xlsx(tmp_path: Path) -> None:
    lists, children, _ = scenario()
    report = cross_check(lists, children, RULES)
    path = tmp_path / "三查.xlsx"
    write_check_report(
        path,
        report,
        lambda f: ("已核实", "2026-11-20 问村委会：已外出务工") if f.child_id else ("未处理", ""),
    )
    book = openpyxl.load_workbook(path)
    summary, detail = book["汇总"], book["明细"]
    assert summary.freeze_panes == "A3"
    assert summary.cell(2, 1).value == "乡镇"
    total_row = summary.max_row
    assert summary.cell(total_row, 1).value == "合计"
    assert summary.cell(total_row, len(FindingKind) + 2).value == len(report.findings)
    assert detail.freeze_panes == "A2"
    assert [c.value for c in detail[1]][:4] == ["乡镇", "问题类型", "姓名", "身份证号"]
    ids = [detail.cell(r, 4) for r in range(2, detail.max_row + 1)]
    assert all(c.data_type == "s" for c in ids if c.value)  # IDs as text, never numbers
    assert detail.max_row - 1 == len(report.findings)
    assert detail.column_dimensions["D"].width >= 20
