"""Exports to xlsx with typed cells: IDs as text, dates as dates, Chinese headers, frozen header row."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from special_ed.domain.identifiers import mask_certificate, mask_phone, mask_register_no, mask_resident_id
from special_ed.errors import CancelledError, SpecialEdError
from special_ed.formatting import format_value
from special_ed.persistence.models import Child, Guardian, PlacementRecord, School, Team, Township, Village
from special_ed.results.registry import RegistryFilter
from special_ed.safe_cells import CellGuard
from special_ed.services.context import ServiceContext
from special_ed.services.registry import apply_filter


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    kind: str = "text"  # text | date | int | float | bool


def write_xlsx(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[Column], Iterable[Sequence[Any]]]],
    cancelled: Callable[[], bool] | None = None,
    guard: CellGuard | None = None,
) -> int:
    """Write sheets to ``path`` atomically (temp file + rename); returns the number of data rows written.

    Every cell goes through ``guard`` (text that looks like a formula stays text; control
    characters an old database may hold are removed and counted in ``guard.cleaned``)."""
    path = Path(path)
    guard = guard or CellGuard()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists() or not os.access(folder, os.W_OK):
        raise SpecialEdError("file.folder_unwritable", path=str(path))
    wb = Workbook(write_only=True)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    total = 0
    for title, columns, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        header = []
        for col in columns:
            cell = guard.make(ws, col.header)
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center")
            header.append(cell)
        ws.append(header)
        for n, row in enumerate(rows):
            if cancelled is not None and n % 500 == 0 and cancelled():
                raise CancelledError()
            out = []
            for col, value in zip(columns, row, strict=True):
                if col.kind == "text" and value is not None:
                    value = str(value)
                cell = guard.make(ws, value)
                if col.kind == "text" and value is not None:
                    cell.number_format = "@"
                elif col.kind == "date" and isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif col.kind == "float" and value is not None:
                    cell.number_format = "0.0%" if col.header.endswith("率") else "0.0"
                out.append(cell)
            ws.append(out)
            total += 1
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return total


CHILD_COLUMNS = (
    Column("序号", 7, "int"),
    Column("姓名", 10),
    Column("性别", 6),
    Column("出生日期", 12, "date"),
    Column("身份证号", 21),
    Column("民族", 8),
    Column("乡镇（街道）", 14),
    Column("村（社区）", 12),
    Column("家庭住址", 30),
    Column("住址纬度", 10, "float"),
    Column("住址经度", 10, "float"),
    Column("监护人", 18),
    Column("监护人电话", 26),
    Column("建档立卡", 9),
    Column("低保", 6),
    Column("留守", 6),
    Column("孤儿", 6),
    Column("持残疾证", 9),
    Column("残疾证号", 25),
    Column("残疾类别", 12),
    Column("残疾等级", 9),
    Column("障碍程度", 9),
    Column("安置方式", 10),
    Column("安置学校/责任学校", 22),
    Column("送教小组", 14),
    # the current decision, so that the roster imported into a new database places its children again
    Column("安置生效日期", 12, "date"),
    Column("安置决定", 14),
    Column("安置理由", 24),
    Column("学籍号", 22),
    Column("班级", 12),
    Column("在学状态", 9),
    Column("复评日期", 12, "date"),
)


def _words(field: str, value: Any) -> str:
    """A child's stored value as the roster shows it (the one formatter of values for people)."""
    return format_value("children", field, value)


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def children_rows(self, f: RegistryFilter, full: bool = False) -> list[list[Any]]:
        """The roster rows; IDs, certificate numbers and phones masked unless ``full`` (a right of the role)."""
        if full:
            self.ctx.authorize("export.full")
        else:
            self.ctx.authorize("export")
        hide = not full
        ps = aliased(School)
        current = (
            select(PlacementRecord.child_id, PlacementRecord.effective_date, PlacementRecord.decided_by,
                   PlacementRecord.reason)
            .where(PlacementRecord.end_date.is_(None), PlacementRecord.archived_at.is_(None))
            .subquery()
        )  # fmt: skip
        stmt = (
            select(Child, Township.name, Village.name, ps.name, Team.name, current.c.effective_date,
                   current.c.decided_by, current.c.reason)
            .join(Township, Township.id == Child.township_id)
            .outerjoin(Village, Village.id == Child.village_id)
            .outerjoin(ps, ps.id == Child.placement_school_id)
            .outerjoin(Team, Team.id == Child.team_id)
            .outerjoin(current, current.c.child_id == Child.id)
        )  # fmt: skip
        stmt = apply_filter(stmt, f).order_by(Township.code, Child.name_pinyin, Child.id)
        rows: list[list[Any]] = []
        with self.ctx.uow("read") as uow:
            guardians: dict[int, list[tuple[str, str]]] = {}
            gstmt = select(Guardian.child_id, Guardian.name, Guardian.phone).order_by(
                Guardian.child_id, Guardian.position
            )
            if f.child_ids is not None:
                gstmt = gstmt.where(Guardian.child_id.in_(f.child_ids))
            for cid, gname, phone in uow.session.execute(gstmt):
                guardians.setdefault(cid, []).append((gname, phone or ""))
            for n, (c, tname, vname, sname, team, since, decided_by, reason) in enumerate(
                uow.session.execute(stmt), start=1
            ):
                g = guardians.get(c.id, [])
                rid = c.resident_id or ""
                shown = [(mask_phone(x[1]) if hide else x[1]) for x in g]
                # one slot per guardian in the order of 监护人 (an empty one for a guardian without a
                # phone), so that an import of this roster gives every guardian back their own number
                phones = "、".join(shown) if any(shown) else ""
                rows.append(
                    [
                        n,
                        c.name,
                        _words("sex", c.sex),
                        c.birth_date,
                        (mask_resident_id(rid) if hide and rid else c.resident_id),
                        c.ethnicity,
                        tname,
                        vname,
                        c.address,
                        c.home_lat,
                        c.home_lon,
                        "、".join(x[0] for x in g),
                        phones,
                        _words("registered_poor", c.registered_poor),
                        _words("dibao", c.dibao),
                        _words("left_behind", c.left_behind),
                        _words("orphan", c.orphan),
                        _words("has_certificate", c.has_certificate),
                        (mask_certificate(c.certificate_no or "") or None) if hide else c.certificate_no,
                        _words("categories", c.categories) if c.categories else "",
                        _words("grade", c.grade) if c.grade else "",
                        _words("level", c.level),
                        _words("placement", c.placement),
                        sname,
                        team,
                        since,  # the current decision's; none once a placement has ended
                        decided_by,
                        reason,
                        mask_register_no(c.school_register_no or "", rid) or None
                        if hide
                        else c.school_register_no,
                        c.class_name,
                        _words("status", c.status),
                        c.review_due,
                    ]
                )
        return rows

    def children_xlsx(
        self,
        path: Path,
        f: RegistryFilter | None = None,
        cancelled: Callable[[], bool] | None = None,
        guard: CellGuard | None = None,
        full: bool = False,
    ) -> int:
        """Write the roster; every export is audited (who, how many children, whether identifiers were full)."""
        rows = self.children_rows(f or RegistryFilter(), full=full)
        n = write_xlsx(Path(path), [("儿童名册", CHILD_COLUMNS, rows)], cancelled, guard)
        self.ctx.audit_event(
            "children",
            "export",
            "export_full" if full else "export",
            {"file": [None, Path(path).name], "children": [None, n]},
        )
        return n

    def count(self, f: RegistryFilter) -> int:
        with self.ctx.uow("read") as uow:
            return int(uow.session.scalar(apply_filter(select(func.count(Child.id)), f)) or 0)
