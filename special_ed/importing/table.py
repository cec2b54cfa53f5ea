"""One sheet of one file, ready for mapping: its header found, its data rows on demand."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from special_ed.errors import SpecialEdError
from special_ed.importing.columns import recognise
from special_ed.importing.header import HEADER_SCAN_ROWS, Header, Recogniser, find_header
from special_ed.importing.readers import Row, Workbook, open_workbook

# A closing line such as "合计：23 人" or "填表人：张三" is not a child.
_FOOTER_PREFIXES = (
    "合计",
    "总计",
    "小计",
    "填表人",
    "制表人",
    "审核人",
    "负责人",
    "备注",
    "说明",
    "注：",
    "注:",
)


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (isinstance(cell, str) and not cell.strip())


def is_footer(row: Row) -> bool:
    filled = [c for c in row if not _blank(c)]
    if not filled or len(filled) > 3:
        return False
    first = str(filled[0]).strip()
    return first.startswith(_FOOTER_PREFIXES)


class SheetTable:
    """A sheet with its detected header. ``rows()`` may be called again; each call re-reads the file."""

    def __init__(
        self,
        path: str | Path,
        sheet: str | None = None,
        *,
        streaming: bool | None = None,
        recognise: Recogniser = recognise,
    ) -> None:
        self.path = Path(path)
        self._recognise = recognise
        self.book: Workbook = open_workbook(self.path, streaming=streaming)
        try:
            self.sheets = self.book.sheet_names()
            self.sheet = sheet if sheet is not None else self._first_usable_sheet()
            self.header = self._detect(self.sheet)
        except BaseException:
            self.book.close()
            raise

    def _first_usable_sheet(self) -> str:
        """The first sheet with a recognisable header (agencies often put a cover or notes sheet first)."""
        for name in self.sheets:
            head = list(islice(self.book.iter_rows(name), HEADER_SCAN_ROWS))
            if find_header(head, self._recognise) is not None:
                return name
        if not self.sheets:
            raise SpecialEdError("import.sheet_empty", sheet="")
        return self.sheets[0]

    def _detect(self, sheet: str) -> Header:
        head = list(islice(self.book.iter_rows(sheet), HEADER_SCAN_ROWS))
        if not any(not _blank(c) for row in head for c in row):
            raise SpecialEdError("import.sheet_empty", sheet=sheet)
        header = find_header(head, self._recognise)
        if header is None:
            raise SpecialEdError("import.no_header", sheet=sheet, rows=HEADER_SCAN_ROWS)
        return header

    @property
    def columns(self) -> list[str]:
        return self.header.columns

    def rows(self) -> Iterator[tuple[int, Row]]:
        """(row number as Excel shows it, cells) for every data row below the header."""
        start = self.header.row_number
        for number, row in enumerate(self.book.iter_rows(self.sheet), start=1):
            if number <= start:
                continue
            if all(_blank(c) for c in row) or is_footer(row):
                continue
            yield number, row

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> SheetTable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
