"""Validation of 五有 records and 五送 visits: every problem at once, as typed issues.

Each ``check_*`` returns a list of :class:`Issue`; ``errors`` block a save,
``warnings`` are shown. Services raise ``ValidationError(issues)`` before
writing anything, so a bad record is never saved half-way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from special_ed.domain.enums import CancelReason, GoalKind, VisitStatus
from special_ed.domain.records import (
    ATTAINMENT_MAX,
    ATTAINMENT_MIN,
    SCORE_MAX,
    SCORE_MIN,
    Assessment,
    LessonPlan,
    PlacementPeriod,
    Scheme,
    TermPlan,
    Visit,
    home_placed_on,
)
from special_ed.domain.settings import Settings
from special_ed.errors import Issue


@dataclass(frozen=True)
class VisitContext:
    """What a visit is checked against: placements, the team's other visits, today, names for messages."""

    placements: Sequence[PlacementPeriod]
    others: Sequence[Visit] = ()  # visits of the same teachers/team (any child), and the child's own
    today: date | None = None
    child_names: dict[int, str] | None = None


def check_visit(visit: Visit, ctx: VisitContext, settings: Settings) -> list[Issue]:
    issues: list[Issue] = []
    done = visit.status is VisitStatus.DONE
    if visit.start and visit.end and visit.end <= visit.start:
        issues.append(
            Issue(
                "visit.end_before_start",
                "end",
                {"start": f"{visit.start:%H:%M}", "end": f"{visit.end:%H:%M}"},
            )
        )
    if done and (visit.start is None or visit.end is None):
        issues.append(Issue("visit.times_required", "start" if visit.start is None else "end"))
    if done and not visit.deliveries:
        issues.append(Issue("visit.delivery_required", "deliveries"))
    if done and not visit.teacher_ids:
        issues.append(Issue("visit.teacher_required", "teacher_ids"))
    if done and ctx.today and visit.day > ctx.today:
        issues.append(Issue("visit.done_in_future", "day", {"day": visit.day.isoformat()}))
    if visit.status is VisitStatus.CANCELLED:
        if visit.cancel_reason is None:
            issues.append(Issue("visit.cancel_reason_required", "cancel_reason"))
        elif visit.cancel_reason is CancelReason.OTHER and not visit.cancel_note.strip():
            issues.append(Issue("visit.cancel_note_required", "cancel_reason"))
    elif visit.cancel_reason is not None:
        issues.append(Issue("visit.cancel_reason_unexpected", "cancel_reason"))
    if visit.guardian_confirmed and not visit.guardian_name.strip():
        issues.append(Issue("visit.guardian_name_required", "guardian_name"))
    if visit.status is not VisitStatus.CANCELLED and home_placed_on(list(ctx.placements), visit.day) is None:
        issues.append(Issue("visit.not_home_placed", "day", {"day": visit.day.isoformat()}))
    issues.extend(_overlaps(visit, ctx))
    issues.extend(_makeup(visit, ctx))
    if done and visit.start and visit.end and visit.end > visit.start:
        hours = visit.class_hours(settings.class_hour_minutes)
        if hours < settings.visit_norms.hours_per_visit:
            params = {"hours": hours, "required": settings.visit_norms.hours_per_visit}
            issues.append(Issue("visit.short", "end", params, severity="warning"))
    return issues


def _overlaps(visit: Visit, ctx: VisitContext) -> list[Issue]:
    if visit.status is VisitStatus.CANCELLED or visit.start is None or visit.end is None:
        return []
    names = ctx.child_names or {}
    out: list[Issue] = []
    a0, a1 = datetime.combine(visit.day, visit.start), datetime.combine(visit.day, visit.end)
    for other in ctx.others:
        if other.id is not None and other.id == visit.id:
            continue
        if (
            other.day != visit.day
            or other.status is VisitStatus.CANCELLED
            or other.start is None
            or other.end is None
        ):
            continue
        same_team = visit.team_id is not None and visit.team_id == other.team_id
        if not (same_team or set(visit.teacher_ids) & set(other.teacher_ids)):
            continue
        b0, b1 = datetime.combine(other.day, other.start), datetime.combine(other.day, other.end)
        if a0 < b1 and b0 < a1:
            params = {
                "other_child": names.get(other.child_id, str(other.child_id)),
                "day": other.day.isoformat(),
                "other_start": f"{other.start:%H:%M}",
                "other_end": f"{other.end:%H:%M}",
            }
            out.append(Issue("visit.overlap", "start", params))
    return out


