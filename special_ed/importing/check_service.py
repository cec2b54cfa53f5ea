"""三查 against the database: run the cross-check, keep findings, follow them up (两问一访).

Findings are stored by (kind, person key), so running the check again updates the same
finding instead of creating a new one; a finding that no longer appears is closed with a
note saying so, and one that has been resolved by a coordinator stays resolved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select

from special_ed.domain.child import ChildInput
from special_ed.domain.enums import Category, Sex
from special_ed.domain.place_names import Place, PlaceMatcher
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.importing.crosscheck import (
    CheckReport,
    CheckRules,
    ChildSnapshot,
    CrossCheck,
    Finding,
    FindingKind,
    SourceRecord,
)
from special_ed.importing.reports import write_check_report
from special_ed.importing.sources import Source
from special_ed.persistence.models import (
    Child,
    FollowUp,
    School,
    SourceList,
    SourceRow,
    Township,
    Village,
    Visit,
)
from special_ed.persistence.models import Finding as FindingRow
from special_ed.results.checks import OPEN, RESOLVED, FindingItem, FollowUpItem, Step
from special_ed.services.context import ServiceContext

AUTO_CLOSED = "复查时已不再出现（名单或记录已更新）"


def _json_safe(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


class CheckService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def rules(self) -> CheckRules:
        settings = self.ctx.settings()
        today = self.ctx.today()
        reference = settings.reference_date(today.year)
        if reference > today:
            reference = settings.reference_date(today.year - 1)
        return CheckRules(today, settings.age_min, settings.age_max, settings.no_visit_alert_days, reference)

    def lists(self) -> list[tuple[Source, str, date, int]]:
        """The active source lists: (source, file name, imported on, rows)."""
        with self.ctx.uow("read") as uow:
            stmt = select(SourceList).where(SourceList.active.is_(True)).order_by(SourceList.source)
            return [
                (Source(x.source), x.filename, x.imported_on, x.row_count) for x in uow.session.scalars(stmt)
            ]

    def compute(self) -> CheckReport:
        """Match the active lists with the children and return the findings (nothing stored)."""
        check = CrossCheck(self.rules())
        with self.ctx.uow("read") as uow:
            s = uow.session
            last_visit = (
                select(Visit.child_id, func.max(Visit.day).label("last"))
                .where(Visit.status == "done", Visit.archived_at.is_(None))
                .group_by(Visit.child_id)
                .subquery()
            )
            stmt = (
                select(Child.id, Child.name, Child.resident_id, Child.sex, Child.birth_date, Township.name,
                       Child.placement, last_visit.c.last, Child.registered_poor)
                .join(Township, Township.id == Child.township_id)
                .outerjoin(last_visit, last_visit.c.child_id == Child.id)
                .where(Child.archived_at.is_(None), Child.status.in_(("in_school", "suspended", "over_age")))
            )  # fmt: skip
            check.add_children(ChildSnapshot(*row) for row in s.execute(stmt))
            rows = (
                select(SourceList.source, SourceRow.row_no, SourceRow.name, SourceRow.resident_id, SourceRow.sex,
                       SourceRow.birth_date, SourceRow.township, SourceRow.village, SourceRow.certificate_no,
                       SourceRow.category, SourceRow.school, SourceRow.data, SourceRow.registered_poor)
                .join(SourceList, SourceList.id == SourceRow.list_id)
                .where(SourceList.active.is_(True))
            )  # fmt: skip
            check.add_records(
                SourceRecord(
                    Source(src),
                    row_no,
                    name or "",
                    rid,
                    sex,
                    birth,
                    township,
                    village,
                    cert,
                    tuple(category.split(",")) if category else (),
                    school,
                    (data or {}).get("placement"),
                    poor,
                )
                for src, row_no, name, rid, sex, birth, township, village, cert, category, school, data, poor in s.execute(
                    rows
                ).yield_per(5000)
            )
        return check.run()

    def run(self) -> list[FindingItem]:
        """Compute and store: new findings open, known ones updated, vanished open ones closed."""
        report = self.compute()
        today = self.ctx.today()
        with self.ctx.uow("check.write") as uow:
            s = uow.session
            existing = {(f.kind, f.key): f for f in s.scalars(select(FindingRow))}
            seen: set[tuple[str, str]] = set()
            for finding in report.findings:
                key = (finding.kind.value, finding.person_key)
                seen.add(key)
                detail = _json_safe({**finding.detail, "sources": list(finding.sources)})
                row = existing.get(key)
                if row is None:
                    uow.add(FindingRow(kind=key[0], key=key[1], child_id=finding.child_id, name=finding.name,
                                       township=finding.township, detail=detail, status=OPEN, found_on=today))  # fmt: skip
                    continue
                if row.detail != detail:
                    row.detail = detail
                if row.child_id != finding.child_id:
                    row.child_id = finding.child_id
                if row.township != finding.township:
                    row.township = finding.township
                if row.status == RESOLVED and row.resolution == AUTO_CLOSED:
                    row.status, row.resolved_on, row.resolution = OPEN, None, None  # it came back
            for key, row in existing.items():
                if key not in seen and row.status == OPEN:
                    row.status, row.resolved_on, row.resolution = RESOLVED, today, AUTO_CLOSED
            uow.commit()
        return self.findings()

    def findings(self, status: str | None = None) -> list[FindingItem]:
        with self.ctx.uow("read") as uow:
            s = uow.session
            stmt = select(FindingRow)
            if status is not None:
                stmt = stmt.where(FindingRow.status == status)
            rows = list(s.scalars(stmt))
            follow: dict[int, list[FollowUpItem]] = {}
            for f in s.scalars(select(FollowUp).order_by(FollowUp.done_on, FollowUp.id)):
                follow.setdefault(f.finding_id, []).append(FollowUpItem(f.id, Step(f.step), f.done_on, f.who,
                                                                        f.result))  # fmt: skip
            order = list(FindingKind)
            items = [
                FindingItem(
                    r.id,
                    FindingKind(r.kind),
                    r.key,
                    r.name or "",
                    r.township or "",
                    r.child_id,
                    r.detail,
                    r.status,
                    r.found_on,
                    r.resolved_on,
                    r.resolution or "",
                    r.version,
                    tuple(follow.get(r.id, ())),
                )
                for r in rows
            ]
        items.sort(key=lambda f: (f.status != OPEN, f.township, order.index(f.kind), f.name))
        return items

    def add_follow_up(self, finding_id: int, step: Step | str, done_on: date, who: str, result: str) -> int:
        issues: list[Issue] = []
        try:
            step = Step(step)
        except ValueError:
            issues.append(Issue("followup.step", "step", {"value": str(step)}))
        if not who.strip():
            issues.append(Issue("required", "who"))
        if not result.strip():
            issues.append(Issue("required", "result"))
        if done_on > self.ctx.today():
            issues.append(Issue("date.future", "done_on"))
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("check.write") as uow:
            uow.get(FindingRow, finding_id, "核查问题")
            row = FollowUp(finding_id=finding_id, step=Step(step).value, done_on=done_on, who=who.strip(),
                           result=result.strip())  # fmt: skip
            uow.add(row)
            uow.commit()
            return row.id

    def resolve(self, finding_id: int, resolution: str) -> None:
        if not resolution.strip():
            raise ValidationError([Issue("followup.resolution_required", "resolution")])
        with self.ctx.uow("check.write") as uow:
            row = uow.get(FindingRow, finding_id, "核查问题")
            row.status, row.resolved_on, row.resolution = RESOLVED, self.ctx.today(), resolution.strip()
            uow.commit()

    # ---- 疑似失学辍学: a child only an agency knows becomes a registered child ------------------

    def draft_child(self, finding_id: int) -> ChildInput:
        """The child as the agency lists know it (every source row of the finding's person), for the form."""
        with self.ctx.uow("read") as uow:
            s = uow.session
            row = uow.get(FindingRow, finding_id, "核查问题")
            if row.kind != FindingKind.DROPOUT_SUSPECTED.value or row.child_id is not None:
                raise SpecialEdError("check.not_unregistered", name=row.name or "")
            key = row.key
            match: ColumnElement[bool]
            if "|" in key:
                name, birth = key.split("|", 1)
                match = (SourceRow.name == name) & (SourceRow.birth_date == date.fromisoformat(birth))
            else:
                match = SourceRow.resident_id == key
            sources = list(s.scalars(
                select(SourceRow).join(SourceList, SourceList.id == SourceRow.list_id)
                .where(SourceList.active.is_(True), match).order_by(SourceRow.id)
            ))  # fmt: skip
            towns = [
                Place(t.id, t.name) for t in s.scalars(select(Township).where(Township.archived_at.is_(None)))
            ]
            villages = [Place(v.id, v.name, v.township_id)
                        for v in s.scalars(select(Village).where(Village.archived_at.is_(None)))]  # fmt: skip
            school_ids = {n: i for i, n in s.execute(select(School.id, School.name))}

            # the first list that gives a value wins (read now: the rows are gone with the session)
            given = {attr: next((getattr(r, attr) for r in sources if getattr(r, attr)), None)
                     for attr in ("name", "sex", "birth_date", "resident_id", "township", "village", "certificate_no",
                                  "category", "grade", "registered_poor", "school_register_no", "school")}  # fmt: skip
            first = given.get

            area = PlaceMatcher(towns, villages).area(
                first("township") or row.township or "", first("village") or ""
            )
            township = area.township.place
            village = area.village.place if area.village is not None else None
            categories = [
                Category(c) for c in (first("category") or "").split(",") if c in {x.value for x in Category}
            ]
            finding_name = row.name

        return ChildInput(
            name=first("name") or finding_name or "",
            sex=Sex(str(given["sex"])) if given["sex"] in ("M", "F") else None,
            birth_date=first("birth_date"),
            township_id=township.id if township else None,
            resident_id=first("resident_id") or ("" if "|" in key else key),
            village_id=village.id if village else None,
            certificate_no=first("certificate_no") or "",
            has_certificate=bool(first("certificate_no")),
            categories=categories,
            grade=first("grade"),
            registered_poor=bool(first("registered_poor")),
            school_register_no=first("school_register_no") or "",
            register_school_id=school_ids.get(first("school") or ""),
        )

    def link_child(self, finding_id: int, child_id: int) -> None:
        """The finding now points to the registered child, and is resolved by that registration."""
        with self.ctx.uow("check.write") as uow:
            row = uow.get(FindingRow, finding_id, "核查问题")
            child = uow.get(Child, child_id, "儿童")
            row.child_id = child.id
            row.status, row.resolved_on = RESOLVED, self.ctx.today()
            row.resolution = f"已登记为儿童：{child.name}（编号 {child.id}）"
            uow.commit()

    def reopen(self, finding_id: int) -> None:
        with self.ctx.uow("check.write") as uow:
            row = uow.get(FindingRow, finding_id, "核查问题")
            row.status, row.resolved_on, row.resolution = OPEN, None, None
            uow.commit()

    def export(self, path: str | Path) -> int:
        """The check report as xlsx, with each finding's status and 两问一访 record; returns the finding count."""
        report = self.compute()
        stored = {(f.kind.value, f.key): f for f in self.findings()}

        def status_of(finding: Finding) -> tuple[str, str]:
            item = stored.get((finding.kind.value, finding.person_key))
            if item is None:
                return "未处理", ""
            steps = "；".join(
                f"{u.done_on.isoformat()} {u.step.label}（{u.who}）：{u.result}" for u in item.follow_ups
            )
            if item.status == RESOLVED:
                return "已解决", "；".join(x for x in (steps, f"结论：{item.resolution}") if x)
            return ("核查中" if item.follow_ups else "未处理"), steps

        write_check_report(path, report, status_of)
        return len(report.findings)
