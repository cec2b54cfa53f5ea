"""Which days home teaching is owed on: terms, workdays and the county's overrides.

A day is *open* when the norms expect teaching on it:

* ``pause_in_holidays`` on (the default): the day lies inside a term (winter and
  summer holidays are the gaps between terms) and is a working day by the
  State Council's calendar (``chinese_calendar``: weekends off, statutory
  holidays off, 调休 weekend working days on);
* ``pause_in_holidays`` off: every Monday–Friday counts, terms or not.

``holiday_overrides`` force a day closed and ``workday_overrides`` force it open
(a county's own snow days, or a year ``chinese_calendar`` does not know yet).
For years the library does not cover, Monday–Friday is used and
:func:`calendar_covers` says so, so the UI can ask for overrides.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar

from special_ed.domain.settings import Settings, Term


@lru_cache(maxsize=8192)
def _official_workday(day: date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def calendar_covers(year: int) -> bool:
    """Whether ``chinese_calendar`` knows the holidays of ``year`` (else Monday–Friday is assumed)."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def days(start: date, end: date) -> Iterator[date]:
    """Every day from ``start`` to ``end`` inclusive."""
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _stdcal.monthrange(year, month)[1])


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


class SchoolCalendar:
    """Open days under one set of norms; cheap to build, caches per day."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pause = settings.visit_norms.pause_in_holidays
        self._holidays = frozenset(settings.holiday_overrides)
        self._workdays = frozenset(settings.workday_overrides)
        self._cache: dict[date, bool] = {}
        self._reference: dict[tuple[int, int], int] = {}

    def is_workday(self, day: date) -> bool:
        if day in self._holidays:
            return False
        if day in self._workdays:
            return True
        if self.pause:
            return _official_workday(day)
        return day.weekday() < 5

    def term_of(self, day: date) -> Term | None:
        return self.settings.term_for(day)

    def is_open(self, day: date) -> bool:
        cached = self._cache.get(day)
        if cached is None:
            cached = self.is_workday(day) and (not self.pause or self.term_of(day) is not None)
            self._cache[day] = cached
        return cached

    def reference_days(self, year: int, month: int) -> int:
        key = (year, month)
        if key not in self._reference:
            self._reference[key] = self._count_reference_days(year, month)
        return self._reference[key]

    def _count_reference_days(self, year: int, month: int) -> int:
        """The month's working days, the denominator of a month's share.

        Statutory holidays are left out of numerator and denominator alike, so a
        month fully inside a term owes the full monthly norm even with 国庆 in it.
        """
        first, last = month_bounds(year, month)
        return sum(1 for d in days(first, last) if self.is_workday(d))

    def open_days(self, start: date, end: date) -> list[date]:
        return [d for d in days(start, end) if self.is_open(d)]
