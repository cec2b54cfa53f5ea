"""Home-teaching compliance: what each child was owed against what was delivered.

The rules, precisely (docs/records.md repeats them for coordinators):

1. **Cells.** Compliance is computed per child per calendar month and per
   *period* (the term the day falls in, or "" between terms), from ``start``
   to ``end`` inclusive. Callers pass ``end = as_of`` for "so far" figures, so
   the month in progress owes only the part that has elapsed.
2. **Open days** come from :class:`SchoolCalendar` (terms, workdays, overrides).
   A day is *owed* when it is open and the child is placed in home teaching
   that day (placement changes mid-month or mid-term are therefore exact).
3. **Monthly rule.** A cell's share is ``owed days / working days of the
   month``; it owes ``round_half_up(visits_per_month × share)`` visits.
4. **Weekly rule** (``visits_per_week > 0``). A Monday–Sunday week owes
   ``round_half_up(visits_per_week × min(1, owed days in the week / 5))``
   visits and is counted in the cell of its first owed day. A cell owes the
   larger of its monthly and weekly requirement.
5. **Class hours.** A cell owes ``required visits × hours_per_visit`` class
   hours, or, with ``hours_per_year > 0``, at least its share of the yearly
   hours: ``hours_per_year × owed days / open days of the school year``
   (the school year starts on the settings' reference date, 1 September).
6. **Delivered.** A *done* visit counts one visit and its class hours (from
   its start/end and ``class_hour_minutes``) in the cell of its date, if the
   child was placed in home teaching that day; otherwise it is tallied as
   ``outside_placement`` and does not count. A done **make-up** visit counts in
   the cell of the cancelled visit it replaces when both fall in the same
   period, so the month that was missed is the month it covers; otherwise it
   counts where it happened. **Cancelled** visits never count; their reasons are
   tallied in their own cell. **Planned** visits dated before ``as_of`` are
   "not logged" (overdue), not delivered. A done **家长课堂** (parent class)
   counts like a home visit only when the norms say so (``parent_class_counts``,
   the 福建 preset); otherwise it is tallied as ``parent_classes_uncounted``.
7. **Shortfall** per cell = ``max(0, required − delivered)`` for visits and
   for hours. Totals add cells' shortfalls: a surplus in one month does not
   excuse another month (make-ups are how a missed month is repaired).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from special_ed.domain.enums import CancelReason, Placement, VisitKind, VisitStatus
from special_ed.domain.records import PlacementPeriod, Visit, home_placed_on
from special_ed.domain.school_calendar import SchoolCalendar, days, month_bounds
from special_ed.domain.settings import Settings

NOMINAL_WEEK_DAYS = 5
K = TypeVar("K")


def round_half_up(value: float) -> int:
    # Python's round() is banker's rounding; 0.5 of a visit must round up, and the
    # small epsilon absorbs float noise such as 2 × 0.25 = 0.49999….
    return math.floor(value + 0.5 + 1e-9)


class CellState(StrEnum):
    MET = "met"
    SHORT = "short"
    NOT_OWED = "not_owed"


@dataclass
class Cell:
    child_id: int
    year: int
    month: int
    term: str  # "" between terms
    owed_days: int = 0
    share: float = 0.0
    required_visits: int = 0
    required_hours: float = 0.0
    delivered_visits: int = 0
    delivered_hours: float = 0.0
    yearly_hours: float = 0.0  # this cell's share of the annual 课时 target (0 without one)
    makeups: int = 0
    cancelled: int = 0
    cancel_reasons: Counter[CancelReason] = field(default_factory=Counter)
    not_logged: int = 0  # planned visits dated before as_of that nobody recorded
    outside_placement: int = 0
    short_visits: int = 0  # done visits below hours_per_visit
    parent_classes: int = 0  # done 家长课堂 visits counted (the preset counts them)
    parent_classes_uncounted: int = 0  # done 家长课堂 visits the preset does not count
    partial: bool = False  # the month is cut by start/end (e.g. as_of in mid-month)
    team_id: int | None = None
    school_id: int | None = None

    @property
    def shortfall_visits(self) -> int:
        return max(0, self.required_visits - self.delivered_visits)

    @property
    def shortfall_hours(self) -> float:
        return max(0.0, round(self.required_hours - self.delivered_hours, 2))

    @property
    def state(self) -> CellState:
        if self.required_visits == 0 and self.required_hours == 0:
            return CellState.NOT_OWED
        if self.shortfall_visits or self.shortfall_hours:
            return CellState.SHORT
        return CellState.MET


@dataclass
class Totals:
    """Sums over cells; ``children``/``children_short`` count distinct children."""

    required_visits: int = 0
    delivered_visits: int = 0
    required_hours: float = 0.0
    delivered_hours: float = 0.0
    shortfall_visits: int = 0
    shortfall_hours: float = 0.0
    makeups: int = 0
    cancelled: int = 0
    not_logged: int = 0
    cancel_reasons: Counter[CancelReason] = field(default_factory=Counter)
    children: set[int] = field(default_factory=set)
    children_short: set[int] = field(default_factory=set)

    def add(self, cell: Cell) -> None:
        """Add one cell; hours are summed raw (call :meth:`tidy` when done) because this runs per cell."""
        short_visits = cell.required_visits - cell.delivered_visits
        short_hours = cell.required_hours - cell.delivered_hours
        self.required_visits += cell.required_visits
        self.delivered_visits += cell.delivered_visits
        self.required_hours += cell.required_hours
        self.delivered_hours += cell.delivered_hours
        if short_visits > 0:
            self.shortfall_visits += short_visits
        if short_hours > 0.005:
            self.shortfall_hours += short_hours
        self.makeups += cell.makeups
        self.cancelled += cell.cancelled
        self.not_logged += cell.not_logged
        if cell.cancel_reasons:
            self.cancel_reasons.update(cell.cancel_reasons)
        self.children.add(cell.child_id)
        if short_visits > 0 or short_hours > 0.005:
            self.children_short.add(cell.child_id)

    def tidy(self) -> Totals:
        """Round the summed class hours (yearly shares are tenths, which binary floats do not add exactly)."""
        self.required_hours = round(self.required_hours, 2)
        self.delivered_hours = round(self.delivered_hours, 2)
        self.shortfall_hours = round(self.shortfall_hours, 2)
        return self

    @property
    def met(self) -> bool:
        return not self.children_short


def totals(cells: Iterable[Cell]) -> Totals:
    out = Totals()
    for cell in cells:
        out.add(cell)
    return out.tidy()


def aggregate(cells: Iterable[Cell], key_of: dict[int, K] | None = None, by: str = "") -> dict[K, Totals]:
    """Group cells into totals by ``key_of[child_id]`` (township, child) or a cell attribute (team, school).

    Team and school come from the cell, i.e. from the placement in force that
    month, so a child who changed team mid-term counts for each team in turn.
    """
    out: dict[K, Totals] = {}
    for cell in cells:
        key: K = getattr(cell, by) if by else key_of[cell.child_id]  # type: ignore[index]
        out.setdefault(key, Totals()).add(cell)
    for t in out.values():
        t.tidy()
    return out


CellFor = Callable[[date], Cell]


@dataclass(frozen=True)
class _Window:
    days: list[date]  # open days, ascending
    prefix: list[float]  # prefix sums of each day's share of the yearly hours
    runs: list[tuple[int, int]]  # index ranges of consecutive days with one (month, period)

    def runs_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The runs clipped to the index range [lo, hi)."""
        first = bisect.bisect_right(self.runs, (lo, len(self.days) + 1)) - 1
        out = []
        for run_lo, run_hi in self.runs[max(0, first) :]:
            if run_lo >= hi:
                break
            a, b = max(run_lo, lo), min(run_hi, hi)
            if a < b:
                out.append((a, b))
        return out


