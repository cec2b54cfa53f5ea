"""Value types of a home-taught child's 五有 file and 五送 visit records.

Plain frozen dataclasses: services build them from rows and hand them to the
rules in :mod:`record_rules`, :mod:`completeness` and :mod:`compliance`.
Ids are ``None`` until a record is saved.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date, datetime, time

from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Delivery,
    GoalKind,
    Placement,
    VisitKind,
    VisitStatus,
)

ATTAINMENT_MIN = 0
ATTAINMENT_MAX = 4
SCORE_MIN = 0.0
SCORE_MAX = 100.0
TEXTBOOK_UNITS = ("《生活与语文》", "《生活与数学》")


@dataclass(frozen=True)
class PlacementPeriod:
    """One stretch of a child's placement; ``end`` is inclusive, ``None`` = still current."""

    kind: Placement
    start: date
    end: date | None = None
    team_id: int | None = None
    school_id: int | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def home_placed_on(
    periods: tuple[PlacementPeriod, ...] | list[PlacementPeriod], day: date
) -> PlacementPeriod | None:
    """The home-teaching placement in force on ``day``, if any."""
    for period in periods:
        if period.kind is Placement.HOME and period.covers(day):
            return period
    return None


# ---- 方案 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    kind: GoalKind
    domain: str
    text: str
    criterion: str  # how attainment is measured, e.g. "连续3次独立完成，正确率80%"
    target_date: date | None = None
    responsible: str = ""
    id: int | None = None
    parent_id: int | None = None  # a term goal's long-term goal
    term: str = ""  # a term goal's term name; "" = any term of the school year


@dataclass(frozen=True)
class Scheme:
    """个别化教育方案 for one school year (``school_year`` = the calendar year it starts in)."""

    child_id: int
    school_year: int
    present_levels: dict[str, str] = field(default_factory=dict)  # domain → description
    goals: tuple[Goal, ...] = ()
    supports: str = ""
    implementation: str = ""
    transition: str = ""
    team_members: str = ""
    guardian_agreed_on: date | None = None
    guardian_name: str = ""
    reviewed_on: date | None = None  # last review; the scheme's writing counts as the first
    id: int | None = None
    version: int | None = None  # optimistic locking: the version the editor read


# ---- 计划 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanMonth:
    year: int
    month: int
    topics: str
    goal_ids: tuple[int, ...] = ()
    planned_visits: int = 0
    planned_hours: float = 0.0


@dataclass(frozen=True)
class TermPlan:
    child_id: int
    term_name: str
    months: tuple[PlanMonth, ...] = ()
    id: int | None = None
    version: int | None = None  # optimistic locking: the version the editor read


# ---- 教案 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonPlan:
    topic: str
    child_id: int | None = None  # None for a school's template
    day: date | None = None
    visit_id: int | None = None
    objectives: str = ""
    goal_ids: tuple[int, ...] = ()
    textbook_unit: str = ""
    materials: str = ""
    steps: str = ""
    evaluation: str = ""
    reflection: str = ""
    is_template: bool = False
    school_id: int | None = None
    id: int | None = None
    version: int | None = None  # optimistic locking: the version the editor read


# ---- 评估 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    child_id: int
    day: date
    kind: AssessmentKind
    domain_scores: dict[str, float] = field(default_factory=dict)  # 0–100 per domain
    goal_attainment: dict[int, int] = field(default_factory=dict)  # goal id → 0–4
    notes: str = ""
    assessor: str = ""
    id: int | None = None
    version: int | None = None  # optimistic locking: the version the editor read


# ---- 档案 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    child_id: int
    kind: AttachmentKind
    filename: str
    size: int
    sha256: str
    day: date | None = None
    description: str = ""
    visit_id: int | None = None
    id: int | None = None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- 五送 visits ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    child_id: int
    day: date
    status: VisitStatus = VisitStatus.PLANNED
    start: time | None = None
    end: time | None = None
    team_id: int | None = None
    teacher_ids: tuple[int, ...] = ()
    place: str = ""
    deliveries: dict[Delivery, str] = field(default_factory=dict)  # ticked 送 → note (may be "")
    lesson_plan_id: int | None = None
    guardian_present: bool = False
    guardian_name: str = ""
    guardian_confirmed: bool = False
    cancel_reason: CancelReason | None = None
    cancel_note: str = ""
    makeup_of: int | None = None  # id of the cancelled visit this one makes up
    next_steps: str = ""
    id: int | None = None
    version: int | None = None  # optimistic locking: the version the editor read
    kind: VisitKind = VisitKind.HOME

    @property
    def minutes(self) -> int:
        if self.start is None or self.end is None:
            return 0
        delta = datetime.combine(self.day, self.end) - datetime.combine(self.day, self.start)
        return max(0, int(delta.total_seconds() // 60))

    def class_hours(self, class_hour_minutes: int) -> float:
        return class_hours(self.minutes, class_hour_minutes)


def class_hours(minutes: int, class_hour_minutes: int) -> float:
    """Class hours in half-hour steps, rounded down: a started half class hour does not count.

    90 minutes at 40 minutes a class hour is 2.25 → 2.0; 60 minutes is 1.5.
    """
    if minutes <= 0 or class_hour_minutes <= 0:
        return 0.0
    return math.floor(minutes * 2 / class_hour_minutes) / 2


def copy_scheme(previous: Scheme, school_year: int) -> Scheme:
    """Last year's scheme as the starting point of a new one.

    Present levels, goals, supports and team carry over so the teachers revise
    rather than retype; goal target dates move by the years between the two
    schemes. The guardian's agreement and the review date do not carry over:
    the family must agree to the new year's scheme, and nothing is reviewed yet.
    A term goal's term is cleared (it named one of last year's terms).
    Ids are cleared (the copy is a new record); a term goal keeps pointing at its
    long-term goal by position, which the service re-links after saving.
    """
    shift = school_year - previous.school_year

    def moved(day: date | None) -> date | None:
        if day is None:
            return None
        try:
            return day.replace(year=day.year + shift)
        except ValueError:  # 29 February into a common year
            return day.replace(year=day.year + shift, day=28)

    goals = tuple(
        Goal(
            g.kind,
            g.domain,
            g.text,
            g.criterion,
            moved(g.target_date),
            g.responsible,
            None,
            g.parent_id,
            "",  # last year's term names do not exist in the new year
        )
        for g in previous.goals
    )
    return Scheme(
        child_id=previous.child_id,
        school_year=school_year,
        present_levels=dict(previous.present_levels),
        goals=goals,
        supports=previous.supports,
        implementation=previous.implementation,
        transition=previous.transition,
        team_members=previous.team_members,
    )
