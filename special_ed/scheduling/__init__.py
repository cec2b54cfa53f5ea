"""Home-teaching month planner: scenario → plan, solver-backed (OR-Tools routing), Qt-free."""

from special_ed.scheduling import messages as _messages  # noqa: F401  (registers the wording at import time)
