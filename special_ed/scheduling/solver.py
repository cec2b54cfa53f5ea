"""Scenario → plan.

1. The calendar gives the month's workdays; each child's feasible days follow from their weekdays and
   unavailable days, the team's leave, and (when re-planning) the visits already done or kept.
2. Children whose visits can never be planned are listed with the concrete reason before any search
   (no location, window shorter than a visit, window unreachable from the base, no day, team on leave...).
3. A child without a team is given one greedily: the team that can plan the most of the child's visits, then
   the least added travel (the cheapest detour from the base or via one of the team's other children),
   then the lightest load relative to the team's month — least travel first, then balance.
4. Each team's month is one OR-Tools routing model (see :mod:`special_ed.scheduling.routing`); the time
   budget is shared between teams in proportion to their visits.
5. Routes are re-timed by :func:`special_ed.scheduling.timing.time_route`, which re-checks every route.
"""

from __future__ import annotations

import itertools
import time as _time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date

from special_ed.domain.school_calendar import month_calendar
from special_ed.errors import Issue
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.scheduling.model import Child, Point, Scenario, Team
from special_ed.scheduling.plan import Plan, Route, Stop, Unscheduled
from special_ed.scheduling.routing import TeamProblem, TeamSolution, VisitNode, repair, solve_team
from special_ed.scheduling.timing import StopSpec, effective_window, fits_alone, max_spaced, time_route
from special_ed.scheduling.travel import TravelModel


@dataclass(frozen=True)
class Commitment:
    """A visit that a re-plan must respect: done (history) or kept on its team-day (optionally its start)."""

    child: str
    team: str
    day: date
    start: int | None = None
    done: bool = False


@dataclass
class Commitments:
    visits: list[Commitment] = field(default_factory=list)
    horizon_start: date | None = None  # free visits only on or after this day
    team_of: dict[str, str] = field(default_factory=dict)  # teams given earlier to children without one
    hints: dict[str, list[date]] = field(default_factory=dict)  # child → days it had (starting solution)


@dataclass
class _Need:
    child: Child
    team: Team
    free_days: list[int]
    count: int  # free visits to plan


@dataclass
class SolveStats:
    seconds: float = 0.0
    teams: int = 0
    nodes: int = 0
    objective: int = 0


def _spec(child: Child, scenario: Scenario) -> StopSpec:
    return StopSpec(effective_window(child.window, scenario.workday), child.duration_min)


def _reachable(child: Child, team: Team, scenario: Scenario, tm: TravelModel) -> bool:
    assert child.home is not None
    legs = [tm.minutes(team.base, child.home), tm.minutes(child.home, team.base)]
    return time_route(legs, [_spec(child, scenario)], scenario.workday) is not None


