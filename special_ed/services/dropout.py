"""控辍保学: the three ledgers (适龄儿童台账, 疑似辍学学生台账, 辍学学生台账), cases opened from 三查
findings or the register, 劝返记录, and closing (动态销号) with a reason — the history is kept.

Rules:
- A case opens from a finding (its person, township and child) or for a registered child, with the
  date and why; one open case per person at a time.
- A 劝返记录 needs date, who, what was said and the result; it cannot predate the case.
- A suspected case may be confirmed as 辍学 (kept in the 辍学学生台账 from that date).
- Closing needs a kind (placed / back in school / other) and a reason; "placed" requires the child
  to hold an active placement. Closed cases stay in the ledgers with their dates (动态销号).
- Counts per township per month: opened that month, closed that month, still open at its end.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from special_ed.domain.dropout import (
    CLOSE_KINDS,
    CaseItem,
    CaseRecheck,
    FindingChoice,
    Persuasion,
    TownMonth,
    TownPeriod,
    recheck,
)
from special_ed.domain.enums import Placement
from special_ed.domain.registration import DEFERRED, CheckWindow
from special_ed.errors import Issue, NotFoundError, ValidationError
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.results.registration import PopulationRow
from special_ed.services.context import ServiceContext
from special_ed.services.registration import RegistrationService


def _item(c: m.DropoutCase) -> CaseItem:
    return CaseItem(
        c.id,
        c.child_id,
        c.name,
        c.resident_id or "",
        c.township,
        c.source,
        c.opened_on,
        c.opened_reason,
        c.confirmed_on,
        c.closed_on,
        c.close_kind or "",
        c.close_reason or "",
        tuple(Persuasion(r.day, r.who, r.what, r.result, r.id) for r in c.records),
    )


class DropoutService:
    def __init__(self, ctx: ServiceContext, registration: RegistrationService) -> None:
        self.ctx = ctx
        self.registration = registration

    # ---- opening --------------------------------------------------------------------------------

    def open_from_finding(self, finding_id: int, opened_on: date, reason: str = "") -> CaseItem:
        with self.ctx.uow("cases.write") as uow:
            finding = uow.get(m.Finding, finding_id, "三查问题")
            if finding.kind not in ("dropout_suspected", "register_without_placement"):
                raise ValidationError([Issue("case.finding_kind", "finding", {"kind": finding.kind})])
            child = uow.session.get(m.Child, finding.child_id) if finding.child_id else None
            town = finding.township or ""
            if child is not None:
                town = uow.get(m.Township, child.township_id, "乡镇").name
            text = reason.strip() or "三查发现：" + str((finding.detail or {}).get("reason", finding.kind))
            case = self._open(
                uow,
                child,
                finding.name or (child.name if child else ""),
                finding.key[:18] if finding.key and len(finding.key) == 18 else None,
                town,
                "三查",
                opened_on,
                text,
            )
            case.finding_id = finding.id
            uow.commit()
            return self._get(uow, case.id)

    def open_for_child(self, child_id: int, opened_on: date, reason: str, source: str = "登记册") -> CaseItem:
        with self.ctx.uow("cases.write") as uow:
            child = uow.get(m.Child, child_id, "儿童")
            town = uow.get(m.Township, child.township_id, "乡镇").name
            case = self._open(uow, child, child.name, child.resident_id, town, source, opened_on, reason)
            uow.commit()
            return self._get(uow, case.id)

    def _open(
        self,
        uow: UnitOfWork,
        child: m.Child | None,
        name: str,
        rid: str | None,
        town: str,
        source: str,
        opened_on: date,
        reason: str,
    ) -> m.DropoutCase:
        if not reason.strip():
            raise ValidationError([Issue("case.reason_required", "opened_reason", {})])
        cond = m.DropoutCase.child_id == child.id if child is not None else m.DropoutCase.resident_id == rid
        if child is not None or rid:
            existing = uow.session.scalars(
                select(m.DropoutCase).where(
                    cond, m.DropoutCase.closed_on.is_(None), m.DropoutCase.archived_at.is_(None)
                )
            ).first()
            if existing is not None:
                raise ValidationError(
                    [
                        Issue(
                            "case.open_exists",
                            "case",
                            {"name": name, "opened": existing.opened_on.isoformat()},
                        )
                    ]
                )
        case = m.DropoutCase(
            child_id=child.id if child is not None else None,
            name=name,
            resident_id=rid or None,
            township=town,
            source=source,
            opened_on=opened_on,
            opened_reason=reason.strip(),
        )
        uow.add(case)
        uow.session.flush()
        return case

    def findings_to_open(self) -> list[FindingChoice]:
        with self.ctx.uow("read") as uow:
            used = set(
                uow.session.scalars(
                    select(m.DropoutCase.finding_id).where(m.DropoutCase.finding_id.is_not(None))
                )
            )
            rows = uow.session.scalars(
                select(m.Finding)
                .where(
                    m.Finding.status == "open",
                    m.Finding.kind.in_(("dropout_suspected", "register_without_placement")),
                )
                .order_by(m.Finding.found_on, m.Finding.id)
            )
            return [
                FindingChoice(f.id, f.name or f.key, f.township or "", f.found_on, f.kind)
                for f in rows
                if f.id not in used
            ]

    # ---- following ------------------------------------------------------------------------------

    def add_persuasion(self, case_id: int, record: Persuasion) -> CaseItem:
        issues = [
            Issue("case.record_incomplete", name, {"field": label})
            for name, label, value in (
                ("who", "劝返人员", record.who),
                ("what", "劝返内容", record.what),
                ("result", "结果", record.result),
            )
            if not value.strip()
        ]
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("cases.write") as uow:
            case = uow.get(m.DropoutCase, case_id, "控辍保学案件")
            self._check_open(case, record.day)
            case.records.append(
                m.PersuasionRecord(
                    day=record.day,
                    who=record.who.strip(),
                    what=record.what.strip(),
                    result=record.result.strip(),
                )
            )
            uow.commit()
            return self._get(uow, case_id)

    def confirm(self, case_id: int, day: date) -> CaseItem:
        """A suspected case confirmed as 辍学 (it then also stands in the 辍学学生台账)."""
        with self.ctx.uow("cases.write") as uow:
            case = uow.get(m.DropoutCase, case_id, "控辍保学案件")
            self._check_open(case, day)
            case.confirmed_on = day
            uow.commit()
            return self._get(uow, case_id)

    def close(self, case_id: int, day: date, kind: str, reason: str) -> CaseItem:
        """动态销号: placed or back in school (or other), with a reason; the case stays in the ledgers."""
        issues = []
        if kind not in CLOSE_KINDS:
            issues.append(
                Issue("case.close_kind", "close_kind", {"value": kind, "allowed": "、".join(CLOSE_KINDS)})
            )
        if not reason.strip():
            issues.append(Issue("case.close_reason_required", "close_reason", {}))
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("cases.write") as uow:
            case = uow.get(m.DropoutCase, case_id, "控辍保学案件")
            self._check_open(case, day)
            if kind == "placed":
                child = uow.session.get(m.Child, case.child_id) if case.child_id else None
                if child is None or not child.placement:
                    raise ValidationError([Issue("case.not_placed", "close_kind", {"name": case.name})])
            case.closed_on, case.close_kind, case.close_reason = day, kind, reason.strip()
            uow.commit()
            return self._get(uow, case_id)

    @staticmethod
    def _check_open(case: m.DropoutCase, day: date) -> None:
        if case.closed_on is not None:
            raise ValidationError([Issue("case.closed", "case", {"day": case.closed_on.isoformat()})])
        if day < case.opened_on:
            raise ValidationError(
                [
                    Issue(
                        "case.before_open",
                        "day",
                        {"day": day.isoformat(), "opened": case.opened_on.isoformat()},
                    )
                ]
            )

    # ---- reading --------------------------------------------------------------------------------

    def _get(self, uow: UnitOfWork, case_id: int) -> CaseItem:
        case = uow.session.scalars(
            select(m.DropoutCase)
            .options(selectinload(m.DropoutCase.records))
            .where(m.DropoutCase.id == case_id)
        ).first()
        if case is None:
            raise NotFoundError(what="控辍保学案件", key=str(case_id))
        return _item(case)

    def case(self, case_id: int) -> CaseItem:
        with self.ctx.uow("read") as uow:
            return self._get(uow, case_id)

    def cases(self, township: str | None = None, open_only: bool = False) -> list[CaseItem]:
        with self.ctx.uow("read") as uow:
            stmt = (
                select(m.DropoutCase)
                .options(selectinload(m.DropoutCase.records))
                .where(m.DropoutCase.archived_at.is_(None))
                .order_by(m.DropoutCase.township, m.DropoutCase.opened_on, m.DropoutCase.id)
            )
            if township:
                stmt = stmt.where(m.DropoutCase.township == township)
            if open_only:
                stmt = stmt.where(m.DropoutCase.closed_on.is_(None))
            return [_item(c) for c in uow.session.scalars(stmt)]

    def suspected_ledger(self, township: str | None = None) -> list[CaseItem]:
        """疑似辍学学生台账: every case ever opened (open and closed), with its history."""
        return self.cases(township)

    def dropout_ledger(self, township: str | None = None) -> list[CaseItem]:
        """辍学学生台账: cases confirmed as 辍学 (open and closed)."""
        return [c for c in self.cases(township) if c.confirmed_on is not None]

    def school_age_ledger(
        self, window: CheckWindow, township: str | None = None
    ) -> list[tuple[PopulationRow, str]]:
        """适龄儿童台账: every registered child of the window with status — placed, deferred, or a case."""
        rows = self.registration.check_population(window, township)
        open_cases = {c.child_id: c for c in self.cases(township, open_only=True) if c.child_id is not None}
        out = []
        for r in rows:
            case = open_cases.get(r.child_id) if r.child_id is not None else None
            if case is not None:
                status = case.status
            elif r.placement == DEFERRED:
                status = "延缓入学"
            elif r.placement:
                status = "在校（已安置）"
            else:
                status = "未入学"
            out.append((r, status))
        return out

    def counts(self, first: date, last: date, township: str | None = None) -> list[TownMonth]:
        """Per township per month between two dates: opened, closed, open at the month's end."""
        cases = self.cases(township)
        towns = sorted({c.township for c in cases})
        out: list[TownMonth] = []
        cursor = first.replace(day=1)
        while cursor <= last:
            month_end = (cursor + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            for town in towns:
                mine = [c for c in cases if c.township == town]
                opened = sum(1 for c in mine if cursor <= c.opened_on <= month_end)
                closed = sum(1 for c in mine if c.closed_on and cursor <= c.closed_on <= month_end)
                still = sum(
                    1
                    for c in mine
                    if c.opened_on <= month_end and (c.closed_on is None or c.closed_on > month_end)
                )
                if opened or closed or still:
                    out.append(TownMonth(town, cursor.year, cursor.month, opened, closed, still))
            cursor = month_end + timedelta(days=1)
        return out

    # ---- the monthly and quarterly forms --------------------------------------------------------

    def period_figures(
        self, first: date, last: date, window: CheckWindow, townships: list[str]
    ) -> list[TownPeriod]:
        """Each township's figures for the period: the school-age children of ``window`` (placed,
        deferred) and the cases open at its start, opened, persuaded, closed by kind, open at its
        end. Every township named is listed, with zeros where nothing happened (零报告)."""
        population = self.registration.check_population(window)
        cases = self.cases()
        out = []
        for town in townships:
            people = [r for r in population if r.township == town]
            mine = [c for c in cases if c.township == town]
            closed = [c for c in mine if c.closed_on is not None and first <= c.closed_on <= last]
            still = [c for c in mine if c.opened_on <= last and (c.closed_on is None or c.closed_on > last)]
            out.append(
                TownPeriod(
                    town,
                    len(people),
                    sum(1 for r in people if r.placement and r.placement != DEFERRED),
                    sum(1 for r in people if r.placement == DEFERRED),
                    sum(
                        1
                        for c in mine
                        if c.opened_on < first and (c.closed_on is None or c.closed_on >= first)
                    ),
                    sum(1 for c in mine if first <= c.opened_on <= last),
                    sum(1 for c in mine for r in c.records if first <= r.day <= last),
                    sum(1 for c in closed if c.close_kind == "placed"),
                    sum(1 for c in closed if c.close_kind == "back_in_school"),
                    sum(1 for c in closed if c.close_kind not in ("placed", "back_in_school")),
                    len(still),
                    sum(1 for c in still if c.confirmed_on is not None and c.confirmed_on <= last),
                )
            )
        return out

    def rechecks(self, first: date, last: date) -> list[CaseRecheck]:
        """The county's quarterly re-check: every case open at some time in ``first`` … ``last``,
        with the quarter's 劝返记录 and what the re-check concludes (see ``domain.dropout.recheck``)."""
        cases = [
            c for c in self.cases() if c.opened_on <= last and (c.closed_on is None or c.closed_on >= first)
        ]
        ids = [c.child_id for c in cases if c.child_id is not None]
        with self.ctx.uow("read") as uow:
            placements = dict(
                uow.session.execute(select(m.Child.id, m.Child.placement).where(m.Child.id.in_(ids))).all()
            )
        labels = {cid: Placement(kind).label for cid, kind in placements.items() if kind}
        return [
            recheck(c, first, last, labels.get(c.child_id, "") if c.child_id is not None else "")
            for c in cases
        ]
