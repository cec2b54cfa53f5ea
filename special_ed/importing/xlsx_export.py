"""Typed xlsx tables: IDs as text, dates as dates, Chinese headers, widths, frozen header row.

Written with openpyxl's write-only mode so that a rejects report of 100,000 rows streams to
disk. Every column declares its kind; an ID is always written as text so Excel never turns
it into 1.10105E+17 again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from special_ed.errors import SpecialEdError
from special_ed.importing.values import cell_text
from special_ed.private_files import make_private
from special_ed.safe_cells import CellGuard

TEXT, DATE, INT, FLOAT, PERCENT, AUTO = "text", "date", "int", "float", "percent", "auto"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    width: float | None = None  # characters; estimated from the header and first rows when None


@dataclass
class Table:
    title: str  # the sheet name
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    caption: str = ""  # an optional title line above the header


_WIDTH_SAMPLE = 200


def _display_width(value: Any) -> float:
    text = value.isoformat() if isinstance(value, date) else str(value)
    # CJK characters are about twice as wide as Latin ones in the default font.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "":
        return None
    if kind == AUTO:
        # Cells copied from a source file: dates stay dates, everything else as the user saw it.
        if isinstance(value, datetime):
            return value.date() if value.time() == datetime.min.time() else value
        return value if isinstance(value, date) else cell_text(value)
    if kind == TEXT:
        return value if isinstance(value, str) else cell_text(value)
    if kind == DATE:
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else str(value)
    if kind == INT:
        return int(value)
    return float(value)


def write_tables(path: str | Path, tables: Sequence[Table], guard: CellGuard | None = None) -> None:
    """Write one sheet per table; raise ``file.unwritable`` if the file cannot be saved.

    Every text cell goes through ``guard``: a rejected row's ``=HYPERLINK(...)`` is shown as the
    text it was, never as a live formula."""
    guard = guard or CellGuard()
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        columns = list(table.columns)
        rows = iter(table.rows)
        sample = [list(r) for _, r in zip(range(_WIDTH_SAMPLE), rows, strict=False)]
        for index, column in enumerate(columns):
            width = column.width or min(
                60.0,
                max(
                    [
                        _display_width(column.header),
                        *(_display_width(r[index]) for r in sample if index < len(r)),
                    ]
                ),
            )
            letter = openpyxl.utils.get_column_letter(index + 1)
            sheet.column_dimensions[letter].width = max(6.0, width + 2)
        header_row = 2 if table.caption else 1
        # Write-only sheets emit their view before the first row: freeze before appending.
        sheet.freeze_panes = f"A{header_row + 1}"
        if table.caption:
            caption = guard.make(sheet, table.caption)
            caption.font = Font(bold=True, size=13)
            sheet.append([caption])
        cells = []
        for column in columns:
            cell = guard.make(sheet, column.header)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cells.append(cell)
        sheet.append(cells)
        for row in _chain(sample, rows):
            out = []
            for index, column in enumerate(columns):
                value = _typed(row[index] if index < len(row) else None, column.kind)
                if column.kind in (DATE, TEXT, PERCENT, AUTO) and value is not None:
                    cell = guard.make(sheet, value)
                    if isinstance(value, date):
                        cell.number_format = "yyyy-mm-dd"
                    elif column.kind in (TEXT, AUTO):
                        cell.number_format = "@"
                    else:
                        cell.number_format = "0.0%"
                    out.append(cell)
                else:
                    out.append(guard.cell(sheet, value))
            sheet.append(out)
    try:
        book.save(Path(path))
        make_private(path)
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _chain(first: list[list[Any]], rest: Iterable[Sequence[Any]]) -> Iterable[Sequence[Any]]:
    yield from first
    yield from rest
