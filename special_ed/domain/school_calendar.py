"""The one workday calendar: which days teachers work and which days home teaching is owed on.

Compliance (what is owed), the due list and the scheduler (which days a team
can visit) all ask this module, so a month has one number of workdays.

A day is a *workday* by :func:`is_workday`: a date in the county's
``holiday_overrides`` is off; else a date in ``workday_overrides`` is on; else
the State Council's calendar decides (``chinese_calendar``: weekends off,
statutory holidays such as 国庆 off, 调休 weekend working days on). For years
the library does not cover yet, Monday–Friday is used and
:func:`calendar_covers` says so (the scheduler warns, the UI asks for overrides).

A day is *open* (teaching owed and planned) when it is a workday and —
with ``pause_in_holidays`` on, the default — lies inside a term (winter and
summer holidays are the gaps between terms). With ``pause_in_holidays`` off the
term gaps are open too; statutory holidays stay closed either way, because
teachers do not work on them.

:func:`month_calendar` gives a month's workdays under explicit overrides (a
scheduling scenario carries its own); :func:`scenario_overrides` turns the
settings' open days into such overrides, so a scenario built from the database
plans on exactly the days compliance owes.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar

from special_ed.domain.settings import Settings, Term
from special_ed.errors import Issue


@lru_cache(maxsize=8192)
def national_workday(day: date) -> bool:
    """The State Council's calendar; Monday–Friday for a year it does not cover (see :func:`calendar_covers`)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def is_workday(day: date, holidays: Set[date] = frozenset(), workdays: Set[date] = frozenset()) -> bool:
    """The one workday rule: a holiday override is off, else a workday override is on, else the nation's."""
    if day in holidays:
        return False
    if day in workdays:
        return True
    return national_workday(day)


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


def month_days(year: int, month: int) -> list[date]:
    """Every day of the month."""
    return list(days(*month_bounds(year, month)))


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
        return is_workday(day, self._holidays, self._workdays)

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


@dataclass(frozen=True)
class MonthCalendar:
    workdays: tuple[date, ...]
    warnings: tuple[Issue, ...]


def month_calendar(
    year: int, month: int, holidays: Iterable[date] = (), workdays: Iterable[date] = ()
) -> MonthCalendar:
    """The month's workdays under explicit overrides (a date in both lists is a holiday), with warnings:
    ``calendar.fallback`` when the national calendar does not cover the year, ``calendar.no_workdays``."""
    off, on = frozenset(holidays), frozenset(workdays)
    out = tuple(d for d in month_days(year, month) if is_workday(d, off, on))
    warnings: list[Issue] = []
    if not calendar_covers(year):
        warnings.append(Issue("calendar.fallback", "calendar", {"year": year}, severity="warning"))
    if not out:
        warnings.append(
            Issue(
                "calendar.no_workdays", "calendar", {"month": f"{year:04d}-{month:02d}"}, severity="warning"
            )
        )
    return MonthCalendar(out, tuple(warnings))


def scenario_overrides(
    calendar: SchoolCalendar, year: int, month: int
) -> tuple[frozenset[date], frozenset[date]]:
    """(holidays, workdays) over the national calendar whose :func:`month_calendar` is exactly the
    month's open days under ``calendar`` — how a scheduling scenario carries the settings' calendar."""
    every = month_days(year, month)
    open_days = {d for d in every if calendar.is_open(d)}
    holidays = frozenset(d for d in every if national_workday(d) and d not in open_days)
    workdays = frozenset(d for d in open_days if not national_workday(d))
    return holidays, workdays
