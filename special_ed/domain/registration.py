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
from special_ed.messages import register_messages

DEFERRED = "deferred"  # 延缓入学: the committee defers school entry (treatment, health) with a review date
OUTCOME_LABELS = {DEFERRED: "延缓入学", **{p.value: p.label for p in Placement}}
MEMBER_FIELDS = ("教育", "心理", "康复", "社会工作", "医学", "其他")

register_messages(
    {
        "window.empty": (
            "出生日期范围为空：请填写起止日期",
            "The birth-date window is empty: give both dates",
        ),
        "window.reversed": (
            "出生日期范围颠倒：起始 {start} 晚于截止 {end}",
            "The birth-date window is reversed: {start} is after {end}",
        ),
        "sitting.no_members": (
            "专家委员会会议必须登记出席的委员（姓名和专业领域）",
            "A committee sitting needs its members (name and field)",
        ),
        "sitting.member_incomplete": (
            "第 {row} 位委员：姓名和专业领域都必须填写",
            "Member {row}: both name and field are required",
        ),
        "sitting.member_field": (
            "第 {row} 位委员的专业领域“{value}”不在可选范围内（{allowed}）",
            "Member {row}: field “{value}” is not one of {allowed}",
        ),
        "sitting.decision": ("第 {row} 名儿童（{child}）：{detail}", "Child {row} ({child}): {detail}"),
        "sitting.duplicate_child": (
            "第 {row} 名儿童（{child}）在本次会议中重复出现",
            "Child {row} ({child}) appears twice in this sitting",
        ),
        "sitting.future": ("会议日期 {day} 晚于今天", "The sitting's date {day} is in the future"),
        "defer.reason_required": ("延缓入学必须写明理由", "Deferred entry needs a reason"),
        "defer.review_required": (
            "延缓入学必须定下复评日期，且晚于会议日期",
            "Deferred entry needs a review date after the sitting",
        ),
        "defer.placed": (
            "已有安置（{placement}），不能延缓入学；请用转介或结束安置",
            "Already placed ({placement}); use a transfer or end the placement instead",
        ),
        "referral.reason_required": ("转介必须写明理由", "A transfer needs a reason"),
        "referral.same": (
            "转介前后安置方式相同（{placement}）",
            "The transfer keeps the same placement ({placement})",
        ),
        "referral.not_placed": ("这名儿童尚未安置，不能转介", "The child has no placement to transfer from"),
    }
)


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
