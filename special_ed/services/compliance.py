"""Compliance of home teaching against the norms, 五有 completeness marks, and the due/overdue list.

All three read in bulk — a few queries for every child at once, grouped in SQL
where the rule only needs counts — and apply the domain rules in
:mod:`special_ed.domain.compliance`, :mod:`~special_ed.domain.completeness` and
:mod:`~special_ed.domain.due_list`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, true

from special_ed.domain.completeness import FileFacts, ItemMark, Mark, marks, term_months
from special_ed.domain.compliance import Cell, ComplianceCalculator, Totals, aggregate, totals
from special_ed.domain.due_list import due_items
from special_ed.domain.enums import AssessmentKind, AttachmentKind, GoalKind, Placement, VisitStatus
from special_ed.domain.records import PlacementPeriod
from special_ed.domain.settings import Settings, Term
from special_ed.errors import SpecialEdError
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.results.compliance import ChildCompliance, ComplianceReport, DueRow, GroupCompliance
from special_ed.services import records_mapping as rm
from special_ed.services.context import ServiceContext

# Chunk IN-lists so that SQLite's bound-parameter limit is never reached.
_CHUNK = 900


@dataclass
class _Names:
    children: dict[int, tuple[str, int]] = field(default_factory=dict)  # id → (name, township id)
    townships: dict[int, str] = field(default_factory=dict)
    teams: dict[int, str] = field(default_factory=dict)
    schools: dict[int, str] = field(default_factory=dict)


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)] or [[]]


def term_as_of(settings: Settings, day: date) -> Term | None:
    """The term the compliance figures are for on ``day``: the one in progress, else the last one started."""
    started = [t for t in settings.terms if t.start <= day]
    return max(started, key=lambda t: t.start) if started else None


def cells_between(
    uow: UnitOfWork,
    calc: ComplianceCalculator,
    ids: Sequence[int],
    start: date,
    end: date,
    as_of: date,
) -> dict[int, list[Cell]]:
    """Each child's compliance cells from ``start`` to ``end`` (one read of placements and visits).

    The compliance screens and the printed files both take their figures from
    here, so a printed term summary always equals the screen for the same child.
    """
    placements = ComplianceService._placements(uow, list(ids))
    visits = rm.visit_facts(uow, ids, start, end) if ids else {}
    return {
        cid: calc.cells(cid, placements.get(cid, []), visits.get(cid, []), start, end, as_of) for cid in ids
    }


class ComplianceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- terms -------------------------------------------------------------------------------

    def term(self, name: str | None = None, as_of: date | None = None) -> Term:
        """The named term, or the one in progress, or the last one that has started."""
        settings = self.ctx.settings()
        if name:
            found = next((t for t in settings.terms if t.name == name), None)
            if found is None:
                raise SpecialEdError("term.unknown", term=name)
            return found
        found = term_as_of(settings, as_of or self.ctx.today())
        if found is None:
            raise SpecialEdError("term.none")
        return found

    def terms(self) -> list[Term]:
        return list(self.ctx.settings().terms)

    # ---- compliance --------------------------------------------------------------------------

    def report(self, term_name: str | None = None, as_of: date | None = None) -> ComplianceReport:
        as_of = as_of or self.ctx.today()
        term = self.term(term_name, as_of)
        start, end = term.start, min(term.end, as_of)
        calc = ComplianceCalculator(self.ctx.settings())
        with self.ctx.uow("read") as uow:
            ids = self._home_children(uow, start, end)
            placements = self._placements(uow, ids)
            visits = rm.visit_facts(uow, ids, start, end)
            names = self._names(uow, ids)
        children: list[ChildCompliance] = []
        all_cells: list[Cell] = []
        for cid in ids:
            cells = calc.cells(cid, placements.get(cid, []), visits.get(cid, []), start, end, as_of)
            if not cells:
                continue
            all_cells += cells
            name, town = names.children.get(cid, ("", 0))
            last = next((c for c in reversed(cells) if c.team_id is not None), cells[-1])
            children.append(
                ChildCompliance(
                    cid,
                    name,
                    names.townships.get(town, ""),
                    names.teams.get(last.team_id or 0, ""),
                    names.schools.get(last.school_id or 0, ""),
                    totals(cells),
                    tuple(cells),
                )
            )
        town_of = {cid: names.children.get(cid, ("", 0))[1] for cid in ids}

        def groups(by_key: dict[Any, Totals], label: dict[int, str]) -> list[GroupCompliance]:
            rows = [GroupCompliance(k, label.get(k or 0, ""), t) for k, t in by_key.items()]
            return sorted(rows, key=lambda g: (-g.totals.shortfall_visits, g.name))

        return ComplianceReport(
            term.name,
            start,
            end,
            sorted(children, key=lambda c: (-c.totals.shortfall_visits, c.township, c.name)),
            groups(aggregate(all_cells, by="team_id"), names.teams),
            groups(aggregate(all_cells, by="school_id"), names.schools),
            groups(aggregate(all_cells, key_of=town_of), names.townships),
            totals(all_cells),
        )

    def child_cells(
        self, child_id: int, term_name: str | None = None, as_of: date | None = None
    ) -> list[Cell]:
        as_of = as_of or self.ctx.today()
        term = self.term(term_name, as_of)
        calc = ComplianceCalculator(self.ctx.settings())
        with self.ctx.uow("read") as uow:
            return cells_between(uow, calc, [child_id], term.start, min(term.end, as_of), as_of)[child_id]

    @staticmethod
    def _home_children(
        uow: UnitOfWork, start: date, end: date, among: Sequence[int] | None = None
    ) -> list[int]:
        """Children placed in home teaching at some point between two dates (not archived).

        ``among`` limits the answer to those children (a registry page), so a page costs a page.
        """
        stmt = (
            select(m.PlacementRecord.child_id)
            .join(m.Child, m.Child.id == m.PlacementRecord.child_id)
            .where(
                m.PlacementRecord.kind == Placement.HOME.value,
                m.PlacementRecord.archived_at.is_(None),
                m.Child.archived_at.is_(None),
                m.PlacementRecord.effective_date <= end,
                or_(m.PlacementRecord.end_date.is_(None), m.PlacementRecord.end_date >= start),
            )
            .distinct()
        )
        if among is None:
            return sorted(uow.session.scalars(stmt))
        found: set[int] = set()
        for chunk in _chunks(list(among)):
            found.update(uow.session.scalars(stmt.where(m.PlacementRecord.child_id.in_(chunk))))
        return sorted(found)

    @staticmethod
    def _placements(uow: UnitOfWork, ids: list[int]) -> dict[int, list[PlacementPeriod]]:
        if not ids:
            return {}
        # Only home-teaching periods matter to compliance: they alone owe and count visits.
        if len(ids) <= _CHUNK:
            return rm.placement_periods(uow, ids, home_only=True)
        wanted = set(ids)
        return {cid: p for cid, p in rm.placement_periods(uow, None, home_only=True).items() if cid in wanted}

    @staticmethod
    def _names(uow: UnitOfWork, ids: Sequence[int]) -> _Names:
        names = _Names()
        for chunk in _chunks(list(ids)):
            for cid, name, town in uow.session.execute(
                select(m.Child.id, m.Child.name, m.Child.township_id).where(m.Child.id.in_(chunk))
            ):
                names.children[cid] = (name, town)
        names.townships = dict(uow.session.execute(select(m.Township.id, m.Township.name)).all())
        names.teams = dict(uow.session.execute(select(m.Team.id, m.Team.name)).all())
        names.schools = dict(uow.session.execute(select(m.School.id, m.School.name)).all())
        return names

    # ---- due this week / overdue ------------------------------------------------------------

    def due_list(self, today: date | None = None) -> list[DueRow]:
        today = today or self.ctx.today()
        settings = self.ctx.settings()
        calc = ComplianceCalculator(settings)
        month_first = today.replace(day=1)
        prev_first = (month_first - timedelta(days=1)).replace(day=1)
        window_start = min(prev_first, today - timedelta(days=settings.no_visit_alert_days + 1))
        window_end = (month_first + timedelta(days=40)).replace(day=1) + timedelta(days=7)
        term = settings.term_for(today)
        with self.ctx.uow("read") as uow:
            ids = self._home_children(uow, today, today)
            placements = self._placements(uow, ids)
            visits = rm.visit_facts(uow, ids, window_start, window_end)
            last_done: dict[int, date] = {}
            assessed: dict[int, int] = {}
            for chunk in _chunks(ids):
                last_done.update(
                    uow.session.execute(
                        select(m.Visit.child_id, func.max(m.Visit.day))
                        .where(
                            m.Visit.child_id.in_(chunk),
                            m.Visit.status == VisitStatus.DONE.value,
                            m.Visit.day <= today,
                            m.Visit.archived_at.is_(None),
                        )
                        .group_by(m.Visit.child_id)
                    ).all()
                )
                if term is not None:
                    assessed.update(
                        uow.session.execute(
                            select(m.ProgressAssessment.child_id, func.count())
                            .where(
                                m.ProgressAssessment.child_id.in_(chunk),
                                m.ProgressAssessment.assessed_on.between(term.start, term.end),
                                m.ProgressAssessment.archived_at.is_(None),
                            )
                            .group_by(m.ProgressAssessment.child_id)
                        ).all()
                    )
            names = self._names(uow, ids)
        out: list[DueRow] = []
        for cid in ids:
            periods = placements.get(cid, [])
            items = due_items(
                calc, cid, periods, visits.get(cid, []), today, assessed.get(cid, 0), last_done.get(cid)
            )
            current = next((p for p in periods if p.covers(today) and p.kind is Placement.HOME), None)
            name, town = names.children.get(cid, ("", 0))
            team = names.teams.get(current.team_id or 0, "") if current else ""
            out += [DueRow(item, name, team, names.townships.get(town, "")) for item in items]
        return sorted(out, key=lambda r: (not r.item.overdue, r.item.due, r.child_name))

    # ---- 五有 completeness -------------------------------------------------------------------

    def completeness_marks(
        self, child_ids: Sequence[int] | None = None, term_name: str | None = None
    ) -> dict[int, tuple[ItemMark, ...]]:
        """Five marks per home-taught child for the term (children never taught at home that term are left out).

        One grouped query per table for all the children at once, so 100,000
        children cost the same handful of queries as one.
        """
        settings = self.ctx.settings()
        term = self.term(term_name)
        with self.ctx.uow("read") as uow:
            ids = self._home_children(uow, term.start, term.end, child_ids)
            facts = file_facts(uow, ids, term, settings)
        return {cid: marks(f, settings) for cid, f in facts.items()}

    def incomplete_children(self, term_name: str | None = None) -> list[int]:
        """Ids of home-taught children whose file has any mark other than present (the registry filter)."""
        return [
            cid
            for cid, ms in self.completeness_marks(None, term_name).items()
            if any(x.mark is not Mark.PRESENT for x in ms)
        ]


def file_facts(uow: UnitOfWork, ids: Sequence[int], term: Term, settings: Settings) -> dict[int, FileFacts]:
    """The 五有 facts of ``ids`` for ``term``: one grouped query per record table.

    The screens (:meth:`ComplianceService.completeness_marks`, ``special-ed
    files``) and the printed 一人一档 both feed these to
    :func:`~special_ed.domain.completeness.marks`, so paper and screen give the
    same mark with the same reasons.
    """
    if not ids:
        return {}
    s, e = term.start, term.end
    year = s.year if s >= settings.reference_date(s.year) else s.year - 1
    label = rm.year_label(year)
    f: dict[int, dict[str, Any]] = {cid: {} for cid in ids}
    full = len(ids) > _CHUNK * 4  # for "everybody" skip IN-lists and filter in Python
    chunks: list[Sequence[int] | None] = [None] if full else list(_chunks(ids))

    def where_child(col: Any, chunk: Sequence[int] | None) -> Any:
        return col.in_(chunk) if chunk is not None else true()

    for chunk in chunks:
        # 方案: one row per child, goals aggregated per scheme
        goal_counts = (
            select(
                m.Goal.scheme_id,
                func.count().label("goals"),
                func.sum(
                    case(
                        (
                            and_(
                                m.Goal.kind == GoalKind.TERM.value,
                                or_(m.Goal.term.is_(None), m.Goal.term == term.name),
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ).label("term_goals"),
                func.sum(case((func.trim(m.Goal.criterion) == "", 1), else_=0)).label("no_criterion"),
            )
            .where(m.Goal.scheme_id.in_(select(m.Scheme.id).where(where_child(m.Scheme.child_id, chunk))))
            .group_by(m.Goal.scheme_id)
            .subquery()
        )
        scheme_rows = uow.session.execute(
            select(
                m.Scheme.child_id,
                m.Scheme.present_levels,
                m.Scheme.guardian_agreed_on,
                m.Scheme.guardian_name,
                m.Scheme.reviewed_on,
                m.Scheme.created_at,
                goal_counts.c.goals,
                goal_counts.c.term_goals,
                goal_counts.c.no_criterion,
            )
            .outerjoin(goal_counts, goal_counts.c.scheme_id == m.Scheme.id)
            .where(
                m.Scheme.school_year == label,
                m.Scheme.archived_at.is_(None),
                where_child(m.Scheme.child_id, chunk),
            )
        )
        for cid, levels, agreed, gname, reviewed, created, goals, tgoals, nocrit in scheme_rows:
            if cid not in f:
                continue
            touched = [d for d in (reviewed, created.date() if created else None) if d is not None]
            f[cid].update(
                scheme_exists=True,
                goals=goals or 0,
                term_goals=tgoals or 0,
                goals_without_criterion=nocrit or 0,
                present_level_domains=sum(
                    1 for k, v in (levels or {}).items() if k in settings.scheme_domains and str(v).strip()
                ),
                guardian_agreed=bool(agreed and (gname or "").strip()),
                scheme_touched_in_term=any(s <= d <= e for d in touched),
            )
        # 计划: the months JSON is small; count in Python, one row per child
        for cid, months in uow.session.execute(
            select(m.TermPlan.child_id, m.TermPlan.months).where(
                m.TermPlan.term == term.name,
                m.TermPlan.archived_at.is_(None),
                where_child(m.TermPlan.child_id, chunk),
            )
        ):
            if cid not in f:
                continue
            with_topics = [x for x in months or [] if str(x.get("topics", "")).strip()]
            f[cid].update(
                plan_exists=True,
                plan_months=len(with_topics),
                plan_months_linked=sum(1 for x in with_topics if x.get("goal_ids")),
            )
        # 教案
        for cid, n in uow.session.execute(
            select(m.LessonPlan.child_id, func.count())
            .where(
                m.LessonPlan.is_template.is_(False),
                m.LessonPlan.planned_on.between(s, e),
                m.LessonPlan.archived_at.is_(None),
                where_child(m.LessonPlan.child_id, chunk),
            )
            .group_by(m.LessonPlan.child_id)
        ):
            if cid in f:
                f[cid]["lessons"] = n
        # 五送 done visits and those with a lesson plan
        for cid, n, with_lesson in uow.session.execute(
            select(
                m.Visit.child_id,
                func.count(),
                func.sum(case((m.Visit.lesson_plan_id.is_not(None), 1), else_=0)),
            )
            .where(
                m.Visit.status == VisitStatus.DONE.value,
                m.Visit.day.between(s, e),
                m.Visit.archived_at.is_(None),
                where_child(m.Visit.child_id, chunk),
            )
            .group_by(m.Visit.child_id)
        ):
            if cid in f:
                f[cid].update(done_visits=n, done_visits_with_lesson=with_lesson or 0)
        # 评估
        for cid, n, baseline in uow.session.execute(
            select(
                m.ProgressAssessment.child_id,
                func.sum(case((m.ProgressAssessment.assessed_on.between(s, e), 1), else_=0)),
                func.sum(case((m.ProgressAssessment.kind == AssessmentKind.BASELINE.value, 1), else_=0)),
            )
            .where(
                m.ProgressAssessment.assessed_on <= e,
                m.ProgressAssessment.archived_at.is_(None),
                where_child(m.ProgressAssessment.child_id, chunk),
            )
            .group_by(m.ProgressAssessment.child_id)
        ):
            if cid in f:
                f[cid].update(assessments=n or 0, has_baseline=bool(baseline))
        # 档案
        for cid, kind, n, in_term in uow.session.execute(
            select(
                m.Attachment.child_id,
                m.Attachment.kind,
                func.count(),
                func.sum(case((m.Attachment.taken_on.between(s, e), 1), else_=0)),
            )
            .where(m.Attachment.archived_at.is_(None), where_child(m.Attachment.child_id, chunk))
            .group_by(m.Attachment.child_id, m.Attachment.kind)
        ):
            if cid not in f:
                continue
            d = f[cid]
            d["attachments"] = d.get("attachments", 0) + n
            if kind == AttachmentKind.AGREEMENT.value:
                d["has_agreement"] = True
            elif kind == AttachmentKind.CERTIFICATE.value:
                d["has_certificate"] = True
            elif kind == AttachmentKind.PHOTO.value:
                d["photos_in_term"] = in_term or 0
        for cid, has_cert in uow.session.execute(
            select(m.Child.id, m.Child.has_certificate).where(where_child(m.Child.id, chunk))
        ):
            if cid in f:
                f[cid]["needs_certificate"] = bool(has_cert)
    months = term_months(term)
    return {cid: FileFacts(term_months=months, **d) for cid, d in f.items()}
