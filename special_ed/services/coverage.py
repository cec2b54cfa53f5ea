"""一个不少: every school-age child with a disability is placed, or listed with the reason why not."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select

from special_ed.domain.enums import Level, Placement
from special_ed.errors import Issue, ValidationError
from special_ed.persistence.models import Child, CoverageException, Township
from special_ed.persistence.scope import township_condition
from special_ed.results.coverage import (
    OUT_OF_SCOPE,
    CoverageReport,
    TownshipCoverage,
    UncoveredChild,
)
from special_ed.results.registry import RegistryFilter
from special_ed.services.context import ServiceContext
from special_ed.services.registry import apply_filter


class CoverageService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def default_reference_date(self) -> date:
        """The reference date of the school year now running (1 September by default)."""
        settings = self.ctx.settings()
        today = self.ctx.today()
        ref = settings.reference_date(today.year)
        return ref if ref <= today else settings.reference_date(today.year - 1)

    def report(self, reference: date | None = None) -> CoverageReport:
        settings = self.ctx.settings()
        ref = reference or self.default_reference_date()
        base = RegistryFilter(school_age_on=ref, age_min=settings.age_min, age_max=settings.age_max)
        in_scope = Child.status.not_in(OUT_OF_SCOPE)
        active_exception = and_(
            CoverageException.child_id == Child.id,
            CoverageException.archived_at.is_(None),
            CoverageException.since <= ref,
            (CoverageException.until.is_(None)) | (CoverageException.until >= ref),
        )
        scope = self.ctx.actor.scope
        with self.ctx.uow("read") as uow:
            s = uow.session
            grouped = apply_filter(
                select(Child.township_id, Child.level, Child.placement, func.count(Child.id)).where(in_scope),
                base,
            ).group_by(Child.township_id, Child.level, Child.placement)
            cells: dict[int, dict[tuple[str, str], int]] = {}
            for tid, level, placement, n in s.execute(grouped):
                cells.setdefault(tid, {})[(level or "", placement or "")] = int(n)
            unplaced_stmt = apply_filter(
                select(Child.id, Child.name, Township.name, Child.birth_date, Child.level, Child.township_id)
                .join(Township, Township.id == Child.township_id)
                .where(in_scope, Child.placement.is_(None)),
                base,
            ).order_by(Township.code, Child.name_pinyin)
            unplaced = list(s.execute(unplaced_stmt))
            reasons: dict[int, str] = {}
            if unplaced:
                ids = [r[0] for r in unplaced]
                for chunk in range(0, len(ids), 900):
                    part = ids[chunk : chunk + 900]
                    stmt = select(CoverageException.child_id, CoverageException.reason).where(
                        CoverageException.child_id.in_(part), active_exception
                    )
                    reasons.update({cid: reason for cid, reason in s.execute(stmt)})
            townships = list(
                s.execute(
                    select(Township.id, Township.name)
                    .where(Township.archived_at.is_(None), township_condition(scope))
                    .order_by(Township.code)
                )
            )
        exceptions = [
            UncoveredChild(cid, name, tname, birth, level or "", reasons.get(cid, ""))
            for cid, name, tname, birth, level, _tid in unplaced
        ]
        excepted_by_tid: dict[int, int] = {}
        for cid, *_rest, tid in unplaced:
            if cid in reasons:
                excepted_by_tid[tid] = excepted_by_tid.get(tid, 0) + 1
        rows = []
        for tid, tname in townships:
            c = cells.get(tid, {})
            total = sum(c.values())
            placed = sum(n for (_lv, pl), n in c.items() if pl)
            excepted = excepted_by_tid.get(tid, 0)
            rows.append(TownshipCoverage(tid, tname, total, placed, excepted, total - placed - excepted, c))
        label = "" if scope.whole_county else scope.label
        return CoverageReport(ref, settings.age_min, settings.age_max, rows, exceptions, label)

    def add_exception(self, child_id: int, reason: str, since: date, until: date | None = None) -> int:
        """Record why a school-age child has no placement (e.g. 在医院治疗, approved 缓学)."""
        issues = []
        if not reason.strip():
            issues.append(Issue("required", "reason"))
        if until is not None and until < since:
            issues.append(Issue("date.invalid", "until", {"value": until.isoformat()}))
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("coverage.write") as uow:
            uow.get(Child, child_id, "儿童")
            row = CoverageException(child_id=child_id, reason=reason.strip(), since=since, until=until)
            uow.add(row)
            uow.commit()
            return row.id


LEVELS = tuple(Level)
PLACEMENTS = tuple(Placement)