class Planner:
    def __init__(self, scenario: Scenario, commitments: Commitments | None = None) -> None:
        self.s = scenario
        self.c = commitments or Commitments()
        self.tm = TravelModel(scenario.travel)
        cal = month_calendar(scenario.year, scenario.month, scenario.holidays, scenario.workdays)
        self.workdays = list(cal.workdays)
        self.warnings: list[Issue] = list(cal.warnings)
        self.unscheduled: list[Unscheduled] = []
        self.stats = SolveStats()
        self.points_by_team: dict[str, list[Point]] = {}

    # -- feasibility -------------------------------------------------------------------------------------
    def _child_days(self, child: Child) -> list[date]:
        return [d for d in self.workdays if d.isoweekday() in child.weekdays and d not in child.unavailable]

    def _committed(self, child: Child) -> list[Commitment]:
        if not hasattr(self, "_by_child"):
            self._by_child: dict[str, list[Commitment]] = {}
            for v in self.c.visits:
                self._by_child.setdefault(v.child, []).append(v)
        return self._by_child.get(child.id, [])

    def _free_days(self, days: list[date], committed: list[Commitment]) -> list[int]:
        gap = self.s.min_days_between_visits
        taken = [v.day.toordinal() for v in committed]
        horizon = self.c.horizon_start
        return [d.toordinal() for d in days
                if (horizon is None or d >= horizon) and all(abs(d.toordinal() - t) >= gap for t in taken)]

    def _assess(self, child: Child, team: Team, need: int) -> tuple[int, str | None, list[int]]:
        """How many of ``need`` free visits this team could plan for the child, and why not the rest."""
        days0 = self._child_days(child)
        committed = self._committed(child)
        if not _reachable(child, team, self.s, self.tm):
            return 0, "sched.reason.window_unreachable", []
        free0 = self._free_days(days0, committed)
        free = self._free_days([d for d in days0 if d not in team.unavailable], committed)
        gap = self.s.min_days_between_visits
        count = min(need, max_spaced(free, gap))
        if count >= need:
            return need, None, free
        if not free and free0:
            return 0, "sched.reason.team_on_leave", free
        if max_spaced(free0, gap) > count:
            return count, "sched.reason.team_leave_days", free
        return count, "sched.reason.too_few_days", free

    def _missing(self, child: Child, missing: int, reason: str) -> None:
        if missing > 0:
            self.unscheduled.append(Unscheduled(child.id, missing, reason))

    def _needs(self) -> list[_Need]:
        needs: list[_Need] = []
        load: dict[str, int] = {t.id: 0 for t in self.s.teams}
        pending: list[Child] = []
        for child in self.s.children:
            need = child.visits - len(self._committed(child))
            if need <= 0:
                continue
            if child.home is None:
                self._missing(child, need, "sched.reason.no_location")
                continue
            if not fits_alone(_spec(child, self.s), self.s.workday):
                self._missing(child, need, "sched.reason.window_too_short")
                continue
            if not self._child_days(child):
                self._missing(child, need, "sched.reason.no_feasible_day")
                continue
            team_id = child.team or self.c.team_of.get(child.id)
            if team_id is None:
                pending.append(child)
                continue
            team = self.s.team(team_id)
            count, reason, free = self._assess(child, team, need)
            if reason is not None:
                self._missing(child, need - count, reason)
            if count:
                needs.append(_Need(child, team, free, count))
                load[team.id] += count
        for child in pending:
            picked = self._pick_team(child, child.visits - len(self._committed(child)), load, needs)
            if picked is not None:
                needs.append(picked)
                load[picked.team.id] += picked.count
        return needs

    def _pick_team(self, child: Child, need: int, load: dict[str, int], needs: list[_Need]) -> _Need | None:
        assert child.home is not None
        home = child.home
        if not hasattr(self, "_mates"):
            self._mates: dict[str, list[Point]] = {}
            for n in needs:
                if n.child.home is not None:
                    self._mates.setdefault(n.team.id, []).append(n.child.home)
        best: tuple[tuple[float, ...], _Need] | None = None
        reasons: list[str] = []
        # Nearest bases first; a team farther than the 12 nearest usable ones is never the cheapest in
        # practice, and checking every team for every child is quadratic on big counties.
        order = sorted(self.s.teams, key=lambda t: self.tm.minutes(t.base, home) + self.tm.minutes(home, t.base))
        usable = 0
        for team in order:
            if usable >= 12:
                break
            count, reason, free = self._assess(child, team, need)
            if reason is not None:
                reasons.append(reason)
            if count == 0:
                continue
            usable += 1
            capacity = self.s.capacity(team) * len([d for d in self.workdays if d not in team.unavailable])
            detour = 2 * self.tm.minutes(team.base, home)
            for m in self._mates.get(team.id, []):
                detour = min(detour, self.tm.minutes(m, home) + self.tm.minutes(home, team.base)
                             - self.tm.minutes(m, team.base))
            over = max(0, load[team.id] + count - capacity)
            key = (-count, over, float(detour), (load[team.id] + count) / max(1, capacity), len(team.id))
            if best is None or key < best[0]:
                best = (key, _Need(child, team, free, count))
        if best is None:
            # Only say "no team" when the teams fail for different reasons; one shared reason is more useful.
            reason = "sched.reason.no_team" if not reasons or len(set(reasons)) > 1 else reasons[0]
            self._missing(child, need, reason)
            return None
        self._mates.setdefault(best[1].team.id, []).append(home)
        if best[1].count < need:
            self._missing(child, need - best[1].count, "sched.reason.too_few_days")
        return best[1]

    # -- solving -----------------------------------------------------------------------------------------
    def team_problems(self, needs: list[_Need]) -> list[tuple[TeamProblem, list[Commitment]]]:
        out = []
        for team in self.s.teams:
            team_needs = [n for n in needs if n.team.id == team.id]
            kept = [v for v in self.c.visits if v.team == team.id and not v.done]
            if not team_needs and not kept:
                continue
            horizon = self.c.horizon_start
            days = [d.toordinal() for d in self.workdays
                    if d not in team.unavailable and (horizon is None or d >= horizon)]
            for v in kept:
                if v.day.toordinal() not in days:
                    days.append(v.day.toordinal())
            days.sort()
            points: list[Point] = [team.base]
            index: dict[Point, int] = {team.base: 0}
            nodes: list[VisitNode] = []

            def loc(p: Point, index: dict[Point, int] = index, points: list[Point] = points) -> int:
                if p not in index:
                    index[p] = len(points)
                    points.append(p)
                return index[p]

            for v in kept:
                child = self.s.child(v.child)
                assert child.home is not None
                spec = StopSpec(_spec(child, self.s).window, child.duration_min, v.start)
                nodes.append(VisitNode(child.id, loc(child.home), spec, (v.day.toordinal(),), spaced=False,
                                       penalty=100 * 1_000_000))
            for n in team_needs:
                assert n.child.home is not None
                for _ in range(n.count):
                    nodes.append(VisitNode(n.child.id, loc(n.child.home), _spec(n.child, self.s),
                                           tuple(n.free_days)))
            travel = [[self.tm.minutes(a, b) for b in points] for a in points]
            problem = TeamProblem(team.id, days, travel, nodes, self.s.capacity(team), self.s.workday,
                                  self.s.min_days_between_visits)
            problem.hint = self._hint(problem)
            out.append((problem, kept))
            self.points_by_team[team.id] = points
        return out

    def _hint(self, problem: TeamProblem) -> dict[int, list[int]]:
        if not self.c.hints:
            return {}
        hint: dict[int, list[int]] = {}
        used: dict[str, int] = {}
        for i, node in enumerate(problem.nodes):
            if not node.spaced:
                hint.setdefault(node.allowed_days[0], []).append(i)
                continue
            days = [d.toordinal() for d in self.c.hints.get(node.child, [])]
            k = used.get(node.child, 0)
            while k < len(days) and days[k] not in node.allowed_days:
                k += 1
            if k < len(days):
                hint.setdefault(days[k], []).append(i)
            used[node.child] = k + 1
        # Starting solutions must respect the daily limit; drop the overflow and let the search place it.
        return {d: v[: problem.capacity] for d, v in hint.items()}

    def solve(self, time_limit: float = 10.0, progress: Progress = NO_PROGRESS, workers: int = 1) -> Plan:
        """Solve every team; with ``workers`` > 1 teams are solved in that many processes at once, and the
        time budget is scaled so the wall-clock time stays about ``time_limit``. ``progress`` counts teams
        and is checked for a cancel between them (CancelledError: nothing is returned)."""
        started = _time.perf_counter()
        needs = self._needs()
        problems = [p for p, _ in self.team_problems(needs)]
        total_nodes = sum(len(p.nodes) for p in problems) or 1
        plan = Plan(self.s.year, self.s.month, warnings=list(self.warnings))
        # Budgets are handed out as teams start, from the time actually left, so model building and
        # process start-up come out of the same time limit instead of adding to it.
        deadline = started + time_limit
        remaining = [total_nodes]

        def budget(problem: TeamProblem, lanes: int) -> float:
            left = max(0.0, deadline - _time.perf_counter())
            share = left * lanes * len(problem.nodes) / max(1, remaining[0])
            remaining[0] -= len(problem.nodes)
            return max(0.02, min(share, left))

        progress.set_total(len(problems))
        if workers <= 1 or len(problems) < 2:
            for problem in problems:
                progress.check()
                self._collect(problem, solve_team(problem, budget(problem, 1)), plan)
                progress.advance()
        else:
            queue = sorted(problems, key=lambda p: -len(p.nodes))  # big teams first: better packing
            with ProcessPoolExecutor(max_workers=workers) as pool:
                running: dict[Future[TeamSolution], TeamProblem] = {}
                try:
                    while queue or running:
                        while queue and len(running) < workers:
                            problem = queue.pop(0)
                            running[pool.submit(solve_team, problem, budget(problem, workers))] = problem
                        finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                        for future in finished:
                            self._collect(running.pop(future), future.result(), plan)
                            progress.advance()
                except BaseException:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
        plan.routes.sort(key=lambda r: (r.team, r.date))
        plan.unscheduled = self._merge_unscheduled()
        self.stats.seconds = _time.perf_counter() - started
        self.stats.teams = len(problems)
        self.stats.nodes = total_nodes
        return plan

    def _collect(self, problem: TeamProblem, solution: TeamSolution, plan: Plan) -> None:
        if solution.dropped:
            solution = repair(problem, solution)
        self.stats.objective += solution.objective
        points = self.points_by_team[problem.team]
        dropped = list(solution.dropped)
        for day, seq in sorted(solution.routes.items()):
            seq = list(seq)
            route = None
            while seq:
                route = build_route(self.s, self.tm, problem.team, date.fromordinal(day),
                                    [points[problem.nodes[i].location] for i in seq],
                                    [problem.nodes[i] for i in seq])
                if route is not None:
                    break
                dropped.append(seq.pop())  # defensive: never emit a route that breaks a constraint
            if route is not None:
                plan.routes.append(route)
        for i in dropped:
            node = problem.nodes[i]
            self.unscheduled.append(Unscheduled(node.child, 1, "sched.reason.team_full"))

    def _merge_unscheduled(self) -> list[Unscheduled]:
        order = {c.id: i for i, c in enumerate(self.s.children)}
        merged: dict[tuple[str, str], int] = {}
        for u in self.unscheduled:
            merged[(u.child, u.reason)] = merged.get((u.child, u.reason), 0) + u.missing
        return [Unscheduled(c, m, r) for (c, r), m in sorted(merged.items(), key=lambda x: (order.get(x[0][0], 0),
                                                                                                x[0][1]))]


