"""Which days of a month teams work: the national calendar with 调休, then local overrides.

chinese-calendar knows the State Council's holiday notices (holidays and the weekend days made into
workdays). It only covers years already announced; for any other year Monday–Friday is used and a warning
goes into the plan, because a silent guess would put visits on a Spring Festival day.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import chinese_calendar

from special_ed.errors import Issue
from special_ed.scheduling import messages as _messages  # noqa: F401


@dataclass(frozen=True)
class MonthCalendar:
    workdays: tuple[date, ...]
    warnings: tuple[Issue, ...]


def month_days(year: int, month: int) -> list[date]:
    return [date(year, month, d) for d in range(1, _stdcal.monthrange(year, month)[1] + 1)]


def national_workday(day: date) -> bool | None:
    """True/False from the national calendar, or None when the year is not covered."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def month_calendar(year: int, month: int, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> MonthCalendar:
    """Workdays of the month. Overrides win over the national calendar; a date in both lists is a holiday."""
    extra_holidays, extra_workdays = set(holidays), set(workdays)
    out: list[date] = []
    fallback = False
    for day in month_days(year, month):
        national = national_workday(day)
        if national is None:
            fallback = True
            national = day.isoweekday() <= 5
        if day in extra_holidays:
            continue
        if national or day in extra_workdays:
            out.append(day)
    warnings: list[Issue] = []
    if fallback:
        warnings.append(Issue("calendar.fallback", "calendar", {"year": year}, severity="warning"))
    if not out:
        warnings.append(Issue("calendar.no_workdays", "calendar", {"month": f"{year:04d}-{month:02d}"},
                              severity="warning"))
    return MonthCalendar(tuple(out), tuple(warnings))
