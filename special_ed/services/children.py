"""Create, edit, archive and read one child's record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm.attributes import flag_modified

from special_ed.domain.child import ChildInput, GuardianInput, validate_child
from special_ed.domain.enums import Category, ChildStatus, GuardianRelation, Level, Sex
from special_ed.errors import ConflictError, Issue, SpecialEdError, ValidationError
from special_ed.formatting import Names
from special_ed.persistence.models import AuditEntry, Child, Guardian
from special_ed.persistence.uow import UnitOfWork, retry_when_locked
from special_ed.results.children import ChildDetail, HistoryEntry, SaveResult
from special_ed.services.context import ServiceContext
from special_ed.services.display_names import load_names, referenced_ids
from special_ed.services.names import initials_of, pinyin_of


def to_input(c: Child) -> ChildInput:
    return ChildInput(
        name=c.name,
        sex=Sex(c.sex),
        birth_date=c.birth_date,
        township_id=c.township_id,
        resident_id=c.resident_id or "",
        ethnicity=c.ethnicity or "",
        village_id=c.village_id,
        address=c.address or "",
        home_lat=c.home_lat,
        home_lon=c.home_lon,
        guardians=[
            GuardianInput(g.name, GuardianRelation(g.relation), g.phone or "", g.id) for g in c.guardians
        ],
        registered_poor=c.registered_poor,
        dibao=c.dibao,
        left_behind=c.left_behind,
        orphan=c.orphan,
        has_certificate=c.has_certificate,
        certificate_no=c.certificate_no or "",
        categories=[Category(x) for x in c.categories.split(",") if x],
        grade=c.grade,
        level=Level(c.level) if c.level else None,
        school_register_no=c.school_register_no or "",
        register_school_id=c.register_school_id,
        grade_year=c.grade_year or "",
        class_name=c.class_name or "",
        status=ChildStatus(c.status),
        visit_window_start=c.visit_window_start,
        visit_window_end=c.visit_window_end,
        visit_weekdays=[int(x) for x in (c.visit_weekdays or "").split(",") if x],
        visit_duration_min=c.visit_duration_min,
        notes=c.notes or "",
    )


def apply_input(c: Child, d: ChildInput) -> None:
    """Copy validated input onto the row (only changed values, so the audit shows real changes)."""
    values: dict[str, Any] = {
        "name": d.name,
        "name_pinyin": pinyin_of(d.name),
        "name_initials": initials_of(d.name),
        "sex": d.sex.value if d.sex else None,
        "birth_date": d.birth_date,
        "resident_id": d.resident_id or None,
        "ethnicity": d.ethnicity or None,
        "township_id": d.township_id,
        "village_id": d.village_id,
        "address": d.address or None,
        "home_lat": d.home_lat,
        "home_lon": d.home_lon,
        "registered_poor": d.registered_poor,
        "dibao": d.dibao,
        "left_behind": d.left_behind,
        "orphan": d.orphan,
        "has_certificate": d.has_certificate,
        "certificate_no": d.certificate_no or None,
        "categories": ",".join(sorted(c.value for c in d.categories)),
        "primary_category": d.categories[0].value if d.categories else None,
        "grade": d.grade,
        "level": d.level.value if d.level else None,
        "school_register_no": d.school_register_no or None,
        "register_school_id": d.register_school_id,
        "grade_year": d.grade_year or None,
        "class_name": d.class_name or None,
        "status": d.status.value,
        "visit_window_start": d.visit_window_start,
        "visit_window_end": d.visit_window_end,
        "visit_weekdays": ",".join(str(x) for x in d.visit_weekdays) or None,
        "visit_duration_min": d.visit_duration_min,
        "notes": d.notes or None,
    }
    for key, value in values.items():
        if getattr(c, key) != value:
            setattr(c, key, value)
    if _apply_guardians(c, d.guardians) and inspect(c).persistent:
        # A change to a guardian is a change to the child's record: the child's version must move,
        # or another office's older form would silently overwrite it.
        flag_modified(c, "updated_at")


def _apply_guardians(c: Child, wanted: list[GuardianInput]) -> bool:
    """Update the stored guardians in place (matched by id, then by position among the rest),
    add new ones, remove dropped ones; True when anything changed."""
    existing = list(c.guardians)
    by_id = {g.id: g for g in existing}
    used: set[int] = set()
    matched: list[tuple[GuardianInput, Guardian | None]] = []
    for g in wanted:
        row = by_id.get(g.id) if g.id is not None else None
        if row is not None and row.id not in used:
            used.add(row.id)
        else:
            row = None
        matched.append((g, row))
    spare = [g for g in existing if g.id not in used]
    for i, (g, row) in enumerate(matched):
        if row is None and spare:
            row = spare.pop(0)
            matched[i] = (g, row)
    changed = bool(spare) or len(wanted) != len(existing)
    for row in spare:
        c.guardians.remove(row)
    for position, (g, row) in enumerate(matched):
        values = {
            "name": g.name,
            "relation": g.relation.value,
            "phone": g.phone or None,
            "position": position,
        }
        if row is None:
            c.guardians.append(Guardian(**values))
            changed = True
            continue
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed = True
    return changed


def _detail(c: Child, masked: bool) -> ChildDetail:
    data = to_input(c)
    if masked:
        data = masked_input(data)
    return ChildDetail(
        id=c.id,
        version=c.version,
        data=data,
        placement=c.placement or "",
        placement_school_id=c.placement_school_id,
        team_id=c.team_id,
        review_due=c.review_due,
        archived_at=c.archived_at,
        archived_reason=c.archived_reason or "",
        created_at=c.created_at,
        created_by=c.created_by or "",
        updated_at=c.updated_at,
        updated_by=c.updated_by or "",
    )


_MASKED_FIELDS = {"resident_id", "certificate_no", "phone", "school_register_no"}


def _masked_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """A viewer's history: IDs, certificate numbers and phones masked in the old and new values too."""
    from special_ed.domain.identifiers import mask_certificate, mask_phone, mask_resident_id

    def mask(field: str, value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        if field == "phone":
            return mask_phone(value)
        if field == "certificate_no":
            return mask_certificate(value)
        return mask_resident_id(value)

    out: dict[str, Any] = {}
    for field, value in changes.items():
        if field in _MASKED_FIELDS:
            out[field] = [mask(field, v) for v in value] if isinstance(value, list) else mask(field, value)
        else:
            out[field] = value
    return out


def masked_input(d: ChildInput) -> ChildInput:
    """What a viewer sees of a child: IDs, certificate numbers and phones masked."""
    from dataclasses import replace

    from special_ed.domain.identifiers import mask_certificate, mask_phone, mask_register_no, mask_resident_id

    return replace(
        d,
        resident_id=mask_resident_id(d.resident_id) if d.resident_id else d.resident_id,
        certificate_no=mask_certificate(d.certificate_no or "") or d.certificate_no,
        school_register_no=mask_register_no(d.school_register_no or "", d.resident_id or "")
        or d.school_register_no,
        guardians=[replace(g, phone=mask_phone(g.phone) if g.phone else g.phone) for g in d.guardians],
    )


class ChildrenService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def validate(self, data: ChildInput, child_id: int | None = None) -> list[Issue]:
        """All issues of a would-be save, including a resident ID already used by another child."""
        data, issues = validate_child(data, self.ctx.settings(), self.ctx.today())
        if data.resident_id and not any(i.field == "resident_id" and i.is_error for i in issues):
            with self.ctx.uow("read") as uow:
                issues.extend(self._duplicate_id(uow, data.resident_id, child_id))
        return issues

    def _duplicate_id(self, uow: UnitOfWork, resident_id: str, child_id: int | None) -> list[Issue]:
        other = uow.session.execute(
            select(Child.id, Child.name).where(Child.resident_id == resident_id)
        ).first()
        if other is not None and other.id != child_id:
            return [Issue("id.duplicate", "resident_id", {"value": resident_id, "other": other.name})]
        return []

    @retry_when_locked
    def create(self, data: ChildInput) -> SaveResult:
        data, issues = validate_child(data, self.ctx.settings(), self.ctx.today())
        with self.ctx.uow("children.write") as uow:
            if data.resident_id:
                issues.extend(self._duplicate_id(uow, data.resident_id, None))
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            child = Child()
            apply_input(child, data)
            uow.add(child)
            uow.commit()
            return SaveResult(child.id, child.version, [i for i in issues if not i.is_error])

    @retry_when_locked
    def update(self, child_id: int, data: ChildInput, expected_version: int) -> SaveResult:
        data, issues = validate_child(data, self.ctx.settings(), self.ctx.today())
        with self.ctx.uow("children.write") as uow:
            if data.resident_id:
                issues.extend(self._duplicate_id(uow, data.resident_id, child_id))
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            child = uow.get(Child, child_id, "儿童")
            self._check_version(child, expected_version)
            apply_input(child, data)
            uow.commit()
            return SaveResult(child.id, child.version, [i for i in issues if not i.is_error])

    def _check_version(self, child: Child, expected: int) -> None:
        if child.version != expected:
            # the other office's record rides along, so the form can show both side by side
            current = _detail(child, self.ctx.actor.masks_identifiers)
            raise ConflictError(by=child.updated_by or "", current=current)

    @retry_when_locked
    def archive(self, child_id: int, reason: str, expected_version: int | None = None) -> int:
        if not reason.strip():
            raise ValidationError([Issue("archived.reason_required", "reason")])
        with self.ctx.uow("children.archive") as uow:
            child = uow.get(Child, child_id, "儿童")
            if expected_version is not None:
                self._check_version(child, expected_version)
            if child.archived_at is not None:
                raise SpecialEdError("archived.already")
            child.archived_at = self.ctx.clock()
            child.archived_by = self.ctx.actor.name
            child.archived_reason = reason.strip()
            uow.commit()
            return child.version

    @retry_when_locked
    def restore(self, child_id: int) -> int:
        with self.ctx.uow("children.archive") as uow:
            child = uow.get(Child, child_id, "儿童")
            child.archived_at = None
            child.archived_by = None
            child.archived_reason = None
            uow.commit()
            return child.version

    def get(self, child_id: int) -> ChildDetail:
        with self.ctx.uow("read") as uow:
            return _detail(uow.get(Child, child_id, "儿童"), self.ctx.actor.masks_identifiers)

    def find(self, key: str) -> int:
        """A child's id from an id number or a resident ID (CLI and imports)."""
        key = key.strip()
        with self.ctx.uow("read") as uow:
            if key.isdigit() and len(key) < 10:
                return uow.get(Child, int(key), "儿童").id
            found = uow.session.scalar(select(Child.id).where(Child.resident_id == key.upper()))
            if found is None:
                from special_ed.errors import NotFoundError

                raise NotFoundError(what="儿童", key=key)
            return int(found)

    def history(self, child_id: int) -> list[HistoryEntry]:
        """The audit trail of the child and of the rows that belong to it (guardians, placements …)."""
        from special_ed.persistence import models as m

        with self.ctx.uow("read") as uow:
            uow.get(Child, child_id, "儿童")  # scoped: a child outside the actor's scope is not found
            related: list[tuple[str, list[str]]] = [("children", [str(child_id)])]
            for model in (
                m.Guardian,
                m.PlacementRecord,
                m.CommitteeAssessment,
                m.Scheme,
                m.TermPlan,
                m.ProgressAssessment,
                m.Visit,
                m.Attachment,
                m.LessonPlan,
                m.CoverageException,
            ):
                ids = [
                    str(x) for x in uow.session.scalars(select(model.id).where(model.child_id == child_id))
                ]
                if ids:
                    related.append((model.__tablename__, ids))
            seen: dict[int, AuditEntry] = {}
            for table, ids in related:
                stmt = select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id.in_(ids))
                seen.update((e.id, e) for e in uow.session.scalars(stmt))
            # rows that are gone (a guardian removed from the list) are found by the child they belonged to
            seen.update(
                (e.id, e)
                for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.child_id == child_id))
            )
            masked = self.ctx.actor.masks_identifiers
            entries = [
                HistoryEntry(
                    e.at,
                    e.user,
                    e.table_name,
                    e.record_id,
                    e.action,
                    _masked_changes(e.changes) if masked else e.changes,
                )
                for e in seen.values()
            ]
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries

    def history_names(self, entries: list[HistoryEntry], lang: str = "zh") -> Names:
        """Names of the rows the entries' foreign keys point at (for :func:`special_ed.formatting.format_changes`)."""
        wanted = referenced_ids((e.table, e.changes) for e in entries)
        if not wanted:
            return {}
        with self.ctx.uow("read") as uow:
            return load_names(uow, wanted, lang)
