"""Table models of the schedule page: the month calendar of one team and the stops of one day."""

from __future__ import annotations

import calendar
import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from special_ed.scheduling.model import Scenario, hhmm
from special_ed.scheduling.plan import Plan, Route

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class MonthCalendarModel(QAbstractTableModel):
    """Weeks × weekdays; each cell is one day with the selected team's visits that day."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._weeks: list[list[date | None]] = []
        self._routes: dict[date, Route] = {}
        self._workdays: set[date] = set()
        self._leave: set[date] = set()

    def set_month(self, year: int, month: int, workdays: set[date], routes: list[Route],
                  leave: set[date] | None = None) -> None:
        self.beginResetModel()
        self._weeks = [[d if d.month == month else None for d in week]
                       for week in calendar.Calendar().monthdatescalendar(year, month)]
        self._workdays = workdays
        self._leave = leave or set()
        self._routes = {r.date: r for r in routes}
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def day(self, index: Index) -> date | None:
        if not index.isValid() or index.row() >= len(self._weeks):
            return None
        return self._weeks[index.row()][index.column()]

    def index_of(self, day: date) -> QModelIndex:
        for r, week in enumerate(self._weeks):
            for c, d in enumerate(week):
                if d == day:
                    return self.index(r, c)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day(index)
        if day is None:
            return None
        route = self._routes.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            if route is not None:
                lines.append(QCoreApplication.translate("ScheduleCalendar", "{n} homes").format(n=len(route.stops)))
                # two lines: "08:30–17:10" on one was elided to "08:30–17:…" in a week-view column
                lines.append(f"{hhmm(route.depart)}–\n{hhmm(route.return_)}")
            elif day not in self._workdays:
                lines.append(QCoreApplication.translate("ScheduleCalendar", "Off"))
            elif day in self._leave:
                lines.append(QCoreApplication.translate("ScheduleCalendar", "Team leave"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if route is not None:
                return QBrush(QColor("#d9ecff"))
            if day not in self._workdays:
                return QBrush(QColor("#f0f0f0"))
            if day in self._leave:
                return QBrush(QColor("#fde2c8"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and route is not None:
            return QCoreApplication.translate("ScheduleCalendar", "{n} homes, {m} min and {km} km of travel").format(n=len(route.stops), m=route.travel_min,
                                                         km=f"{route.km:.1f}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return [QCoreApplication.translate("ScheduleCalendar", "Mon"),
                    QCoreApplication.translate("ScheduleCalendar", "Tue"),
                    QCoreApplication.translate("ScheduleCalendar", "Wed"),
                    QCoreApplication.translate("ScheduleCalendar", "Thu"),
                    QCoreApplication.translate("ScheduleCalendar", "Fri"),
                    QCoreApplication.translate("ScheduleCalendar", "Sat"),
                    QCoreApplication.translate("ScheduleCalendar", "Sun")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.day(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RouteStopsModel(QAbstractTableModel):
    """The ordered stops of one team-day, with the way back to the base as the last row."""


    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._route: Route | None = None
        self._scenario: Scenario | None = None

    def set_route(self, route: Route | None, scenario: Scenario | None) -> None:
        self.beginResetModel()
        self._route, self._scenario = route, scenario
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self._route is None:
            return 0
        return len(self._route.stops) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 8

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        route = self._route
        if route is None or not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                                  Qt.ItemDataRole.ToolTipRole):
            return None
        row, col = index.row(), index.column()
        if row == len(route.stops):
            values = ["", QCoreApplication.translate("RouteStops", "Back to base"), hhmm(route.return_), "", "", str(route.return_leg_min),
                      f"{route.return_leg_km:.1f}", ""]
            return values[col]
        stop = route.stops[row]
        name = stop.child
        if self._scenario is not None:
            with contextlib.suppress(KeyError):
                name = self._scenario.child(stop.child).name
        values = [str(row + 1), name, hhmm(stop.arrive), hhmm(stop.start), hhmm(stop.end), str(stop.leg_min),
                  f"{stop.leg_km:.1f}", QCoreApplication.translate("RouteStops", "Village centre") if stop.approximate else ""]
        return values[col]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [QCoreApplication.translate("RouteStops", "No."),
                    QCoreApplication.translate("RouteStops", "Child"),
                    QCoreApplication.translate("RouteStops", "Arrive"),
                    QCoreApplication.translate("RouteStops", "Start"),
                    QCoreApplication.translate("RouteStops", "End"),
                    QCoreApplication.translate("RouteStops", "Leg (min)"),
                    QCoreApplication.translate("RouteStops", "Leg (km)"),
                    QCoreApplication.translate("RouteStops", "Remarks")][section]
        return None


def team_routes(plan: Plan | None, team: str) -> list[Route]:
    return [] if plan is None else [r for r in plan.sorted_routes() if r.team == team]
