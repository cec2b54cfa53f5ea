"""Expert-committee assessments and placement decisions, with their history and review dates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from special_ed.domain.enums import Level, Placement, SchoolKind, TeacherRole
from special_ed.domain.placement import PlacementInput, add_months, recommend, validate_placement
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.persistence.models import Child, CommitteeAssessment, PlacementRecord, School, Team
from special_ed.persistence.uow import UnitOfWork, retry_when_locked
from special_ed.results.placement import AssessmentInput, AssessmentItem, PlacementItem, ReviewDue
from special_ed.services.context import ServiceContext


class PlacementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- assessment --------------------------------------------------------------------------

    @retry_when_locked
    def record_assessment(self, child_id: int, data: AssessmentInput) -> AssessmentItem:
        issues: list[Issue] = []
        if data.level is None:
            issues.append(Issue("required", "level"))
        if data.assessed_on > self.ctx.today():
            issues.append(Issue("date.future", "assessed_on"))
        if issues:
            raise ValidationError(issues)
        assert data.level is not None
        rec = recommend(data.level, self.ctx.settings())
        with self.ctx.uow("placement.write") as uow:
            child = uow.get(Child, child_id, "儿童")
            row = CommitteeAssessment(
                child_id=child.id,
                assessed_on=data.assessed_on,
                members=data.members.strip(),
                tools=data.tools.strip(),
                findings={k: v for k, v in data.findings.items() if v.strip()},
                level=data.level.value,
                recommended_placement=rec.value,
                notes=data.notes.strip() or None,
            )
            uow.add(row)
            if child.level != data.level.value:
                child.level = data.level.value
            uow.commit()
            return self._assessment(row)

    @staticmethod
    def _assessment(a: CommitteeAssessment) -> AssessmentItem:
        return AssessmentItem(
            a.id,
            a.assessed_on,
            Level(a.level),
            Placement(a.recommended_placement),
            a.members,
            a.tools,
            dict(a.findings),
            a.notes or "",
        )

    def assessments(self, child_id: int) -> list[AssessmentItem]:
        with self.ctx.uow("read") as uow:
            stmt = (
                select(CommitteeAssessment)
                .where(CommitteeAssessment.child_id == child_id, CommitteeAssessment.archived_at.is_(None))
                .order_by(CommitteeAssessment.assessed_on.desc(), CommitteeAssessment.id.desc())
            )
            return [self._assessment(a) for a in uow.session.scalars(stmt)]

    def recommendation(self, child_id: int) -> Placement | None:
        """What the settings' rules propose for the child's concluded level (None before assessment)."""
        with self.ctx.uow("read") as uow:
            level = uow.get(Child, child_id, "儿童").level
        return recommend(Level(level), self.ctx.settings()) if level else None

    # ---- placement ---------------------------------------------------------------------------

    @retry_when_locked
    def place(self, child_id: int, data: PlacementInput) -> PlacementItem:
        """Record a placement decision; the previous one ends the day before it takes effect."""
        with self.ctx.uow("placement.write") as uow:
            self.place_in(uow, child_id, data)
            uow.commit()
            return self._history(uow, child_id)[0]

    def place_in(
        self,
        uow: UnitOfWork,
        child_id: int,
        data: PlacementInput,
        decided_by: str | None = None,
        review_due: date | None = None,
    ) -> PlacementRecord:
        """The placement written inside the caller's transaction (a committee sitting, a 转介), not committed.

        ``decided_by`` and ``review_due`` come from a moved county's roster (the import): the body that
        decided and the review date as recorded there; by default the acting user and the county's
        review interval."""
        settings = self.ctx.settings()
        child = uow.get(Child, child_id, "儿童")
        if child.level is None:
            raise ValidationError([Issue("placement.level_required", "level")])
        recommended = recommend(Level(child.level), settings)
        if data.school_id is not None:
            data.school_kind = SchoolKind(uow.get(School, data.school_id, "学校").kind)
        if data.team_id is not None:
            team = uow.get(Team, data.team_id, "送教小组")
            data.team_roles = tuple(TeacherRole(m.teacher.role) for m in team.members)
        issues = validate_placement(data, recommended)
        current = uow.session.scalars(
            select(PlacementRecord).where(
                PlacementRecord.child_id == child_id,
                PlacementRecord.end_date.is_(None),
                PlacementRecord.archived_at.is_(None),
            )
        ).all()
        for prev in current:
            if data.effective_date <= prev.effective_date:
                issues.append(
                    Issue(
                        "placement.before_previous",
                        "effective_date",
                        {"previous": prev.effective_date.isoformat()},
                    )
                )
        if issues:
            raise ValidationError(issues)
        for prev in current:
            prev.end_date = data.effective_date - timedelta(days=1)
        review_due = review_due or add_months(data.effective_date, settings.review_interval_months)
        rec = PlacementRecord(
            child_id=child_id,
            kind=data.kind.value,
            recommended=recommended.value,
            reason=data.reason.strip() or None,
            school_id=data.school_id,
            class_name=data.class_name.strip() or None,
            team_id=data.team_id if data.kind is Placement.HOME else None,
            effective_date=data.effective_date,
            review_due=review_due,
            decided_by=decided_by or self.ctx.actor.name,
            notes=data.notes.strip() or None,
        )
        uow.add(rec)
        child.placement = data.kind.value
        child.placement_school_id = data.school_id
        child.team_id = rec.team_id
        child.review_due = review_due
        if data.kind is Placement.MAINSTREAM and data.class_name.strip():
            child.class_name = data.class_name.strip()
        return rec

    @retry_when_locked
    def end_placement(self, child_id: int, end_date: date, reason: str) -> None:
        """End the active placement (graduation, transfer out …) without starting a new one."""
        if not reason.strip():
            raise ValidationError([Issue("required", "reason")])
        with self.ctx.uow("placement.write") as uow:
            child = uow.get(Child, child_id, "儿童")
            current = uow.session.scalars(
                select(PlacementRecord).where(
                    PlacementRecord.child_id == child_id, PlacementRecord.end_date.is_(None)
                )
            ).all()
            if not current:
                raise SpecialEdError("placement.none_active")
            for prev in current:
                prev.end_date = end_date
                prev.notes = ((prev.notes or "") + f"\n结束：{reason.strip()}").strip()
            child.placement = None
            child.placement_school_id = None
            child.team_id = None
            child.review_due = None
            uow.commit()

    def history(self, child_id: int) -> list[PlacementItem]:
        with self.ctx.uow("read") as uow:
            return self._history(uow, child_id)

    @staticmethod
    def _history(uow: object, child_id: int) -> list[PlacementItem]:
        from special_ed.persistence.uow import UnitOfWork

        assert isinstance(uow, UnitOfWork)
        stmt = (
            select(PlacementRecord, School.name, Team.name)
            .outerjoin(School, School.id == PlacementRecord.school_id)
            .outerjoin(Team, Team.id == PlacementRecord.team_id)
            .where(PlacementRecord.child_id == child_id, PlacementRecord.archived_at.is_(None))
            .order_by(PlacementRecord.effective_date.desc(), PlacementRecord.id.desc())
        )
        return [
            PlacementItem(
                p.id,
                Placement(p.kind),
                Placement(p.recommended) if p.recommended else None,
                p.reason or "",
                p.school_id,
                sname or "",
                p.class_name or "",
                p.team_id,
                tname or "",
                p.effective_date,
                p.end_date,
                p.review_due,
                p.decided_by or "",
            )
            for p, sname, tname in uow.session.execute(stmt)
        ]

    def reviews_due(self, within_days: int = 30) -> list[ReviewDue]:
        """Children whose placement review — or deferral review (延缓入学) — is overdue or due within
        ``within_days``, most overdue first."""
        today = self.ctx.today()
        limit = today + timedelta(days=within_days)
        stmt = (
            select(Child.id, Child.name, Child.placement, Child.review_due)
            .where(Child.archived_at.is_(None), Child.review_due.is_not(None), Child.review_due <= limit)
            .order_by(Child.review_due, Child.id)
        )
        with self.ctx.uow("read") as uow:
            return [
                ReviewDue(cid, name, Placement(pl) if pl else None, due, (today - due).days)
                for cid, name, pl, due in uow.session.execute(stmt)
                if due is not None
            ]
