"""The 控辍保学 monthly form and quarterly re-check: every figure counted here straight from the
tables, per township and in total, for each month and quarter of the autumn; xlsx and PDF alike;
a bad quarter refused; the CLI names kept working."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from special_ed.domain.dropout import Persuasion
from special_ed.errors import SpecialEdError

AS_OF = date(2026, 12, 1)
START, END = date(2010, 9, 1), date(2020, 8, 31)  # school year 2026
MONTHS = [(2026, 9), (2026, 10), (2026, 11)]


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)


DATES = {"opened_on", "closed_on", "confirmed_on", "day"}


def _rows(app: Any, sql: str, **params: Any) -> list[Any]:
    """Rows as namespaces, dates as dates (SQLite hands raw SQL its dates as text)."""
    with app.engine.connect() as conn:
        result = conn.execute(text(sql), params)
        return [
            SimpleNamespace(
                **{
                    k: date.fromisoformat(str(v)[:10]) if k in DATES and v is not None else v
                    for k, v in row._mapping.items()
                }
            )
            for row in result
        ]


def _autumn(app: Any) -> None:
    """More of a year than the demo has: a case opened in November for a child, persuaded twice and
    confirmed; one of the demo's cases closed as placed in November."""
    child = _rows(
        app,
        "SELECT id FROM children WHERE placement IS NULL AND archived_at IS NULL "
        "AND birth_date BETWEEN :a AND :b ORDER BY id LIMIT 1",
        a=START,
        b=END,
    )
    if not child:  # the demo places everyone: end one placement first
        child = _rows(app, "SELECT id FROM children WHERE placement = 'home' ORDER BY id LIMIT 1")
        app.placement.end_placement(child[0].id, date(2026, 10, 31), "测试：因病停止送教")
    case = app.dropout.open_for_child(child[0].id, date(2026, 11, 3), "送教停止后家长拒绝再安置")
    app.dropout.add_persuasion(case.id, Persuasion(date(2026, 11, 5), "送教教师", "宣讲政策", "家长犹豫"))
    app.dropout.add_persuasion(case.id, Persuasion(date(2026, 11, 20), "乡镇干部", "再次上门", "仍拒绝"))
    app.dropout.confirm(case.id, date(2026, 11, 21))
    still_open = [c for c in app.dropout.cases(open_only=True) if c.child_id != child[0].id]
    app.dropout.close(still_open[0].id, date(2026, 11, 25), "placed", "已随班就读，班主任确认到校")


def _expected_month(app: Any, first: date, last: date) -> dict[str, tuple[int, ...]]:
    towns = [r.name for r in _rows(app, "SELECT name FROM townships WHERE archived_at IS NULL")]
    people = _rows(
        app,
        "SELECT t.name AS town, c.id, c.placement FROM children c JOIN townships t ON t.id = c.township_id "
        "WHERE c.archived_at IS NULL AND c.birth_date BETWEEN :a AND :b",
        a=START,
        b=END,
    )
    latest: dict[int, Any] = {}
    for r in _rows(
        app,
        "SELECT child_id, outcome FROM committee_assessments WHERE archived_at IS NULL "
        "ORDER BY assessed_on, id",
    ):
        latest[r.child_id] = r.outcome
    cases = _rows(app, "SELECT * FROM dropout_cases WHERE archived_at IS NULL")
    visits = _rows(
        app, "SELECT r.day, c.township FROM persuasion_records r JOIN dropout_cases c ON c.id = r.case_id"
    )
    out = {}
    for town in towns:
        mine = [p for p in people if p.town == town]
        cs = [c for c in cases if c.township == town]
        closed = [c for c in cs if c.closed_on is not None and first <= c.closed_on <= last]
        end_open = [c for c in cs if c.opened_on <= last and (c.closed_on is None or c.closed_on > last)]
        out[town] = (
            len(mine),
            sum(1 for p in mine if p.placement),
            sum(1 for p in mine if not p.placement and latest.get(p.id) == "deferred"),
            sum(1 for c in cs if c.opened_on < first and (c.closed_on is None or c.closed_on >= first)),
            sum(1 for c in cs if first <= c.opened_on <= last),
            sum(1 for v in visits if v.township == town and first <= v.day <= last),
            sum(1 for c in closed if c.close_kind == "placed"),
            sum(1 for c in closed if c.close_kind == "back_in_school"),
            sum(1 for c in closed if c.close_kind == "other"),
            len(end_open),
            sum(1 for c in end_open if c.confirmed_on is not None and c.confirmed_on <= last),
        )
    return out


def test_monthly_form_equals_the_cases_and_register_per_township_and_in_total(demo_app: Any) -> None:
    _autumn(demo_app)
    seen_activity = Counter[str]()
    for year, month in MONTHS:
        first, last = _month_bounds(year, month)
        expected = _expected_month(demo_app, first, last)
        report = demo_app.reports.build("dropout-monthly", 2026, None, AS_OF, month=f"{year}-{month:02d}")
        got = {r[1]: tuple(r[2:]) for r in report.rows}
        assert got == expected  # every township, zeros included (零报告)
        assert [r[0] for r in report.rows] == list(range(1, len(expected) + 1))
        assert tuple(report.total[2:]) == tuple(sum(col) for col in zip(*expected.values(), strict=True))
        assert report.period == f"{year}年{month}月"
        for row in got.values():  # the month's arithmetic holds on every row
            assert row[3] + row[4] - (row[6] + row[7] + row[8]) == row[9]
        seen_activity.update(
            {"opened": sum(r[4] for r in got.values()), "closed": sum(r[6] + r[7] for r in got.values())}
        )
    assert seen_activity["opened"] == 4 and seen_activity["closed"] == 2  # the test saw something happen
    town = next(t for t, row in _expected_month(demo_app, *_month_bounds(2026, 11)).items() if row[4])
    one = demo_app.reports.build("dropout-monthly", 2026, town, AS_OF, month="2026-11")
    assert [r[1] for r in one.rows] == [town] and town in one.period


