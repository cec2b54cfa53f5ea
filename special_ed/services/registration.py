"""The registration and placement cycle: the check population, the 实名调查登记表, expert-committee
sittings deciding many children in one transaction, 延缓入学, 转介, and the sitting's batch of notices."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from special_ed.domain.enums import Level, Placement
from special_ed.domain.placement import PlacementInput, recommend
from special_ed.domain.registration import (
    DEFERRED,
    CheckWindow,
    Member,
    SittingInput,
    check_deferral,
    check_members,
    check_window,
)
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.messages import describe_issue
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.results.registration import (
    PopulationRow,
    SittingCandidate,
    SittingDecisionRow,
    SittingSummary,
)
from special_ed.services.context import ServiceContext
from special_ed.services.placement import PlacementService

if TYPE_CHECKING:
    from special_ed.services.printing import PrintingService

SOURCE_LABELS = {"federation": "残联", "school-register": "学籍", "household": "户籍", "poverty": "扶贫"}


class RegistrationService:
    def __init__(self, ctx: ServiceContext, placement: PlacementService) -> None:
        self.ctx = ctx
        self.placement = placement

    # ---- the check population ---------------------------------------------------------------

    def window(self, school_year: int, start: date | None = None, end: date | None = None) -> CheckWindow:
        """The year's window from the settings, or the one given (both dates; empty or reversed refused)."""
        if start is not None or end is not None:
            return CheckWindow.of(start, end)
        return check_window(self.ctx.settings(), school_year)

    def check_population(self, window: CheckWindow, township: str | None = None) -> list[PopulationRow]:
        """Every registered child born in the window (archived ones left out), by township and name."""
        with self.ctx.uow("read") as uow:
            return self._register_rows(uow, window, township)

    def _register_rows(
        self, uow: UnitOfWork, window: CheckWindow, township: str | None
    ) -> list[PopulationRow]:
        stmt = (
            select(m.Child, m.Township.name, m.Village.name)
            .join(m.Township, m.Township.id == m.Child.township_id)
            .outerjoin(m.Village, m.Village.id == m.Child.village_id)
            .where(m.Child.archived_at.is_(None), m.Child.birth_date.between(window.start, window.end))
            .order_by(m.Township.name, m.Child.name_pinyin, m.Child.id)
        )
        if township:
            stmt = stmt.where(m.Township.name == township)
        deferred = {
            cid
            for cid, outcome in uow.session.execute(
                select(m.CommitteeAssessment.child_id, m.CommitteeAssessment.outcome)
                .where(m.CommitteeAssessment.archived_at.is_(None))
                .order_by(m.CommitteeAssessment.assessed_on, m.CommitteeAssessment.id)
            )
            if outcome == DEFERRED
        }
        guardians = {
            cid: (name, phone or "")
            for cid, name, phone in uow.session.execute(
                select(m.Guardian.child_id, m.Guardian.name, m.Guardian.phone).where(m.Guardian.position == 0)
            )
        }
        rows = []
        for child, town, village in uow.session.execute(stmt):
            placement = child.placement or (DEFERRED if child.id in deferred else "")
            g = guardians.get(child.id, ("", ""))
            rows.append(
                PopulationRow(
                    child.id,
                    child.name,
                    child.sex,
                    child.birth_date,
                    child.resident_id or "",
                    town,
                    village or "",
                    child.categories,
                    child.grade,
                    placement,
                    "登记册",
                    g[0],
                    g[1],
                    primary_category=child.primary_category or "",
                )
            )
        return rows

    def registration_form(self, window: CheckWindow, township: str | None = None) -> list[PopulationRow]:
        """未入学适龄残疾儿童少年实名调查登记表: children of the window not in school.

        From the register: those without a placement (including 延缓入学). From the active agency lists:
        people born in the window whose resident ID the register does not hold (the 三查 gap).
        """
        with self.ctx.uow("read") as uow:
            register = self._register_rows(uow, window, township)
            known = set(
                uow.session.scalars(select(m.Child.resident_id).where(m.Child.resident_id.is_not(None)))
            )
            listed = uow.session.execute(
                select(m.SourceRow, m.SourceList.source)
                .join(m.SourceList, m.SourceList.id == m.SourceRow.list_id)
                .where(
                    m.SourceList.active.is_(True), m.SourceRow.birth_date.between(window.start, window.end)
                )
                .order_by(m.SourceRow.township, m.SourceRow.name, m.SourceRow.id)
            ).all()
        out = [
            r if r.placement != DEFERRED else _with_note(r, "延缓入学")
            for r in register
            if r.placement in ("", DEFERRED)
        ]
        seen: set[str] = set()
        for row, source in listed:
            rid = row.resident_id or ""
            if not rid or rid in known or rid in seen:
                continue
            if township and (row.township or "") != township:
                continue
            seen.add(rid)
            out.append(
                PopulationRow(
                    None,
                    row.name or "",
                    row.sex or "",
                    row.birth_date,
                    rid,
                    row.township or "",
                    row.village or "",
                    row.category or "",
                    row.grade,
                    "",
                    SOURCE_LABELS.get(source, source),
                    note="登记册中没有：待核实",
                )
            )
        return out

    # ---- committee sittings -----------------------------------------------------------------

    def sitting_candidates(self, township_id: int | None, held_on: date) -> list[SittingCandidate]:
        """The registered children a sitting for ``township_id`` (None: the whole county) may assess,
        by township and name; those not placed, deferred, or due for review by ``held_on`` come marked."""
        stmt = (
            select(m.Child, m.Township.name, m.Village.name)
            .join(m.Township, m.Township.id == m.Child.township_id)
            .outerjoin(m.Village, m.Village.id == m.Child.village_id)
            .where(m.Child.archived_at.is_(None))
            .order_by(m.Township.name, m.Child.name_pinyin, m.Child.id)
        )
        if township_id is not None:
            stmt = stmt.where(m.Child.township_id == township_id)
        with self.ctx.uow("read") as uow:
            deferred = self._deferred_ids(uow)
            out = []
            for child, town, village in uow.session.execute(stmt):
                placement = child.placement or (DEFERRED if child.id in deferred else "")
                review = child.review_due
                due = placement in ("", DEFERRED) or (review is not None and review <= held_on)
                out.append(
                    SittingCandidate(
                        child.id,
                        child.name,
                        town,
                        village or "",
                        child.birth_date,
                        Level(child.level) if child.level else None,
                        placement,
                        child.placement_school_id or child.register_school_id,
                        child.team_id,
                        child.class_name or "",
                        review,
                        due,
                    )
                )
            return out

    @staticmethod
    def _deferred_ids(uow: UnitOfWork) -> set[int]:
        """Children whose latest committee outcome is 延缓入学."""
        latest: dict[int, str | None] = {}
        for cid, outcome in uow.session.execute(
            select(m.CommitteeAssessment.child_id, m.CommitteeAssessment.outcome)
            .where(m.CommitteeAssessment.archived_at.is_(None))
            .order_by(m.CommitteeAssessment.assessed_on, m.CommitteeAssessment.id)
        ):
            latest[cid] = outcome
        return {cid for cid, outcome in latest.items() if outcome == DEFERRED}

    def last_members(self) -> list[Member]:
        """The members of the latest sitting: a new sitting's form starts from them."""
        with self.ctx.uow("read") as uow:
            members = uow.session.scalars(
                select(m.CommitteeSitting.members)
                .where(m.CommitteeSitting.archived_at.is_(None))
                .order_by(m.CommitteeSitting.held_on.desc(), m.CommitteeSitting.id.desc())
                .limit(1)
            ).first()
        return [Member(x.get("name", ""), x.get("field", ""), x.get("unit", "")) for x in members or []]

    def hold_sitting(self, data: SittingInput) -> SittingSummary:
        """Record a sitting and all its decisions in one transaction: any problem, and nothing is written."""
        issues = check_members(data.members)
        if not data.decisions:
            issues.append(Issue("sitting.no_children", "decisions", {}))
        if data.held_on > self.ctx.today():
            issues.append(Issue("sitting.future", "held_on", {"day": data.held_on.isoformat()}))
        if issues:
            raise ValidationError(issues)
        settings = self.ctx.settings()
        with self.ctx.uow("placement.write") as uow:
            sitting = m.CommitteeSitting(
                held_on=data.held_on,
                township_id=data.township_id,
                place=data.place.strip() or None,
                members=[
                    {"name": x.name.strip(), "field": x.field.strip(), "unit": x.unit.strip()}
                    for x in data.members
                ],
                notes=data.notes.strip() or None,
            )
            uow.add(sitting)
            uow.session.flush()
            members_text = "、".join(f"{x.name.strip()}（{x.field.strip()}）" for x in data.members)
            seen: set[int] = set()
            decided: list[tuple[m.PlacementRecord, m.CommitteeAssessment]] = []
            for row, d in enumerate(data.decisions, start=1):
                child = uow.get(m.Child, d.child_id, "儿童")

                def problem(
                    code: str,
                    params: dict[str, str] | None = None,
                    *,
                    _row: int = row,
                    _name: str = child.name,
                ) -> None:
                    detail = Issue(code, "decision", params or {})
                    issues.append(
                        Issue(
                            "sitting.decision",
                            f"decisions[{_row}]",
                            {"row": _row, "child": _name, "detail": describe_issue(detail, "zh")},
                        )
                    )

                if d.child_id in seen:
                    issues.append(
                        Issue(
                            "sitting.duplicate_child", f"decisions[{row}]", {"row": row, "child": child.name}
                        )
                    )
                    continue
                seen.add(d.child_id)
                assessment = m.CommitteeAssessment(
                    child_id=child.id,
                    assessed_on=data.held_on,
                    members=members_text,
                    tools=d.tools.strip(),
                    findings={"结论": d.findings.strip()} if d.findings.strip() else {},
                    level=d.level.value,
                    recommended_placement=recommend(d.level, settings).value,
                    sitting_id=sitting.id,
                    outcome=d.outcome,
                    outcome_reason=d.reason.strip() or None,
                    review_on=d.review_on,
                )
                uow.add(assessment)
                child.level = d.level.value
                if d.outcome == DEFERRED:
                    for code in check_deferral(d, data.held_on):
                        problem(code)
                    if child.placement:
                        problem("defer.placed", {"placement": Placement(child.placement).label})
                    child.review_due = d.review_on
                    continue
                try:
                    kind = Placement(d.outcome)
                except ValueError:
                    problem("invalid_choice", {"field": "安置意见", "value": d.outcome})
                    continue
                try:
                    rec = self.placement.place_in(
                        uow,
                        child.id,
                        PlacementInput(
                            kind,
                            data.held_on,
                            d.reason,
                            d.school_id,
                            None,
                            d.class_name,
                            d.team_id,
                            notes=f"专家委员会 {data.held_on.isoformat()} 会议决定",
                        ),
                    )
                    decided.append((rec, assessment))
                except ValidationError as exc:
                    for issue in exc.issues:
                        problem(issue.code, {k: str(v) for k, v in issue.params.items()})
                except SpecialEdError as exc:
                    problem(exc.code, {k: str(v) for k, v in exc.params.items()})
            if issues:
                raise ValidationError(issues)  # the unit of work rolls back: nothing of the sitting is kept
            uow.session.flush()
            for rec, assessment in decided:
                # the placement names the sitting's assessment, so its paper prints the members who sat
                rec.assessment_id = assessment.id
            uow.commit()
            return self._summary(uow, sitting.id)

    def sittings(self) -> list[SittingSummary]:
        with self.ctx.uow("read") as uow:
            ids = uow.session.scalars(
                select(m.CommitteeSitting.id)
                .where(m.CommitteeSitting.archived_at.is_(None))
                .order_by(m.CommitteeSitting.held_on.desc(), m.CommitteeSitting.id.desc())
            ).all()
            return [self._summary(uow, i) for i in ids]

    def sitting(self, sitting_id: int) -> SittingSummary:
        with self.ctx.uow("read") as uow:
            return self._summary(uow, sitting_id)

    @staticmethod
    def _summary(uow: UnitOfWork, sitting_id: int) -> SittingSummary:
        s = uow.get(m.CommitteeSitting, sitting_id, "专家委员会会议")
        town = uow.session.get(m.Township, s.township_id).name if s.township_id else ""  # type: ignore[union-attr]
        rows = uow.session.execute(
            select(m.CommitteeAssessment, m.Child.name, m.Township.name)
            .join(m.Child, m.Child.id == m.CommitteeAssessment.child_id)
            .join(m.Township, m.Township.id == m.Child.township_id)
            .where(m.CommitteeAssessment.sitting_id == sitting_id)
            .order_by(m.Township.name, m.Child.name_pinyin)
        ).all()
        return SittingSummary(
            s.id,
            s.held_on,
            town,
            s.place or "",
            tuple(Member(x.get("name", ""), x.get("field", ""), x.get("unit", "")) for x in s.members),
            tuple(
                SittingDecisionRow(
                    a.child_id,
                    name,
                    t,
                    Level(a.level),
                    a.outcome or a.recommended_placement,
                    a.outcome_reason or "",
                    a.review_on,
                )
                for a, name, t in rows
            ),
        )

    # ---- 转介 ---------------------------------------------------------------------------------

    def refer(self, child_id: int, data: PlacementInput, reason: str, sitting_id: int | None = None) -> int:
        """Move a placed child to another placement, with the referral as its own record; returns its id."""
        if not reason.strip():
            raise ValidationError([Issue("referral.reason_required", "reason", {})])
        with self.ctx.uow("placement.write") as uow:
            child = uow.get(m.Child, child_id, "儿童")
            if not child.placement:
                raise ValidationError([Issue("referral.not_placed", "kind", {})])
            before = child.placement
            if before == data.kind.value:
                raise ValidationError([Issue("referral.same", "kind", {"placement": data.kind.label})])
            if not data.reason.strip():
                data.reason = reason  # the transfer's reason also explains a placement off the recommendation
            rec = self.placement.place_in(uow, child_id, data)
            uow.session.flush()
            referral = m.Referral(
                child_id=child_id,
                decided_on=data.effective_date,
                from_placement=before,
                to_placement=data.kind.value,
                reason=reason.strip(),
                placement_id=rec.id,
                sitting_id=sitting_id,
            )
            uow.add(referral)
            uow.commit()
            return referral.id

    # ---- the sitting's batch of 安置意见书 ------------------------------------------------------

    def print_sitting_notices(
        self, sitting_id: int, out: Path, printing: PrintingService
    ) -> tuple[Path, int, int]:
        """One PDF with a notice per child placed at the sitting (deferred children get none); returns
        the file, the notices printed and the deferrals left out."""
        from pypdf import PdfReader, PdfWriter

        from special_ed.printing.atomic import atomic_output

        summary = self.sitting(sitting_id)
        placed = [d for d in summary.decisions if d.outcome != DEFERRED]
        writer = PdfWriter()
        tmp_dir = Path(out).parent
        for d in placed:
            tmp = tmp_dir / f".notice-{sitting_id}-{d.child_id}.pdf"
            try:
                printing.print_notice(d.child_id, tmp)
                start = len(writer.pages)
                for page in PdfReader(io.BytesIO(tmp.read_bytes())).pages:
                    writer.add_page(page)
                writer.add_outline_item(title=f"{d.township} {d.name}", page_number=start)
            finally:
                tmp.unlink(missing_ok=True)
        with atomic_output(Path(out)) as fh:
            writer.write(fh)
        return Path(out), len(placed), len(summary.decisions) - len(placed)


def _with_note(row: PopulationRow, note: str) -> PopulationRow:
    from dataclasses import replace

    return replace(row, note=note)