def build_route(scenario: Scenario, tm: TravelModel, team_id: str, day: date, homes: Sequence[Point],
                nodes: Sequence[VisitNode]) -> Route | None:
    team = scenario.team(team_id)
    stops_at = [team.base, *homes, team.base]
    # Kilometres to 2 decimals at the source, so totals add up the same after a round trip through JSON.
    legs = [(m, round(km, 2)) for m, km in (tm.leg(a, b) for a, b in itertools.pairwise(stops_at))]
    timed = time_route([m for m, _ in legs], [n.spec for n in nodes], scenario.workday)
    if timed is None:
        return None
    stops = []
    for k, node in enumerate(nodes):
        child = scenario.child(node.child)
        stops.append(Stop(node.child, timed.arrivals[k], timed.starts[k], timed.starts[k] + node.spec.duration,
                          legs[k][0], legs[k][1], child.approximate,
                          "fixed" if node.spec.fixed_start is not None else "planned"))
    return Route(team_id, day, timed.depart, timed.return_, tuple(stops), legs[-1][0], legs[-1][1])


def default_time_limit(scenario: Scenario) -> float:
    """About 0.04 s per visit (measured: enough for every team of the demo county to converge), 5–120 s."""
    return float(min(120.0, max(5.0, 0.04 * sum(c.visits for c in scenario.children))))


def solve(scenario: Scenario, time_limit: float = 10.0, progress: Progress = NO_PROGRESS,
          workers: int = 1) -> Plan:
    """Plan the month. Never raises for infeasibility: what cannot be planned is in ``plan.unscheduled``."""
    return Planner(scenario).solve(time_limit, progress, workers)
