"""三查 end to end from agency-style files: read, validate, cross-check; planted discrepancies found once each."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from special_ed.importing.columns import guess_mapping
from special_ed.importing.crosscheck import CheckRules, ChildSnapshot, FindingKind, SourceRecord, cross_check
from special_ed.importing.samples import (
    HOUSEHOLD_HEADER,
    POVERTY_HEADER,
    SCHOOL_HEADER,
    federation_rows,
    household_rows,
    make_people,
    poverty_rows,
    school_rows,
    write_csv,
    write_federation_xlsx,
    write_xlsx,
)
from special_ed.importing.sources import Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import REJECTED, RowValidator

TODAY = date(2026, 11, 28)
REF = date(2026, 9, 1)


def age(birth: date) -> int:
    return REF.year - birth.year - ((REF.month, REF.day) < (birth.month, birth.day))


def read(path: Path, source: Source) -> tuple[list[SourceRecord], int]:
    with SheetTable(path) as table:
        validator = RowValidator(guess_mapping(table.columns), source, today=TODAY)
        rows = list(validator.run(table.rows()))
    records = [SourceRecord.from_values(source, r.row, r.values) for r in rows if r.status != REJECTED]
    return records, validator.summary.rejected


def test_planted_discrepancies_from_files(tmp_path: Path) -> None:
    people = [p for p in make_people(300, seed=13) if 6 <= age(p.birth_date) <= 15][:60]
    assert len(people) == 60
    # 残联 (xlsx, title + merged header): 0–49, plus a bad row (Excel-cut ID) that must be rejected.
    fed_rows = [list(r) for r in federation_rows(people[:50])]
    fed_rows.append(
        [51, "坏行", "男", "5.00237E+17", "2015.1.1", "智力", "二级", "", "巫峡镇", "巫峡1村", "", ""]
    )
    fed = tmp_path / "残联.xlsx"
    write_federation_xlsx(fed, fed_rows)
    # 学籍 (xlsx): 0–39; person 3 spelt differently; person 0 listed twice.
    school = [list(r) for r in school_rows(people[:40])]
    school[3][0] = people[3].name + "儿"
    school.append(list(school[0]))
    reg = tmp_path / "学籍.xlsx"
    write_xlsx(reg, SCHOOL_HEADER, school)
    # 户籍 (GBK csv): everyone.
    house = tmp_path / "户籍.csv"
    write_csv(house, HOUSEHOLD_HEADER, household_rows(people), encoding="gbk")
    # 扶贫 (UTF-8 csv with BOM): 5–7 are disabled and placed; 55 is on no disability list.
    pov = tmp_path / "建档立卡.csv"
    write_csv(pov, POVERTY_HEADER, poverty_rows([*people[5:8], people[55]]), encoding="utf-8-sig")

    lists: dict[Source, list[SourceRecord]] = {}
    rejected = {}
    for source, path in ((Source.FEDERATION, fed), (Source.SCHOOL_REGISTER, reg), (Source.HOUSEHOLD, house),
                         (Source.POVERTY, pov)):  # fmt: skip
        lists[source], rejected[source] = read(path, source)
    assert rejected == {
        Source.FEDERATION: 1,
        Source.SCHOOL_REGISTER: 0,
        Source.HOUSEHOLD: 0,
        Source.POVERTY: 0,
    }
    assert (
        len(lists[Source.SCHOOL_REGISTER]) == 41
    )  # the duplicate row is kept for matching, not counted twice

    # The database: 0–38 placed (10 at home, last visited 50 days ago); 39 recorded but not placed.
    children = [
        ChildSnapshot(i, p.name, p.resident_id, p.sex, p.birth_date, p.township,
                      "home" if i == 10 else "mainstream", TODAY - timedelta(days=50) if i == 10 else None)
        for i, p in enumerate(people[:39])
    ]  # fmt: skip
    p39 = people[39]
    children.append(ChildSnapshot(39, p39.name, p39.resident_id, p39.sex, p39.birth_date, p39.township, None))

    report = cross_check(lists, children, CheckRules(today=TODAY, visit_gap_days=30))
    found = {kind: sorted(f.person_key for f in report.of_kind(kind)) for kind in FindingKind}
    assert found[FindingKind.DROPOUT_SUSPECTED] == sorted(p.resident_id for p in people[40:50])
    assert found[FindingKind.REGISTER_WITHOUT_PLACEMENT] == [p39.resident_id]
    assert found[FindingKind.HOME_NO_RECENT_VISIT] == [people[10].resident_id]
    assert found[FindingKind.NAME_MISMATCH] == [people[3].resident_id]
    assert found[FindingKind.POOR_DISABLED] == sorted(p.resident_id for p in people[5:8])
    assert found[FindingKind.SEX_MISMATCH] == found[FindingKind.BIRTH_DATE_MISMATCH] == []
    assert found[FindingKind.OVER_AGE_HOME] == []
    assert len(report.findings) == 10 + 1 + 1 + 1 + 3
    # Every finding names the township from the household register.
    by_id = {p.resident_id: p.township for p in people}
    assert all(f.township == by_id[f.person_key] for f in report.findings)
