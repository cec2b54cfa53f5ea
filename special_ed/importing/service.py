"""Importing into the database: preview with database-aware checks, then ONE transaction.

A children list becomes child records (duplicates against the database are kept, replaced
or merged field by field, as the user decides); an agency list (残联, 学籍, 户籍, 扶贫) is
stored as a source list for the 三查 cross-check, replacing the previous list of that
source. Either everything valid is written or, on any error or a cancel, nothing is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from special_ed.domain.access import allowed
from special_ed.domain.child import ChildInput, GuardianInput, validate_child
from special_ed.domain.enums import Category, ChildStatus, GuardianRelation, Level, Sex
from special_ed.domain.place_names import MatchKind, Place, PlaceMatcher
from special_ed.errors import ConflictError, Issue, PermissionDeniedError, SpecialEdError, ValidationError
from special_ed.importing.columns import ColumnMapping, MappingPreset, guess_mapping, recognise
from special_ed.importing.placements import PlacementReader, kept_placement_issue
from special_ed.importing.reports import write_rejects
from special_ed.importing.sources import Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import REJECTED, RowValidator, Summary, ValidatedRow
from special_ed.importing.values import split_list
from special_ed.persistence.models import Child, School, SourceList, SourceRow, Township, Village
from special_ed.persistence.models import MappingPreset as PresetRow
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.results.imports import Decision, Duplicate, FieldDiff, ImportPreview, ImportResult, Resolution
from special_ed.services.children import apply_input, to_input
from special_ed.services.context import ServiceContext
from special_ed.services.placement import PlacementService

# Child fields an import can set, keyed by the mapped field that supplies them.
_CHILD_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "sex": ("sex",),
    "birth_date": ("birth_date",),
    "resident_id": ("resident_id",),
    "ethnicity": ("ethnicity",),
    "township": ("township_id",),
    "village": ("village_id",),
    "address": ("address",),
    "guardian_name": ("guardians",),
    "guardian_phone": ("guardians",),
    "is_poor": ("registered_poor",),
    "dibao": ("dibao",),
    "left_behind": ("left_behind",),
    "orphan": ("orphan",),
    "has_certificate": ("has_certificate",),
    "home_lat": ("home_lat",),
    "home_lon": ("home_lon",),
    "status": ("status",),
    "certificate_no": ("certificate_no", "has_certificate"),
    "categories": ("categories",),
    "grade": ("grade",),
    "level": ("level",),
    "school_register_no": ("school_register_no",),
    "school_name": ("register_school_id",),
    "school_grade": ("grade_year",),
    "class_name": ("class_name",),
}


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, Sex):
        return value.label
    if isinstance(value, Level):
        return value.label
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "、".join(_show(v) for v in value)
    if isinstance(value, Category):
        return value.label
    if isinstance(value, GuardianInput):
        return f"{value.name} {value.phone}".strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _recount(rows: Iterable[ValidatedRow]) -> Summary:
    summary = Summary()
    for row in rows:
        summary.add(row)
    return summary


class ImportService:
    def __init__(self, ctx: ServiceContext, placement: PlacementService | None = None) -> None:
        self.ctx = ctx
        self.placement = placement or PlacementService(ctx)

    # -- presets --------------------------------------------------------------------------
    def presets(self, source: Source | None = None) -> list[MappingPreset]:
        with self.ctx.uow("read") as uow:
            stmt = select(PresetRow).order_by(PresetRow.source, PresetRow.name)
            if source is not None:
                stmt = stmt.where(PresetRow.source == source.value)
            return [
                MappingPreset.from_dict({"name": p.name, "source": p.source, "columns": p.mapping})
                for p in uow.session.scalars(stmt)
            ]

    def save_preset(self, preset: MappingPreset) -> None:
        with self.ctx.uow("import.presets") as uow:
            row = uow.first(PresetRow, source=preset.source, name=preset.name)
            if row is None:
                uow.add(PresetRow(source=preset.source, name=preset.name, mapping=dict(preset.by_header)))
            elif row.mapping != dict(preset.by_header):
                row.mapping = dict(preset.by_header)
            uow.commit()

    def preset(self, name: str, source: Source | None = None) -> MappingPreset:
        for preset in self.presets(source):
            if preset.name == name:
                return preset
        raise SpecialEdError("import.preset_invalid", name=name, detail="没有这个方案")

    # -- preview --------------------------------------------------------------------------
    def preview(
        self,
        path: str | Path,
        source: Source,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
        progress: Progress = NO_PROGRESS,
        preset: MappingPreset | None = None,
        keep: int | None = None,
    ) -> ImportPreview:
        """Read and validate every row; nothing is written. A preset also helps find its header row.

        ``keep`` (agency lists only) bounds memory on huge files: at most that many rows with
        problems and that many clean rows are held for display; the counts cover every row, and
        :meth:`commit` and :meth:`write_rejects` then read the file again as a stream.
        """
        if source is Source.CHILDREN:
            keep = None  # children rows need duplicate decisions: all of them are held
        with SheetTable(path, sheet, recognise=preset.recogniser() if preset else recognise) as table:
            mapping = mapping or (preset.apply(table.columns) if preset else guess_mapping(table.columns))
            validator = RowValidator(mapping, source, today=self.ctx.today())
            rows: list[ValidatedRow] = []
            held = {True: 0, False: 0}  # has issues → rows held
            complete = True
            for seen, row in enumerate(validator.run(table.rows()), start=1):
                flagged = bool(row.issues)
                if keep is None or held[flagged] < keep:
                    rows.append(row)
                    held[flagged] += 1
                else:
                    complete = False
                if seen % 500 == 0:
                    progress.advance(500)  # rows read; raises CancelledError on a cancel
            preview = ImportPreview(
                Path(path),
                table.sheet,
                source,
                mapping,
                rows,
                validator.summary,
                complete=complete,
                preset=preset,
            )
        if source is Source.CHILDREN:
            self._check_against_database(preview)
        return preview

    def write_rejects(self, preview: ImportPreview, path: str | Path) -> int:
        if preview.complete:
            return write_rejects(path, preview.mapping, preview.rows, source_name=preview.source.label)
        with self.validated(preview.path, preview.source, preview.sheet, preview.preset, preview.mapping) as (
            _table,
            _validator,
            rows,
        ):
            return write_rejects(path, preview.mapping, rows, source_name=preview.source.label)

    def _check_against_database(self, preview: ImportPreview) -> None:
        settings = self.ctx.settings()
        today = self.ctx.today()
        with self.ctx.uow("read") as uow:
            s = uow.session
            townships = {name: tid for tid, name in s.execute(select(Township.id, Township.name))}
            villages = {(tid, name): vid for vid, tid, name in s.execute(select(Village.id, Village.township_id,
                                                                                Village.name))}  # fmt: skip
            schools = {name: sid for sid, name in s.execute(select(School.id, School.name))}
            # names in the forms people write them: 圣泉社区居民委员会 / 圣泉社区 / 高唐街道圣泉社区
            matcher = PlaceMatcher(
                [Place(tid, name) for name, tid in townships.items()],
                [Place(vid, name, tid) for (tid, name), vid in villages.items()],
                county_names=tuple(n for n in (settings.county_name,) if n),
            )
            by_id: dict[str, Child] = {}
            by_name_birth: dict[tuple[str, date], Child] = {}
            ids = [r.values["resident_id"] for r in preview.importable if r.values.get("resident_id")]
            for start in range(0, len(ids), 900):
                for child in s.scalars(select(Child).where(Child.resident_id.in_(ids[start : start + 900]))):
                    by_id[child.resident_id or ""] = child
            names = [r.values["name"] for r in preview.importable if not r.values.get("resident_id")]
            for start in range(0, len(names), 900):
                for child in s.scalars(select(Child).where(Child.name.in_(names[start : start + 900]))):
                    by_name_birth[(child.name, child.birth_date)] = child
            id_names: dict[str, Mapping[int, str]] = {
                "township_id": {v: k for k, v in townships.items()},
                "village_id": {v: k[1] for k, v in villages.items()},
                "register_school_id": {v: k for k, v in schools.items()},
            }
            placements = PlacementReader.load(s, allowed(self.ctx.actor, "placement.write"))
            first_input: dict[int, ChildInput] = {}
            for row in preview.importable:
                data = self._to_input(row, matcher, schools)
                data, issues = validate_child(data, settings, today)
                seen = {(i.code, i.field) for i in row.issues}
                # The township is checked above by name; the registry's own township_id rule would repeat it.
                row.issues.extend(
                    i
                    for i in issues
                    if i.is_error and (i.code, i.field) not in seen and i.field != "township_id"
                )
                if row.status == REJECTED:
                    continue
                preview.inputs[row.row] = data
                rid = row.values.get("resident_id")
                birth = row.values.get("birth_date")
                match: Child | None = (
                    by_id.get(rid)
                    if rid
                    else (by_name_birth.get((row.values["name"], birth)) if birth else None)
                )
                if match is not None:
                    child = match
                    if (kept := kept_placement_issue(row, child.placement)) is not None:
                        row.issues.append(kept)
                    current = to_input(child)
                    row.issues.append(Issue("import.duplicate_in_db", "resident_id" if rid else "name",
                                            {"other": child.name, "child_id": child.id}, "warning"))  # fmt: skip
                    preview.duplicates[row.row] = Duplicate(
                        row.row,
                        child.id,
                        None,
                        child.name,
                        child.version,
                        self._diffs(current, data, row.values, id_names),
                    )
                elif "duplicate_of" in row.values and row.values["duplicate_of"] in first_input:
                    first = row.values["duplicate_of"]
                    preview.duplicates[row.row] = Duplicate(
                        row.row, None, first, row.values["name"], 0,
                        self._diffs(first_input[first], data, row.values, id_names),
                    )  # fmt: skip
                else:
                    first_input[row.row] = data
                    placed = placements.read(row, data, settings)
                    if placed is not None:
                        preview.placements[row.row] = placed
        preview.summary = _recount(preview.rows)

    def _to_input(self, row: ValidatedRow, matcher: PlaceMatcher, schools: Mapping[str, int]) -> ChildInput:
        v = row.values
        area = matcher.area(v.get("township", ""), v.get("village", ""))
        township_id: int | None = None
        township_name = v.get("township", "")
        found = area.township.place
        if found is not None:
            township_id, township_name = found.id, found.name
        elif area.township.kind is MatchKind.AMBIGUOUS:
            row.issues.append(Issue("import.township_ambiguous", "township", {
                "value": v.get("township") or v.get("village"),
                "candidates": "、".join(p.name for p in area.township.candidates)}))  # fmt: skip
        elif v.get("township"):
            row.issues.append(Issue("import.township_unknown", "township", {"value": v["township"]}))
        else:
            row.issues.append(Issue("required", "township"))
        village_id = None
        if township_id is not None and area.village is not None:
            village = area.village.place
            if village is not None:
                village_id = village.id
            elif area.village.kind is MatchKind.AMBIGUOUS:
                row.issues.append(Issue("import.village_ambiguous", "village", {
                    "value": v.get("village"), "candidates": "、".join(p.name for p in area.village.candidates)},
                    "warning"))  # fmt: skip
            else:
                # the child keeps the township; the coordinator sees the name and may add the village
                row.issues.append(Issue("import.village_unknown", "village",
                                        {"value": v.get("village"), "township": township_name}, "warning"))  # fmt: skip
        school_id = None
        if v.get("school_name"):
            school_id = schools.get(v["school_name"])
            if school_id is None:
                row.issues.append(Issue("import.school_unknown", "school_name", {"value": v["school_name"]},
                                        "warning"))  # fmt: skip
        # "张三、李四" are two guardians (never one called "张三、李四"), phones in the same order
        names = [n for n in split_list(v.get("guardian_name", "")) if n]
        phones = split_list(v.get("guardian_phone", ""))
        if len(names) > 1 and len(phones) == 1:
            phones = phones + [""] * (len(names) - 1)  # one number given: the first guardian's
        guardians = [
            GuardianInput(name, GuardianRelation.OTHER, phones[i] if i < len(phones) else "")
            for i, name in enumerate(names)
        ]
        return ChildInput(
            name=v.get("name", ""),
            sex=Sex(v["sex"]) if v.get("sex") else None,
            birth_date=v.get("birth_date"),
            township_id=township_id,
            resident_id=v.get("resident_id", ""),
            ethnicity=v.get("ethnicity", "汉族"),
            village_id=village_id,
            address=v.get("address", ""),
            guardians=guardians,
            registered_poor=bool(v.get("is_poor", False)),
            dibao=bool(v.get("dibao", False)),
            left_behind=bool(v.get("left_behind", False)),
            orphan=bool(v.get("orphan", False)),
            has_certificate=bool(v.get("has_certificate", bool(v.get("certificate_no")))),
            home_lat=v.get("home_lat"),
            home_lon=v.get("home_lon"),
            status=ChildStatus(v["status"]) if v.get("status") else ChildStatus.IN_SCHOOL,
            certificate_no=v.get("certificate_no", ""),
            categories=[Category(c) for c in v.get("categories", ())],
            grade=v.get("grade"),
            level=Level(v["level"]) if v.get("level") else None,
            school_register_no=v.get("school_register_no", ""),
            register_school_id=school_id,
            grade_year=v.get("school_grade", ""),
            class_name=v.get("class_name", ""),
        )

    @staticmethod
    def _mapped_child_fields(values: Mapping[str, Any]) -> list[str]:
        fields: list[str] = []
        for key in values:
            for name in _CHILD_FIELDS.get(key, ()):
                if name not in fields:
                    fields.append(name)
        return fields

    def _diffs(
        self,
        current: ChildInput,
        incoming: ChildInput,
        values: Mapping[str, Any],
        names: Mapping[str, Mapping[int, str]] | None = None,
    ) -> list[FieldDiff]:
        """Fields the file would change, shown as the user knows them (names, not database ids)."""
        names = names or {}
        diffs = []
        for name in self._mapped_child_fields(values):
            old, new = getattr(current, name), getattr(incoming, name)
            if old != new and _show(new):
                lookup = names.get(name, {})
                shown_old = lookup.get(old, _show(old)) if isinstance(old, int) else _show(old)
                shown_new = lookup.get(new, _show(new)) if isinstance(new, int) else _show(new)
                diffs.append(FieldDiff(name, shown_old, shown_new))
        return diffs

    # -- commit ---------------------------------------------------------------------------
    def commit(
        self,
        preview: ImportPreview,
        decisions: Mapping[int, Decision] | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> ImportResult:
        """Write every importable row in one transaction; a cancel or an error leaves nothing behind."""
        if not preview.importable_count:
            raise SpecialEdError("import.nothing_to_import")
        if not preview.complete:
            return self.store_streamed(
                preview.path,
                preview.source,
                preview.sheet,
                preview.preset,
                progress,
                preview.mapping,
            )
        rows = preview.importable
        progress.set_total(len(rows))
        tick = _ticker(progress)

        if preview.source is Source.CHILDREN:
            return self._commit_children(preview, rows, decisions or {}, tick)
        return self._commit_source_list(preview, rows, tick)

    def _commit_source_list(
        self, preview: ImportPreview, rows: list[ValidatedRow], tick: Callable[[int], None]
    ) -> ImportResult:
        stored, list_id = self._store_list(preview.source, preview.path.name, preview.sheet, rows, tick)
        return ImportResult(preview.source, 0, 0, 0, stored, preview.summary.rejected, list_id)

    @contextmanager
    def validated(
        self,
        path: str | Path,
        source: Source,
        sheet: str | None = None,
        preset: MappingPreset | None = None,
        mapping: ColumnMapping | None = None,
    ) -> Iterator[tuple[SheetTable, RowValidator, Iterator[ValidatedRow]]]:
        """Validated rows one by one, none kept: for files too large to preview in memory."""
        with SheetTable(path, sheet, recognise=preset.recogniser() if preset else recognise) as table:
            mapping = mapping or (preset.apply(table.columns) if preset else guess_mapping(table.columns))
            validator = RowValidator(mapping, source, today=self.ctx.today())
            yield table, validator, validator.run(table.rows())

    def store_streamed(
        self,
        path: str | Path,
        source: Source,
        sheet: str | None = None,
        preset: MappingPreset | None = None,
        progress: Progress = NO_PROGRESS,
        mapping: ColumnMapping | None = None,
    ) -> ImportResult:
        """Store an agency list without holding it in memory: validate and insert as the file is read,
        all in one transaction (a million-row 户籍 extract stays within a couple of hundred MB)."""
        if source is Source.CHILDREN:
            raise ValueError("children lists are previewed and committed (duplicates need decisions)")
        tick = _ticker(progress)  # rows stored (the total is not known before the end)
        with self.validated(path, source, sheet, preset, mapping) as (table, validator, rows):
            accepted = (row for row in rows if row.status != REJECTED)
            stored, list_id = self._store_list(source, table.path.name, table.sheet, accepted, tick)
            rejected = validator.summary.rejected
        return ImportResult(source, 0, 0, 0, stored, rejected, list_id)

    def _store_list(
        self,
        source: Source,
        filename: str,
        sheet: str,
        rows: Iterable[ValidatedRow],
        tick: Callable[[int], None],
    ) -> tuple[int, int]:
        """One transaction: the previous list of this source retired, the new one inserted in batches."""
        if not self.ctx.actor.scope.whole_county:
            # an agency's list replaces the county's previous one: not for a township's or school's account
            raise PermissionDeniedError("scope.county_list", scope=self.ctx.actor.scope.label)
        with self.ctx.uow("import.write") as uow:
            uow.check_integrity()
            s = uow.session
            s.execute(
                update(SourceList)
                .where(SourceList.source == source.value, SourceList.active.is_(True))
                .values(active=False)
            )
            listing = SourceList(source=source.value, filename=filename, sheet=sheet,
                                 imported_on=self.ctx.today(), row_count=0, active=True)  # fmt: skip
            uow.add(listing)
            uow.flush()
            batch: list[dict[str, Any]] = []
            done = 0
            for row in rows:
                done += 1
                v = row.values
                batch.append({
                    "list_id": listing.id, "row_no": row.row, "resident_id": v.get("resident_id"),
                    "name": v.get("name"), "sex": v.get("sex"), "birth_date": v.get("birth_date"),
                    "township": v.get("township"), "village": v.get("village"), "school": v.get("school_name"),
                    "school_register_no": v.get("school_register_no"), "certificate_no": v.get("certificate_no"),
                    "category": ",".join(v.get("categories", ())) or None, "grade": v.get("grade"),
                    "registered_poor": v.get("is_poor"),
                    "data": {k: v[k] for k in ("placement", "level", "address", "guardian_name", "guardian_phone",
                                               "school_grade", "class_name") if k in v},
                })  # fmt: skip
                if len(batch) >= 1000:
                    s.execute(insert(SourceRow), batch)
                    batch.clear()
                    tick(done)
            if batch:
                s.execute(insert(SourceRow), batch)
            if not done:
                raise SpecialEdError("import.nothing_to_import")
            listing.row_count = done
            tick(done)
            uow.commit()
            return done, listing.id

    def _commit_children(
        self,
        preview: ImportPreview,
        rows: list[ValidatedRow],
        decisions: Mapping[int, Decision],
        tick: Callable[[int], None],
    ) -> ImportResult:
        settings, today = self.ctx.settings(), self.ctx.today()
        created = updated = skipped = 0
        touched: set[int] = set()  # children already updated by an earlier row of this file
        # first row → input still to create; later copies of it in the file merge into it
        pending: dict[int, ChildInput] = {}
        with self.ctx.uow("import.write") as uow:
            uow.check_integrity()
            for done, row in enumerate(rows, start=1):
                data = preview.inputs.get(row.row)
                if data is None:
                    skipped += 1
                    continue
                dup = preview.duplicates.get(row.row)
                if dup is None:
                    pending[row.row] = data
                else:
                    decision = decisions.get(row.row) or dup.default_decision()
                    if decision.resolution is Resolution.KEEP:
                        skipped += 1
                    elif dup.child_id is None and dup.first_row in pending:
                        pending[dup.first_row] = self._combine(pending[dup.first_row], data, decision, dup)
                        skipped += 1
                    elif dup.child_id is not None and dup.child_id not in touched:
                        child = uow.get(Child, dup.child_id, "儿童")
                        if child.version != dup.version:
                            raise ConflictError(by=child.updated_by or "")
                        merged = self._combine(to_input(child), data, decision, dup)
                        merged, issues = validate_child(merged, settings, today)
                        if any(i.is_error for i in issues):
                            raise ValidationError(issues, row=row.row)
                        apply_input(child, merged)
                        touched.add(dup.child_id)
                        updated += 1
                    else:
                        # The same child twice in the file, or a copy of a row that was itself kept:
                        # the first occurrence has been dealt with.
                        skipped += 1
                if done % 200 == 0:
                    uow.flush()
                    tick(done)
            scope = self.ctx.actor.scope
            for row_no, data in pending.items():
                if not scope.admits(data.township_id, (data.register_school_id,), None):
                    raise PermissionDeniedError(
                        "scope.import_row", row=row_no, name=data.name, scope=scope.label
                    )
            new_children: list[tuple[int, Child]] = []
            for row_no, data in pending.items():
                child = Child()
                apply_input(child, data)
                uow.add(child)
                new_children.append((row_no, child))
                created += 1
            uow.flush()
            if any(row_no in preview.placements for row_no, _child in new_children):
                self.ctx.authorize("placement.write")  # the preview asked too; the account may have changed
            # one flush for all the placements, not one per child before each of place_in's queries
            # (new children have no earlier placement that a pending one could hide)
            with uow.session.no_autoflush:
                for row_no, child in new_children:
                    placed = preview.placements.get(row_no)
                    if placed is None:
                        continue
                    try:
                        self.placement.place_in(uow, child.id, dataclasses.replace(placed.decision),
                                                decided_by=placed.decided_by, review_due=placed.review_due)  # fmt: skip
                    except ValidationError as exc:  # checked in the preview; the database changed since
                        raise ValidationError(exc.issues, row=row_no) from exc
            uow.flush()
            tick(len(rows))
            uow.commit()
        return ImportResult(preview.source, created, updated, skipped, 0, preview.summary.rejected, None)

    @staticmethod
    def _combine(current: ChildInput, incoming: ChildInput, decision: Decision, dup: Duplicate) -> ChildInput:
        fields = {d.field for d in dup.diffs}
        take = fields if decision.resolution is Resolution.REPLACE else set(decision.take) & fields
        changes = {name: getattr(incoming, name) for name in take}
        return dataclasses.replace(current, **changes)


def _ticker(progress: Progress) -> Callable[[int], None]:
    """``tick(done)`` with a running count, as the writers report it, turned into ``advance`` steps;
    a cancel raises CancelledError inside the unit of work, which then rolls everything back."""
    last = [0]

    def tick(done: int) -> None:
        progress.advance(done - last[0])
        last[0] = done

    return tick
