"""Scheduling benchmark: the demo county's month and scaled versions.

For each size: solve time, total travel, a reference on the same day assignment (every team-day re-routed
by OR-Tools with ten times the time per visit the main run had, and the exact optimum of every team-day by
enumeration), the gap, a lower bound, and the workload balance between teams. The county case also gets a
full re-solve (days and routes) with ten times the time, which measures the day assignment too.

    python benchmarks/bench_schedule.py                   # 135, 500, 2000 children
    python benchmarks/bench_schedule.py --sizes 135 --workers 2
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from county_scenario import county_scenario

from special_ed.scheduling.model import Scenario
from special_ed.scheduling.quality import lower_bound, reference_same_days
from special_ed.scheduling.reference import exact_same_days
from special_ed.scheduling.scenario_io import parse_scenario
from special_ed.scheduling.solver import Planner

TIME_LIMITS = {135: 8.0, 500: 30.0, 2000: 100.0}


def pct(a: float, b: float) -> str:
    return f"{100 * (a - b) / b:+.2f} %" if b else "n/a"


def demo_scenario(month: str) -> Scenario:
    """The demo county itself, generated into a temporary SQLite database and read as the app reads it."""
    import tempfile

    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(f"sqlite:///{tmp}/demo.sqlite3", "bench")
        try:
            generate_demo(app.ctx)
            return app.schedule.scenario(month)[0]
        finally:
            app.close()


def run(size: int, workers: int, full_reference: bool, ortools_reference: bool, full_factor: float = 10,
        demo_month: str | None = None) -> None:
    if demo_month:
        scenario = demo_scenario(demo_month)
        size = len(scenario.children)
        print(f"\n[the demo county from the database, {demo_month}: settings' norms and workday]", end="")
    else:
        teams = {135: 45}.get(size, round(size / 3))
        scenario, _ = parse_scenario(county_scenario(size, teams=teams, month="2026-03"))
    limit = TIME_LIMITS.get(size, 0.04 * size * 2)
    t0 = time.perf_counter()
    planner = Planner(scenario)
    plan = planner.solve(limit, workers=workers)
    seconds = time.perf_counter() - t0
    missing = sum(u.missing for u in plan.unscheduled)
    print(f"\n== {size} children, {len(scenario.teams)} teams, {sum(c.visits for c in scenario.children)} visits, "
          f"{len(planner.workdays)} workdays ({scenario.month_key}), time limit {limit:.0f} s, {workers} worker(s)")
    print(f"solve time            {seconds:8.1f} s")
    print(f"planned visits        {plan.visits:8d}   unscheduled {missing}")
    print(f"team-day routes       {len(plan.routes):8d}")
    print(f"total travel          {plan.travel_min:8d} min   {plan.km:9.1f} km")
    exact = exact_same_days(scenario, plan)
    if exact is not None:
        print(f"exact same-day ref.   {exact:8d} min   gap {pct(plan.travel_min, exact)}")
    if ortools_reference:
        t1 = time.perf_counter()
        ref = reference_same_days(scenario, plan, 10 * seconds / max(1, plan.visits))
        print(f"OR-Tools 10x same-day {ref:8d} min   gap {pct(plan.travel_min, ref)}   "
              f"({time.perf_counter() - t1:.0f} s)")
    lb = lower_bound(scenario, plan)
    if lb is not None:
        print(f"lower bound           {lb:8d} min   plan is within {pct(plan.travel_min, lb)} of it")
    if full_reference:
        t2 = time.perf_counter()
        full = Planner(scenario).solve(full_factor * limit, workers=workers)
        print(f"OR-Tools {full_factor:g}x full {full.travel_min:10d} min   gap {pct(plan.travel_min, full.travel_min)}   "
              f"visits {full.visits}   ({time.perf_counter() - t2:.0f} s)")
    loads = [sum(len(r.stops) for r in plan.routes if r.team == t.id) for t in scenario.teams]
    minutes = [sum(r.travel_min for r in plan.routes if r.team == t.id) for t in scenario.teams]
    print(f"visits per team       min {min(loads)}  max {max(loads)}  mean {statistics.mean(loads):.1f}")
    print(f"travel per team       min {min(minutes)}  max {max(minutes)}  stdev {statistics.pstdev(minutes):.0f} min")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[135, 500, 2000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-full-reference", action="store_true")
    ap.add_argument("--no-ortools-reference", action="store_true")
    ap.add_argument("--full-sizes", type=int, nargs="*", default=[135],
                    help="sizes that also get a full re-solve (days and routes) with --full-factor × the time")
    ap.add_argument("--full-factor", type=float, default=10)
    ap.add_argument("--demo", metavar="MONTH", help="also run the demo county's month from a generated database")
    args = ap.parse_args()
    if args.demo:
        run(0, args.workers, full_reference=not args.no_full_reference,
            ortools_reference=not args.no_ortools_reference, full_factor=args.full_factor, demo_month=args.demo)
    for size in args.sizes:
        run(size, args.workers, full_reference=size in args.full_sizes and not args.no_full_reference,
            ortools_reference=not args.no_ortools_reference, full_factor=args.full_factor)


if __name__ == "__main__":
    main()
