from __future__ import annotations

import itertools
from datetime import date

from special_ed.domain.school_calendar import month_calendar
from special_ed.scheduling.model import Point, TravelLeg, TravelSettings
from special_ed.scheduling.travel import TravelModel, great_circle_km
from tests.scheduling.factory import BASE, child, scenario
from tests.scheduling.helpers import plan_checked, reasons


def test_great_circle_and_minutes_formula() -> None:
    one_degree = great_circle_km(Point(30.0, 110.0), Point(31.0, 110.0))
    assert abs(one_degree - 6371.0088 * 3.141592653589793 / 180) < 1e-6
    tm = TravelModel(TravelSettings(speed_kmh=30, road_factor=1.5))
    # 111.195 km × 1.5 / 30 km/h × 60 = 333.58 min → 334 whole minutes (rounded up)
    assert tm.minutes(Point(30.0, 110.0), Point(31.0, 110.0)) == 334


def test_travel_table_overrides_great_circle_in_both_directions() -> None:
    table = {("村A", "学校"): TravelLeg(minutes=52.2, km=21.0)}
    tm = TravelModel(TravelSettings(30, 1.5, table))
    a, b = Point(31.0, 110.0, "村A"), Point(31.01, 110.0, "学校")
    assert tm.leg(a, b) == (53, 21.0)
    assert tm.leg(b, a) == (53, 21.0)
    assert tm.minutes(Point(31.0, 110.0), b) < 53  # no place → great circle


def test_calendar_uses_holidays_and_make_up_workdays() -> None:
    feb = month_calendar(2025, 2).workdays
    assert date(2025, 2, 8) in feb  # Saturday made a workday (调休) for the Spring Festival
    assert date(2025, 2, 3) not in feb and date(2025, 2, 4) not in feb  # Spring Festival holiday, Mon/Tue
    assert date(2025, 2, 9) not in feb  # ordinary Sunday
    oct_days = month_calendar(2025, 10).workdays
    assert date(2025, 10, 11) in oct_days and date(2025, 10, 1) not in oct_days


def test_calendar_fallback_warns_and_overrides_apply() -> None:
    cal = month_calendar(2099, 3, holidays=[date(2099, 3, 2)], workdays=[date(2099, 3, 7)])
    assert [w.code for w in cal.warnings] == ["calendar.fallback"]
    assert "2099" in cal.warnings[0].message("zh")
    assert date(2099, 3, 2) not in cal.workdays  # a Monday made a holiday locally
    assert date(2099, 3, 7) in cal.workdays  # a Saturday made a workday locally
    assert all(d.isoweekday() <= 5 or d == date(2099, 3, 7) for d in cal.workdays)


def test_make_up_saturday_is_the_only_day_for_a_saturday_family() -> None:
    _, out = plan_checked(scenario(month="2025-02", children=[child("C1", weekdays=[6], visits=1)]))
    assert [r["date"] for r in out["routes"]] == ["2025-02-08"]


def test_nearby_children_share_a_day() -> None:
    kids = [child(f"C{i}", 31.30 + i * 0.002, 110.10, visits=1, duration_min=60) for i in range(3)]
    _, out = plan_checked(scenario(children=kids))
    assert len(out["routes"]) == 1 and len(out["routes"][0]["stops"]) == 3


def test_visits_are_spaced_and_inside_windows_and_not_across_lunch() -> None:
    kids = [child("C1", window={"start": "11:00", "end": "16:00"}, duration_min=120, visits=3),
            child("C2", 31.11, 109.91, window={"start": "08:00", "end": "12:00"}, visits=2)]
    plan, out = plan_checked(scenario(children=kids, min_days_between_visits=9))
    c1 = sorted(r.date for r, _ in plan.visits_of("C1"))
    assert len(c1) == 3 and all((b - a).days >= 9 for a, b in itertools.pairwise(c1))
    for _, stop in plan.visits_of("C1"):
        assert stop.start >= 13 * 60 + 30  # 120 min does not fit 11:00–12:00 before lunch
    assert out["unscheduled"] == []


def test_child_without_coordinates_is_unscheduled_with_reason() -> None:
    _, out = plan_checked(scenario(children=[{**child("C1"), "home": None}, child("C2")]))
    assert out["unscheduled"] == [{"child": "C1", "missing": 2, "reason": "sched.reason.no_location",
                                   "reason_text": "没有住址坐标，也没有所在村的中心坐标"}]


def test_window_shorter_than_visit() -> None:
    _, out = plan_checked(scenario(children=[child("C1", window={"start": "09:00", "end": "10:00"})]))
    assert reasons(out) == {"C1": "sched.reason.window_too_short"}
    # a window that lunch cuts into two too-short pieces is just as impossible
    _, out = plan_checked(scenario(children=[child("C1", window={"start": "11:00", "end": "14:30"},
                                                   duration_min=90)]))
    assert reasons(out) == {"C1": "sched.reason.window_too_short"}


def test_window_too_short_for_the_travel() -> None:
    far = child("C1", 31.45, 110.19, window={"start": "08:00", "end": "09:40"}, duration_min=90)
    _, out = plan_checked(scenario(children=[far]))
    assert reasons(out) == {"C1": "sched.reason.window_unreachable"}


