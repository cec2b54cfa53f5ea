"""How good is a plan? A reference re-routing with more time, and a lower bound on its travel.

- ``reference_same_days``: keeps the plan's day assignment (which visits each team does on each day) and
  re-solves every team-day with OR-Tools given ten times the time per visit that the plan had; the gap
  between the two totals is what the main run left on the table in the routing.
- ``lower_bound``: for the visits the plan makes, no plan can travel less. A route through a child's home
  costs at least the round trip base→home→base (triangle inequality; whole-minute rounding up keeps it),
  so the sum of route maxima bounds the travel. With K visits a day and one visit per child per day, for
  every threshold θ the routes whose farthest stop is ≥ θ away number at least
  max(⌈visits ≥ θ / K⌉, largest visit count of a child ≥ θ); integrating over θ gives the bound.
  It only holds for the great-circle model (a travel table need not obey the triangle inequality).
"""

from __future__ import annotations

import math
from collections import defaultdict

from special_ed.scheduling.model import Scenario
from special_ed.scheduling.plan import Plan
from special_ed.scheduling.routing import TeamProblem, VisitNode, solve_team
from special_ed.scheduling.timing import StopSpec, effective_window
from special_ed.scheduling.travel import TravelModel


def reference_same_days(scenario: Scenario, plan: Plan, seconds_per_visit: float) -> int:
    tm = TravelModel(scenario.travel)
    total = 0
    for route in plan.routes:
        team = scenario.team(route.team)
        points = [team.base]
        nodes = []
        for stop in route.stops:
            child = scenario.child(stop.child)
            assert child.home is not None
            points.append(child.home)
            spec = StopSpec(effective_window(child.window, scenario.workday), child.duration_min)
            nodes.append(VisitNode(child.id, len(points) - 1, spec, (route.date.toordinal(),), spaced=False))
        travel = [[tm.minutes(a, b) for b in points] for a in points]
        problem = TeamProblem(
            route.team,
            [route.date.toordinal()],
            travel,
            nodes,
            len(nodes),
            scenario.workday,
            scenario.min_days_between_visits,
        )
        sol = solve_team(problem, seconds_per_visit * len(nodes))
        if sol.dropped:  # the reference must serve the same visits; fall back to the plan's own route
            total += route.travel_min
        else:
            total += sol.objective
    return total


def lower_bound(scenario: Scenario, plan: Plan) -> int | None:
    if scenario.travel.table:
        return None
    tm = TravelModel(scenario.travel)
    per_team: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for route in plan.routes:
        for stop in route.stops:
            per_team[route.team][stop.child] += 1
    bound = 0
    for team_id, counts in per_team.items():
        team = scenario.team(team_id)
        k = scenario.capacity(team)
        rt = {}
        for cid in counts:
            home = scenario.child(cid).home
            assert home is not None
            rt[cid] = tm.minutes(team.base, home) + tm.minutes(home, team.base)
        levels = sorted(set(rt.values()), reverse=True)
        # step function: on (next level, level] the number of routes is at least need(level)
        visits_ge = 0
        most = 0
        for i, level in enumerate(levels):
            for cid, r in rt.items():
                if r == level:
                    visits_ge += counts[cid]
                    most = max(most, counts[cid])
            routes_needed = max(math.ceil(visits_ge / k), most)
            lower = levels[i + 1] if i + 1 < len(levels) else 0
            bound += routes_needed * (level - lower)
    return bound