def _expected_quarter(app: Any, first: date, last: date) -> dict[str, tuple[Any, ...]]:
    cases = _rows(
        app,
        "SELECT d.*, c.placement AS now FROM dropout_cases d LEFT JOIN children c ON c.id = d.child_id "
        "WHERE d.archived_at IS NULL AND d.opened_on <= :b AND (d.closed_on IS NULL OR d.closed_on >= :a)",
        a=first,
        b=last,
    )
    visits = _rows(app, "SELECT case_id, day FROM persuasion_records")
    out = {}
    for c in cases:
        mine = [v.day for v in visits if v.case_id == c.id and v.day <= last]
        in_quarter = sum(1 for d in mine if d >= first)
        if c.closed_on is not None and c.closed_on <= last:
            conclusion = (
                "须实地核实" if c.child_id is None else ("已核实在校" if c.now else "复核不符：销号后无安置")
            )
        else:
            conclusion = "未销号：继续劝返" if in_quarter else "未销号：本季度无劝返记录"
        out[c.name] = (c.township, c.opened_on, in_quarter, conclusion)
    return out


@pytest.mark.parametrize(("quarter", "first", "last"), [("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
                                                        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31))])  # fmt: skip
def test_quarterly_recheck_concludes_what_the_tables_say(
    demo_app: Any, quarter: str, first: date, last: date
) -> None:
    _autumn(demo_app)
    # a case closed as back in school whose child then lost its placement: the re-check must see it
    closed = next(c for c in demo_app.dropout.cases() if c.close_kind == "back_in_school")
    demo_app.placement.end_placement(closed.child_id, date(2026, 11, 28), "测试：转出")
    expected = _expected_quarter(demo_app, first, last)
    report = demo_app.reports.build("dropout-quarterly", 2026, None, AS_OF, quarter=quarter)
    got = {r[2]: (r[1], r[4], r[6], r[11]) for r in report.rows}
    assert got == expected
    assert report.total[1] == f"{len(expected)} 件"
    counts = Counter(v[3] for v in expected.values())
    assert report.notes[0] == "复核结论：" + "；".join(f"{k} {v} 件" for k, v in sorted(counts.items()))
    if quarter == "2026Q4":
        assert counts["复核不符：销号后无安置"] == 1 and counts["已核实在校"] == 1
        assert "第四季度（10—12月）" in report.period
    else:
        assert set(counts) == {"未销号：继续劝返"} and "第三季度" in report.period


def test_forms_write_xlsx_and_pdf_and_refuse_a_bad_period(demo_app: Any, tmp_path: Path) -> None:
    for key, period in (
        ("dropout-monthly", {"month": "2026-09"}),
        ("dropout-quarterly", {"quarter": "2026-Q3"}),
    ):
        report = demo_app.reports.build(key, 2026, None, AS_OF, **period)
        xlsx, pdf = tmp_path / f"{key}.xlsx", tmp_path / f"{key}.pdf"
        demo_app.reports.write(report, xlsx)
        demo_app.reports.write(report, pdf)
        sheet = openpyxl.load_workbook(xlsx).active
        assert sheet["A1"].value == report.title and report.period in "".join(
            str(c.value or "") for c in sheet[2]
        )
        last_row = 3 + len(report.rows) + 1
        written = [sheet.cell(row=last_row, column=i + 1).value for i in range(len(report.columns))]
        assert [("" if v is None else v) for v in written] == list(report.total)
        words = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace("\n", "")
        assert "控辍保学" in words and "合计" in words
    for bad in ("2026-Q5", "第四季度", "2026"):
        with pytest.raises(SpecialEdError) as raised:
            demo_app.reports.build("dropout-quarterly", 2026, None, AS_OF, quarter=bad)
        assert bad in raised.value.message("zh")
    with pytest.raises(SpecialEdError):
        demo_app.reports.build("dropout-monthly", 2026, None, AS_OF, month="2026-13")


def test_the_cli_writes_the_forms_and_keeps_the_old_names(demo_app: Any, tmp_path: Path) -> None:
    url = demo_app.engine.url.render_as_string(hide_password=False)
    base = [sys.executable, "-m", "special_ed", "--db", url, "report"]
    listed = subprocess.run([*base, "--list"], capture_output=True, text=True, check=True).stdout
    keys = [line.split()[0] for line in listed.splitlines() if line.strip()]
    assert {"dropout-monthly", "dropout-quarterly", "suspected-dropout-ledger", "dropout-ledger"} <= set(keys)
    out = tmp_path / "q.pdf"
    done = subprocess.run(
        [*base, "dropout-quarterly", "--quarter", "2026-Q3", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "季度复核表" in done.stdout and out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [*base, "dropout-quarterly", "--quarter", "2026-Q9", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0 and "2026-Q9" in bad.stderr
