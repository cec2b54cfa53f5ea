"""One workday calendar: compliance (what is owed), the due list and the scheduler (when teams go) agree.

There used to be two calendars (``domain/school_calendar.py`` and
``scheduling/calendar.py``). They agreed under the default settings, but with
``pause_in_holidays`` off October 2025 had 23 workdays for compliance
(Monday–Friday, 国庆 included) and 18 for the scheduler. These tests hold the
former callers of both to one answer under every setting.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import chinese_calendar
import pytest

from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.due_list import due_items
from special_ed.domain.enums import Placement
from special_ed.domain.records import PlacementPeriod
from special_ed.domain.school_calendar import (
    SchoolCalendar,
    calendar_covers,
    month_bounds,
    month_calendar,
    month_days,
    months_between,
    scenario_overrides,
)
from special_ed.domain.settings import Settings, Term, VisitNorms
from special_ed.scheduling.db import DatabaseScheduler

FALL = Term("2025年秋季学期", date(2025, 9, 1), date(2026, 1, 16))
SPRING = Term("2026年春季学期", date(2026, 2, 23), date(2026, 7, 3))
# A county's own closed day (snow) and a make-up Saturday, in and out of term; one date in both lists.
HOLIDAYS = (date(2025, 11, 12), date(2026, 3, 7), date(2026, 1, 24))
WORKDAYS = (date(2025, 11, 15), date(2026, 1, 24), date(2026, 7, 18), date(2027, 3, 13))
MONTHS = [*months_between(date(2025, 9, 1), date(2026, 8, 31)), (2027, 3)]  # 2027: not in chinese_calendar

SETTINGS = [
    pytest.param(
        Settings(
            terms=terms,
            visit_norms=VisitNorms(pause_in_holidays=pause),
            holiday_overrides=holidays,
            workday_overrides=workdays,
        ),
        id=f"pause={pause}-terms={len(terms)}-overrides={bool(holidays)}",
    )
    for pause, terms, (holidays, workdays) in itertools.product(
        (True, False), ((FALL, SPRING), ()), (((), ()), (HOLIDAYS, WORKDAYS))
    )
]


def scheduler_days(settings: Settings, year: int, month: int) -> tuple[date, ...]:
    """The days the scheduler plans on, through the scenario it builds from the settings."""
    holidays, workdays = scenario_overrides(SchoolCalendar(settings), year, month)
    return month_calendar(year, month, holidays, workdays).workdays


def owed_days(settings: Settings, year: int, month: int) -> int:
    """The days compliance counts for a child taught at home all month."""
    first, last = month_bounds(year, month)
    home = PlacementPeriod(Placement.HOME, date(2025, 1, 1), None, team_id=1, school_id=1)
    cells = ComplianceCalculator(settings).cells(1, [home], [], first, last, last)
    return sum(c.owed_days for c in cells)


@pytest.mark.parametrize("settings", SETTINGS)
def test_compliance_and_the_scheduler_count_the_same_days_every_month(settings: Settings) -> None:
    cal = SchoolCalendar(settings)
    for year, month in MONTHS:
        open_days = tuple(cal.open_days(*month_bounds(year, month)))
        assert scheduler_days(settings, year, month) == open_days, (year, month)
        assert owed_days(settings, year, month) == len(open_days), (year, month)
        for day in month_days(year, month):  # the rule itself, against chinese_calendar directly
            national = day.weekday() < 5 if year == 2027 else chinese_calendar.is_workday(day)
            workday = day not in settings.holiday_overrides and (
                day in settings.workday_overrides or national
            )
            in_term = settings.term_for(day) is not None
            assert (day in open_days) == (workday and (in_term or not settings.visit_norms.pause_in_holidays))
        if not settings.visit_norms.pause_in_holidays:
            # without the pause the term gaps are taught too, but a statutory holiday never is
            assert scheduler_days(settings, 2026, 2) and date(2026, 2, 17) not in scheduler_days(
                settings, 2026, 2
            )


@pytest.mark.parametrize("pause", [True, False])
def test_october_2025_has_18_workdays_in_both(pause: bool) -> None:
    settings = Settings(terms=(FALL, SPRING), visit_norms=VisitNorms(pause_in_holidays=pause))
    days = scheduler_days(settings, 2025, 10)
    assert len(days) == 18 == owed_days(settings, 2025, 10)
    assert date(2025, 10, 11) in days  # the 调休 Saturday is worked
    assert not any(date(2025, 10, d) in days for d in range(1, 9))  # 国庆 and 中秋 are not
    assert SchoolCalendar(settings).reference_days(2025, 10) == 18  # the month's share's denominator


def test_a_year_the_national_calendar_does_not_know_is_monday_to_friday_with_a_warning() -> None:
    assert not calendar_covers(2027)
    settings = Settings(
        terms=(Term("2027春", date(2027, 2, 20), date(2027, 7, 1)),), workday_overrides=WORKDAYS
    )
    holidays, workdays = scenario_overrides(SchoolCalendar(settings), 2027, 3)
    cal = month_calendar(2027, 3, holidays, workdays)
    assert len(cal.workdays) == 23 + 1  # 23 weekdays and the make-up Saturday
    assert [w.code for w in cal.warnings] == ["calendar.fallback"]


def test_the_due_list_uses_the_same_calendar() -> None:
    """The due list's "visits short last month" compares with compliance's requirement for that month."""
    settings = Settings(
        terms=(FALL, SPRING), visit_norms=VisitNorms(pause_in_holidays=False, visits_per_month=4)
    )
    calc = ComplianceCalculator(settings)
    home = PlacementPeriod(Placement.HOME, date(2025, 9, 1), None, team_id=1, school_id=1)
    items = due_items(calc, 1, [home], [], date(2025, 11, 3), 0, None)
    short = next(i for i in items if i.params.get("month") == "2025-10")
    assert short.params["required"] == calc.cells(1, [home], [], *month_bounds(2025, 10))[0].required_visits


@pytest.mark.parametrize("pause", [True, False])
def test_the_database_scenario_plans_on_the_days_compliance_owes(sqlite_demo_app, pause: bool) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    saved = app.settings.get()
    settings = dataclasses.replace(
        saved,
        visit_norms=dataclasses.replace(saved.visit_norms, pause_in_holidays=pause),
        holiday_overrides=(date(2026, 10, 20),),
        workday_overrides=(date(2026, 8, 8),),
    )
    app.settings.save(settings)
    cal = SchoolCalendar(app.ctx.settings(refresh=True))
    scheduler = DatabaseScheduler(app.ctx)
    for month in ("2026-08", "2026-10"):  # the summer holiday, and a term month with 国庆
        scenario, _ = scheduler.scenario(month)
        planned = month_calendar(scenario.year, scenario.month, scenario.holidays, scenario.workdays)
        assert planned.workdays == tuple(cal.open_days(*month_bounds(scenario.year, scenario.month)))
    august, _ = scheduler.scenario("2026-08")
    days = month_calendar(2026, 8, august.holidays, august.workdays).workdays
    assert (len(days) == 0) is pause  # paused: nobody is owed (or sent) a visit in the summer holiday
    assert (date(2026, 8, 8) in days) is not pause
