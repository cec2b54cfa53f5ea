from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook

from special_ed.scheduling.export.ics import escape_text, fold, team_calendar
from special_ed.scheduling.export.xlsx import write_xlsx
from special_ed.scheduling.plan import load_plan, plan_to_json, save_plan
from special_ed.scheduling.scenario_io import parse_scenario
from special_ed.scheduling.solver import solve
from tests.scheduling.factory import child, scenario


def _solved() -> tuple[object, object]:
    kids = [child("C1", name="王小明"), {**child("C2", 31.2, 110.0), "name": "李, 小;红\\二"},
            {**child("C3"), "home": None}]
    s, _ = parse_scenario(scenario(children=kids))
    return s, solve(s, 0.3)


def test_ics_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("DESCRIPTION:" + "送教上门" * 30)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == "DESCRIPTION:" + "送教上门" * 30


def test_team_calendar_is_valid_rfc5545_text() -> None:
    s, plan = _solved()
    text = team_calendar(plan, s, "T1", now=datetime(2026, 3, 1, tzinfo=UTC))  # type: ignore[arg-type]
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert text.count("BEGIN:VEVENT") == plan.visits  # type: ignore[attr-defined]
    assert "SUMMARY:送教：李\\, 小\\;红\\\\二" in text.replace("\r\n ", "")
    first = plan.sorted_routes()[0]  # type: ignore[attr-defined]
    start = first.stops[0].start
    utc = f"{first.date:%Y%m%d}T{(start // 60 - 8):02d}{start % 60:02d}00Z"
    assert f"DTSTART:{utc}" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def test_xlsx_has_routes_summary_and_reasons(tmp_path: Path) -> None:
    s, plan = _solved()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, s, out)  # type: ignore[arg-type]
    wb = load_workbook(out)
    assert wb.sheetnames == ["送教路线", "小组汇总", "未安排"]
    rows = list(wb["送教路线"].iter_rows(min_row=2, values_only=True))
    assert sum(1 for r in rows if r[4]) == plan.visits  # type: ignore[attr-defined]
    assert next(iter(wb["未安排"].iter_rows(min_row=2, values_only=True)))[:3] == ("C3", "C3", 2)
    total = list(wb["小组汇总"].iter_rows(values_only=True))[-1]
    assert total[2] == plan.visits and total[3] == plan.travel_min  # type: ignore[attr-defined]


def test_plan_json_round_trip(tmp_path: Path) -> None:
    _s, plan = _solved()
    path = tmp_path / "plan.json"
    save_plan(plan, path)  # type: ignore[arg-type]
    again = load_plan(path)
    assert plan_to_json(again) == plan_to_json(plan)  # type: ignore[arg-type]
    assert json.loads(path.read_text("utf-8"))["format"] == "special-ed-plan/1"
