"""Placement rules: what the settings recommend, and what each placement needs to be complete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from special_ed.domain.enums import Level, Placement, SchoolKind, TeacherRole
from special_ed.domain.settings import Settings
from special_ed.errors import Issue


def recommend(level: Level, settings: Settings) -> Placement:
    return settings.level_to_placement[level]


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for dd in (day.day, 30, 29, 28):
        try:
            return date(year, month, dd)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


@dataclass
class PlacementInput:
    kind: Placement
    effective_date: date
    reason: str = ""
    school_id: int | None = None
    school_kind: SchoolKind | None = None  # filled by the service from the school chosen
    class_name: str = ""
    team_id: int | None = None
    team_roles: tuple[TeacherRole, ...] = ()  # filled by the service from the team chosen
    notes: str = ""


def validate_placement(data: PlacementInput, recommended: Placement | None) -> list[Issue]:
    issues: list[Issue] = []
    if recommended is not None and data.kind != recommended and not data.reason.strip():
        issues.append(Issue("placement.reason_required", "reason", {"recommended": recommended}))
    if data.kind is Placement.MAINSTREAM:
        if data.school_id is None:
            issues.append(Issue("placement.school_required", "school_id", {"kind": data.kind}))
    elif data.kind is Placement.SPECIAL_SCHOOL:
        if data.school_id is None or data.school_kind is not SchoolKind.SPECIAL:
            issues.append(Issue("placement.special_school_required", "school_id"))
    elif data.kind is Placement.HOME:
        if data.school_id is None:
            issues.append(Issue("placement.school_required", "school_id", {"kind": data.kind}))
        if (
            data.team_id is None
            or len(data.team_roles) < 2
            or TeacherRole.SPECIAL_ED not in data.team_roles
        ):
            issues.append(Issue("placement.team_required", "team_id"))
    return issues
