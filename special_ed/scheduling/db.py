"""The scheduler on the database: build a month's scenario from the records, write a plan back.

- Children: placed 送教上门, in school, not archived. Home coordinates, else the village centre (flagged as
  approximate in the plan and warned about), else none (listed unscheduled with the reason).
- Norms come from the settings: visits a month, visit length (a child's own length wins), minimum days
  between visits, workday and lunch, visits a day, travel speed and road factor, holiday/workday overrides,
  and — when home teaching pauses in holidays — every day outside the terms is a holiday: the scenario's
  calendar is :func:`~special_ed.domain.school_calendar.scenario_overrides` of the one school calendar.
- Visits already done this month, and visits planned by hand (not by a schedule run), count towards the
  month and keep the next visits ≥ N days away.
- Saving a plan supersedes the month's earlier schedule run and archives its still-planned visits (never
  deletes them), then writes one planned visit per stop, all in one unit of work.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select

from special_ed.domain.school_calendar import SchoolCalendar, month_days, scenario_overrides
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.persistence import models as m
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.scheduling.model import (
    Child,
    Point,
    Scenario,
    Team,
    TravelLeg,
    TravelSettings,
    WorkdayHours,
)
from special_ed.scheduling.plan import Plan, plan_from_json, plan_to_json
from special_ed.scheduling.replan import ReplanResult, replan
from special_ed.services.context import ServiceContext

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip()) if isinstance(text, str) else None
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError([Issue("scenario.month", "month", {"value": text})])
    return int(match.group(1)), int(match.group(2))


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


class DatabaseScheduler:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scenario(self, month: str, account_done: bool = True) -> tuple[Scenario, list[Issue]]:
        """The month's problem. With ``account_done`` visits already done this month reduce what is left
        to plan (a re-plan passes False: it carries the month's history itself)."""
        year, mon = parse_month(month)
        days = month_days(year, mon)
        first, last = days[0], days[-1]
        st = self.ctx.settings()
        norms = st.visit_norms
        warnings: list[Issue] = []
        # The days compliance owes (the one school calendar), carried as overrides of the national calendar.
        holidays, workdays = scenario_overrides(SchoolCalendar(st), year, mon)
        wd = st.workday
        lunch = (_minutes(wd.lunch_start), _minutes(wd.lunch_end)) if wd.lunch_start and wd.lunch_end else None
        with self.ctx.uow("read") as uow:
            s = uow.session
            villages = {v.id: v for v in s.scalars(select(m.Village))}
            schools = {x.id: x for x in s.scalars(select(m.School))}
            teams: list[Team] = []
            based: set[int] = set()
            for t in s.scalars(select(m.Team).where(m.Team.archived_at.is_(None)).order_by(m.Team.id)):
                school = schools.get(t.school_id)
                lat = t.base_lat if t.base_lat is not None else (school.lat if school else None)
                lon = t.base_lon if t.base_lon is not None else (school.lon if school else None)
                if lat is None or lon is None:
                    warnings.append(Issue("sched.team_no_base", f"teams[{t.id}]", {"team": t.name},
                                          severity="warning"))
                    continue
                village = villages.get(school.village_id) if school and school.village_id else None
                leave = s.scalars(select(m.TeamLeave.day).where(
                    m.TeamLeave.team_id == t.id, m.TeamLeave.day >= first, m.TeamLeave.day <= last))
                teams.append(Team(str(t.id), t.name, Point(lat, lon, village.code if village else None),
                                  frozenset(leave), t.max_visits_per_day))
                based.add(t.id)
            done: dict[int, list[date]] = {}
            for v in s.scalars(select(m.Visit).where(
                    m.Visit.day >= first, m.Visit.day <= last, m.Visit.archived_at.is_(None),
                    or_(m.Visit.status == "done",
                        and_(m.Visit.status == "planned", m.Visit.schedule_run_id.is_(None))))) if account_done else ():
                # done visits, and visits a coordinator planned by hand, are commitments the plan works around
                done.setdefault(v.child_id, []).append(v.day)
            gap = norms.min_days_between_visits
            children: list[Child] = []
            approximate_names: list[str] = []
            query = select(m.Child).where(m.Child.placement == "home", m.Child.status == "in_school",
                                          m.Child.archived_at.is_(None)).order_by(m.Child.id)
            for c in s.scalars(query):
                need = norms.visits_per_month - len(done.get(c.id, []))
                if need <= 0:
                    continue
                unavailable = set(s.scalars(select(m.ChildUnavailable.day).where(
                    m.ChildUnavailable.child_id == c.id, m.ChildUnavailable.day >= first,
                    m.ChildUnavailable.day <= last)))
                for d in done.get(c.id, []):  # keep N days clear around a visit already made
                    unavailable |= {d + timedelta(days=k) for k in range(-gap + 1, gap)}
                village = villages.get(c.village_id) if c.village_id else None
                home: Point | None = None
                approximate = False
                if c.home_lat is not None and c.home_lon is not None:
                    home = Point(c.home_lat, c.home_lon, village.code if village else None)
                elif village is not None and village.lat is not None and village.lon is not None:
                    home, approximate = Point(village.lat, village.lon, village.code), True
                    approximate_names.append(c.name)
                window = None
                if c.visit_window_start and c.visit_window_end:
                    window = (_minutes(c.visit_window_start), _minutes(c.visit_window_end))
                weekdays = frozenset(int(x) for x in (c.visit_weekdays or "").split(",") if x.strip().isdigit())
                children.append(Child(
                    id=str(c.id), name=c.name, home=home, visits=need,
                    duration_min=c.visit_duration_min or norms.visit_duration_min,
                    team=str(c.team_id) if c.team_id in based else None, window=window,
                    weekdays=weekdays or frozenset(range(1, 8)),
                    unavailable=frozenset(d for d in unavailable if first <= d <= last), approximate=approximate,
                ))
            if approximate_names:
                # one line for all of them: the coordinator fixes them in the child records
                warnings.append(Issue("sched.approximate_homes", "", {
                    "count": len(approximate_names), "names": "、".join(approximate_names[:10])
                    + ("…" if len(approximate_names) > 10 else "")}, severity="warning"))
            table: dict[tuple[str, str], TravelLeg] = {}
            for row in s.scalars(select(m.TravelTime)):
                a, b = villages.get(row.from_village_id), villages.get(row.to_village_id)
                if a is not None and b is not None:
                    table[(a.code, b.code)] = TravelLeg(row.minutes, row.km)
        scenario = Scenario(
            year=year, month=mon, workday=WorkdayHours(_minutes(wd.start), _minutes(wd.end), lunch),
            travel=TravelSettings(st.travel.speed_kmh, st.travel.road_factor, table),
            min_days_between_visits=gap, teams=tuple(teams), children=tuple(children),
            holidays=holidays, workdays=workdays, max_visits_per_day=wd.max_visits_per_day,
        )
        return scenario, warnings

    def save_plan(self, plan: Plan, params: dict[str, Any] | None = None, from_day: date | None = None) -> int:
        """Write the plan's visits as planned records; returns how many were written.

        ``from_day`` (a re-plan) leaves earlier days alone: only later planned visits are replaced."""
        days = month_days(plan.year, plan.month)
        if from_day is not None:
            days = [d for d in days if d >= from_day] or [from_day]
        now: datetime = self.ctx.clock()
        written = 0
        with self.ctx.uow("schedule") as uow:
            s = uow.session
            for run in s.scalars(select(m.ScheduleRun).where(m.ScheduleRun.month == plan.month_key,
                                                             m.ScheduleRun.superseded.is_(False))):
                run.superseded = True
            run = m.ScheduleRun(month=plan.month_key, params=params or {}, plan=plan_to_json(plan))
            s.add(run)
            s.flush()
            reason = f"由第 {run.id} 次排程替代 / superseded by schedule run {run.id}"
            for old in s.scalars(select(m.Visit).where(
                    m.Visit.day >= days[0], m.Visit.day <= days[-1], m.Visit.status == "planned",
                    m.Visit.schedule_run_id.is_not(None), m.Visit.archived_at.is_(None))):
                old.archived_at, old.archived_by, old.archived_reason = now, self.ctx.actor.name, reason
            for route in plan.routes:
                if from_day is not None and route.date < from_day:
                    continue
                for order, stop in enumerate(route.stops, start=1):
                    if stop.status == "done":
                        continue
                    child = s.get(m.Child, int(stop.child))
                    if child is None:
                        raise SpecialEdError("not_found", what="child", key=stop.child)
                    s.add(m.Visit(
                        child_id=child.id, team_id=int(route.team), day=route.date, start_time=_time(stop.start),
                        end_time=_time(stop.end), status="planned", schedule_run_id=run.id, route_order=order,
                        planned_arrival=_time(stop.arrive), travel_km=round(stop.leg_km, 2),
                        class_hours=None,
                    ))
                    written += 1
            uow.commit()
        return written

    def sheet_details(self) -> tuple[dict[str, str], dict[str, str]]:
        """(team id → member names, child id → village and address) for the printed route sheets."""
        with self.ctx.uow("read") as uow:
            s = uow.session
            members = {str(t.id): "、".join(mb.teacher.name for mb in t.members)
                       for t in s.scalars(select(m.Team).where(m.Team.archived_at.is_(None)))}
            villages = {v.id: v.name for v in s.scalars(select(m.Village))}
            places = {}
            for c in s.scalars(select(m.Child).where(m.Child.placement == "home", m.Child.archived_at.is_(None))):
                parts = [villages.get(c.village_id, "") if c.village_id else "", c.address or ""]
                places[str(c.id)] = " ".join(p for p in parts if p)
        return members, places

    def replan(self, month: str, as_of: date, time_limit: float = 10.0,
               progress: Progress = NO_PROGRESS) -> ReplanResult:
        """Re-plan the month from ``as_of`` after cancellations and leave recorded in the database.

        Visits cancelled on or after ``as_of`` in the current schedule, and the teams' leave days, are the
        change; the last saved plan is the starting point. Nothing is written: call :meth:`save_plan` with
        ``from_day=as_of`` to keep the result."""
        saved = self.latest_plan(month)
        if saved is None:
            raise SpecialEdError("sched.replan.no_plan", month=month)
        old = plan_from_json(saved)
        scenario, _ = self.scenario(month, account_done=False)
        planned = {(s.child, r.date) for r in old.routes for s in r.stops}
        with self.ctx.uow("read") as uow:
            cancelled = [(str(v.child_id), v.day) for v in uow.session.scalars(select(m.Visit).where(
                m.Visit.status == "cancelled", m.Visit.day >= as_of, m.Visit.day <= month_days(
                    old.year, old.month)[-1], m.Visit.schedule_run_id.is_not(None)))
                if (str(v.child_id), v.day) in planned]
        return replan(scenario, old, as_of, cancelled, {}, time_limit, progress)

    def latest_plan(self, month: str) -> dict[str, Any] | None:
        parse_month(month)
        with self.ctx.uow("read") as uow:
            run = uow.session.scalars(select(m.ScheduleRun).where(
                m.ScheduleRun.month == month, m.ScheduleRun.superseded.is_(False)).order_by(
                m.ScheduleRun.id.desc()).limit(1)).first()
            return dict(run.plan) if run is not None else None
