"""Presets through the app: a switch is stored, changes what compliance requires, and the workload report."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from special_ed.errors import SpecialEdError


def test_switching_preset_is_stored_and_recomputes_compliance(demo_app: Any) -> None:
    app = demo_app
    before = app.compliance.report(as_of=date(2026, 11, 20)).county
    app.norms.apply("shandong")
    assert app.settings.get(refresh=True).norm_preset == "shandong"
    shandong = app.compliance.report(as_of=date(2026, 11, 20)).county
    app.norms.apply("ningxia")
    ningxia = app.compliance.report(as_of=date(2026, 11, 20)).county
    # 2 a week × 3 课时 owes more than 1 a week × 2 课时, which owes more than the demo's 2 a month
    assert shandong.required_visits > ningxia.required_visits > before.required_visits
    assert shandong.required_hours > ningxia.required_hours
    assert shandong.delivered_visits == ningxia.delivered_visits == before.delivered_visits
    state = app.norms.state()
    assert state.key == "ningxia" and state.preset is not None and not state.modified


def test_an_unknown_preset_writes_nothing(demo_app: Any) -> None:
    app = demo_app
    versions = app.settings.versions()
    with pytest.raises(SpecialEdError) as raised:
        app.norms.apply("xinjiang")
    assert raised.value.code == "norms.preset_unknown"
    assert app.settings.versions() == versions
    assert app.settings.get(refresh=True).norm_preset == "custom"


def _independent_workload(app: Any, start: date, end: date, per_visit: float) -> dict[str, dict[str, float]]:
    """Credited 课时 per township per teacher, straight from the tables (drivers credited nothing)."""
    with app.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT t.name, s.name, tw.name, t.role, v.id FROM visits v "
                "JOIN visit_teachers vt ON vt.visit_id = v.id JOIN teachers t ON t.id = vt.teacher_id "
                "JOIN schools s ON s.id = t.school_id JOIN townships tw ON tw.id = s.township_id "
                "WHERE v.status = 'done' AND v.archived_at IS NULL AND v.day BETWEEN :a AND :b"
            ),
            {"a": start, "b": end},
        ).all()
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for teacher, school, town, role, _vid in rows:
        out[town][f"{teacher}|{school}"] += 0.0 if role == "driver" else per_visit
    return out


def test_workload_report_equals_the_visits_per_township_and_total(demo_app: Any, tmp_path: Path) -> None:
    from special_ed.reports.model import Acting
    from special_ed.reports.registry import build

    app = demo_app
    app.norms.apply("gansu")
    term = app.compliance.term(None, date(2026, 11, 20))
    expected = _independent_workload(app, term.start, term.end, 4.0)
    assert expected, "the demo county has done visits in the term"
    report = build(app, "teacher-workload", Acting(app.ctx, None, None, date(2026, 11, 20), {"term": term.name}))
    got = {f"{r[1]}|{r[2]}": r[8] for r in report.rows}
    flat = {k: v for town in expected.values() for k, v in town.items()}
    assert got == flat
    assert report.total is not None and report.total[8] == pytest.approx(sum(flat.values()))
    town = sorted(expected)[0]
    one = build(app, "teacher-workload", Acting(app.ctx, None, town, date(2026, 11, 20), {"term": term.name}))
    assert {f"{r[1]}|{r[2]}": r[8] for r in one.rows} == dict(expected[town])
    with pytest.raises(SpecialEdError) as raised:
        build(app, "teacher-workload", Acting(app.ctx, None, "没有这个乡", None, {"term": term.name}))
    assert raised.value.code == "report.township_unknown"


def test_cli_writes_the_workload_report_as_xlsx_and_pdf(demo_app: Any, tmp_path: Path) -> None:
    url = str(demo_app.engine.url.render_as_string(hide_password=False))
    demo_app.norms.apply("gansu")
    term = demo_app.compliance.term(None, date(2026, 11, 20)).name
    base = [sys.executable, "-m", "special_ed", "--db", url]
    listed = subprocess.run([*base, "report", "--list"], capture_output=True, text=True, check=True)
    assert "teacher-workload" in listed.stdout and "教师工作量" in listed.stdout
    xlsx = tmp_path / "w.xlsx"
    subprocess.run([*base, "report", "teacher-workload", "--term", term, "--out", str(xlsx)], check=True)
    sheet = openpyxl.load_workbook(xlsx).active
    assert "教师工作量统计表" in str(sheet["A1"].value)
    header = [c.value for c in sheet[3]]
    credited_col = header.index("计工作量课时")
    values = [row[credited_col] for row in sheet.iter_rows(min_row=4, values_only=True) if isinstance(row[0], int)]
    expected = _independent_workload(demo_app, *_term_dates(demo_app, term), 4.0)
    assert sum(values) == pytest.approx(sum(v for t in expected.values() for v in t.values()))
    pdf = tmp_path / "w.pdf"
    subprocess.run([*base, "report", "teacher-workload", "--term", term, "--out", str(pdf)], check=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = subprocess.run([*base, "report", "no-such", "--out", str(pdf)], capture_output=True, text=True)
    assert bad.returncode == 2 and "no-such" in bad.stderr


def _term_dates(app: Any, name: str) -> tuple[date, date]:
    term = app.compliance.term(name)
    return term.start, term.end
