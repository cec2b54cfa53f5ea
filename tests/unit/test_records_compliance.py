"""Compliance rules: months, terms, partial months, holidays, cancellations, make-ups, placement changes."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from special_ed.domain.compliance import CellState, ComplianceCalculator, aggregate, round_half_up, totals
from special_ed.domain.enums import CancelReason, Delivery, Placement, VisitStatus
from special_ed.domain.records import PlacementPeriod, Visit
from special_ed.domain.school_calendar import SchoolCalendar
from special_ed.domain.settings import Settings, Term, VisitNorms

FALL = Term("2025年秋季学期", date(2025, 9, 1), date(2026, 1, 16))
SPRING = Term("2026年春季学期", date(2026, 2, 23), date(2026, 7, 3))


def make_settings(**norms: object) -> Settings:
    return Settings(terms=(FALL, SPRING), visit_norms=VisitNorms(**norms))  # type: ignore[arg-type]


def home(start: date, end: date | None = None, team: int = 1) -> PlacementPeriod:
    return PlacementPeriod(Placement.HOME, start, end, team_id=team, school_id=10)


def done(day: date, vid: int | None = None, minutes: int = 90, makeup_of: int | None = None) -> Visit:
    end = time(9 + minutes // 60, minutes % 60)
    return Visit(
        child_id=1,
        day=day,
        status=VisitStatus.DONE,
        start=time(9, 0),
        end=end,
        deliveries={Delivery.CARE: ""},
        teacher_ids=(1,),
        makeup_of=makeup_of,
        id=vid,
    )


def cancelled(day: date, vid: int, reason: CancelReason = CancelReason.WEATHER) -> Visit:
    return Visit(child_id=1, day=day, status=VisitStatus.CANCELLED, cancel_reason=reason, id=vid)


def test_round_half_up_is_not_bankers_rounding() -> None:
    assert [round_half_up(x) for x in (0.49, 0.5, 1.5, 2.5, 2 * 0.25)] == [0, 1, 2, 3, 1]


def test_full_month_in_term_owes_the_monthly_norm_even_with_national_day() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2, hours_per_visit=2))
    cells = calc.cells(1, [home(date(2025, 9, 1))], [], date(2025, 10, 1), date(2025, 10, 31))
    assert len(cells) == 1
    assert cells[0].share == 1.0  # 国庆 days are off in numerator and denominator alike
    assert (cells[0].required_visits, cells[0].required_hours) == (2, 4.0)
    assert cells[0].state is CellState.SHORT and cells[0].shortfall_visits == 2


def test_holiday_calendar_uses_official_workdays_and_overrides() -> None:
    cal = SchoolCalendar(make_settings())
    assert not cal.is_open(date(2025, 10, 1))  # National Day
    assert cal.is_open(date(2025, 9, 28))  # Sunday made a working day (调休)
    assert not cal.is_open(date(2026, 2, 2))  # winter holiday: between terms
    overridden = SchoolCalendar(
        make_settings().with_changes(
            holiday_overrides=(date(2025, 9, 2),), workday_overrides=(date(2025, 9, 6),)
        )
    )
    assert not overridden.is_open(date(2025, 9, 2)) and overridden.is_open(date(2025, 9, 6))


def test_partial_month_at_term_start_is_pro_rated() -> None:
    settings = make_settings(visits_per_month=2)
    calc = ComplianceCalculator(settings)
    cells = calc.cells(1, [home(date(2025, 9, 1))], [], date(2026, 2, 1), date(2026, 2, 28))
    cal = SchoolCalendar(settings)
    owed = len(cal.open_days(date(2026, 2, 23), date(2026, 2, 28)))
    ref = cal.reference_days(2026, 2)
    assert cells[0].owed_days == owed
    assert cells[0].required_visits == round_half_up(2 * owed / ref)
    assert cells[0].term == SPRING.name


def test_placement_starting_mid_month_owes_its_share() -> None:
    # Without the holiday pause every Mon–Fri counts: March 2027 has 23 weekdays, 16 from the 10th.
    settings = make_settings(visits_per_month=2, pause_in_holidays=False)
    calc = ComplianceCalculator(settings)
    cells = calc.cells(1, [home(date(2027, 3, 10))], [], date(2027, 3, 1), date(2027, 3, 31))
    assert cells[0].owed_days == 16
    assert cells[0].share == 16 / 23
    assert cells[0].required_visits == 1  # 2 × 0.696 = 1.39 → 1


def test_summer_is_owed_only_when_teaching_does_not_pause() -> None:
    paused = ComplianceCalculator(make_settings(visits_per_month=2))
    running = ComplianceCalculator(make_settings(visits_per_month=2, pause_in_holidays=False))
    placement = [home(date(2025, 9, 1))]
    assert paused.cells(1, placement, [], date(2026, 8, 1), date(2026, 8, 31)) == []
    summer = running.cells(1, placement, [], date(2026, 8, 1), date(2026, 8, 31))
    assert summer[0].required_visits == 2 and summer[0].term == ""


def test_cancelled_visits_do_not_count_and_their_reasons_are_kept() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    visits = [
        done(date(2025, 11, 5), 1),
        cancelled(date(2025, 11, 19), 2, CancelReason.CHILD_ILL),
    ]
    cell = calc.cells(1, [home(date(2025, 9, 1))], visits, date(2025, 11, 1), date(2025, 11, 30))[0]
    assert cell.delivered_visits == 1 and cell.cancelled == 1
    assert cell.cancel_reasons == {CancelReason.CHILD_ILL: 1}
    assert cell.shortfall_visits == 1 and cell.state is CellState.SHORT


def test_makeup_counts_in_the_month_it_replaces_within_the_term() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    visits = [
        done(date(2025, 11, 5), 1),
        cancelled(date(2025, 11, 26), 2),
        done(date(2025, 12, 3), 3, makeup_of=2),
        done(date(2025, 12, 10), 4),
        done(date(2025, 12, 24), 5),
    ]
    cells = calc.cells(1, [home(date(2025, 9, 1))], visits, date(2025, 11, 1), date(2025, 12, 31))
    nov, dec = cells
    assert (nov.delivered_visits, nov.makeups, nov.state) == (2, 1, CellState.MET)
    assert (dec.delivered_visits, dec.state) == (2, CellState.MET)


def test_makeup_in_the_next_term_counts_where_it_happened() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    visits = [cancelled(date(2026, 1, 14), 2), done(date(2026, 3, 4), 3, makeup_of=2)]
    cells = calc.cells(1, [home(date(2025, 9, 1))], visits, date(2026, 1, 1), date(2026, 3, 31))
    jan = next(c for c in cells if c.month == 1)
    mar = next(c for c in cells if c.month == 3)
    assert jan.delivered_visits == 0 and mar.delivered_visits == 1 and mar.makeups == 1


def test_placement_change_mid_term_stops_the_requirement_and_the_counting() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2, pause_in_holidays=False))
    placements = [
        home(date(2025, 9, 1), date(2025, 10, 15)),
        PlacementPeriod(Placement.SPECIAL_SCHOOL, date(2025, 10, 16), None, school_id=99),
    ]
    visits = [done(date(2025, 10, 8), 1), done(date(2025, 10, 22), 2)]
    cells = calc.cells(1, placements, visits, date(2025, 10, 1), date(2025, 11, 30))
    assert [c.month for c in cells] == [10]  # November owes nothing and has no visit
    oct_ = cells[0]
    # Oct 1–15: 国庆 (1–8) is off even without the holiday pause; 9, 10, 11 (调休 Saturday), 13–15 are on.
    assert oct_.owed_days == 6
    assert oct_.required_visits == round_half_up(2 * 6 / 18)  # October 2025 has 18 workdays
    assert oct_.delivered_visits == 1 and oct_.outside_placement == 1


def test_team_change_mid_term_is_attributed_month_by_month() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    placements = [home(date(2025, 9, 1), date(2025, 10, 31), team=7), home(date(2025, 11, 1), None, team=8)]
    cells = calc.cells(1, placements, [], date(2025, 9, 1), date(2025, 12, 31))
    by_team = aggregate(cells, by="team_id")
    assert by_team[7].required_visits == 4 and by_team[8].required_visits == 4
    assert by_team[7].children == {1} and by_team[8].children_short == {1}


def test_weekly_norm_raises_the_month_requirement() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2, visits_per_week=1, pause_in_holidays=False))
    cells = calc.cells(1, [home(date(2027, 1, 1))], [], date(2027, 3, 1), date(2027, 3, 31))
    # Weeks starting Mar 1, 8, 15, 22 and 29 (Mon 29–Wed 31 = 3 days → 0.6 → 1): five weeks.
    assert cells[0].required_visits == 5


def test_yearly_hours_norm_sets_the_hours_floor() -> None:
    settings = make_settings(visits_per_month=2, hours_per_visit=2, hours_per_year=170)
    calc = ComplianceCalculator(settings)
    cell = calc.cells(1, [home(date(2025, 9, 1))], [], date(2025, 11, 1), date(2025, 11, 30))[0]
    year_open = calc.open_days_of_school_year(2025)
    assert cell.required_hours == round(170 * cell.owed_days / year_open, 1)
    assert cell.required_hours > 4.0  # 170 hours a year asks for more than 2 × 2 a month


def test_delivered_hours_use_the_class_hour_length_and_flag_short_visits() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2, hours_per_visit=2))
    visits = [done(date(2025, 11, 5), 1, minutes=90), done(date(2025, 11, 12), 2, minutes=60)]
    cell = calc.cells(1, [home(date(2025, 9, 1))], visits, date(2025, 11, 1), date(2025, 11, 30))[0]
    assert cell.delivered_hours == 3.5  # 2.0 + 1.5 at 40 minutes a class hour
    assert cell.short_visits == 1
    assert cell.shortfall_visits == 0 and cell.shortfall_hours == 0.5


def test_planned_visits_before_as_of_are_not_logged_not_delivered() -> None:
    calc = ComplianceCalculator(make_settings())
    planned = Visit(child_id=1, day=date(2025, 11, 5), id=9)
    later = Visit(child_id=1, day=date(2025, 11, 25), id=10)
    cell = calc.cells(
        1,
        [home(date(2025, 9, 1))],
        [planned, later],
        date(2025, 11, 1),
        date(2025, 11, 30),
        as_of=date(2025, 11, 20),
    )[0]
    assert cell.not_logged == 1 and cell.delivered_visits == 0


def test_as_of_mid_month_owes_only_the_elapsed_part() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2, pause_in_holidays=False))
    cell = calc.cells(1, [home(date(2027, 1, 1))], [], date(2027, 3, 1), date(2027, 3, 5))[0]
    assert cell.partial and cell.owed_days == 5 and cell.required_visits == 0  # 2 × 5/23 = 0.43


def test_surplus_does_not_offset_another_month() -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    visits = [done(date(2025, 11, d), d) for d in (3, 5, 10, 12)]
    cells = calc.cells(1, [home(date(2025, 9, 1))], visits, date(2025, 11, 1), date(2025, 12, 31))
    t = totals(cells)
    assert t.delivered_visits == 4 and t.required_visits == 4 and t.shortfall_visits == 2


def test_aggregate_by_township_counts_children() -> None:
    calc = ComplianceCalculator(make_settings())
    cells = calc.cells(1, [home(date(2025, 9, 1))], [], date(2025, 11, 1), date(2025, 11, 30))
    cells += calc.cells(2, [home(date(2025, 9, 1))], [], date(2025, 11, 1), date(2025, 11, 30))
    by_town = aggregate(cells, key_of={1: "巫峡镇", 2: "巫峡镇"})
    assert by_town["巫峡镇"].required_visits == 4 and len(by_town["巫峡镇"].children_short) == 2


# ---- properties over varying dates ----------------------------------------------------------

DAYS = st.dates(min_value=date(2025, 8, 1), max_value=date(2026, 8, 31))


@hsettings(max_examples=60, deadline=None)
@given(start=DAYS, length=st.integers(0, 200), per_month=st.integers(0, 6))
def test_no_month_owes_more_than_the_norm(start: date, length: int, per_month: int) -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=per_month))
    cells = calc.cells(1, [home(start)], [], start, start + timedelta(days=length))
    for cell in cells:
        assert 0 <= cell.required_visits <= per_month
        assert 0.0 <= cell.share <= 1.0
        assert cell.term in (FALL.name, SPRING.name)  # holidays pause: nothing owed between terms


@hsettings(max_examples=60, deadline=None)
@given(split=DAYS)
def test_splitting_a_placement_never_changes_the_requirement_by_more_than_a_visit_a_month(
    split: date,
) -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    start, end = date(2025, 9, 1), date(2026, 7, 3)
    whole = calc.cells(1, [home(start)], [], start, end)
    parts = calc.cells(
        1, [home(start, split - timedelta(days=1), team=1), home(split, None, team=2)], [], start, end
    )
    assert sum(c.owed_days for c in whole) == sum(c.owed_days for c in parts)
    months = {(c.year, c.month) for c in whole}
    assert abs(totals(whole).required_visits - totals(parts).required_visits) <= len(months)


@hsettings(max_examples=60, deadline=None)
@given(later=st.integers(0, 120), start=DAYS)
def test_a_later_placement_start_never_owes_more(later: int, start: date) -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    window = (date(2025, 8, 1), date(2026, 8, 31))
    early = totals(calc.cells(1, [home(start)], [], *window)).required_visits
    late = totals(calc.cells(1, [home(start + timedelta(days=later))], [], *window)).required_visits
    assert late <= early


@hsettings(max_examples=60, deadline=None)
@given(
    visit_days=st.lists(st.dates(min_value=date(2025, 9, 1), max_value=date(2026, 1, 16)), max_size=12),
    cancel_mask=st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_done_visits_only_ever_reduce_the_shortfall(visit_days: list[date], cancel_mask: list[bool]) -> None:
    calc = ComplianceCalculator(make_settings(visits_per_month=2))
    placement = [home(date(2025, 9, 1))]
    visits = [cancelled(d, i) if cancel_mask[i] else done(d, i) for i, d in enumerate(visit_days)]
    base = totals(calc.cells(1, placement, visits, FALL.start, FALL.end))
    n_done = sum(1 for v in visits if v.status is VisitStatus.DONE)
    assert base.delivered_visits == n_done
    assert base.cancelled == len(visits) - n_done
    extra = [*visits, done(date(2025, 12, 1), 99)]
    more = totals(calc.cells(1, placement, extra, FALL.start, FALL.end))
    assert more.delivered_visits == n_done + 1
    assert more.shortfall_visits <= base.shortfall_visits
    assert more.required_visits == base.required_visits


def _naive_owed(calc: ComplianceCalculator, periods: list[PlacementPeriod], start: date, end: date) -> dict:
    """Day by day, the obvious way: the reference the fast run-based computation must agree with."""
    owed: dict[tuple[int, int, str], int] = {}
    day = start
    while day <= end:
        if calc.calendar.is_open(day) and any(p.kind is Placement.HOME and p.covers(day) for p in periods):
            key = (day.year, day.month, calc.period_of(day))
            owed[key] = owed.get(key, 0) + 1
        day += timedelta(days=1)
    return owed


@hsettings(max_examples=80, deadline=None)
@given(
    bounds=st.lists(DAYS, min_size=2, max_size=6, unique=True).map(sorted),
    kinds=st.lists(st.sampled_from(list(Placement)), min_size=6, max_size=6),
    window=st.tuples(DAYS, st.integers(0, 300)),
    pause=st.booleans(),
)
def test_owed_days_agree_with_a_day_by_day_count(
    bounds: list[date], kinds: list[Placement], window: tuple[date, int], pause: bool
) -> None:
    calc = ComplianceCalculator(
        make_settings(visits_per_month=2, hours_per_year=170, pause_in_holidays=pause)
    )
    periods = [
        PlacementPeriod(kinds[i], a, b - timedelta(days=1) if i < len(bounds) - 2 else None)
        for i, (a, b) in enumerate(itertools.pairwise(bounds))
    ]
    start, end = window[0], window[0] + timedelta(days=window[1])
    cells = calc.cells(1, periods, [], start, end)
    got = {(c.year, c.month, c.term): c.owed_days for c in cells if c.owed_days}
    assert got == _naive_owed(calc, periods, start, end)
