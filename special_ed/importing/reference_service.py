"""Importing the county's reference lists: schools, teachers, home-teaching teams and village coordinates.

The children import's rules hold here too: the same readers (xlsx, xls, csv; the zip-bomb guard),
header detection under title rows, a preview that checks every row before anything is written,
a rejects report, and ONE transaction for the rows that pass — on any error or a cancel nothing
is written. The acting account's permission is checked before the file is read, and its scope
on every row; each row written is audited by the unit of work and the commit publishes
``Change.REFERENCE``, so the 基础数据 page and the dialogs refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from special_ed.domain.coordinates import Bounds, Datum
from special_ed.domain.place_names import Place, clean
from special_ed.errors import SpecialEdError
from special_ed.importing.columns import ColumnMapping
from special_ed.importing.reference_kinds import ReferenceKind, guess, open_sheet
from special_ed.importing.reference_rows import KnownSchool, KnownTeacher, ReferenceValidator, Snapshot
from special_ed.importing.reports import write_rejects
from special_ed.importing.validation import REJECTED, ValidatedRow
from special_ed.persistence.models import School, Teacher, Team, TeamMember, TeamTownship, Township, Village
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.results.reference_imports import ReferenceImportResult, ReferencePreview
from special_ed.services.context import ServiceContext


class ReferenceImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- preview ------------------------------------------------------------------------------------
    def preview(
        self,
        kind: ReferenceKind,
        path: str | Path,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
        datum: Datum = Datum.WGS84,
        progress: Progress = NO_PROGRESS,
    ) -> ReferencePreview:
        """Read and check every row; nothing is written."""
        self.ctx.authorize(kind.action)  # a viewer learns before the file is read, not after
        with open_sheet(kind, path, sheet) as table:
            mapping = mapping or guess(kind, table.columns)
            with self.ctx.uow("read") as uow:
                snapshot = self._snapshot(uow.session)
            validator = ReferenceValidator(kind, mapping, snapshot, datum)
            rows: list[ValidatedRow] = []
            for seen, row in enumerate(validator.run(table.rows()), start=1):
                rows.append(row)
                if seen % 200 == 0:
                    progress.advance(200)  # raises CancelledError on a cancel
            return ReferencePreview(kind, Path(path), table.sheet, mapping, rows, validator.summary, datum)

    def write_rejects(self, preview: ReferencePreview, path: str | Path, lang: str = "zh") -> int:
        """The refused rows with their reasons and original cells, as xlsx (cells sanitised)."""
        return write_rejects(
            path, preview.mapping, preview.rows, lang, source_name=f"{preview.kind.label}名单"
        )

    # -- commit -------------------------------------------------------------------------------------
    def commit(self, preview: ReferencePreview, progress: Progress = NO_PROGRESS) -> ReferenceImportResult:
        """Write every row the preview accepted, in one transaction.

        The rows are checked again inside the transaction, against the lists as they are now: if
        someone added the same school meanwhile, nothing is written and the error names the rows.
        """
        if not preview.importable:
            raise SpecialEdError("import.nothing_to_import")
        kind = preview.kind
        with self.ctx.uow(kind.action) as uow:
            s = uow.session
            validator = ReferenceValidator(kind, preview.mapping, self._snapshot(s), preview.datum)
            fresh = [validator.validate(r.row, r.cells) for r in preview.rows]
            changed = [new.row for new, old in zip(fresh, preview.rows, strict=True)
                       if (new.status == REJECTED) != (old.status == REJECTED)]  # fmt: skip
            if changed:
                raise SpecialEdError("refimport.changed", rows="、".join(str(n) for n in changed[:10]))
            accepted = [r for r in fresh if r.status != REJECTED]
            write = {
                ReferenceKind.SCHOOLS: self._write_schools,
                ReferenceKind.TEACHERS: self._write_teachers,
                ReferenceKind.TEAMS: self._write_teams,
                ReferenceKind.VILLAGES: self._write_villages,
            }[kind]
            done = write(s, accepted, uow)
            progress.advance(len(accepted))  # the last chance to cancel: the transaction rolls back
            uow.commit()
        if kind is ReferenceKind.VILLAGES:
            placed = sum(1 for r in accepted if "village_id" in r.values)
            return ReferenceImportResult(kind, 0, done, preview.summary.rejected, placed - done)
        return ReferenceImportResult(kind, done, 0, preview.summary.rejected)

    # -- what the rows are checked against ------------------------------------------------------------
    def _snapshot(self, s: Session) -> Snapshot:
        live = Township.archived_at.is_(None)
        towns = list(s.execute(select(Township.id, Township.name, Township.lat, Township.lon).where(live)))
        villages = list(s.execute(select(Village.id, Village.name, Village.township_id, Village.lat, Village.lon,
                                         Village.code).where(Village.archived_at.is_(None))))  # fmt: skip
        schools = list(s.execute(select(School.id, School.name, School.identifier, School.township_id, School.lat,
                                        School.lon).where(School.archived_at.is_(None))))  # fmt: skip
        teachers = [KnownTeacher(t.id, t.name, t.school_id, t.role, t.active, t.archived_at)
                    for t in s.scalars(select(Teacher).where(Teacher.archived_at.is_(None)))]  # fmt: skip
        teams = {clean(name): tid for tid, name in s.execute(select(Team.id, Team.name)
                                                               .where(Team.archived_at.is_(None)))}  # fmt: skip
        points = [
            (r.lat, r.lon) for r in (*towns, *villages, *schools) if r.lat is not None and r.lon is not None
        ]
        settings = self.ctx.settings()
        return Snapshot(
            townships=[Place(t.id, t.name) for t in towns],
            villages=[Place(v.id, v.name, v.township_id) for v in villages],
            village_codes={v.code: Place(v.id, v.name, v.township_id) for v in villages},
            schools=[KnownSchool(x.id, x.name, x.identifier or "", x.township_id) for x in schools],
            teachers=teachers,
            team_names=teams,
            bounds=Bounds.around(points),
            scope=self.ctx.actor.scope,
            county_names=tuple(n for n in (settings.county_name,) if n),
        )

    # -- writers (inside the one transaction) --------------------------------------------------------
    @staticmethod
    def _write_schools(s: Session, rows: Iterable[ValidatedRow], uow: Any) -> int:
        codes = set(s.scalars(select(School.code)))
        towns = {t.id: t for t in s.scalars(select(Township))}
        n = len(codes)
        written = 0
        for row in rows:
            v = row.values
            township = towns[v["township_id"]]
            code = v.get("identifier") or ""
            while not code or code in codes:  # the reference page's numbering: township code + S + n
                n += 1
                code = f"{township.code}S{n:03d}"
            codes.add(code)
            uow.add(School(code=code, name=v["school_name"], kind=v["school_kind"], township_id=township.id,
                           identifier=v.get("identifier") or None, address=v.get("school_address") or None,
                           lat=v.get("lat"), lon=v.get("lon")))  # fmt: skip
            written += 1
        return written

    @staticmethod
    def _write_teachers(s: Session, rows: Iterable[ValidatedRow], uow: Any) -> int:
        written = 0
        for row in rows:
            v = row.values
            uow.add(Teacher(name=v["teacher_name"], school_id=v["school_id"], role=v["teacher_role"],
                            phone=v.get("phone") or None, active=bool(v.get("active", True))))  # fmt: skip
            written += 1
        return written

    @staticmethod
    def _write_teams(s: Session, rows: Iterable[ValidatedRow], uow: Any) -> int:
        schools = {x.id: x for x in s.scalars(select(School))}
        written = 0
        for row in rows:
            v = row.values
            school = schools[v["school_id"]]
            team = Team(name=v["team_name"], school_id=school.id, base_lat=school.lat, base_lon=school.lon)
            team.members = [TeamMember(teacher_id=tid, is_leader=(tid == v["leader_id"]), position=i)
                            for i, tid in enumerate(v["teacher_ids"])]  # fmt: skip
            team.townships = [TeamTownship(township_id=tid) for tid in v["township_ids"]]
            uow.add(team)
            written += 1
        return written

    @staticmethod
    def _write_villages(s: Session, rows: Iterable[ValidatedRow], uow: Any) -> int:
        written = 0
        for row in rows:
            v = row.values
            if "village_id" not in v:
                continue  # a row without coordinates (a warning): nothing to set
            village = uow.get(Village, v["village_id"], "村（社区）")
            if (village.lat, village.lon) != (v["lat"], v["lon"]):
                village.lat, village.lon = v["lat"], v["lon"]  # row by row, so each change is audited
                written += 1
        return written
