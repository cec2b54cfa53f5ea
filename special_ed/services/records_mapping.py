"""Conversions between the 五有/五送 tables and the domain's value types.

Kept apart from the services so that both the records and the compliance
services read rows the same way, and ORM objects never leave a unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

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
from special_ed.domain.records import (
    Assessment,
    Attachment,
    Goal,
    LessonPlan,
    PlacementPeriod,
    PlanMonth,
    Scheme,
    TermPlan,
    Visit,
)
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork

# The five 送 and their boolean / note columns on ``visits``.
DELIVERY_COLUMNS: dict[Delivery, tuple[str, str]] = {
    Delivery.POLICY: ("policy", "policy_note"),
    Delivery.CARE: ("care", "care_note"),
    Delivery.REHAB: ("rehab", "rehab_note"),
    Delivery.KNOWLEDGE: ("knowledge", "knowledge_note"),
    Delivery.SKILLS: ("skills", "skills_note"),
}

MIME_BY_EXT = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


def year_label(school_year: int) -> str:
    return f"{school_year}-{school_year + 1}"


def year_of_label(label: str) -> int:
    return int(label.split("-")[0])


# ---- placements ------------------------------------------------------------------------------


def placement_periods(
    uow: UnitOfWork, child_ids: Sequence[int] | None = None, home_only: bool = False
) -> dict[int, list[PlacementPeriod]]:
    """Placement history per child (Core rows: a county has 100,000 of them)."""
    p = m.PlacementRecord
    stmt = select(p.child_id, p.kind, p.effective_date, p.end_date, p.team_id, p.school_id).where(
        p.archived_at.is_(None)
    )
    if child_ids is not None:
        stmt = stmt.where(p.child_id.in_(child_ids))
    if home_only:
        stmt = stmt.where(p.kind == Placement.HOME.value)
    out: dict[int, list[PlacementPeriod]] = {}
    for cid, kind, start, end, team_id, school_id in uow.session.execute(stmt.order_by(p.effective_date)):
        out.setdefault(cid, []).append(PlacementPeriod(_PLACEMENTS[kind], start, end, team_id, school_id))
    return out


_PLACEMENTS = {x.value: x for x in Placement}
_STATUSES = {x.value: x for x in VisitStatus}
_KINDS = {x.value: x for x in VisitKind}
_REASONS = {x.value: x for x in CancelReason}


# ---- scheme ----------------------------------------------------------------------------------


def scheme_from_row(row: m.Scheme) -> Scheme:
    goals = tuple(
        Goal(
            GoalKind(g.kind),
            g.domain,
            g.text,
            g.criterion,
            g.target_date,
            g.responsible or "",
            g.id,
            g.parent_id,
            g.term or "",
            tuple(g.targets or ()),
        )
        for g in row.goals
    )
    return Scheme(
        child_id=row.child_id,
        school_year=year_of_label(row.school_year),
        present_levels={str(k): str(v) for k, v in (row.present_levels or {}).items()},
        goals=goals,
        supports=row.supports or "",
        implementation=row.implementation or "",
        transition=row.transition or "",
        team_members=row.team_members or "",
        guardian_agreed_on=row.guardian_agreed_on,
        guardian_name=row.guardian_name or "",
        reviewed_on=row.reviewed_on,
        id=row.id,
        version=row.version,
    )


def apply_scheme(row: m.Scheme, scheme: Scheme) -> None:
    row.child_id = scheme.child_id
    row.school_year = year_label(scheme.school_year)
    row.present_levels = {k: v for k, v in scheme.present_levels.items() if v.strip()}
    row.supports = scheme.supports or None
    row.implementation = scheme.implementation or None
    row.transition = scheme.transition or None
    row.team_members = scheme.team_members or None
    row.guardian_agreed_on = scheme.guardian_agreed_on
    row.guardian_name = scheme.guardian_name.strip() or None
    row.reviewed_on = scheme.reviewed_on


def apply_goal(row: m.Goal, goal: Goal, position: int) -> None:
    row.kind = goal.kind.value
    row.domain = goal.domain
    row.text = goal.text.strip()
    row.criterion = goal.criterion.strip()
    row.target_date = goal.target_date
    row.responsible = goal.responsible.strip() or None
    row.term = goal.term or None
    row.targets = list(goal.targets)
    row.position = position


# ---- term plan -------------------------------------------------------------------------------


def plan_from_row(row: m.TermPlan) -> TermPlan:
    months = []
    for item in row.months or []:
        year, month = (int(x) for x in str(item.get("month", "0-0")).split("-"))
        months.append(
            PlanMonth(
                year,
                month,
                str(item.get("topics", "")),
                tuple(int(g) for g in item.get("goal_ids", [])),
                int(item.get("planned_visits", 0)),
                float(item.get("planned_hours", 0.0)),
            )
        )
    return TermPlan(row.child_id, row.term, tuple(months), row.id, row.version)


def plan_months_json(plan: TermPlan) -> list[Any]:
    return [
        {
            "month": f"{pm.year}-{pm.month:02d}",
            "topics": pm.topics,
            "goal_ids": list(pm.goal_ids),
            "planned_visits": pm.planned_visits,
            "planned_hours": pm.planned_hours,
        }
        for pm in sorted(plan.months, key=lambda x: (x.year, x.month))
    ]


# ---- lesson plans, assessments, attachments ------------------------------------------------


def lesson_from_row(row: m.LessonPlan, visit_id: int | None = None) -> LessonPlan:
    return LessonPlan(
        topic=row.topic,
        child_id=row.child_id,
        day=row.planned_on,
        visit_id=visit_id,
        objectives=row.objectives or "",
        goal_ids=tuple(int(g) for g in row.goal_ids or []),
        textbook_unit=row.textbook_unit or "",
        materials=row.materials or "",
        steps=row.steps or "",
        evaluation=row.evaluation or "",
        reflection=row.reflection or "",
        is_template=row.is_template,
        school_id=row.school_id,
        id=row.id,
        version=row.version,
    )


def apply_lesson(row: m.LessonPlan, lesson: LessonPlan) -> None:
    row.child_id = None if lesson.is_template else lesson.child_id
    row.school_id = lesson.school_id
    row.is_template = lesson.is_template
    row.planned_on = None if lesson.is_template else lesson.day
    row.topic = lesson.topic.strip()
    row.objectives = lesson.objectives or None
    row.goal_ids = [] if lesson.is_template else list(lesson.goal_ids)
    row.textbook_unit = lesson.textbook_unit or None
    row.materials = lesson.materials or None
    row.steps = lesson.steps or None
    row.evaluation = lesson.evaluation or None
    row.reflection = lesson.reflection or None


def assessment_from_row(row: m.ProgressAssessment) -> Assessment:
    return Assessment(
        child_id=row.child_id,
        day=row.assessed_on,
        kind=AssessmentKind(row.kind),
        domain_scores={str(k): float(v) for k, v in (row.domain_scores or {}).items()},
        goal_attainment={int(k): int(v) for k, v in (row.goal_attainment or {}).items()},
        notes=row.notes or "",
        assessor=row.assessor or "",
        id=row.id,
        version=row.version,
    )


def apply_assessment(row: m.ProgressAssessment, a: Assessment) -> None:
    row.child_id = a.child_id
    row.kind = a.kind.value
    row.assessed_on = a.day
    row.assessor = a.assessor or None
    row.domain_scores = dict(a.domain_scores)
    row.goal_attainment = {str(k): v for k, v in a.goal_attainment.items()}
    row.notes = a.notes or None


def attachment_from_row(row: m.Attachment) -> Attachment:
    return Attachment(
        child_id=row.child_id,
        kind=AttachmentKind(row.kind),
        filename=row.filename,
        size=row.size,
        sha256=row.sha256,
        day=row.taken_on,
        description=row.description or "",
        visit_id=row.visit_id,
        id=row.id,
    )


# ---- visits ----------------------------------------------------------------------------------


def visit_from_row(row: m.Visit) -> Visit:
    deliveries: dict[Delivery, str] = {}
    for delivery, (flag, note) in DELIVERY_COLUMNS.items():
        if getattr(row, flag):
            deliveries[delivery] = getattr(row, note) or ""
    return Visit(
        child_id=row.child_id,
        day=row.day,
        status=VisitStatus(row.status),
        start=row.start_time,
        end=row.end_time,
        team_id=row.team_id,
        teacher_ids=tuple(sorted(t.teacher_id for t in row.teachers)),
        place=row.place or "",
        deliveries=deliveries,
        lesson_plan_id=row.lesson_plan_id,
        guardian_present=row.guardian_present,
        guardian_name=row.guardian_name or "",
        guardian_confirmed=row.guardian_confirmed,
        cancel_reason=CancelReason(row.cancel_reason) if row.cancel_reason else None,
        cancel_note=row.cancel_note or "",
        makeup_of=row.makeup_of_id,
        next_steps=row.next_steps or "",
        id=row.id,
        version=row.version,
        kind=VisitKind(row.kind or VisitKind.HOME.value),
    )


def apply_visit(row: m.Visit, v: Visit, class_hour_minutes: int) -> None:
    row.child_id = v.child_id
    row.team_id = v.team_id
    row.day = v.day
    row.start_time = v.start
    row.end_time = v.end
    row.status = v.status.value
    row.kind = v.kind.value
    row.cancel_reason = v.cancel_reason.value if v.cancel_reason else None
    row.cancel_note = v.cancel_note or None
    row.makeup_of_id = v.makeup_of
    row.place = v.place or None
    for delivery, (flag, note) in DELIVERY_COLUMNS.items():
        setattr(row, flag, delivery in v.deliveries)
        setattr(row, note, (v.deliveries.get(delivery) or "").strip() or None)
    row.lesson_plan_id = v.lesson_plan_id
    hours = v.class_hours(class_hour_minutes)
    row.class_hours = Decimal(str(hours)) if v.start and v.end else None
    row.guardian_present = v.guardian_present
    row.guardian_name = v.guardian_name.strip() or None
    row.guardian_confirmed = v.guardian_confirmed
    row.next_steps = v.next_steps or None
    row.teacher_ids = list(v.teacher_ids)


def visits_of(
    uow: UnitOfWork, child_ids: Iterable[int] | None, start: date, end: date
) -> dict[int, list[Visit]]:
    """Visits of the children (None = all) between two dates, plus the originals their make-ups point to."""
    stmt = (
        select(m.Visit)
        .options(selectinload(m.Visit.teachers))
        .where(m.Visit.day >= start, m.Visit.day <= end, m.Visit.archived_at.is_(None))
        .order_by(m.Visit.day, m.Visit.start_time)
    )
    if child_ids is not None:
        stmt = stmt.where(m.Visit.child_id.in_(list(child_ids)))
    out: dict[int, list[Visit]] = {}
    rows = list(uow.session.scalars(stmt))
    seen = {r.id for r in rows}
    wanted = {r.makeup_of_id for r in rows if r.makeup_of_id is not None} - seen
    if wanted:
        rows += list(
            uow.session.scalars(
                select(m.Visit).options(selectinload(m.Visit.teachers)).where(m.Visit.id.in_(wanted))
            )
        )
    for row in rows:
        out.setdefault(row.child_id, []).append(visit_from_row(row))
    return out


def visit_facts(
    uow: UnitOfWork, child_ids: Iterable[int] | None, start: date, end: date
) -> dict[int, list[Visit]]:
    """Only what compliance needs (dates, times, status, reason, make-up link), read without the ORM.

    A county report reads hundreds of thousands of visits; loading them as ORM objects
    with their teachers would cost far more than the rule itself.
    """
    cols = (
        m.Visit.id,
        m.Visit.child_id,
        m.Visit.day,
        m.Visit.status,
        m.Visit.start_time,
        m.Visit.end_time,
        m.Visit.cancel_reason,
        m.Visit.makeup_of_id,
        m.Visit.kind,
    )
    stmt = select(*cols).where(m.Visit.day >= start, m.Visit.day <= end, m.Visit.archived_at.is_(None))
    wanted = set(child_ids) if child_ids is not None else None
    if wanted is not None and len(wanted) <= 900:
        stmt = stmt.where(m.Visit.child_id.in_(wanted))
    rows = [r for r in uow.session.execute(stmt) if wanted is None or r.child_id in wanted]
    seen = {r.id for r in rows}
    originals = {r.makeup_of_id for r in rows if r.makeup_of_id is not None} - seen
    if originals:
        ids = list(originals)
        for i in range(0, len(ids), 900):
            rows += list(uow.session.execute(select(*cols).where(m.Visit.id.in_(ids[i : i + 900]))))
    out: dict[int, list[Visit]] = {}
    for r in rows:
        out.setdefault(r.child_id, []).append(
            Visit(
                child_id=r.child_id,
                day=r.day,
                status=_STATUSES[r.status],
                start=r.start_time,
                end=r.end_time,
                cancel_reason=_REASONS[r.cancel_reason] if r.cancel_reason else None,
                makeup_of=r.makeup_of_id,
                id=r.id,
                kind=_KINDS.get(r.kind, VisitKind.HOME),
            )
        )
    return out
