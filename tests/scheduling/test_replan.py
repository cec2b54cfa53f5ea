from __future__ import annotations

from datetime import date

import pytest

from special_ed.errors import SpecialEdError
from special_ed.scheduling.plan import plan_to_json
from special_ed.scheduling.replan import replan
from special_ed.scheduling.scenario_io import parse_scenario, scenario_to_json
from special_ed.scheduling.solver import solve
from tests.scheduling.factory import child, scenario
from tests.scheduling.plan_checker import check_plan


def _month() -> tuple[dict[str, object], object, object]:
    kids = [child(f"C{i}", 31.10 + 0.01 * i, 109.90 + 0.01 * i, visits=2, duration_min=60) for i in range(5)]
    doc = scenario(children=kids, min_days_between_visits=5)
    s, _ = parse_scenario(doc)
    return doc, s, solve(s, 0.5)


def _visits(plan: object) -> set[tuple[str, str, date]]:
    return {(s.child, r.team, r.date) for r in plan.routes for s in r.stops}  # type: ignore[attr-defined]


def test_cancelled_visit_is_moved_and_the_rest_stays() -> None:
    _, s, plan = _month()
    as_of = date(2026, 3, 10)
    future = sorted((r.date, st.child) for r in plan.routes for st in r.stops if r.date >= as_of)
    day, cid = future[0]
    result = replan(s, plan, as_of, cancelled=[(cid, day)], time_limit=0.5)
    assert check_plan(scenario_to_json(result.scenario), plan_to_json(result.plan)) == []
    old, new = _visits(plan), _visits(result.plan)
    assert {v for v in old if v[2] < as_of} <= new  # history unchanged
    assert (cid, "T1", day) not in new
    moved = [c for c in result.changes if c.kind != "retimed"]
    assert [(c.child, c.kind, c.old[1] if c.old else None) for c in moved] == [(cid, "moved", day)]
    assert len(old - new) == 1  # nothing else left its day
    assert all(st.status == "done" for r in result.plan.routes if r.date < as_of for st in r.stops)


def test_team_leave_moves_that_weeks_visits_only() -> None:
    _, s, plan = _month()
    as_of = date(2026, 3, 1)
    first = min(r.date for r in plan.routes)
    week = [date(2026, 3, d) for d in range(first.day, min(31, first.day + 3))]
    result = replan(s, plan, as_of, leave={"T1": week}, time_limit=0.5)
    assert check_plan(scenario_to_json(result.scenario), plan_to_json(result.plan)) == []
    assert not any(r.date in week for r in result.plan.routes)
    touched = {(c.child, c.old[1]) for c in result.changes if c.kind != "retimed" and c.old}
    expected = {(st.child, r.date) for r in plan.routes if r.date in week for st in r.stops}
    assert expected and touched == expected
    assert result.plan.visits == plan.visits


def test_unknown_or_past_cancellation_is_a_clear_error() -> None:
    _, s, plan = _month()
    with pytest.raises(SpecialEdError) as info:
        replan(s, plan, date(2026, 3, 10), cancelled=[("C0", date(2026, 3, 1))])
    assert info.value.code == "sched.replan.unknown_visit"
    first = plan.routes[0]
    with pytest.raises(SpecialEdError) as info:
        replan(s, plan, date(2026, 3, 31), cancelled=[(first.stops[0].child, first.date)])
    assert info.value.code == "sched.replan.past_visit" and "重排" in info.value.message("zh")