class ComplianceCalculator:
    """Computes cells for many children under one set of norms (the calendar is shared and cached)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.norms = settings.visit_norms
        self.calendar = SchoolCalendar(settings)
        self._year_open: dict[int, int] = {}
        self._windows: dict[tuple[date, date], _Window] = {}
        self._periods: dict[date, str] = {}

    # ---- requirements --------------------------------------------------------------------

    def school_year_of(self, day: date) -> int:
        ref = self.settings.reference_date(day.year)
        return day.year if day >= ref else day.year - 1

    def open_days_of_school_year(self, school_year: int) -> int:
        if school_year not in self._year_open:
            first = self.settings.reference_date(school_year)
            last = self.settings.reference_date(school_year + 1) - timedelta(days=1)
            self._year_open[school_year] = len(self.calendar.open_days(first, last))
        return self._year_open[school_year]

    def period_of(self, day: date) -> str:
        name = self._periods.get(day)
        if name is None:
            term = self.calendar.term_of(day)
            name = self._periods[day] = term.name if term else ""
        return name

    def cells(
        self,
        child_id: int,
        placements: Sequence[PlacementPeriod],
        visits: Sequence[Visit],
        start: date,
        end: date,
        as_of: date | None = None,
    ) -> list[Cell]:
        """Cells for one child from ``start`` to ``end``; ``as_of`` (default ``end``) decides "not logged"."""
        as_of = as_of or end
        periods = list(placements)
        found: dict[tuple[int, int, str], Cell] = {}

        def cell_for(day: date) -> Cell:
            key = (day.year, day.month, self.period_of(day))
            if key not in found:
                found[key] = Cell(child_id, *key)
                first, last = month_bounds(day.year, day.month)
                found[key].partial = first < start or last > end
            return found[key]

        self._owe(cell_for, periods, start, end)
        self._deliver(cell_for, periods, visits, start, end, as_of)
        return sorted(found.values(), key=lambda c: (c.year, c.month, c.term))

    def _open_index(self, start: date, end: date) -> _Window:
        """Open days between two dates, grouped into runs of one (month, period), cached per window.

        Computed once per window for all children: a county report then only intersects each
        child's placement periods with a handful of runs instead of walking the calendar.
        """
        key = (start, end)
        cached = self._windows.get(key)
        if cached is None:
            open_days = self.calendar.open_days(start, end)
            year_hours = self.norms.hours_per_year
            prefix = [0.0]
            runs: list[tuple[int, int]] = []  # [first index, end index) of each run of one cell key
            for i, d in enumerate(open_days):
                weight = (
                    year_hours / max(1, self.open_days_of_school_year(self.school_year_of(d)))
                    if year_hours > 0
                    else 0.0
                )
                prefix.append(prefix[-1] + weight)
                if i == 0 or (d.year, d.month, self.period_of(d)) != (
                    open_days[i - 1].year,
                    open_days[i - 1].month,
                    self.period_of(open_days[i - 1]),
                ):
                    runs.append((i, i + 1))
                else:
                    runs[-1] = (runs[-1][0], i + 1)
            cached = _Window(open_days, prefix, runs)
            self._windows[key] = cached
        return cached

    def _owe(self, get: CellFor, periods: list[PlacementPeriod], start: date, end: date) -> None:
        window = self._open_index(start, end)
        open_days = window.days
        owed_days: dict[int, int] = {}
        yearly: dict[int, float] = {}
        cells_by_id: dict[int, Cell] = {}
        covered = 0  # placements should not overlap; if they do, a day still counts once
        for period in sorted((p for p in periods if p.kind is Placement.HOME), key=lambda p: p.start):
            lo = max(covered, bisect.bisect_left(open_days, max(period.start, start)))
            hi = bisect.bisect_right(open_days, min(period.end or end, end))
            if hi <= lo:
                continue
            covered = hi
            for run_lo, run_hi in window.runs_between(lo, hi):
                cell: Cell = get(open_days[run_lo])
                if cell.owed_days == 0:
                    cell.team_id, cell.school_id = period.team_id, period.school_id
                count = run_hi - run_lo
                cell.owed_days += count
                key = id(cell)
                cells_by_id[key] = cell
                owed_days[key] = owed_days.get(key, 0) + count
                yearly[key] = yearly.get(key, 0.0) + window.prefix[run_hi] - window.prefix[run_lo]
        for key, cell in cells_by_id.items():
            ref = self.calendar.reference_days(cell.year, cell.month)
            cell.share = min(1.0, owed_days[key] / ref) if ref else 0.0
            cell.required_visits = round_half_up(self.norms.visits_per_month * cell.share)
            if self.norms.hours_per_year > 0:
                cell.required_hours = cell.yearly_hours = round(yearly[key], 1)
        if self.norms.visits_per_week > 0:
            self._owe_weekly(get, periods, start, end)
        for cell in cells_by_id.values():
            cell.required_hours = max(cell.required_hours, cell.required_visits * self.norms.hours_per_visit)

    def _owe_weekly(self, get: CellFor, periods: list[PlacementPeriod], start: date, end: date) -> None:
        monday = start - timedelta(days=start.weekday())
        weekly: dict[int, int] = {}
        cells: dict[int, Cell] = {}
        while monday <= end:
            owed = [
                d
                for d in days(max(monday, start), min(monday + timedelta(days=6), end))
                if self.calendar.is_open(d) and home_placed_on(periods, d) is not None
            ]
            if owed:
                cell: Cell = get(owed[0])
                share = min(1.0, len(owed) / NOMINAL_WEEK_DAYS)
                weekly[id(cell)] = weekly.get(id(cell), 0) + round_half_up(self.norms.visits_per_week * share)
                cells[id(cell)] = cell
            monday += timedelta(days=7)
        for key, required in weekly.items():
            cells[key].required_visits = max(cells[key].required_visits, required)

    # ---- delivery ------------------------------------------------------------------------

    def _deliver(
        self,
        get: CellFor,
        periods: list[PlacementPeriod],
        visits: Sequence[Visit],
        start: date,
        end: date,
        as_of: date,
    ) -> None:
        by_id = {v.id: v for v in visits if v.id is not None}
        for visit in visits:
            if not start <= visit.day <= end:
                continue
            if visit.status is VisitStatus.CANCELLED:
                cell: Cell = get(visit.day)
                cell.cancelled += 1
                if visit.cancel_reason is not None:
                    cell.cancel_reasons[visit.cancel_reason] += 1
                continue
            if visit.status is VisitStatus.PLANNED:
                if visit.day < as_of:
                    get(visit.day).not_logged += 1
                continue
            counted_on = visit.day
            original = by_id.get(visit.makeup_of) if visit.makeup_of is not None else None
            is_makeup = original is not None and original.status is VisitStatus.CANCELLED
            same_period = original is not None and self.period_of(original.day) == self.period_of(visit.day)
            if original is not None and is_makeup and same_period and start <= original.day:
                counted_on = original.day
            if home_placed_on(periods, visit.day) is None:
                get(visit.day).outside_placement += 1
                continue
            if visit.kind is VisitKind.PARENT_CLASS and not self.norms.parent_class_counts:
                get(visit.day).parent_classes_uncounted += 1
                continue
            cell = get(counted_on)
            if visit.kind is VisitKind.PARENT_CLASS:
                cell.parent_classes += 1
            cell.delivered_visits += 1
            hours = visit.class_hours(self.settings.class_hour_minutes)
            cell.delivered_hours = round(cell.delivered_hours + hours, 2)
            if hours < self.norms.hours_per_visit:
                cell.short_visits += 1
            if is_makeup:
                cell.makeups += 1
