"""The registration and placement cycle's rules: the check population's birth-date window, the
expert committee's members and the outcomes a sitting may decide (a placement, or 延缓入学).

Check window of school year Y (the year it starts in): children of compulsory age on the reference
date, i.e. born from the day after the reference date of Y − age_max − 1 up to the day before the
reference date of Y − age_min. With ages 6–15 and 1 September, 2026 gives 2010-09-01 … 2020-08-31,
the window county notices state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from special_ed.domain.enums import Level, Placement
from special_ed.domain.settings import Settings
from special_ed.errors import Issue, ValidationError

DEFERRED = "deferred"  # 延缓入学: the committee defers school entry (treatment, health) with a review date
OUTCOME_LABELS = {DEFERRED: "延缓入学", **{p.value: p.label for p in Placement}}
MEMBER_FIELDS = ("教育", "心理", "康复", "社会工作", "医学", "其他")


@dataclass(frozen=True)
class CheckWindow:
    start: date
    end: date

    @staticmethod
    def of(start: date | None, end: date | None) -> CheckWindow:
        """A window given by hand: empty or reversed is refused, naming the dates."""
        if start is None or end is None:
            raise ValidationError([Issue("window.empty", "window", {})])
        if start > end:
            raise ValidationError(
                [Issue("window.reversed", "window", {"start": start.isoformat(), "end": end.isoformat()})]
            )
        return CheckWindow(start, end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def text(self) -> str:
        return f"{self.start.isoformat()} 至 {self.end.isoformat()} 出生"


def check_window(settings: Settings, school_year: int) -> CheckWindow:
    start = settings.reference_date(school_year - settings.age_max - 1)
    end = settings.reference_date(school_year - settings.age_min) - timedelta(days=1)
    return CheckWindow.of(start, end)


@dataclass(frozen=True)
class Member:
    name: str
    field: str  # one of MEMBER_FIELDS
    unit: str = ""


def check_members(members: list[Member]) -> list[Issue]:
    if not members:
        return [Issue("sitting.no_members", "members", {})]
    issues = []
    for row, m in enumerate(members, start=1):
        if not m.name.strip() or not m.field.strip():
            issues.append(Issue("sitting.member_incomplete", "members", {"row": row}))
        elif m.field.strip() not in MEMBER_FIELDS:
            issues.append(
                Issue(
                    "sitting.member_field",
                    "members",
                    {"row": row, "value": m.field, "allowed": "、".join(MEMBER_FIELDS)},
                )
            )
    return issues


@dataclass(frozen=True)
class Decision:
    """What the committee concluded for one child at a sitting."""

    child_id: int
    level: Level
    outcome: str  # a Placement value, or DEFERRED
    reason: str = ""  # why: required for a deferral, and when the placement differs from the recommendation
    review_on: date | None = None  # a deferral's review date
    school_id: int | None = None
    team_id: int | None = None
    class_name: str = ""
    findings: str = ""  # the committee's assessment in words
    tools: str = ""


@dataclass(frozen=True)
class SittingInput:
    held_on: date
    members: list[Member]
    decisions: list[Decision] = field(default_factory=list)
    township_id: int | None = None
    place: str = ""
    notes: str = ""


def check_deferral(decision: Decision, held_on: date) -> list[str]:
    """Codes of what a deferral is missing."""
    problems = []
    if not decision.reason.strip():
        problems.append("defer.reason_required")
    if decision.review_on is None or decision.review_on <= held_on:
        problems.append("defer.review_required")
    return problems
