"""The scheduler on the demo county: scenario from the records, plan written back as planned visits."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from special_ed.cli import main
from special_ed.persistence import models as m
from special_ed.scheduling.db import DatabaseScheduler
from special_ed.scheduling.plan import plan_to_json
from special_ed.scheduling.scenario_io import parse_scenario, scenario_to_json
from special_ed.scheduling.solver import solve
from tests.scheduling.plan_checker import check_plan


def test_demo_month_is_planned_and_written(sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    with app.uow("write") as uow:
        team = uow.session.scalars(select(m.Team).order_by(m.Team.id)).first()
        assert team is not None
        uow.add(m.TeamLeave(team_id=team.id, day=date(2026, 11, 10), reason="培训"))
        # a home-taught child still owed a visit this month (the demo's draw decides which ones are)
        visited: dict[int, int] = {}
        for child_id in uow.session.scalars(select(m.Visit.child_id).where(
                m.Visit.day >= date(2026, 11, 1), m.Visit.day <= date(2026, 11, 30))):
            visited[child_id] = visited.get(child_id, 0) + 1
        kid = next(c for c in uow.session.scalars(select(m.Child).where(m.Child.placement == "home")
                                                  .order_by(m.Child.id)) if visited.get(c.id, 0) < 2)
        kid.home_lat = kid.home_lon = None  # the village centre stands in, flagged
        kid_id, kid_name = kid.id, kid.name
        uow.commit()
    scheduler = DatabaseScheduler(app.ctx)
    scenario, warnings = scheduler.scenario("2026-11")
    with app.uow("read") as uow:
        home = {c.id for c in uow.session.scalars(select(m.Child).where(
            m.Child.placement == "home", m.Child.status == "in_school", m.Child.archived_at.is_(None)))}
        done: dict[int, int] = {}
        for v in uow.session.scalars(select(m.Visit).where(
                m.Visit.status.in_(("done", "planned")), m.Visit.schedule_run_id.is_(None),
                m.Visit.day >= date(2026, 11, 1), m.Visit.day <= date(2026, 11, 30),
                m.Visit.archived_at.is_(None))):
            done[v.child_id] = done.get(v.child_id, 0) + 1
    # visits made (or planned by hand) this month count: only what is left is planned (2 a month by the settings)
    expected = {str(c): 2 - done.get(c, 0) for c in home if done.get(c, 0) < 2}
    assert {c.id: c.visits for c in scenario.children} == expected
    assert date(2026, 11, 10) in scenario.team(str(team.id)).unavailable
    assert scenario.child(str(kid_id)).approximate
    assert any(w.code == "sched.approximate_homes" and kid_name in w.message() for w in warnings)
    doc = scenario_to_json(scenario)
    assert parse_scenario(json.loads(json.dumps(doc)))[0] == scenario
    plan = solve(scenario, 3.0)
    assert check_plan(doc, plan_to_json(plan)) == []
    assert any(s.approximate for r in plan.routes for s in r.stops if s.child == str(kid_id))
    written = scheduler.save_plan(plan)
    assert written == plan.visits
    # a second run supersedes the first: its planned visits are archived, not deleted
    again = scheduler.save_plan(plan)
    with app.uow("read") as uow:
        planned = select(func.count()).select_from(m.Visit).where(m.Visit.schedule_run_id.is_not(None))
        live = uow.session.scalar(planned.where(m.Visit.archived_at.is_(None)))
        archived = uow.session.scalar(planned.where(m.Visit.archived_at.is_not(None)))
        runs = [r.superseded for r in uow.session.scalars(select(m.ScheduleRun).order_by(m.ScheduleRun.id))]
    assert live == again and archived == written
    assert runs == [True, False]


def test_bad_month_is_a_clear_error(sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    from special_ed.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        DatabaseScheduler(sqlite_demo_app.ctx).scenario("2026-13")
    assert info.value.issues[0].code == "scenario.month"


def test_cli_without_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.scheduling.factory import child, scenario

    src = tmp_path / "s.json"
    src.write_text(json.dumps(scenario(children=[child("C1"), child("C2", 31.2, 110.0)])), "utf-8")
    out = tmp_path / "plan.json"
    assert main(["schedule", "--scenario", str(src), "--out", str(out), "--time-limit", "0.5"]) == 0
    assert check_plan(json.loads(src.read_text("utf-8")), json.loads(out.read_text("utf-8"))) == []
    assert "4 次送教" in capsys.readouterr().out
    assert main(["schedule", "--scenario", str(src), "--out", str(tmp_path / "p.ics"), "--time-limit", "0.5"]) == 0
    assert (tmp_path / "p-T1.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(scenario(children=[child("C1", team="T9")])), "utf-8")
    assert main(["schedule", "--scenario", str(bad), "--out", str(out)]) == 2
    assert "children[0].team" in capsys.readouterr().err
    assert main(["schedule", "--scenario", str(src), "--out", str(tmp_path / "p.txt")]) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_cli_replan_prints_what_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.scheduling.factory import child, scenario

    src = tmp_path / "s.json"
    doc = scenario(children=[child(f"C{i}", 31.1 + 0.01 * i, 109.9, duration_min=60) for i in range(4)],
                   min_days_between_visits=5)
    src.write_text(json.dumps(doc), "utf-8")
    old = tmp_path / "plan.json"
    assert main(["schedule", "--scenario", str(src), "--out", str(old), "--time-limit", "0.5"]) == 0
    first = json.loads(old.read_text("utf-8"))["routes"][0]
    capsys.readouterr()
    new = tmp_path / "new.json"
    assert main(["schedule", "--scenario", str(src), "--replan", str(old), "--as-of", first["date"],
                 "--leave", f"T1@{first['date']}", "--out", str(new), "--time-limit", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "moved" in out and first["date"] in out
    new_plan = json.loads(new.read_text("utf-8"))
    assert all(r["date"] != first["date"] for r in new_plan["routes"])
    assert main(["schedule", "--scenario", str(src), "--replan", str(old), "--as-of", first["date"],
                 "--leave", "T1@soon", "--out", str(new)]) == 2
    assert "T1@soon" in capsys.readouterr().err


def test_database_replan_after_cancellation_and_leave(sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    scheduler = DatabaseScheduler(app.ctx)
    # December: no demo visit made yet, so the whole month is planned (November's depends on the demo's draw)
    scenario, _ = scheduler.scenario("2026-12")
    plan = solve(scenario, 2.0)
    scheduler.save_plan(plan)
    as_of = sorted({r.date for r in plan.routes})[2]
    later = [r for r in plan.sorted_routes() if r.date >= as_of]
    victim = later[0]
    with app.uow("write") as uow:
        visit = uow.session.scalars(select(m.Visit).where(
            m.Visit.child_id == int(victim.stops[0].child), m.Visit.day == victim.date,
            m.Visit.archived_at.is_(None))).one()
        visit.status, visit.cancel_reason = "cancelled", "child_ill"
        leave_route = next(r for r in later if r.team != victim.team)
        uow.add(m.TeamLeave(team_id=int(leave_route.team), day=leave_route.date, reason="病假"))
        uow.commit()
    result = scheduler.replan("2026-12", as_of, time_limit=2.0)
    assert check_plan(scenario_to_json(result.scenario), plan_to_json(result.plan)) == []
    moved = {(c.child, c.old[1]) for c in result.changes if c.kind in ("moved", "removed") and c.old}
    assert (victim.stops[0].child, victim.date) in moved
    assert {(s.child, leave_route.date) for s in leave_route.stops} <= moved
    before = {(s.child, r.date) for r in plan.routes if r.date < as_of for s in r.stops}
    assert before == {(s.child, r.date) for r in result.plan.routes if r.date < as_of for s in r.stops}
    written = scheduler.save_plan(result.plan, from_day=as_of)
    with app.uow("read") as uow:
        live_before = uow.session.scalar(select(func.count()).select_from(m.Visit).where(
            m.Visit.archived_at.is_(None), m.Visit.status == "planned", m.Visit.day < as_of,
            m.Visit.schedule_run_id.is_not(None)))
    assert live_before == len(before)  # earlier days untouched
    assert written == sum(len(r.stops) for r in result.plan.routes if r.date >= as_of)


def test_cli_month_on_the_database(sqlite_url: str, sqlite_demo_app, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "routes.pdf"
    assert main(["--db", sqlite_url, "schedule", "--month", "2027-03", "--out", str(pdf), "--time-limit", "2"]) == 0
    captured = capsys.readouterr()
    assert "已写入 270 条计划送教记录" in captured.out
    assert "2027" in captured.err  # the calendar fallback is said out loud
    reader = PdfReader(str(pdf))
    assert len(reader.pages) > 10 and "送教上门路线单" in reader.pages[0].extract_text()
    out = tmp_path / "case.json"
    assert main(["--db", sqlite_url, "scenario", "export", "--month", "2027-03", "--out", str(out)]) == 0
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "special-ed-scenario/1" and len(doc["children"]) == 135
    assert main(["--db", sqlite_url, "schedule", "--month", "2027-3"]) == 2
    assert "2027-3" in capsys.readouterr().err
