"""The 五有 file of a child: scheme, term plans, lesson plans (and school templates), assessments, archive.

Every save validates first with the domain rules and writes in one unit of
work, so a record with a problem is never half-saved. Editors pass back the
``version`` they read; a newer version in the database raises ConflictError.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from special_ed.domain.enums import AttachmentKind
from special_ed.domain.record_rules import (
    check_assessment,
    check_attachment,
    check_lesson_plan,
    check_scheme,
    check_term_plan,
)
from special_ed.domain.records import (
    Assessment,
    Attachment,
    LessonPlan,
    Scheme,
    TermPlan,
    copy_scheme,
    sha256_hex,
)
from special_ed.errors import ConflictError, Issue, SpecialEdError, ValidationError
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.services import records_mapping as rm
from special_ed.services.context import ServiceContext


@dataclass(frozen=True)
class AttachmentContent:
    attachment: Attachment
    mime: str
    data: bytes


def check_version(row: m.Audited, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise ConflictError(by=row.updated_by or "")


def _raise_if_errors(issues: list[Issue]) -> None:
    if any(i.is_error for i in issues):
        raise ValidationError(issues)


class RecordsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- 方案 --------------------------------------------------------------------------------

    def schemes(self, child_id: int) -> list[Scheme]:
        with self.ctx.uow("read") as uow:
            rows = uow.session.scalars(
                select(m.Scheme)
                .where(m.Scheme.child_id == child_id, m.Scheme.archived_at.is_(None))
                .order_by(m.Scheme.school_year.desc())
            )
            return [rm.scheme_from_row(r) for r in rows]

    def scheme(self, child_id: int, school_year: int) -> Scheme | None:
        with self.ctx.uow("read") as uow:
            row = self._scheme_row(uow, child_id, school_year)
            return rm.scheme_from_row(row) if row else None

    @staticmethod
    def _scheme_row(uow: UnitOfWork, child_id: int, school_year: int) -> m.Scheme | None:
        return uow.session.scalars(
            select(m.Scheme).where(
                m.Scheme.child_id == child_id,
                m.Scheme.school_year == rm.year_label(school_year),
                m.Scheme.archived_at.is_(None),
            )
        ).first()

    def save_scheme(self, scheme: Scheme) -> Scheme:
        """Create or update the scheme and its goals (goals removed from the list are removed)."""
        _raise_if_errors(check_scheme(scheme, self.ctx.settings()))
        with self.ctx.uow("records.scheme") as uow:
            uow.get(m.Child, scheme.child_id, "儿童")
            if scheme.id is None:
                if self._scheme_row(uow, scheme.child_id, scheme.school_year) is not None:
                    raise SpecialEdError("scheme.exists", year=rm.year_label(scheme.school_year))
                row = m.Scheme()
                uow.add(row)
            else:
                row = uow.get(m.Scheme, scheme.id, "方案")
                if row.child_id != scheme.child_id:
                    raise SpecialEdError("record.wrong_child")
                check_version(row, scheme.version)
            rm.apply_scheme(row, scheme)
            # Goals are part of the scheme: touching the row bumps its version even when only
            # a goal changed, so a second editor's stale copy is refused as a whole.
            if scheme.id is not None:
                flag_modified(row, "present_levels")
            self._save_goals(uow, row, scheme)
            uow.commit()
            return rm.scheme_from_row(row)

    @staticmethod
    def _save_goals(uow: UnitOfWork, row: m.Scheme, scheme: Scheme) -> None:
        existing = {g.id: g for g in row.goals}
        # Unhook term goals from their parents first: a removed long-term goal may still be
        # referenced, and the links are rebuilt below from the edited list.
        for goal_row in existing.values():
            goal_row.parent_id = None
        if existing:
            uow.flush()
        kept: list[m.Goal] = []
        new_id_of_position: dict[int, m.Goal] = {}
        for position, goal in enumerate(scheme.goals):
            found = existing.get(goal.id) if goal.id is not None else None
            goal_row = found if found is not None else m.Goal()
            rm.apply_goal(goal_row, goal, position)
            kept.append(goal_row)
            new_id_of_position[position] = goal_row
        row.goals = kept
        uow.flush()
        # A term goal points at its long-term goal by id; a copied or new scheme only knows
        # the parent's old id, so map old ids (and positions) to the rows just written.
        by_old_id = {g.id: new_id_of_position[i] for i, g in enumerate(scheme.goals) if g.id is not None}
        for position, goal in enumerate(scheme.goals):
            parent = by_old_id.get(goal.parent_id) if goal.parent_id is not None else None
            new_id_of_position[position].parent_id = parent.id if parent is not None else None

    def copy_last_year(self, child_id: int, school_year: int) -> Scheme:
        """Save a copy of the previous school year's scheme as this year's starting point."""
        with self.ctx.uow("read") as uow:
            previous = self._scheme_row(uow, child_id, school_year - 1)
            if previous is None:
                raise SpecialEdError("scheme.no_previous", year=rm.year_label(school_year - 1))
            old = rm.scheme_from_row(previous)
        copy = copy_scheme(old, school_year)
        # keep old goal ids on the copy so _save_goals can re-link term goals to their parents
        goals = tuple(dataclasses.replace(g, id=o.id) for g, o in zip(copy.goals, old.goals, strict=True))
        with self.ctx.uow("records.scheme") as uow:
            if self._scheme_row(uow, child_id, school_year) is not None:
                raise SpecialEdError("scheme.exists", year=rm.year_label(school_year))
            row = m.Scheme()
            uow.add(row)
            rm.apply_scheme(row, copy)
            goal_rows = []
            for position, goal in enumerate(goals):
                g = m.Goal()
                rm.apply_goal(g, goal, position)
                goal_rows.append(g)
            row.goals = goal_rows
            uow.flush()
            new_by_old = {goal.id: goal_rows[i] for i, goal in enumerate(goals)}
            for i, goal in enumerate(goals):
                parent = new_by_old.get(goal.parent_id) if goal.parent_id is not None else None
                goal_rows[i].parent_id = parent.id if parent is not None else None
            uow.commit()
            return rm.scheme_from_row(row)

    def goal_names(self, child_id: int, school_year: int) -> dict[int, str]:
        scheme = self.scheme(child_id, school_year)
        return {g.id: g.text for g in scheme.goals if g.id is not None} if scheme else {}

    # ---- 计划 --------------------------------------------------------------------------------

    def term_plan(self, child_id: int, term_name: str) -> TermPlan | None:
        with self.ctx.uow("read") as uow:
            row = uow.first(m.TermPlan, child_id=child_id, term=term_name, archived_at=None)
            return rm.plan_from_row(row) if row else None

    def save_term_plan(self, plan: TermPlan) -> TermPlan:
        settings = self.ctx.settings()
        term = next((t for t in settings.terms if t.name == plan.term_name), None)
        goal_ids: set[int] = set()
        if term is not None:
            school_year = settings.reference_date(term.start.year)
            year = term.start.year if term.start >= school_year else term.start.year - 1
            goal_ids = set(self.goal_names(plan.child_id, year))
        _raise_if_errors(check_term_plan(plan, settings, goal_ids))
        assert term is not None  # check_term_plan reported an unknown term
        with self.ctx.uow("records.plan") as uow:
            uow.get(m.Child, plan.child_id, "儿童")
            row = uow.first(m.TermPlan, child_id=plan.child_id, term=plan.term_name, archived_at=None)
            if row is None:
                row = m.TermPlan(child_id=plan.child_id, term=plan.term_name)
                uow.add(row)
            else:
                check_version(row, plan.version)
            row.term_start, row.term_end = term.start, term.end
            row.months = rm.plan_months_json(plan)
            row.planned_visits = sum(pm.planned_visits for pm in plan.months)
            row.planned_hours = Decimal(str(round(sum(pm.planned_hours for pm in plan.months), 1)))
            uow.commit()
            return rm.plan_from_row(row)

    # ---- 教案 and templates ------------------------------------------------------------------

    def lesson_plans(self, child_id: int) -> list[LessonPlan]:
        with self.ctx.uow("read") as uow:
            rows = list(
                uow.session.scalars(
                    select(m.LessonPlan)
                    .where(m.LessonPlan.child_id == child_id, m.LessonPlan.archived_at.is_(None))
                    .order_by(m.LessonPlan.planned_on.desc())
                )
            )
            links = dict(
                uow.session.execute(
                    select(m.Visit.lesson_plan_id, m.Visit.id).where(
                        m.Visit.lesson_plan_id.in_([r.id for r in rows]), m.Visit.archived_at.is_(None)
                    )
                ).all()
            )
            return [rm.lesson_from_row(r, links.get(r.id)) for r in rows]

    def templates(self, school_id: int | None = None) -> list[LessonPlan]:
        with self.ctx.uow("read") as uow:
            stmt = select(m.LessonPlan).where(
                m.LessonPlan.is_template.is_(True), m.LessonPlan.archived_at.is_(None)
            )
            if school_id is not None:
                stmt = stmt.where(m.LessonPlan.school_id == school_id)
            return [rm.lesson_from_row(r) for r in uow.session.scalars(stmt.order_by(m.LessonPlan.topic))]

    def save_lesson_plan(self, lesson: LessonPlan) -> LessonPlan:
        goal_ids: set[int] = set()
        if lesson.child_id is not None and not lesson.is_template:
            with self.ctx.uow("read") as uow:
                goal_ids = set(
                    uow.session.scalars(
                        select(m.Goal.id).join(m.Scheme).where(m.Scheme.child_id == lesson.child_id)
                    )
                )
        _raise_if_errors(check_lesson_plan(lesson, goal_ids))
        with self.ctx.uow("records.lesson") as uow:
            day = lesson.day
            if lesson.visit_id is not None and not lesson.is_template:
                visit = uow.get(m.Visit, lesson.visit_id, "送教记录")
                if visit.child_id != lesson.child_id:
                    raise SpecialEdError("record.wrong_child")
                day = day or visit.day
            if lesson.id is None:
                row = m.LessonPlan()
            else:
                row = uow.get(m.LessonPlan, lesson.id, "教案")
                check_version(row, lesson.version)
            rm.apply_lesson(row, dataclasses.replace(lesson, day=day))
            uow.add(row)
            uow.flush()
            if lesson.visit_id is not None and not lesson.is_template:
                uow.get(m.Visit, lesson.visit_id).lesson_plan_id = row.id
            uow.commit()
            return rm.lesson_from_row(row, lesson.visit_id)

    def lesson_from_template(self, template_id: int, child_id: int, day: date) -> LessonPlan:
        """An unsaved lesson plan for the child, filled from a school template."""
        with self.ctx.uow("read") as uow:
            row = uow.get(m.LessonPlan, template_id, "教案模板")
            template = rm.lesson_from_row(row)
        return dataclasses.replace(
            template, id=None, version=None, is_template=False, child_id=child_id, day=day, goal_ids=()
        )

    # ---- 评估 --------------------------------------------------------------------------------

    def assessments(self, child_id: int) -> list[Assessment]:
        with self.ctx.uow("read") as uow:
            rows = uow.session.scalars(
                select(m.ProgressAssessment)
                .where(m.ProgressAssessment.child_id == child_id, m.ProgressAssessment.archived_at.is_(None))
                .order_by(m.ProgressAssessment.assessed_on)
            )
            return [rm.assessment_from_row(r) for r in rows]

    def save_assessment(self, assessment: Assessment) -> Assessment:
        settings = self.ctx.settings()
        # Goals of any of the child's schemes may be assessed: a long-term goal spans years.
        with self.ctx.uow("read") as uow:
            names = dict(
                uow.session.execute(
                    select(m.Goal.id, m.Goal.text)
                    .join(m.Scheme)
                    .where(m.Scheme.child_id == assessment.child_id)
                ).all()
            )
        _raise_if_errors(check_assessment(assessment, settings, names, self.ctx.today()))
        with self.ctx.uow("records.assessment") as uow:
            uow.get(m.Child, assessment.child_id, "儿童")
            if assessment.id is None:
                row = m.ProgressAssessment()
                uow.add(row)
            else:
                row = uow.get(m.ProgressAssessment, assessment.id, "评估")
                check_version(row, assessment.version)
            rm.apply_assessment(row, assessment)
            uow.commit()
            return rm.assessment_from_row(row)

    # ---- 档案 --------------------------------------------------------------------------------

    def attachments(self, child_id: int) -> list[Attachment]:
        with self.ctx.uow("read") as uow:
            rows = uow.session.scalars(
                select(m.Attachment)
                .where(m.Attachment.child_id == child_id, m.Attachment.archived_at.is_(None))
                .order_by(m.Attachment.taken_on.desc(), m.Attachment.id.desc())
            )
            return [rm.attachment_from_row(r) for r in rows]

    def add_attachment(
        self,
        child_id: int,
        kind: AttachmentKind,
        filename: str,
        data: bytes,
        day: date | None = None,
        description: str = "",
        visit_id: int | None = None,
    ) -> Attachment:
        _raise_if_errors(check_attachment(filename, data, self.ctx.settings()))
        ext = PurePath(filename).suffix.lower()
        with self.ctx.uow("records.attachment") as uow:
            uow.get(m.Child, child_id, "儿童")
            if visit_id is not None and uow.get(m.Visit, visit_id, "送教记录").child_id != child_id:
                raise SpecialEdError("record.wrong_child")
            row = m.Attachment(
                child_id=child_id,
                visit_id=visit_id,
                kind=kind.value,
                taken_on=day or self.ctx.today(),
                description=description or None,
                filename=PurePath(filename).name,
                mime=rm.MIME_BY_EXT.get(ext, "application/octet-stream"),
                size=len(data),
                sha256=sha256_hex(data),
                content=data,
            )
            uow.add(row)
            uow.commit()
            return rm.attachment_from_row(row)

    def attachment_content(self, attachment_id: int) -> AttachmentContent:
        """The stored bytes, checked against the recorded SHA-256 before anyone relies on them."""
        with self.ctx.uow("read") as uow:
            row = uow.get(m.Attachment, attachment_id, "附件")
            data = bytes(row.content)
            if sha256_hex(data) != row.sha256:
                raise SpecialEdError("attachment.hash_mismatch", name=row.filename)
            return AttachmentContent(rm.attachment_from_row(row), row.mime, data)

    def archive_attachment(self, attachment_id: int, reason: str) -> None:
        if not reason.strip():
            raise ValidationError([Issue("archived.reason_required", "reason")])
        with self.ctx.uow("records.attachment") as uow:
            row = uow.get(m.Attachment, attachment_id, "附件")
            if row.archived_at is not None:
                raise SpecialEdError("archived.already")
            row.archived_at = self.ctx.clock()
            row.archived_by = self.ctx.actor.name
            row.archived_reason = reason.strip()
            uow.commit()
