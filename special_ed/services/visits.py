"""五送 home visits: record, cancel with a reason, plan the make-up, and a team's quick day entry."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from special_ed.domain.enums import CancelReason, Placement, VisitStatus
from special_ed.domain.record_rules import VisitContext, check_visit
from special_ed.domain.records import Visit
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork, retry_when_locked
from special_ed.results.visits import QuickEntry, VisitRow
from special_ed.services import records_mapping as rm
from special_ed.services.context import ServiceContext
from special_ed.services.records import check_version


class VisitsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -----------------------------------------------------------------------------

    def visits(
        self, child_id: int | None = None, team_id: int | None = None, day: date | None = None
    ) -> list[VisitRow]:
        with self.ctx.uow("read") as uow:
            stmt = (
                select(m.Visit).options(selectinload(m.Visit.teachers)).where(m.Visit.archived_at.is_(None))
            )
            if child_id is not None:
                stmt = stmt.where(m.Visit.child_id == child_id)
            if team_id is not None:
                stmt = stmt.where(m.Visit.team_id == team_id)
            if day is not None:
                stmt = stmt.where(m.Visit.day == day)
            rows = list(uow.session.scalars(stmt.order_by(m.Visit.day.desc(), m.Visit.start_time)))
            return self._rows(uow, rows)

    def get(self, visit_id: int) -> Visit:
        with self.ctx.uow("read") as uow:
            return rm.visit_from_row(uow.get(m.Visit, visit_id, "送教记录"))

    def _rows(self, uow: UnitOfWork, rows: list[m.Visit]) -> list[VisitRow]:
        child_ids = {r.child_id for r in rows}
        team_ids = {r.team_id for r in rows if r.team_id}
        teacher_ids = {t.teacher_id for r in rows for t in r.teachers}
        names = dict(
            uow.session.execute(select(m.Child.id, m.Child.name).where(m.Child.id.in_(child_ids))).all()
        )
        teams = dict(uow.session.execute(select(m.Team.id, m.Team.name).where(m.Team.id.in_(team_ids))).all())
        teachers = dict(
            uow.session.execute(
                select(m.Teacher.id, m.Teacher.name).where(m.Teacher.id.in_(teacher_ids))
            ).all()
        )
        makeups = dict(
            uow.session.execute(
                select(m.Visit.makeup_of_id, m.Visit.day).where(
                    m.Visit.makeup_of_id.in_([r.id for r in rows]), m.Visit.archived_at.is_(None)
                )
            ).all()
        )
        minutes = self.ctx.settings().class_hour_minutes
        out = []
        for r in rows:
            v = rm.visit_from_row(r)
            out.append(
                VisitRow(
                    v,
                    names.get(r.child_id, ""),
                    teams.get(r.team_id, "") if r.team_id else "",
                    tuple(teachers.get(t, "") for t in v.teacher_ids),
                    v.class_hours(minutes),
                    makeups.get(r.id),
                )
            )
        return out

    # ---- writing -----------------------------------------------------------------------------

    def issues_for(self, visit: Visit, batch: Sequence[Visit] = ()) -> list[Issue]:
        """Every problem with the visit against the database (and an unsaved batch), errors and warnings."""
        with self.ctx.uow("read") as uow:
            return self._issues(uow, visit, batch)

    def _issues(self, uow: UnitOfWork, visit: Visit, batch: Sequence[Visit] = ()) -> list[Issue]:
        placements = rm.placement_periods(uow, [visit.child_id]).get(visit.child_id, [])
        conditions = [m.Visit.child_id == visit.child_id]
        if visit.team_id is not None:
            conditions.append(m.Visit.team_id == visit.team_id)
        if visit.teacher_ids:
            shared = select(m.VisitTeacher.visit_id).where(m.VisitTeacher.teacher_id.in_(visit.teacher_ids))
            conditions.append(m.Visit.id.in_(shared))
        same_day = select(m.Visit).where(
            m.Visit.day == visit.day, or_(*conditions), m.Visit.archived_at.is_(None)
        )
        linked = select(m.Visit).where(
            m.Visit.archived_at.is_(None),
            or_(
                m.Visit.id == (visit.makeup_of or -1),
                m.Visit.makeup_of_id == (visit.makeup_of or -1),
            ),
        )
        others: dict[int, Visit] = {}
        for stmt in (same_day, linked):
            for row in uow.session.scalars(stmt.options(selectinload(m.Visit.teachers))):
                others[row.id] = rm.visit_from_row(row)
        # an unsaved batch replaces the stored version of the same visit (a planned one being completed)
        for b in batch:
            if b.id is not None:
                others[b.id] = b
        everyone = [*others.values(), *(b for b in batch if b.id is None)]
        ids = {v.child_id for v in everyone}
        names = dict(uow.session.execute(select(m.Child.id, m.Child.name).where(m.Child.id.in_(ids))).all())
        ctx = VisitContext(placements, everyone, self.ctx.today(), names)
        return check_visit(visit, ctx, self.ctx.settings())

    @retry_when_locked
    def save(self, visit: Visit) -> Visit:
        with self.ctx.uow("records.visit") as uow:
            uow.get(m.Child, visit.child_id, "儿童")
            issues = self._issues(uow, visit)
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            saved = self._write(uow, visit)
            uow.commit()
            return rm.visit_from_row(saved)

    def _write(self, uow: UnitOfWork, visit: Visit) -> m.Visit:
        if visit.id is None:
            row = m.Visit()
            uow.add(row)
        else:
            row = uow.get(m.Visit, visit.id, "送教记录")
            check_version(row, visit.version)
        rm.apply_visit(row, visit, self.ctx.settings().class_hour_minutes)
        uow.flush()
        return row

    def cancel(
        self, visit_id: int, reason: CancelReason, note: str = "", version: int | None = None
    ) -> Visit:
        visit = self.get(visit_id)
        if visit.status is VisitStatus.DONE:
            raise SpecialEdError("visit.cancel_done")
        return self.save(
            dataclasses.replace(
                visit,
                status=VisitStatus.CANCELLED,
                cancel_reason=reason,
                cancel_note=note,
                version=version if version is not None else visit.version,
            )
        )

    def plan_makeup(
        self, visit_id: int, day: date, start: time | None = None, end: time | None = None
    ) -> Visit:
        """Plan the make-up of a cancelled visit: same child, team and teachers, linked to the original."""
        original = self.get(visit_id)
        makeup = Visit(
            child_id=original.child_id,
            day=day,
            status=VisitStatus.PLANNED,
            start=start or original.start,
            end=end or original.end,
            team_id=original.team_id,
            teacher_ids=original.teacher_ids,
            place=original.place,
            makeup_of=original.id,
        )
        return self.save(makeup)

    # ---- a team's day --------------------------------------------------------------------------

    def team_children(self, team_id: int) -> list[tuple[int, str]]:
        """(id, name) of the children currently placed in home teaching with the team."""
        with self.ctx.uow("read") as uow:
            rows = uow.session.execute(
                select(m.Child.id, m.Child.name)
                .where(
                    m.Child.team_id == team_id,
                    m.Child.placement == Placement.HOME.value,
                    m.Child.archived_at.is_(None),
                )
                .order_by(m.Child.name_pinyin)
            ).all()
            return [(int(cid), str(name)) for cid, name in rows]

    def team_defaults(self, team_id: int) -> tuple[int, ...]:
        with self.ctx.uow("read") as uow:
            team = uow.get(m.Team, team_id, "送教小组")
            return tuple(member.teacher_id for member in team.members)

    def log_team_day(
        self, team_id: int, day: date, entries: Sequence[QuickEntry], teacher_ids: Sequence[int] | None = None
    ) -> list[Visit]:
        """Record several visits of one team on one day, all or nothing.

        A child's visit already planned for that day (by the scheduler or by hand) is
        completed rather than duplicated. Problems are reported per row.
        """
        if not entries:
            raise ValidationError([Issue("quick.empty", "")])
        teachers = tuple(teacher_ids) if teacher_ids is not None else self.team_defaults(team_id)
        with self.ctx.uow("records.visit") as uow:
            uow.get(m.Team, team_id, "送教小组")
            names = dict(
                uow.session.execute(
                    select(m.Child.id, m.Child.name).where(m.Child.id.in_([e.child_id for e in entries]))
                ).all()
            )
            planned = {
                row.child_id: row
                for row in uow.session.scalars(
                    select(m.Visit).where(
                        m.Visit.day == day,
                        m.Visit.status == VisitStatus.PLANNED.value,
                        m.Visit.child_id.in_([e.child_id for e in entries]),
                        m.Visit.archived_at.is_(None),
                    )
                )
            }
            visits: list[Visit] = []
            issues: list[Issue] = []
            first_row: dict[int, int] = {}
            for n, e in enumerate(entries, start=1):
                child = names.get(e.child_id, str(e.child_id))
                if e.child_id in first_row:
                    params = {"row": n, "child": child, "other": first_row[e.child_id]}
                    issues.append(Issue("quick.duplicate_child", "", params))
                first_row.setdefault(e.child_id, n)
                existing = planned.get(e.child_id)
                visits.append(
                    Visit(
                        child_id=e.child_id,
                        day=day,
                        status=VisitStatus.CANCELLED if e.cancel_reason else VisitStatus.DONE,
                        start=e.start,
                        end=e.end,
                        team_id=team_id,
                        teacher_ids=teachers,
                        deliveries=dict(e.deliveries),
                        guardian_present=bool(e.guardian_name.strip()),
                        guardian_name=e.guardian_name,
                        guardian_confirmed=e.guardian_confirmed,
                        cancel_reason=e.cancel_reason,
                        cancel_note=e.cancel_note,
                        next_steps=e.next_steps,
                        id=existing.id if existing else None,
                        version=existing.version if existing else None,
                        makeup_of=existing.makeup_of_id if existing else None,
                        place=existing.place or "" if existing else "",
                    )
                )
            for n, visit in enumerate(visits, start=1):
                batch = [v for k, v in enumerate(visits, start=1) if k != n]
                for issue in self._issues(uow, visit, batch):
                    params = {
                        "row": n,
                        "child": names.get(visit.child_id, str(visit.child_id)),
                        "detail": issue,  # worded with the row's message, in the reader's language
                    }
                    issues.append(Issue("quick.row", f"rows[{n}].{issue.field}", params, issue.severity))
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            saved = [rm.visit_from_row(self._write(uow, v)) for v in visits]
            uow.commit()
            return saved
