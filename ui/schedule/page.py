"""SchedulePage: plan a month of home teaching and look at it per team — calendar, day route, map.

Every call goes to ``App.schedule`` (the same :class:`ScheduleService` the CLI uses) through
``host.run``: one operation at a time, a newer one (another month) cancelling the running one.
A saved plan writes visits; the unit of work publishes that, and the 送教上门 page refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.school_calendar import month_calendar
from special_ed.errors import CancelledError, SpecialEdError
from special_ed.progress import Progress
from special_ed.scheduling.messages import reason_text
from special_ed.scheduling.model import Scenario
from special_ed.scheduling.plan import MonthPlan, Plan, Route
from special_ed.scheduling.replan import ReplanResult
from ui.file_dialogs import start_path
from ui.operations import Operation, wait_for_operations
from ui.pages import WorkHost
from ui.schedule.map_view import RouteMapView
from ui.schedule.models import MonthCalendarModel, RouteStopsModel, team_routes

T = TypeVar("T")


def _lang() -> str:
    """The core words its messages itself; follow the UI language the translators set."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


class SchedulePage(QWidget):
    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.app = app = host.services
        self.scheduler = app.schedule
        self.scenario: Scenario | None = None
        self.plan: Plan | None = None
        self.saved = True
        self.time_limit: float | None = None  # None: by the number of visits (default_time_limit)
        self._operation: Operation[Any] | None = None
        self._warnings: list[Any] = []  # of the month's scenario, shown under the summary

        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        today = app.ctx.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.team = QComboBox(self)
        self.team.setMinimumWidth(180)
        # the teams arrive after the first show; without this the combo keeps its empty-list width
        # and cuts "（无安排）" off the team name
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.solve_button = QPushButton(self.tr("Compute schedule"), self)
        self.replan_button = QPushButton(self.tr("Re-plan the rest"), self)
        self.replan_button.setToolTip(self.tr("Re-plan the rest of the month from a chosen day after the cancellations and team leave on record, changing as little as possible"))
        self.save_button = QPushButton(self.tr("Write to visit records"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        bar.addWidget(QLabel(self.tr("Team"), self))
        bar.addWidget(self.team)
        bar.addStretch(1)
        bar.addWidget(self.solve_button)
        bar.addWidget(self.replan_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.export_button)

        self.calendar_model = MonthCalendarModel(self)
        self.calendar = QTableView(self)
        self.calendar.setModel(self.calendar_model)
        self.calendar.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().hide()
        self.calendar.setWordWrap(True)

        self.stops_model = RouteStopsModel(self)
        self.stops = QTableView(self)
        self.stops.setModel(self.stops_model)
        self.stops.verticalHeader().hide()
        self.stops.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stops.horizontalHeader().setStretchLastSection(True)
        self.day_label = QLabel(self)
        self.map = RouteMapView(self)
        self.unscheduled = QListWidget(self)
        self.unscheduled.setMaximumHeight(110)
        self.changes = QListWidget(self)
        self.changes.setMaximumHeight(110)
        self.changes_label = QLabel(self.tr("Changes from the previous plan"), self)
        self.from_day: date | None = None  # set by a re-plan: saving then leaves earlier days alone

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.calendar, 3)
        lv.addWidget(QLabel(self.tr("Not scheduled"), left))
        lv.addWidget(self.unscheduled, 1)
        lv.addWidget(self.changes_label)
        lv.addWidget(self.changes, 1)
        self.changes_label.hide()
        self.changes.hide()
        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(right)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.day_label)
        tv.addWidget(self.stops)
        right.addWidget(top)
        right.addWidget(self.map)
        right.setSizes([220, 380])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 600])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.month.dateChanged.connect(lambda _d: self.load())
        self.team.currentIndexChanged.connect(lambda _i: self._show_team())
        self.calendar.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_day(cur))
        self.solve_button.clicked.connect(self.solve)
        self.replan_button.clicked.connect(self.ask_replan)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export)
        self._update_buttons()

    # -- state ---------------------------------------------------------------------------------------
    def month_key(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def _update_buttons(self) -> None:
        busy = self.busy
        self.solve_button.setEnabled(not busy)
        self.replan_button.setEnabled(not busy and self.plan is not None and self.saved)
        self.save_button.setEnabled(not busy and self.plan is not None and not self.saved)
        self.export_button.setEnabled(not busy and self.plan is not None)

    def shutdown(self) -> None:
        """Cancel a running solve and wait for it, so that no work outlives the window or the database."""
        if self._operation is not None:
            self._operation.cancel()
            self.wait()

    def cancel(self) -> None:
        """Stop the running job at its next check (between teams); nothing is written."""
        if self._operation is not None:
            self._operation.cancel()

    def _run(self, title: str, job: Callable[[Progress], T], done: Callable[[T], None]) -> None:
        """Run ``job(progress)`` through the host (delayed progress dialog with Cancel); ``done(result)``
        on success. A newer request (another month) cancels the running one and drops its result."""
        if self._operation is not None:
            self._operation.cancel()

        def succeeded(result: T) -> None:
            if operation is self._operation:
                self._operation = None
                done(result)
                self._update_buttons()

        def failed(exc: BaseException, _trace: str) -> None:
            if operation is not self._operation:
                return  # replaced by a newer request
            self._operation = None
            if isinstance(exc, CancelledError):
                self.summary.setText(self.tr("Cancelled; nothing was changed"))
            else:
                text = exc.message(_lang()) if isinstance(exc, SpecialEdError) else str(exc)
                self.summary.setText(self.tr("Error: {text}").format(text=text))
            self._update_buttons()

        operation = self.host.run(job, succeeded, title, failed)
        self._operation = operation
        self._update_buttons()

    def wait(self, ms: int = 120_000) -> None:
        """Block until the current job ends (tests and screenshots)."""
        wait_for_operations(ms)

    # -- actions -------------------------------------------------------------------------------------
    def load(self) -> None:
        """Build the month's problem from the records and show its last saved plan, if any."""
        month = self.month_key()
        service = self.scheduler
        self._run(self.tr("Reading the visits of {month}…").format(month=month),
                  lambda _p: service.load(month), self._loaded)

    def _loaded(self, result: MonthPlan) -> None:
        self.scenario, self.plan = result.scenario, result.plan
        self.saved = True
        self._fill_teams()
        self._refresh(result.warnings)

    def solve(self) -> None:
        month = self.month_key()
        service, limit = self.scheduler, self.time_limit

        def job(progress: Progress) -> MonthPlan:
            return service.solve(month, limit, progress)

        self._run(self.tr("Scheduling {month}…").format(month=month), job, self._solved)

    def ask_replan(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        d = self.month.date()
        today = self.app.ctx.today()
        first = date(d.year(), d.month(), 1)
        default = today if (today.year, today.month) == (first.year, first.month) else first
        text, ok = QInputDialog.getText(self, self.tr("Re-plan the rest"),
                                        self.tr("Re-plan from which day (earlier visits stay as they are):"), text=default.isoformat())
        if not ok:
            return
        try:
            as_of = date.fromisoformat(text.strip())
        except ValueError:
            QMessageBox.warning(self, self.tr("Re-plan the rest"), self.tr("“{text}” is not a date (YYYY-MM-DD)").format(text=text))
            return
        self.replan(as_of)

    def replan(self, as_of: date) -> None:
        month = self.month_key()
        service, limit = self.scheduler, self.time_limit

        def job(progress: Progress) -> ReplanResult:
            return service.replan(month, as_of, limit, progress)

        self.from_day = as_of
        self._run(self.tr("Re-planning from {day}…").format(day=as_of.isoformat()), job, self._replanned)

    def _replanned(self, result: ReplanResult) -> None:
        self.scenario, self.plan, changes = result.scenario, result.plan, result.changes
        warnings: list[Any] = []
        self.saved = False
        kinds = {"moved": self.tr("moved"), "added": self.tr("added"), "removed": self.tr("Cancel"),
                 "retimed": self.tr("retimed")}
        self.changes.clear()
        for c in changes:
            name = self.scenario.child(c.child).name
            old = f"{c.old[1]:%m-%d} {c.old[2] // 60:02d}:{c.old[2] % 60:02d}" if c.old else "—"
            new = f"{c.new[1]:%m-%d} {c.new[2] // 60:02d}:{c.new[2] % 60:02d}" if c.new else "—"
            self.changes.addItem(f"{kinds.get(c.kind, c.kind)}　{name}：{old} → {new}")
        if not changes:
            self.changes.addItem(self.tr("No changes"))
        self.changes_label.show()
        self.changes.show()
        self._fill_teams()
        self._refresh(warnings)

    def _solved(self, result: MonthPlan) -> None:
        self.scenario, warnings, self.plan = result.scenario, result.warnings, result.plan
        self.from_day = None
        self.changes_label.hide()
        self.changes.hide()
        self.saved = False
        self._fill_teams()
        self._refresh(warnings)

    def save(self) -> None:
        if self.plan is None:
            return
        text = self.tr("Write {n} planned visits to the records? The previous schedule's visits of this month "
                       "that are not done yet are archived and replaced.")
        answer = QMessageBox.question(self, self.tr("Write to visit records"), text.format(n=self.plan.visits))
        if answer != QMessageBox.StandardButton.Yes:
            return
        plan, from_day, service = self.plan, self.from_day, self.scheduler
        # the visits it writes reach every page (送教上门 among them) through the change hub
        self._run(self.tr("Writing…"), lambda _p: service.save(plan, from_day=from_day), self._saved)

    def _saved(self, written: int) -> None:
        self.saved = True
        self._refresh(self._warnings)  # drops "(not yet written to the records)"
        self.summary.setText(self.summary.text() + "　" + self.tr("{n} planned visits written").format(n=written))
        self._update_buttons()

    def export(self) -> None:
        if self.plan is None or self.scenario is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export schedule"), start_path(self.tr("schedule-{month}.pdf").format(month=self.month_key())),
            self.tr("Route sheets PDF (*.pdf);;Excel (*.xlsx);;Phone calendar (*.ics);;Plan file JSON (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation[list[Path]]:
        """Write the plan in the background (PDF route sheets of a county take a while)."""
        assert self.plan is not None and self.scenario is not None
        plan, scenario, service, lang = self.plan, self.scenario, self.scheduler, _lang()

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, SpecialEdError):
                QMessageBox.warning(self, self.tr("Export failed"), exc.message(lang))
            else:
                from ui.errors import show_error

                show_error(self, exc, trace)

        return self.host.run(lambda _p: service.export(plan, scenario, path, lang), self._exported,
                             self.tr("Exporting…"), failed)

    def _exported(self, written: list[Path]) -> None:
        self.summary.setText(self.tr("Exported: {files}").format(files="，".join(str(p) for p in written)))

    # -- views ---------------------------------------------------------------------------------------
    def _fill_teams(self) -> None:
        current = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        if self.scenario is not None:
            busy = {r.team for r in self.plan.routes} if self.plan else set()
            for t in self.scenario.teams:
                # "no visits" only means something once there is a plan; before that every team looked idle
                idle = self.plan is not None and t.id not in busy
                self.team.addItem(t.name + self.tr(" (no visits)") if idle else t.name, t.id)
        found = self.team.findData(current)
        self.team.setCurrentIndex(found if found >= 0 else 0)
        self.team.blockSignals(False)

    def _refresh(self, warnings: list[Any]) -> None:
        self._warnings = warnings
        plan = self.plan
        lines = []
        if plan is not None:
            missing = sum(u.missing for u in plan.unscheduled)
            lines.append(self.tr("{month}: {routes} routes, {visits} visits, {km} km and {minutes} min of travel; {missing} unscheduled")
                         .format(month=plan.month_key, routes=len(plan.routes), visits=plan.visits,
                                 km=f"{plan.km:.1f}", minutes=plan.travel_min, missing=missing))
            if not self.saved:
                lines.append(self.tr("(not yet written to the records)"))
        else:
            lines.append(self.tr("{month} has no schedule yet; click “Compute schedule”").format(month=self.month_key()))
        shown = list(plan.warnings) if plan is not None else []
        shown += [w for w in warnings if w.code not in {x.code for x in shown}][:3]
        lines += [w.message(_lang()) for w in shown[:4]]
        self.summary.setText("　".join(lines[:2]) + ("\n" + "\n".join(lines[2:]) if lines[2:] else ""))
        self.unscheduled.clear()
        if plan is not None and self.scenario is not None:
            for u in plan.unscheduled:
                self.unscheduled.addItem(self.tr("{name}: {n} missing — {reason}").format(
                    name=self.scenario.child(u.child).name, n=u.missing, reason=reason_text(u.reason, _lang())))
        self._show_team()
        self._update_buttons()

    def _show_team(self) -> None:
        team_id = self.team.currentData()
        d = self.month.date()
        scenario = self.scenario
        workdays: set[date] = set()
        if scenario is not None:
            workdays = set(month_calendar(scenario.year, scenario.month, scenario.holidays,
                                          scenario.workdays).workdays)
        routes = team_routes(self.plan, team_id) if team_id else []
        leave: set[date] = set()
        if scenario is not None and team_id:
            leave = set(next((t.unavailable for t in scenario.teams if t.id == team_id), frozenset()))
        self.calendar_model.set_month(d.year(), d.month(), workdays, routes, leave)
        if routes:
            self.calendar.setCurrentIndex(self.calendar_model.index_of(routes[0].date))
        else:
            self._show_route(None)

    def _show_day(self, index: QModelIndex) -> None:
        day = self.calendar_model.day(index)
        team_id = self.team.currentData()
        route = next((r for r in team_routes(self.plan, team_id) if r.date == day), None) if team_id else None
        self._show_route(route)

    def _show_route(self, route: Route | None) -> None:
        self.stops_model.set_route(route, self.scenario)
        if route is None:
            self.day_label.setText(self.tr("No route this day"))
        else:
            self.day_label.setText(self.tr("{date}: leave {depart}, back {ret}; {n} homes, {m} min and {km} km of travel").format(
                date=route.date.isoformat(), depart=f"{route.depart // 60:02d}:{route.depart % 60:02d}",
                ret=f"{route.return_ // 60:02d}:{route.return_ % 60:02d}", n=len(route.stops),
                m=route.travel_min, km=f"{route.km:.1f}"))
        self.map.show_team(self.scenario, self.team.currentData(), route)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.scenario is None and not self.busy:
            self.load()
