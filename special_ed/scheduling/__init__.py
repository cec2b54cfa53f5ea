"""Home-teaching month planner: scenario → plan, solver-backed (OR-Tools routing), Qt-free."""
