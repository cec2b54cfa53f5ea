"""``ScheduleService``: a month of home teaching from the records — scenario → solve → re-plan → save → export.

The one scheduling API of the application: the schedule page runs these calls in the background
with its progress token, ``special-ed schedule --month`` runs them with a console bar. The
database half (building the scenario, writing planned visits) is :class:`DatabaseScheduler`; this
adds the solver and the exports so that neither front end wires them together itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from special_ed.errors import Issue
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.scheduling.plan import MonthPlan
from special_ed.services.context import ServiceContext

if TYPE_CHECKING:  # the solver (OR-Tools) takes half a second to import: only when a month is planned
    from special_ed.scheduling.db import DatabaseScheduler
    from special_ed.scheduling.model import Scenario
    from special_ed.scheduling.plan import Plan
    from special_ed.scheduling.replan import ReplanResult


class ScheduleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._db: DatabaseScheduler | None = None

    @property
    def db(self) -> DatabaseScheduler:
        if self._db is None:
            from special_ed.scheduling.db import DatabaseScheduler

            self._db = DatabaseScheduler(self._ctx)
        return self._db

    def scenario(self, month: str, account_done: bool = True) -> tuple[Scenario, list[Issue]]:
        return self.db.scenario(month, account_done)

    def load(self, month: str) -> MonthPlan:
        """The month's problem and its last saved plan (None before the first save)."""
        scenario, warnings = self.db.scenario(month)
        return MonthPlan(scenario, warnings, self.latest_plan(month))

    def solve(
        self,
        month: str,
        time_limit: float | None = None,
        progress: Progress = NO_PROGRESS,
        workers: int = 1,
        scenario: Scenario | None = None,
    ) -> MonthPlan:
        """Plan the month from scratch (nothing is written). ``time_limit`` None: by the number of visits.

        ``scenario`` lets the caller adjust the month's problem first (the CLI's travel table)."""
        from special_ed.scheduling.solver import Planner, default_time_limit

        warnings: list[Issue] = []
        if scenario is None:
            scenario, warnings = self.db.scenario(month)
        limit = time_limit if time_limit is not None else default_time_limit(scenario)
        return MonthPlan(scenario, warnings, Planner(scenario).solve(limit, progress, workers))

    def replan(
        self, month: str, as_of: date, time_limit: float | None = None, progress: Progress = NO_PROGRESS
    ) -> ReplanResult:
        """Re-plan the rest of the month from ``as_of`` after the cancellations and leave on record."""
        if time_limit is None:
            from special_ed.scheduling.solver import default_time_limit

            time_limit = default_time_limit(self.db.scenario(month, account_done=False)[0])
        return self.db.replan(month, as_of, time_limit, progress)

    def save(self, plan: Plan, from_day: date | None = None) -> int:
        """Write the plan's visits as planned records (one unit of work); returns how many."""
        return self.db.save_plan(plan, from_day=from_day)

    def latest_plan(self, month: str) -> Plan | None:
        from special_ed.scheduling.plan import plan_from_json

        saved = self.db.latest_plan(month)
        return plan_from_json(saved) if saved else None

    def export(self, plan: Plan, scenario: Scenario, out: Path, lang: str = "zh") -> list[Path]:
        """Write the plan as the file name says (.json, .xlsx, .ics per team, .pdf with team members and
        addresses from the records); returns the files written."""
        from special_ed.scheduling.export.outputs import write_outputs

        details = self.db.sheet_details() if out.suffix.lower() == ".pdf" else None
        return write_outputs(plan, scenario, out, lang, details)
