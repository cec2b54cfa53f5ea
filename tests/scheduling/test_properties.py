"""Property test: every plan the scheduler returns for random scenarios passes the independent checker.

Months are drawn so that Spring Festival, National Day and Qingming (with their 调休 make-up Saturdays and
Sundays) come up, as does a year chinese-calendar does not cover; local overrides, leave days, narrow
windows, lunch breaks, missing coordinates and children without a team are all mixed in.
"""

from __future__ import annotations

import calendar as stdcal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from special_ed.scheduling.plan import plan_to_json
from special_ed.scheduling.scenario_io import parse_scenario
from special_ed.scheduling.solver import solve
from tests.scheduling.plan_checker import check_plan

MONTHS = ["2025-01", "2025-02", "2025-04", "2025-05", "2025-09", "2025-10", "2026-02", "2026-10", "2099-03"]


def _hm(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    month = draw(st.sampled_from(MONTHS))
    y, m = int(month[:4]), int(month[5:])
    ndays = stdcal.monthrange(y, m)[1]
    day = st.integers(1, ndays).map(lambda d: f"{month}-{d:02d}")
    start = draw(st.integers(7 * 60, 9 * 60))
    end = draw(st.integers(15 * 60, 18 * 60))
    workday: dict[str, Any] = {"start": _hm(start), "end": _hm(end)}
    if draw(st.booleans()):
        ls = draw(st.integers(11 * 60 + 30, 12 * 60 + 30))
        workday["lunch"] = [_hm(ls), _hm(ls + draw(st.integers(30, 120)))]
    point = st.fixed_dictionaries({"lat": st.floats(30.75, 31.47), "lon": st.floats(109.55, 110.20)})
    n_teams = draw(st.integers(1, 3))
    teams = []
    for i in range(n_teams):
        team: dict[str, Any] = {"id": f"T{i}", "name": f"组{i}", "base": draw(point)}
        if draw(st.booleans()):
            team["unavailable"] = draw(st.lists(day, max_size=12, unique=True))
        if draw(st.booleans()):
            team["max_visits_per_day"] = draw(st.integers(1, 4))
        teams.append(team)
    children = []
    for i in range(draw(st.integers(0, 7))):
        kid: dict[str, Any] = {"id": f"C{i}", "name": f"童{i}", "visits": draw(st.integers(1, 3)),
                               "duration_min": draw(st.integers(30, 150))}
        kid["home"] = draw(st.one_of(st.none(), point)) if draw(st.integers(0, 9)) == 0 else draw(point)
        if draw(st.integers(0, 4)):
            kid["team"] = f"T{draw(st.integers(0, n_teams - 1))}"
        if draw(st.booleans()):
            ws = draw(st.integers(7 * 60, 15 * 60))
            kid["window"] = {"start": _hm(ws), "end": _hm(min(23 * 60, ws + draw(st.integers(20, 420))))}
        if draw(st.booleans()):
            kid["weekdays"] = draw(st.lists(st.integers(1, 7), min_size=1, max_size=7, unique=True))
        if draw(st.booleans()):
            kid["unavailable"] = draw(st.lists(day, max_size=8, unique=True))
        children.append(kid)
    doc: dict[str, Any] = {
        "format": "special-ed-scenario/1", "month": month, "workday": workday,
        "travel": {"speed_kmh": draw(st.sampled_from([20, 30, 45])), "road_factor": draw(st.floats(1.0, 2.0))},
        "min_days_between_visits": draw(st.integers(1, 12)),
        "max_visits_per_day": draw(st.integers(1, 4)),
        "teams": teams, "children": children,
    }
    if draw(st.booleans()):
        # an imported travel-time table over a few named places overrides the great-circle estimate
        places = ["甲村", "乙村", "丙村"]
        for row in [*teams, *children]:
            where = row.get("base") or row.get("home")
            if where is not None and draw(st.booleans()):
                where["place"] = draw(st.sampled_from(places))
        doc["travel"]["table"] = [{"from": a, "to": b, "minutes": draw(st.integers(0, 120))}
                                  for a in places for b in places if a <= b and draw(st.booleans())]
    if draw(st.booleans()):
        doc["calendar"] = {"holidays": draw(st.lists(day, max_size=4, unique=True)),
                           "workdays": draw(st.lists(day, max_size=4, unique=True))}
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_plan_passes_the_independent_checker(doc: dict[str, Any]) -> None:
    scenario, _ = parse_scenario(doc)
    plan = solve(scenario, time_limit=0.2)
    out = plan_to_json(plan)
    assert check_plan(doc, out) == []
    # never silently dropped: every required visit is either planned or listed with a reason
    planned = sum(len(r["stops"]) for r in out["routes"])
    missing = sum(u["missing"] for u in out["unscheduled"])
    assert planned + missing == sum(c["visits"] for c in doc["children"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_replans_pass_the_checker_and_keep_history(doc: dict[str, Any], data: st.DataObject) -> None:
    from special_ed.scheduling.replan import replan
    from special_ed.scheduling.scenario_io import scenario_to_json

    scenario, _ = parse_scenario(doc)
    plan = solve(scenario, time_limit=0.2)
    visits = sorted((r.date, s.child) for r in plan.routes for s in r.stops)
    if not visits:
        return
    as_of = data.draw(st.sampled_from([d for d, _ in visits]))
    later = [(c, d) for d, c in visits if d >= as_of]
    cancelled = data.draw(st.lists(st.sampled_from(later), max_size=2, unique=True))
    team = data.draw(st.sampled_from([t.id for t in scenario.teams]))
    leave_days = data.draw(st.lists(st.sampled_from(sorted({d for d, _ in visits if d >= as_of})), max_size=3,
                                    unique=True))
    result = replan(scenario, plan, as_of, cancelled, {team: leave_days}, time_limit=0.2)
    out = plan_to_json(result.plan)
    assert check_plan(scenario_to_json(result.scenario), out) == []
    before = {(s.child, r.team, r.date, s.start) for r in plan.routes if r.date < as_of for s in r.stops}
    after = {(s.child, r.team, r.date, s.start) for r in result.plan.routes if r.date < as_of for s in r.stops}
    assert before == after  # history is never rewritten
    assert not any(r.team == team and r.date in leave_days for r in result.plan.routes)
    assert not any((s.child, r.date) in set(cancelled) for r in result.plan.routes for s in r.stops)