def _makeup(visit: Visit, ctx: VisitContext) -> list[Issue]:
    if visit.makeup_of is None:
        return []
    original = next((o for o in ctx.others if o.id == visit.makeup_of), None)
    if original is None:
        return [Issue("visit.makeup_unknown", "makeup_of")]
    out: list[Issue] = []
    if original.child_id != visit.child_id:
        out.append(Issue("visit.makeup_other_child", "makeup_of"))
    if original.status is not VisitStatus.CANCELLED:
        out.append(Issue("visit.makeup_not_cancelled", "makeup_of"))
    if visit.day < original.day:
        params = {"day": visit.day.isoformat(), "original": original.day.isoformat()}
        out.append(Issue("visit.makeup_before_original", "day", params))
    twin = next(
        (
            o
            for o in ctx.others
            if o.makeup_of == visit.makeup_of and o.id != visit.id and o.status is not VisitStatus.CANCELLED
        ),
        None,
    )
    if twin is not None:
        out.append(Issue("visit.makeup_duplicate", "makeup_of", {"other": twin.day.isoformat()}))
    return out


# ---- 方案 -------------------------------------------------------------------------------------


def check_scheme(scheme: Scheme, settings: Settings) -> list[Issue]:
    issues: list[Issue] = []
    if not 2000 <= scheme.school_year <= 2100:
        issues.append(Issue("scheme.year_range", "school_year", {"year": scheme.school_year}))
    domains = set(settings.scheme_domains)
    for domain in scheme.present_levels:
        if domain not in domains:
            issues.append(Issue("scheme.domain_unknown", "present_levels", {"domain": domain}))
    if (scheme.guardian_agreed_on is None) != (not scheme.guardian_name.strip()):
        issues.append(Issue("scheme.guardian_incomplete", "guardian_name"))
    year_first = settings.reference_date(scheme.school_year) if 2000 <= scheme.school_year <= 2100 else None
    long_ids = {g.id for g in scheme.goals if g.kind is GoalKind.LONG_TERM and g.id is not None}
    for row, goal in enumerate(scheme.goals, start=1):
        name = goal.text.strip()[:20]
        field = f"goals[{row}]"
        if not goal.text.strip():
            issues.append(Issue("goal.text_required", f"{field}.text", {"row": row}))
        if not goal.criterion.strip():
            issues.append(Issue("goal.criterion_required", f"{field}.criterion", {"row": row, "goal": name}))
        if goal.domain not in domains:
            issues.append(
                Issue("goal.domain_unknown", f"{field}.domain", {"row": row, "domain": goal.domain})
            )
        if goal.target_date and year_first:
            year_last = settings.reference_date(scheme.school_year + 1)
            if not year_first <= goal.target_date < year_last:
                params = {"row": row, "target": goal.target_date.isoformat()}
                issues.append(
                    Issue("goal.target_outside_year", f"{field}.target_date", params, severity="warning")
                )
        if goal.kind is GoalKind.TERM and goal.parent_id is not None and goal.parent_id not in long_ids:
            issues.append(Issue("goal.parent_not_long_term", f"{field}.parent_id", {"row": row}))
    return issues


# ---- 计划 / 教案 / 评估 ------------------------------------------------------------------------


