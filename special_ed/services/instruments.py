"""Structured assessments: the instruments in force, scores per item, profiles and goals linked to them.

The shipped instruments live in code (:data:`~special_ed.domain.instruments.BUILTIN`);
the items a county adds to them, and the county's own instruments, are stored in
``instruments``. An administration stores a scale code per item; subtotals and the
comparison are computed on reading, so an item added later never changes old results.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from special_ed.domain import instruments as ins
from special_ed.domain.county import CountyProfile
from special_ed.domain.instruments import Administration, Instrument, Profile
from special_ed.errors import Issue, NotFoundError, SpecialEdError, ValidationError
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.services.context import ServiceContext


def _row_to_admin(row: m.StructuredAssessment) -> Administration:
    return Administration(
        row.child_id,
        row.instrument_key,
        row.administered_on,
        row.assessor,
        dict(row.scores or {}),
        row.notes or "",
        row.id,
    )


class InstrumentService:
    def __init__(self, ctx: ServiceContext, profile: Callable[[], CountyProfile]) -> None:
        self.ctx = ctx
        self._profile = profile  # App.county.profile: the bodies the printed result names

    # ---- instruments ------------------------------------------------------------------------

    def _stored(self, uow: UnitOfWork) -> dict[str, Instrument]:
        return {
            row.key: Instrument.from_dict(row.definition)
            for row in uow.session.scalars(select(m.InstrumentRow))
        }

    def instruments(self) -> list[Instrument]:
        with self.ctx.uow("read") as uow:
            stored = self._stored(uow)
        out = [ins.merged(b, stored.get(b.key)) for b in ins.BUILTIN]
        builtin = {b.key for b in ins.BUILTIN}
        return out + sorted((i for k, i in stored.items() if k not in builtin), key=lambda i: i.name)

    def instrument(self, key: str) -> Instrument:
        found = next((i for i in self.instruments() if i.key == key), None)
        if found is None:
            raise SpecialEdError("instrument.unknown", key=key)
        return found

    def _store(self, uow: UnitOfWork, instrument: Instrument) -> None:
        row = uow.session.scalars(
            select(m.InstrumentRow).where(m.InstrumentRow.key == instrument.key)
        ).first()
        if row is None:
            uow.add(m.InstrumentRow(key=instrument.key, definition=instrument.to_dict()))
        else:
            row.definition = instrument.to_dict()

    def add_item(self, key: str, domain_key: str, text: str) -> Instrument:
        """Add a county item to a domain of an instrument (shipped or the county's own)."""
        updated = self.instrument(key).with_item(domain_key, text)
        with self.ctx.uow("records.assessment") as uow:
            self._store(uow, updated)
            uow.commit()
        return updated

    def define(self, definition: Mapping[str, Any]) -> Instrument:
        """Store a county-defined instrument (validated; a shipped instrument's key is refused)."""
        instrument = Instrument.from_dict({**definition, "builtin": False, "items_published": False})
        if instrument.key in {b.key for b in ins.BUILTIN}:
            raise ValidationError([Issue("instrument.builtin_key", "key", {"key": instrument.key})])
        with self.ctx.uow("records.assessment") as uow:
            self._store(uow, instrument)
            uow.commit()
        return instrument

    # ---- administrations --------------------------------------------------------------------

    def record(
        self,
        child_id: int,
        key: str,
        day: date,
        assessor: str,
        scores: Mapping[str, str],
        notes: str = "",
    ) -> Administration:
        """Store one administration; a score off the scale, an unknown item or no score at all writes nothing."""
        instrument = self.instrument(key)
        issues: list[Issue] = []
        if not assessor.strip():
            issues.append(Issue("required", "assessor", {"field": "评估人"}))
        try:
            clean = ins.validate_scores(instrument, scores)
        except ValidationError as exc:
            issues += exc.issues
            clean = {}
        if not issues and not clean:
            issues.append(Issue("assessment.no_scores", "scores", {}))
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("records.assessment") as uow:
            if uow.session.get(m.Child, child_id) is None:
                raise NotFoundError(what="儿童", key=str(child_id))
            row = m.StructuredAssessment(
                child_id=child_id,
                instrument_key=key,
                administered_on=day,
                assessor=assessor.strip(),
                scores=clean,
                notes=notes.strip() or None,
            )
            uow.add(row)
            uow.commit()
            return _row_to_admin(row)

    def administrations(self, child_id: int, key: str | None = None) -> list[Administration]:
        with self.ctx.uow("read") as uow:
            stmt = select(m.StructuredAssessment).where(
                m.StructuredAssessment.child_id == child_id, m.StructuredAssessment.archived_at.is_(None)
            )
            if key:
                stmt = stmt.where(m.StructuredAssessment.instrument_key == key)
            rows = uow.session.scalars(
                stmt.order_by(m.StructuredAssessment.administered_on, m.StructuredAssessment.id)
            ).all()
            return [_row_to_admin(r) for r in rows]

    def profile(self, administration_id: int) -> Profile:
        """The administration scored, the previous one of its instrument, and the goals that target it."""
        with self.ctx.uow("read") as uow:
            row = uow.session.get(m.StructuredAssessment, administration_id)
            if row is None or row.archived_at is not None:
                raise NotFoundError(what="评估记录", key=str(administration_id))
            current = _row_to_admin(row)
            prev_row = uow.session.scalars(
                select(m.StructuredAssessment)
                .where(
                    m.StructuredAssessment.child_id == row.child_id,
                    m.StructuredAssessment.instrument_key == row.instrument_key,
                    m.StructuredAssessment.archived_at.is_(None),
                    (m.StructuredAssessment.administered_on < row.administered_on)
                    | (
                        (m.StructuredAssessment.administered_on == row.administered_on)
                        & (m.StructuredAssessment.id < row.id)
                    ),
                )
                .order_by(m.StructuredAssessment.administered_on.desc(), m.StructuredAssessment.id.desc())
            ).first()
            previous = _row_to_admin(prev_row) if prev_row is not None else None
            child = uow.session.get(m.Child, row.child_id)
            assert child is not None
            goals = [
                (g.id, g.text, tuple(g.targets or ()))
                for g in uow.session.scalars(
                    select(m.Goal)
                    .join(m.Scheme, m.Scheme.id == m.Goal.scheme_id)
                    .where(m.Scheme.child_id == row.child_id, m.Scheme.archived_at.is_(None))
                    .order_by(m.Scheme.school_year, m.Goal.position)
                )
                if g.targets
            ]
            name, sex, birth = child.name, child.sex, child.birth_date
        instrument = self.instrument(current.instrument_key)
        scored = ins.score(instrument, current.scores)
        prev_scored = ins.score(instrument, previous.scores) if previous else None
        return Profile(
            name,
            sex,
            birth,
            instrument,
            current,
            scored,
            previous,
            prev_scored,
            ins.compare(scored, prev_scored),
            ins.goal_progress(instrument, goals, current, scored, previous, prev_scored),
        )

    # ---- goals linked to domains / items ----------------------------------------------------

    def link_goal(self, goal_id: int, targets: Sequence[str]) -> None:
        """Link a scheme goal to instrument domains or items ("key:domain" or "key:domain.n")."""
        known: set[str] = set()
        for instrument in self.instruments():
            known.update(f"{instrument.key}:{d.key}" for d in instrument.domains)
            known.update(f"{instrument.key}:{code}" for code in instrument.items())
        bad = [t for t in targets if t not in known]
        if bad:
            raise ValidationError([Issue("goal.target_unknown", "targets", {"target": t}) for t in bad])
        with self.ctx.uow("records.assessment") as uow:
            goal = uow.session.get(m.Goal, goal_id)
            if goal is None:
                raise NotFoundError(what="目标", key=str(goal_id))
            goal.targets = list(dict.fromkeys(targets))
            scheme = uow.session.get(m.Scheme, goal.scheme_id)
            if scheme is not None:
                scheme.updated_at = (
                    self.ctx.clock()
                )  # a goal is part of its scheme: bump the scheme's version
            uow.commit()

    # ---- printing ---------------------------------------------------------------------------

    def print_profile(self, administration_id: int, path: Path) -> Path:
        """The assessment's printed result with its profile chart (PDF)."""
        from special_ed.printing.fonts import choose_fonts
        from special_ed.printing.issuer import issuer_for
        from special_ed.printing.options import PrintOptions
        from special_ed.printing.profile import write_profile

        profile = self.profile(administration_id)
        settings = self.ctx.settings()
        fonts = choose_fonts(settings.print_font_path or None)
        options = PrintOptions(issuer=issuer_for(self._profile()), print_date=self.ctx.today(),
                               binding_mm=settings.print_binding_mm)  # fmt: skip
        return write_profile(profile, Path(path), fonts, options)
