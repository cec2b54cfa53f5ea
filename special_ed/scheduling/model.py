"""The scheduling problem as plain typed values (what a ``special-ed-scenario/1`` file holds).

Times of day are whole minutes after midnight; dates are :class:`datetime.date`. Everything is frozen so a
scenario can be shared between the solver, the exporters and a re-plan without defensive copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SCENARIO_FORMAT = "special-ed-scenario/1"
PLAN_FORMAT = "special-ed-plan/1"

DEFAULT_MAX_VISITS_PER_DAY = 4  # same default as the settings' Workday.max_visits_per_day


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    # A named place (village, school) lets an imported travel-time table override the great-circle estimate.
    place: str | None = None


@dataclass(frozen=True)
class WorkdayHours:
    start: int
    end: int
    lunch: tuple[int, int] | None = None


@dataclass(frozen=True)
class TravelLeg:
    minutes: float
    km: float | None = None


@dataclass(frozen=True)
class TravelSettings:
    speed_kmh: float
    road_factor: float
    # (from place, to place) → leg; looked up in both directions when only one is given.
    table: dict[tuple[str, str], TravelLeg] = field(default_factory=dict)


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    base: Point
    unavailable: frozenset[date] = frozenset()
    max_visits_per_day: int | None = None


@dataclass(frozen=True)
class Child:
    id: str
    name: str
    home: Point | None
    visits: int
    duration_min: int
    team: str | None = None
    window: tuple[int, int] | None = None
    weekdays: frozenset[int] = frozenset(range(1, 8))
    unavailable: frozenset[date] = frozenset()
    # True when ``home`` is the village centre because the child's own coordinates are unknown.
    approximate: bool = False


@dataclass(frozen=True)
class Scenario:
    year: int
    month: int
    workday: WorkdayHours
    travel: TravelSettings
    min_days_between_visits: int
    teams: tuple[Team, ...]
    children: tuple[Child, ...]
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    max_visits_per_day: int = DEFAULT_MAX_VISITS_PER_DAY

    @property
    def month_key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def team(self, team_id: str) -> Team:
        for t in self.teams:
            if t.id == team_id:
                return t
        raise KeyError(team_id)

    def child(self, child_id: str) -> Child:
        for c in self.children:
            if c.id == child_id:
                return c
        raise KeyError(child_id)

    def capacity(self, team: Team) -> int:
        return team.max_visits_per_day if team.max_visits_per_day is not None else self.max_visits_per_day


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
