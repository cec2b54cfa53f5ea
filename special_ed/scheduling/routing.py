"""One team's month as a vehicle-routing problem solved by OR-Tools.

Each of the team's working days is a vehicle that starts and ends at the team's base; each required visit is
a node that may only ride the vehicles of days the child can be visited. So OR-Tools decides the day of every
visit and the order of every day in one model, minimising travel minutes:
- time dimension: travel + visit duration, start ≥ workday start, back by its end, every visit inside its
  window and not across lunch (the lunch interval is removed from the start's domain);
- count dimension: at most K visits a day;
- two visits to one child must fall ≥ N days apart: the day of a node is an Element of its vehicle, and for
  each pair the later one's day minus the earlier one's is ≥ N (pairs are ordered to break symmetry);
- a node that cannot be placed is dropped at a penalty far above any travel, so the model always has a
  solution and what it drops is reported, never hidden.
Children keep their team, so teams are independent and each is a small model.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from special_ed.scheduling.model import WorkdayHours
from special_ed.scheduling.timing import StopSpec

DROP_PENALTY = 1_000_000
_BIG = 10_000_000


@dataclass(frozen=True)
class VisitNode:
    child: str
    location: int  # index into TeamProblem.travel (0 is the base)
    spec: StopSpec
    allowed_days: tuple[int, ...]  # date ordinals
    spaced: bool = True  # takes part in the pairwise spacing with the child's other spaced nodes
    penalty: int = DROP_PENALTY


@dataclass
class TeamProblem:
    team: str
    days: list[int]  # date ordinals, one vehicle each
    travel: list[list[int]]  # whole minutes between locations
    nodes: list[VisitNode]
    capacity: int
    workday: WorkdayHours
    gap: int
    hint: dict[int, list[int]] = field(default_factory=dict)  # day → node indices, a starting solution


@dataclass
class TeamSolution:
    routes: dict[int, list[int]]  # day ordinal → node indices in visiting order
    dropped: list[int]
    objective: int


def _search_parameters(time_limit: float, metaheuristic: bool) -> pywrapcp.DefaultRoutingSearchParameters:
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION
    if metaheuristic:
        params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(max(10, int(time_limit * 1000)))
    return params


def solve_team(problem: TeamProblem, time_limit: float, metaheuristic: bool = True) -> TeamSolution:
    nodes = problem.nodes
    if not nodes or not problem.days:
        return TeamSolution({}, list(range(len(nodes))), DROP_PENALTY * len(nodes))
    n = len(nodes) + 1  # node 0 is the base
    vehicles = len(problem.days)
    manager = pywrapcp.RoutingIndexManager(n, vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)

    loc = [0] + [v.location for v in nodes]
    dur = [0] + [v.spec.duration for v in nodes]
    tt = problem.travel
    travel = [[tt[loc[i]][loc[j]] for j in range(n)] for i in range(n)]
    busy = [[travel[i][j] + dur[i] for j in range(n)] for i in range(n)]
    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitMatrix(travel))

    wd = problem.workday
    time_idx = routing.RegisterTransitMatrix(busy)
    routing.AddDimension(time_idx, wd.end - wd.start, wd.end, False, "time")
    time_dim = routing.GetDimensionOrDie("time")
    count_idx = routing.RegisterUnaryTransitVector([0] + [1] * len(nodes))
    routing.AddDimensionWithVehicleCapacity(count_idx, 0, [problem.capacity] * vehicles, True, "count")

    for v in range(vehicles):
        time_dim.CumulVar(routing.Start(v)).SetRange(wd.start, wd.end)
        time_dim.CumulVar(routing.End(v)).SetRange(wd.start, wd.end)

    vehicle_of_day = {d: i for i, d in enumerate(problem.days)}
    solver = routing.solver()
    for k, node in enumerate(nodes, start=1):
        index = manager.NodeToIndex(k)
        lo, hi = node.spec.window[0], node.spec.window[1] - node.spec.duration
        if node.spec.fixed_start is not None:
            lo = hi = node.spec.fixed_start
        cumul = time_dim.CumulVar(index)
        cumul.SetRange(lo, hi)
        if wd.lunch is not None:
            a, b = wd.lunch[0] - node.spec.duration + 1, wd.lunch[1] - 1
            if a <= b and not (a <= lo and hi <= b):
                cumul.RemoveInterval(a, b)
        allowed = [vehicle_of_day[d] for d in node.allowed_days if d in vehicle_of_day]
        # SetAllowedVehiclesForIndex does not accept Python lists in this OR-Tools build; restricting the
        # vehicle variable's domain directly is equivalent (-1 stays allowed: the node may be dropped).
        routing.VehicleVar(index).SetValues([-1, *allowed])
        routing.AddDisjunction([index], node.penalty)

    # Spacing between visits to the same child (see module docstring).
    by_child: dict[str, list[int]] = {}
    for k, node in enumerate(nodes, start=1):
        if node.spaced:
            by_child.setdefault(node.child, []).append(k)
    early_vals = [-_BIG, *problem.days]
    late_vals = [_BIG, *problem.days]
    for ks in by_child.values():
        if len(ks) < 2:
            continue
        early = {}
        late = {}
        for k in ks:
            var = (routing.VehicleVar(manager.NodeToIndex(k)) + 1).Var()
            early[k] = solver.Element(early_vals, var)
            late[k] = solver.Element(late_vals, var)
        for a_pos, a in enumerate(ks):
            for b in ks[a_pos + 1 :]:
                solver.Add(late[b] - early[a] >= problem.gap)

    params = _search_parameters(time_limit, metaheuristic)
    assignment = None
    if problem.hint:
        routes = [[manager.NodeToIndex(i + 1) for i in problem.hint.get(d, [])] for d in problem.days]
        start = routing.ReadAssignmentFromRoutes(routes, True)
        if start is not None:
            assignment = routing.SolveFromAssignmentWithParameters(start, params)
    if assignment is None:
        assignment = routing.SolveWithParameters(params)
    if assignment is None:  # cannot happen with every node droppable, but never crash on it
        return TeamSolution({}, list(range(len(nodes))), DROP_PENALTY * len(nodes))

    result: dict[int, list[int]] = {}
    served: set[int] = set()
    for v in range(vehicles):
        index = routing.Start(v)
        seq: list[int] = []
        index = assignment.Value(routing.NextVar(index))
        while not routing.IsEnd(index):
            node = manager.IndexToNode(index)
            seq.append(node - 1)
            served.add(node - 1)
            index = assignment.Value(routing.NextVar(index))
        if seq:
            result[problem.days[v]] = seq
    dropped = [i for i in range(len(nodes)) if i not in served]
    return TeamSolution(result, dropped, int(assignment.ObjectiveValue()))


def repair(problem: TeamProblem, solution: TeamSolution) -> TeamSolution:
    """Insert dropped visits wherever they still fit, cheapest first.

    With a very short time limit the search can stop before it has placed every visit; a visit that fits
    somewhere must not be reported as "team full". This checks each dropped visit against every allowed
    day and position (spacing, daily limit, windows, lunch, workday) and inserts it at the least added
    travel; what is left really has no place in the current plan.
    """
    from special_ed.scheduling.timing import time_route

    routes = {d: list(seq) for d, seq in solution.routes.items()}
    tt = problem.travel
    nodes = problem.nodes
    gap = problem.gap

    def loc(i: int) -> int:
        return 0 if i < 0 else nodes[i].location

    def cost(seq: list[int]) -> int:
        path = [-1, *seq, -1]
        return sum(tt[loc(a)][loc(b)] for a, b in itertools.pairwise(path))

    def feasible(seq: list[int]) -> bool:
        path = [-1, *seq, -1]
        legs = [tt[loc(a)][loc(b)] for a, b in itertools.pairwise(path)]
        return time_route(legs, [nodes[i].spec for i in seq], problem.workday) is not None

    day_of = {i: d for d, seq in routes.items() for i in seq}
    still: list[int] = []
    objective = solution.objective
    for i in solution.dropped:
        node = nodes[i]
        others = [day_of[j] for j in day_of if nodes[j].child == node.child]
        best: tuple[int, int, int] | None = None  # added travel, day, position
        for d in node.allowed_days:
            if d not in problem.days or any(abs(d - o) < gap for o in others):
                continue
            seq = routes.get(d, [])
            if len(seq) >= problem.capacity:
                continue
            base = cost(seq)
            for pos in range(len(seq) + 1):
                trial = [*seq[:pos], i, *seq[pos:]]
                added = cost(trial) - base
                if (best is None or added < best[0]) and feasible(trial):
                    best = (added, d, pos)
        if best is None:
            still.append(i)
            continue
        added, d, pos = best
        routes.setdefault(d, []).insert(pos, i)
        day_of[i] = d
        objective += added - node.penalty
    return TeamSolution(routes, still, objective)
