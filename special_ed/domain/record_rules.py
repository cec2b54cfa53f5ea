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
from special_ed.messages import register_messages

register_messages(
    {
        "visit.end_before_start": (
            "结束时间 {end} 不晚于开始时间 {start}",
            "The end time {end} is not after the start time {start}",
        ),
        "visit.times_required": (
            "已完成的送教须填写开始和结束时间",
            "A done visit needs a start and an end time",
        ),
        "visit.delivery_required": (
            "至少勾选一项“五送”内容（送政策、关爱、康复、知识、技能）",
            "Tick at least one of the five deliveries (policy, care, rehabilitation, knowledge, skills)",
        ),
        "visit.teacher_required": ("已完成的送教须填写到场教师", "A done visit needs the teachers who went"),
        "visit.done_in_future": (
            "{day} 尚未到来，不能登记为已完成",
            "{day} is in the future: it cannot be done yet",
        ),
        "visit.cancel_reason_required": ("取消送教须选择原因", "A cancelled visit needs a reason"),
        "visit.cancel_note_required": ("原因为“其他”时须说明", "Explain the reason when it is “other”"),
        "visit.cancel_reason_unexpected": (
            "只有已取消的送教才有取消原因",
            "Only a cancelled visit has a cancel reason",
        ),
        "visit.guardian_name_required": (
            "监护人确认须填写监护人姓名",
            "A guardian's confirmation needs the guardian's name",
        ),
        "visit.not_home_placed": (
            "{day} 该儿童不在送教上门安置中，不能登记送教",
            "On {day} the child was not placed in home teaching: no visit can be recorded",
        ),
        "visit.overlap": (
            "与 {other_child} 在 {day} {other_start}–{other_end} 的送教时间重叠（同一教师或小组）",
            "Overlaps the visit to {other_child} on {day} {other_start}–{other_end} (same teacher or team)",
        ),
        "visit.makeup_unknown": ("要补的送教记录不存在", "The visit to make up does not exist"),
        "visit.makeup_not_cancelled": ("只能为已取消的送教安排补送", "Only a cancelled visit can be made up"),
        "visit.makeup_other_child": (
            "补送须与被取消的送教是同一儿童",
            "A make-up must be for the same child",
        ),
        "visit.makeup_before_original": (
            "补送日期 {day} 早于被取消的送教 {original}",
            "The make-up on {day} is before the cancelled visit of {original}",
        ),
        "visit.makeup_duplicate": (
            "该次取消的送教已有补送（{other}）",
            "That cancelled visit is already made up ({other})",
        ),
        "visit.short": (
            "本次 {hours} 课时，少于规定的每次 {required} 课时",
            "{hours} class hours: below the {required} required per visit",
        ),
        "goal.text_required": ("第 {row} 条目标内容为空", "Goal {row} has no text"),
        "goal.criterion_required": (
            "第 {row} 条目标“{goal}”缺少可测量的达成标准",
            "Goal {row} “{goal}” has no measurable criterion",
        ),
        "goal.domain_unknown": (
            "第 {row} 条目标的领域“{domain}”不在设置的领域中",
            "Goal {row}: domain “{domain}” is not configured",
        ),
        "goal.target_outside_year": (
            "第 {row} 条目标的完成日期 {target} 不在本学年内",
            "Goal {row}: target date {target} is outside the school year",
        ),
        "goal.parent_not_long_term": (
            "第 {row} 条学期目标须挂在长期目标下",
            "Goal {row}: a term goal hangs under a long-term goal",
        ),
        "scheme.domain_unknown": (
            "现有水平的领域“{domain}”不在设置的领域中",
            "Present level: domain “{domain}” is not configured",
        ),
        "scheme.guardian_incomplete": (
            "家长同意须同时填写日期和签名人",
            "The guardian's agreement needs both a date and a name",
        ),
        "scheme.year_range": ("学年 {year} 不合理", "School year {year} is not plausible"),
        "plan.term_unknown": ("学期“{term}”不在设置中", "Term “{term}” is not in the settings"),
        "plan.month_outside_term": ("{month} 不在学期“{term}”内", "{month} is outside term “{term}”"),
        "plan.month_duplicate": ("{month} 重复", "{month} appears twice"),
        "plan.topics_required": ("{month} 的教学主题为空", "{month} has no topics"),
        "plan.goal_unknown": (
            "{month} 关联的目标不在本学年方案中",
            "{month} links a goal that is not in the year's scheme",
        ),
        "plan.negative": (
            "{month} 的计划次数或课时不能为负",
            "{month}: planned visits or hours cannot be negative",
        ),
        "lesson.topic_required": ("教案须填写课题", "A lesson plan needs a topic"),
        "lesson.child_required": (
            "教案须属于某个儿童（模板除外）",
            "A lesson plan belongs to a child (unless a template)",
        ),
        "lesson.date_required": ("教案须填写日期或关联一次送教", "A lesson plan needs a date or a visit"),
        "lesson.school_required": ("教案模板须属于某所学校", "A template belongs to a school"),
        "lesson.goal_unknown": (
            "教案关联的目标不在本学年方案中",
            "The lesson plan links a goal outside the year's scheme",
        ),
        "assessment.attainment_range": (
            "目标“{goal}”的达成度 {value} 应在 0–4 之间",
            "Goal “{goal}”: attainment {value} must be 0–4",
        ),
        "assessment.score_range": (
            "领域“{domain}”得分 {value} 应在 0–100 之间",
            "Domain “{domain}”: score {value} must be 0–100",
        ),
        "assessment.domain_unknown": ("评估领域“{domain}”不在设置中", "Domain “{domain}” is not configured"),
        "assessment.goal_unknown": (
            "评估的目标 {goal} 不在本学年方案中",
            "Goal {goal} is not in the year's scheme",
        ),
        "assessment.empty": (
            "评估须至少有一个领域得分或目标达成度",
            "An assessment needs a score or an attainment",
        ),
        "assessment.future": ("评估日期 {day} 晚于今天", "Assessment date {day} is in the future"),
        "attachment.empty": ("文件“{name}”是空的", "File “{name}” is empty"),
        "attachment.too_large": (
            "文件“{name}”有 {size_mb} MB，超过上限 {max_mb} MB",
            "File “{name}” is {size_mb} MB, above the {max_mb} MB limit",
        ),
        "attachment.type_forbidden": (
            "文件“{name}”的类型 {ext} 不允许，只能上传 {allowed}",
            "File “{name}”: type {ext} is not allowed; permitted: {allowed}",
        ),
        "attachment.content_mismatch": (
            "文件“{name}”的内容不是 {ext} 格式（扩展名与内容不符）",
            "File “{name}” is not really {ext} (its content does not match the extension)",
        ),
    },
    {
        "start": ("开始时间", "start time"),
        "end": ("结束时间", "end time"),
        "deliveries": ("五送内容", "five deliveries"),
        "teacher_ids": ("到场教师", "teachers"),
        "cancel_reason": ("取消原因", "cancel reason"),
        "guardian_name": ("监护人姓名", "guardian name"),
        "makeup_of": ("补送对象", "visit made up"),
        "goals": ("目标", "goals"),
        "attachment": ("附件", "attachment"),
    },
)


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
