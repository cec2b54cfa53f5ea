"""Completeness of a child's 五有 file for one term: five marks, each with its reasons.

The rule works on :class:`FileFacts` — counts and flags — so the registry can
fill them for 100,000 children with a handful of SQL aggregates, and a single
child's page can fill them from records with :func:`facts_from_records`; both
paths then share :func:`marks`.

Per item (MISSING = nothing at all; INCOMPLETE = something, with reasons):

* 方案: the school year's scheme; needs goals, at least one term goal, a
  criterion on every goal, present levels for every configured domain, the
  guardian's agreement, and — when ``scheme_review_per_term`` — to have been
  written or reviewed within the term.
* 计划: the term plan; needs topics for every month of the term and a goal
  linked to every month with topics.
* 教案: lesson plans dated in the term; every done visit needs a lesson plan.
* 评估: assessments dated in the term; needs ``assessments_per_term`` of them,
  and a baseline assessment on or before the term's end.
* 档案: attachments; needs the service agreement, the certificate copy when
  the child holds a certificate, and a photo from the term once visits are done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from special_ed.domain.enums import AssessmentKind, AttachmentKind, GoalKind, VisitStatus
from special_ed.domain.records import Assessment, Attachment, LessonPlan, Scheme, TermPlan, Visit
from special_ed.domain.school_calendar import months_between
from special_ed.domain.settings import Settings, Term
from special_ed.errors import Issue


class FileItem(StrEnum):
    SCHEME = "scheme"
    PLAN = "plan"
    LESSONS = "lessons"
    ASSESSMENTS = "assessments"
    ARCHIVE = "archive"

    @property
    def label(self) -> str:
        return {
            "scheme": "方案",
            "plan": "计划",
            "lessons": "教案",
            "assessments": "评估",
            "archive": "档案",
        }[self.value]


class Mark(StrEnum):
    PRESENT = "present"
    INCOMPLETE = "incomplete"
    MISSING = "missing"


_ITEM_EN = {
    "scheme": "scheme",
    "plan": "term plan",
    "lessons": "lesson plans",
    "assessments": "assessments",
    "archive": "archive",
}


@dataclass(frozen=True)
class FileFacts:
    """Counts and flags for one child and one term; all default to "nothing recorded"."""

    scheme_exists: bool = False
    goals: int = 0
    term_goals: int = 0
    goals_without_criterion: int = 0
    present_level_domains: int = 0
    guardian_agreed: bool = False
    scheme_touched_in_term: bool = False
    plan_exists: bool = False
    plan_months: int = 0  # months with topics
    plan_months_linked: int = 0  # of those, months linked to a goal
    term_months: int = 0
    lessons: int = 0
    done_visits: int = 0
    done_visits_with_lesson: int = 0
    assessments: int = 0
    has_baseline: bool = False
    attachments: int = 0
    has_agreement: bool = False
    needs_certificate: bool = False
    has_certificate: bool = False
    photos_in_term: int = 0


@dataclass(frozen=True)
class ItemMark:
    item: FileItem
    mark: Mark
    reasons: tuple[Issue, ...] = ()

    def reason_text(self, lang: str = "zh") -> str:
        sep = "；" if lang == "zh" else "; "
        return sep.join(r.message(lang) for r in self.reasons)


def _mark(item: FileItem, exists: bool, reasons: list[Issue]) -> ItemMark:
    if not exists:
        params = {"item": item.label, "item_en": _ITEM_EN[item.value]}
        return ItemMark(item, Mark.MISSING, (Issue("five.missing", item.value, params, "warning"),))
    if reasons:
        return ItemMark(item, Mark.INCOMPLETE, tuple(reasons))
    return ItemMark(item, Mark.PRESENT)


def _w(code: str, item: FileItem, **params: object) -> Issue:
    return Issue(code, item.value, dict(params), "warning")


def marks(facts: FileFacts, settings: Settings) -> tuple[ItemMark, ...]:
    """The five marks, in the order 方案 计划 教案 评估 档案."""
    f, s = facts, FileItem.SCHEME
    domains = len(settings.scheme_domains)
    scheme: list[Issue] = []
    if f.goals == 0:
        scheme.append(_w("five.scheme_no_goals", s))
    elif f.term_goals == 0:
        scheme.append(_w("five.scheme_no_term_goals", s))
    if f.goals_without_criterion:
        scheme.append(_w("five.scheme_goal_criterion", s, count=f.goals_without_criterion))
    if f.present_level_domains < domains:
        scheme.append(_w("five.scheme_present_levels", s, done=f.present_level_domains, total=domains))
    if not f.guardian_agreed:
        scheme.append(_w("five.scheme_no_agreement", s))
    if settings.visit_norms.scheme_review_per_term and not f.scheme_touched_in_term:
        scheme.append(_w("five.scheme_not_reviewed", s))
    p = FileItem.PLAN
    plan: list[Issue] = []
    if f.plan_months < f.term_months:
        plan.append(_w("five.plan_months", p, done=f.plan_months, total=f.term_months))
    if f.plan_months_linked < f.plan_months:
        plan.append(_w("five.plan_unlinked", p, count=f.plan_months - f.plan_months_linked))
    lessons: list[Issue] = []
    if f.done_visits_with_lesson < f.done_visits:
        missing = f.done_visits - f.done_visits_with_lesson
        lessons.append(_w("five.lessons_missing", FileItem.LESSONS, missing=missing, visits=f.done_visits))
    a = FileItem.ASSESSMENTS
    assess: list[Issue] = []
    required = settings.visit_norms.assessments_per_term
    if f.assessments < required:
        assess.append(_w("five.assessments_few", a, done=f.assessments, required=required))
    if not f.has_baseline:
        assess.append(_w("five.no_baseline", a))
    r = FileItem.ARCHIVE
    archive: list[Issue] = []
    if not f.has_agreement:
        archive.append(_w("five.no_agreement", r))
    if f.needs_certificate and not f.has_certificate:
        archive.append(_w("five.no_certificate", r))
    if f.done_visits and not f.photos_in_term:
        archive.append(_w("five.no_photos", r))
    return (
        _mark(s, f.scheme_exists, scheme),
        _mark(p, f.plan_exists, plan),
        _mark(FileItem.LESSONS, f.lessons > 0, lessons),
        _mark(a, f.assessments > 0, assess),
        _mark(r, f.attachments > 0, archive),
    )


def is_complete(item_marks: Sequence[ItemMark]) -> bool:
    return all(m.mark is Mark.PRESENT for m in item_marks)


def term_months(term: Term) -> int:
    return len(months_between(term.start, term.end))


def facts_from_records(
    term: Term,
    scheme: Scheme | None,
    plan: TermPlan | None,
    lessons: Sequence[LessonPlan],
    visits: Sequence[Visit],
    assessments: Sequence[Assessment],
    attachments: Sequence[Attachment],
    needs_certificate: bool,
    scheme_touched: Sequence[date] = (),
) -> FileFacts:
    """Facts for one child and term from its records (the single-child path).

    ``scheme_touched`` lists the dates the scheme was written or reviewed; the
    scheme's own ``reviewed_on`` is added to them.
    """
    in_term = term.start, term.end
    dates = [d for d in (*scheme_touched, scheme.reviewed_on if scheme else None) if d is not None]
    done = [v for v in visits if v.status is VisitStatus.DONE and in_term[0] <= v.day <= in_term[1]]
    term_lessons = [
        lp
        for lp in lessons
        if not lp.is_template and lp.day is not None and in_term[0] <= lp.day <= in_term[1]
    ]
    lesson_visits = {lp.visit_id for lp in lessons if lp.visit_id is not None}
    term_assessments = [a for a in assessments if in_term[0] <= a.day <= in_term[1]]
    months_with_topics = [m for m in plan.months if m.topics.strip()] if plan else []
    return FileFacts(
        scheme_exists=scheme is not None,
        goals=len(scheme.goals) if scheme else 0,
        term_goals=sum(1 for g in scheme.goals if g.kind is GoalKind.TERM and g.term in ("", term.name))
        if scheme
        else 0,
        goals_without_criterion=sum(1 for g in scheme.goals if not g.criterion.strip()) if scheme else 0,
        present_level_domains=sum(1 for v in scheme.present_levels.values() if v.strip()) if scheme else 0,
        guardian_agreed=bool(scheme and scheme.guardian_agreed_on and scheme.guardian_name.strip()),
        scheme_touched_in_term=any(in_term[0] <= d <= in_term[1] for d in dates),
        plan_exists=plan is not None,
        plan_months=len(months_with_topics),
        plan_months_linked=sum(1 for m in months_with_topics if m.goal_ids),
        term_months=term_months(term),
        lessons=len(term_lessons),
        done_visits=len(done),
        done_visits_with_lesson=sum(1 for v in done if v.lesson_plan_id is not None or v.id in lesson_visits),
        assessments=len(term_assessments),
        has_baseline=any(a.kind is AssessmentKind.BASELINE and a.day <= term.end for a in assessments),
        attachments=len(attachments),
        has_agreement=any(a.kind is AttachmentKind.AGREEMENT for a in attachments),
        needs_certificate=needs_certificate,
        has_certificate=any(a.kind is AttachmentKind.CERTIFICATE for a in attachments),
        photos_in_term=sum(
            1
            for a in attachments
            if a.kind is AttachmentKind.PHOTO and a.day is not None and in_term[0] <= a.day <= in_term[1]
        ),
    )
