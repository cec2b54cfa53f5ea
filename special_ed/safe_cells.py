"""The one sanitiser of every cell the application writes to a workbook (xlsx) or a csv file.

Lists come in from other agencies and people type into forms, so any text the application
writes may have been chosen by someone else. Two dangers, handled here and nowhere else:

* **Formula injection** (OWASP "CSV injection"): a cell whose text begins with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return is taken by Excel/WPS as a formula — ``=HYPERLINK(...)``
  can send a child's ID to an outside server when clicked. openpyxl itself turns any string that
  starts with ``=`` into a formula cell. Here such text is always written as a *string* cell with
  Excel's quote prefix (the cell shows and keeps exactly the text, and editing it does not turn it
  into a formula); in csv it gets a leading apostrophe. A formula is only written when the
  application made it itself, through :meth:`CellGuard.formula`.
* **Control characters** that XML cannot hold (openpyxl raises ``IllegalCharacterError`` and the
  whole export fails): they are refused at input (:mod:`special_ed.domain.text_rules`), but an old
  database may still hold some. They are removed on the way out and counted, so the caller can warn.

Every writer takes cells from :meth:`CellGuard.row` / :meth:`CellGuard.cell`; a test fails for a
module that creates an openpyxl ``Workbook`` or a ``csv.writer`` without importing this module.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not when the app starts
    from openpyxl.cell.cell import Cell

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# what XML 1.0 cannot hold (tab, LF and CR can): openpyxl's own ILLEGAL_CHARACTERS_RE, plus DEL
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def strip_illegal(text: str) -> tuple[str, bool]:
    """``text`` without the control characters a workbook cannot hold, and whether any were removed."""
    cleaned = _ILLEGAL.sub("", text)
    return cleaned, cleaned != text


class CellGuard:
    """Makes cells safe for one export and counts what it had to clean (for the caller's warning)."""

    def __init__(self) -> None:
        self.cleaned = 0  # cells from which control characters were removed
        self.neutralised = 0  # cells whose text would have been a formula
        self._own: set[int] = set()  # ids of the formula cells made by :meth:`formula`

    def text(self, value: str) -> str:
        cleaned, changed = strip_illegal(value)
        if changed:
            self.cleaned += 1
        return cleaned

    def neutralise(self, cell: Cell) -> Cell:
        """Make an existing cell safe: clean its text, and never let text become a formula."""
        value = cell.value
        if isinstance(value, str):
            text = self.text(value)
            if text != value:
                cell.value = text
            if cell.data_type == "f" or looks_like_formula(text):
                self.neutralised += 1
                cell.data_type = "s"
                cell.quotePrefix = True
        return cell

    def cell(self, sheet: Any, value: Any) -> Any:
        """``value`` ready for ``sheet.append``: text becomes a safe string cell, other values stay."""
        from openpyxl.cell.cell import Cell

        if isinstance(value, Cell):
            return value if id(value) in self._own else self.neutralise(value)
        if isinstance(value, str):
            return self.make(sheet, value)
        return value

    def make(self, sheet: Any, value: Any) -> Cell:
        """Always a cell (for styling): text cleaned before openpyxl sees it, never a formula."""
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, str):
            value = self.text(value)
        return self.neutralise(WriteOnlyCell(sheet, value))

    def row(self, sheet: Any, values: Iterable[Any]) -> list[Any]:
        return [self.cell(sheet, v) for v in values]

    def formula(self, sheet: Any, formula: str) -> Cell:
        """A formula the application wrote itself (the only way one gets into a workbook)."""
        if not formula.startswith("="):
            raise ValueError("a formula starts with '='")
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, formula)
        cell.data_type = "f"
        self._own.add(id(cell))
        return cell

    def csv_field(self, value: Any) -> str:
        if value is None:
            return ""
        text = self.text(value if isinstance(value, str) else str(value))
        if looks_like_formula(text):
            self.neutralised += 1
            return "'" + text
        return text

    def warning(self, lang: str = "zh") -> str:
        """One line for the person exporting, or "" when nothing had to be cleaned."""
        if not self.cleaned:
            return ""
        if lang == "zh":
            return f"警告：{self.cleaned} 个单元格含有无法写入表格的控制字符，已删除这些字符后导出；请在程序中更正原记录"
        return (
            f"Warning: {self.cleaned} cell(s) held control characters a workbook cannot hold; "
            "they were removed in the export — correct the records in the application"
        )


class SafeCsvWriter:
    """``csv.writer`` whose every field went through the guard."""

    def __init__(self, fh: IO[str], guard: CellGuard | None = None, **kwargs: Any) -> None:
        self.guard = guard or CellGuard()
        self._writer = csv.writer(fh, **kwargs)

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([self.guard.csv_field(v) for v in row])

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writerow(row)
