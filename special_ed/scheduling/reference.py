"""Exact optimum of one team-day's order by enumeration (days hold at most a handful of visits).

Used by the benchmark as the strongest possible reference on the plan's own day assignment: no routing
solver, whatever its time, can do better on those days.
"""

from __future__ import annotations

import itertools

from special_ed.scheduling.model import Scenario
from special_ed.scheduling.plan import Plan
from special_ed.scheduling.timing import StopSpec, effective_window, time_route
from special_ed.scheduling.travel import TravelModel

MAX_EXACT = 8  # 8! = 40,320 orders: still instant


def exact_same_days(scenario: Scenario, plan: Plan) -> int | None:
    tm = TravelModel(scenario.travel)
    total = 0
    for route in plan.routes:
        if len(route.stops) > MAX_EXACT:
            return None
        base = scenario.team(route.team).base
        kids = [scenario.child(s.child) for s in route.stops]
        best = route.travel_min
        for order in itertools.permutations(kids):
            points = [base, *[k.home for k in order if k.home is not None], base]
            legs = [tm.minutes(a, b) for a, b in itertools.pairwise(points)]
            if sum(legs) >= best:
                continue
            specs = [StopSpec(effective_window(k.window, scenario.workday), k.duration_min) for k in order]
            if time_route(legs, specs, scenario.workday) is not None:
                best = sum(legs)
        total += best
    return total
