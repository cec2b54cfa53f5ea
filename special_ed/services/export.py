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

from special_ed.domain.enums import Category, ChildStatus, Level, Placement, Sex
from special_ed.errors import CancelledError, SpecialEdError
from special_ed.persistence.models import Child, Guardian, School, Team, Township, Village
from special_ed.safe_cells import CellGuard
from special_ed.services.context import ServiceContext
from special_ed.services.registry import RegistryFilter, apply_filter


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
        raise SpecialEdError("file.unwritable", path=str(path), detail="文件夹不存在或不可写 / folder missing or read-only")
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
    Column("学籍号", 22),
    Column("班级", 12),
    Column("在学状态", 9),
    Column("复评日期", 12, "date"),
)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def children_rows(self, f: RegistryFilter) -> list[list[Any]]:
        ps = aliased(School)
        stmt = (
            select(Child, Township.name, Village.name, ps.name, Team.name)
            .join(Township, Township.id == Child.township_id)
            .outerjoin(Village, Village.id == Child.village_id)
            .outerjoin(ps, ps.id == Child.placement_school_id)
            .outerjoin(Team, Team.id == Child.team_id)
        )
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
            for n, (c, tname, vname, sname, team) in enumerate(uow.session.execute(stmt), start=1):
                g = guardians.get(c.id, [])
                rows.append([
                    n, c.name, Sex(c.sex).label, c.birth_date, c.resident_id, c.ethnicity, tname, vname, c.address,
                    c.home_lat, c.home_lon, "、".join(x[0] for x in g), "、".join(x[1] for x in g if x[1]),
                    _yes(c.registered_poor), _yes(c.dibao), _yes(c.left_behind), _yes(c.orphan),
                    _yes(c.has_certificate), c.certificate_no,
                    "、".join(Category(x).label for x in c.categories.split(",") if x),
                    f"{c.grade}级" if c.grade else "", Level(c.level).label if c.level else "未评估",
                    Placement(c.placement).label if c.placement else "未安置", sname, team,
                    c.school_register_no, c.class_name, ChildStatus(c.status).label, c.review_due,
                ])
        return rows

    def children_xlsx(self, path: Path, f: RegistryFilter | None = None,
                      cancelled: Callable[[], bool] | None = None, guard: CellGuard | None = None) -> int:
        rows = self.children_rows(f or RegistryFilter())
        return write_xlsx(Path(path), [("儿童名册", CHILD_COLUMNS, rows)], cancelled, guard)

    def count(self, f: RegistryFilter) -> int:
        with self.ctx.uow("read") as uow:
            return int(uow.session.scalar(apply_filter(select(func.count(Child.id)), f)) or 0)