def test_team_on_leave_all_month_and_part_of_it() -> None:
    march = [f"2026-03-{d:02d}" for d in range(1, 32)]
    team = {"id": "T1", "name": "一组", "base": BASE, "unavailable": march}
    _, out = plan_checked(scenario(teams=[team]))
    assert reasons(out) == {"C1": "sched.reason.team_on_leave"}
    team["unavailable"] = march[:25]  # only 26–31 left: one visit fits, the second cannot be 7 days later
    _, out = plan_checked(scenario(teams=[team]))
    assert out["unscheduled"][0]["missing"] == 1
    assert out["unscheduled"][0]["reason"] == "sched.reason.team_leave_days"


def test_no_feasible_day_and_too_few_days() -> None:
    _, out = plan_checked(scenario(children=[child("C1", weekdays=[7])]))  # Sundays only
    assert reasons(out) == {"C1": "sched.reason.no_feasible_day"}
    _, out = plan_checked(scenario(min_days_between_visits=20, children=[child("C1", visits=3)]))
    assert out["unscheduled"] == [{"child": "C1", "missing": 1, "reason": "sched.reason.too_few_days",
                                   "reason_text": "可送教的日子不够按最少间隔天数安排全部次数"}]


def test_empty_month_gives_a_clear_warning_not_a_crash() -> None:
    holidays = [f"2026-03-{d:02d}" for d in range(1, 32)]
    _, out = plan_checked(scenario(calendar={"holidays": holidays}))
    assert [w["code"] for w in out["warnings"]] == ["calendar.no_workdays"]
    assert reasons(out) == {"C1": "sched.reason.no_feasible_day"}
    _plan, out = plan_checked(scenario(children=[]))
    assert out["routes"] == [] and out["totals"] == {"visits": 0, "km": 0, "travel_min": 0}


def test_daily_limit_and_team_full() -> None:
    kids = [child(f"C{i}", 31.10 + i * 0.001, 109.90, visits=1, duration_min=60) for i in range(6)]
    team = {"id": "T1", "name": "一组", "base": BASE, "max_visits_per_day": 2}
    _, out = plan_checked(scenario(teams=[team], children=kids, calendar={
        "holidays": [f"2026-03-{d:02d}" for d in range(3, 32)]}))  # only 2 March (Mon) is left
    assert len(out["routes"]) == 1 and len(out["routes"][0]["stops"]) == 2
    assert sum(u["missing"] for u in out["unscheduled"]) == 4
    assert {u["reason"] for u in out["unscheduled"]} == {"sched.reason.team_full"}


def test_child_without_team_gets_the_nearest_team() -> None:
    teams = [{"id": "T1", "name": "近", "base": {"lat": 31.10, "lon": 109.91}},
             {"id": "T2", "name": "远", "base": {"lat": 31.40, "lon": 110.15}}]
    kid = child("C1")
    del kid["team"]
    plan, _ = plan_checked(scenario(teams=teams, children=[kid]))
    assert {r.team for r, _ in plan.visits_of("C1")} == {"T1"}


def test_child_keeps_team_even_when_another_is_nearer() -> None:
    teams = [{"id": "T1", "name": "远", "base": {"lat": 31.40, "lon": 110.15}},
             {"id": "T2", "name": "近", "base": {"lat": 31.10, "lon": 109.91}}]
    plan, _ = plan_checked(scenario(teams=teams, children=[child("C1", team="T1")]))
    assert {r.team for r, _ in plan.visits_of("C1")} == {"T1"}


def test_departure_is_as_late_as_reaches_the_first_window() -> None:
    plan, _ = plan_checked(scenario(children=[child("C1", window={"start": "14:00", "end": "17:00"}, visits=1)]))
    route = plan.routes[0]
    assert route.stops[0].start == 14 * 60
    assert route.depart == route.stops[0].start - route.stops[0].leg_min


def test_travel_table_is_used_in_plans() -> None:
    teams = [{"id": "T1", "name": "一组", "base": {**BASE, "place": "中心校"}}]
    kid = child("C1", visits=1)
    kid["home"]["place"] = "红椿村"
    travel = {"speed_kmh": 30, "road_factor": 1.5,
              "table": [{"from": "中心校", "to": "红椿村", "minutes": 75, "km": 31.5}]}
    plan, _ = plan_checked(scenario(teams=teams, children=[kid], travel=travel))
    assert plan.routes[0].stops[0].leg_min == 75 and plan.routes[0].return_leg_min == 75
    assert plan.routes[0].km == 63.0


def test_travel_table_import_from_csv_and_xlsx(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from openpyxl import Workbook

    from special_ed.errors import ValidationError
    from special_ed.scheduling.travel_table import read_travel_table

    csv_path = tmp_path / "t.csv"
    csv_path.write_bytes("起点,终点,分钟,公里\n中心校,红椿村,75,31.5\n红椿村,龙坪村,20,\n".encode("gb18030"))
    table = read_travel_table(csv_path)
    assert table[("中心校", "红椿村")].minutes == 75 and table[("红椿村", "龙坪村")].km is None
    wb = Workbook()
    wb.active.append(["from", "to", "minutes"])
    wb.active.append(["A", "B", "x"])
    wb.active.append(["A", "", 5])
    xlsx = tmp_path / "t.xlsx"
    wb.save(xlsx)
    with pytest.raises(ValidationError) as info:
        read_travel_table(xlsx)
    assert [i.params["row"] for i in info.value.issues] == [2, 3]
    assert "第 2 行" in info.value.message("zh")
