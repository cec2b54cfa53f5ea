from __future__ import annotations

from typing import Any

from special_ed.scheduling.plan import Plan, plan_to_json
from special_ed.scheduling.scenario_io import parse_scenario
from special_ed.scheduling.solver import solve
from tests.scheduling.plan_checker import check_plan


def plan_checked(doc: dict[str, Any], time_limit: float = 0.5) -> tuple[Plan, dict[str, Any]]:
    """Solve a scenario document and fail the test if the independent checker finds any violation."""
    scenario, _ = parse_scenario(doc)
    plan = solve(scenario, time_limit)
    out = plan_to_json(plan)
    problems = check_plan(doc, out)
    assert problems == [], problems
    return plan, out


def reasons(out: dict[str, Any]) -> dict[str, str]:
    return {u["child"]: u["reason"] for u in out["unscheduled"]}