def check_term_plan(plan: TermPlan, settings: Settings, goal_ids: set[int]) -> list[Issue]:
    term = next((t for t in settings.terms if t.name == plan.term_name), None)
    if term is None:
        return [Issue("plan.term_unknown", "term_name", {"term": plan.term_name})]
    issues: list[Issue] = []
    seen: set[tuple[int, int]] = set()
    for m in plan.months:
        label = f"{m.year}-{m.month:02d}"
        if (m.year, m.month) in seen:
            issues.append(Issue("plan.month_duplicate", "months", {"month": label}))
        seen.add((m.year, m.month))
        if not (term.start.year, term.start.month) <= (m.year, m.month) <= (term.end.year, term.end.month):
            issues.append(Issue("plan.month_outside_term", "months", {"month": label, "term": term.name}))
        if not m.topics.strip():
            issues.append(Issue("plan.topics_required", "months", {"month": label}))
        if set(m.goal_ids) - goal_ids:
            issues.append(Issue("plan.goal_unknown", "months", {"month": label}))
        if m.planned_visits < 0 or m.planned_hours < 0:
            issues.append(Issue("plan.negative", "months", {"month": label}))
    return issues


def check_lesson_plan(lesson: LessonPlan, goal_ids: set[int]) -> list[Issue]:
    issues: list[Issue] = []
    if not lesson.topic.strip():
        issues.append(Issue("lesson.topic_required", "topic"))
    if lesson.is_template:
        if lesson.school_id is None:
            issues.append(Issue("lesson.school_required", "school_id"))
        return issues
    if lesson.child_id is None:
        issues.append(Issue("lesson.child_required", "child_id"))
    if lesson.day is None and lesson.visit_id is None:
        issues.append(Issue("lesson.date_required", "day"))
    if set(lesson.goal_ids) - goal_ids:
        issues.append(Issue("lesson.goal_unknown", "goal_ids"))
    return issues


def check_assessment(
    assessment: Assessment, settings: Settings, goal_names: dict[int, str], today: date | None = None
) -> list[Issue]:
    issues: list[Issue] = []
    if not assessment.domain_scores and not assessment.goal_attainment:
        issues.append(Issue("assessment.empty", "domain_scores"))
    if today and assessment.day > today:
        issues.append(Issue("assessment.future", "day", {"day": assessment.day.isoformat()}))
    for domain, score in assessment.domain_scores.items():
        if domain not in settings.scheme_domains:
            issues.append(Issue("assessment.domain_unknown", "domain_scores", {"domain": domain}))
        if not SCORE_MIN <= score <= SCORE_MAX:
            issues.append(
                Issue("assessment.score_range", "domain_scores", {"domain": domain, "value": score})
            )
    for goal_id, value in assessment.goal_attainment.items():
        if goal_id not in goal_names:
            issues.append(Issue("assessment.goal_unknown", "goal_attainment", {"goal": goal_id}))
        elif not ATTAINMENT_MIN <= value <= ATTAINMENT_MAX:
            params = {"goal": goal_names[goal_id], "value": value}
            issues.append(Issue("assessment.attainment_range", "goal_attainment", params))
    return issues


# ---- 档案 -------------------------------------------------------------------------------------

_MAGIC: dict[str, tuple[bytes, ...]] = {
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".pdf": (b"%PDF-",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".bmp": (b"BM",),
    ".gif": (b"GIF87a", b"GIF89a"),
}


def check_attachment(filename: str, data: bytes, settings: Settings) -> list[Issue]:
    """Size, permitted extension, and that the content really is what the extension says."""
    name = PurePath(filename).name
    ext = PurePath(filename).suffix.lower()
    allowed = tuple(t.lower() for t in settings.attachment_types)
    issues: list[Issue] = []
    if not data:
        issues.append(Issue("attachment.empty", "attachment", {"name": name}))
    if len(data) > settings.attachment_max_bytes:
        params = {
            "name": name,
            "size_mb": round(len(data) / 1048576, 1),
            "max_mb": round(settings.attachment_max_bytes / 1048576, 1),
        }
        issues.append(Issue("attachment.too_large", "attachment", params))
    if ext not in allowed:
        params = {"name": name, "ext": ext or "（无扩展名）", "allowed": " ".join(allowed)}
        issues.append(Issue("attachment.type_forbidden", "attachment", params))
    elif data and not _content_matches(ext, data):
        issues.append(Issue("attachment.content_mismatch", "attachment", {"name": name, "ext": ext}))
    return issues


def _content_matches(ext: str, data: bytes) -> bool:
    if ext == ".webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    magics = _MAGIC.get(ext)
    # An extension the county allowed but we have no signature for is trusted.
    return magics is None or any(data.startswith(m) for m in magics)
