"""Row iterators over xlsx, xls and csv files.

Every reader yields rows as tuples of plain Python values (str, int, float, bool, date,
datetime, or "" for an empty cell), counting from the sheet's first row so that row
numbers in messages are the ones the user sees in Excel. Rows are produced lazily:
csv and large xlsx files are streamed, so a 1,000,000-row file never sits in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from contextlib import suppress
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol

from special_ed.errors import SpecialEdError
from special_ed.importing.csv_encoding import detect_csv_encoding
from special_ed.importing.formats import detect_format

Cell = str | int | float | bool | date | datetime | time | timedelta | None
Row = Sequence[Cell]

# calamine reads a whole sheet into memory (fast); beyond this size the streaming reader
# parses the XML row by row instead, trading some speed for flat memory.
STREAMING_THRESHOLD_BYTES = 16 * 1024 * 1024


class Workbook(Protocol):
    path: Path

    def sheet_names(self) -> list[str]: ...

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]: ...

    def close(self) -> None: ...


def _sheet_or_first(names: list[str], sheet: str | None) -> str:
    if not names:
        raise SpecialEdError("import.sheet_empty", sheet="")
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise SpecialEdError("import.sheet_not_found", sheet=sheet, sheets="、".join(names))
    return sheet


class CsvWorkbook:
    """A csv file seen as a workbook with one sheet named after the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = detect_csv_encoding(path)
        self.delimiter = self._sniff_delimiter()

    def _sniff_delimiter(self) -> str:
        with self.path.open(encoding=self.encoding, errors="replace", newline="") as fh:
            sample = fh.read(64 * 1024)
        first_lines = sample.splitlines()[:20]
        counts = {d: sum(line.count(d) for line in first_lines) for d in (",", "\t", ";")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","

    def sheet_names(self) -> list[str]:
        return [self.path.stem]

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        _sheet_or_first(self.sheet_names(), sheet)
        line = 0
        with self.path.open(encoding=self.encoding, newline="") as fh:
            reader = csv.reader(fh, delimiter=self.delimiter)
            try:
                for row in reader:
                    line = reader.line_num
                    yield row
            except UnicodeDecodeError as exc:
                raise SpecialEdError("import.csv_decode", row=line + 1, encoding=self.encoding) from exc
            except csv.Error as exc:
                raise SpecialEdError("import.file_corrupt", path=str(self.path), detail=str(exc)) from exc

    def close(self) -> None:
        """Nothing stays open between iterations."""


class CalamineWorkbook:
    """xlsx and xls through python-calamine (Rust): fast, reads one sheet at a time."""

    def __init__(self, path: Path) -> None:
        import python_calamine

        self.path = path
        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(path))
        except python_calamine.PasswordError as exc:
            raise SpecialEdError("import.file_encrypted", path=str(path)) from exc
        except Exception as exc:  # calamine raises several unrelated types for damaged files
            raise _damaged(path, exc) from exc
        self._names = [
            m.name for m in self._book.sheets_metadata if str(m.typ).endswith("WorkSheet")
        ] or list(self._book.sheet_names)

    def sheet_names(self) -> list[str]:
        return list(self._names)

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        name = _sheet_or_first(self._names, sheet)
        try:
            data = self._book.get_sheet_by_name(name)
            rows = data.iter_rows()
        except Exception as exc:
            raise _damaged(self.path, exc) from exc
        # calamine pads rows from row 1 but starts columns at the first used one: pad those too,
        # so every reader gives the same positions (column A = index 0).
        start = data.start
        offset = start[1] if start else 0
        if offset:
            pad: list[Cell] = [""] * offset
            for row in rows:
                yield [*pad, *row]
        else:
            yield from rows

    def close(self) -> None:
        with suppress(Exception):
            self._book.close()


class StreamingXlsxWorkbook:
    """Large xlsx files: the sheet XML is parsed as a stream (see xlsx_stream), memory stays flat."""

    def __init__(self, path: Path) -> None:
        from special_ed.importing.xlsx_stream import XlsxStream

        self.path = path
        self._book = XlsxStream(path)
        self._names = self._book.sheet_names()

    def sheet_names(self) -> list[str]:
        return list(self._names)

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        yield from self._book.iter_rows(_sheet_or_first(self._names, sheet))

    def close(self) -> None:
        self._book.close()


def _damaged(path: Path, exc: Exception) -> SpecialEdError:
    text = str(exc)
    lowered = text.lower()
    if "password" in lowered or "encrypt" in lowered:
        return SpecialEdError("import.file_encrypted", path=str(path))
    if "eof" in lowered or "truncat" in lowered or "unexpected end" in lowered:
        return SpecialEdError("import.file_truncated", path=str(path))
    return SpecialEdError(
        "import.file_corrupt", path=str(path), detail=text.splitlines()[0][:200] if text else ""
    )


# Zip-bomb guard: an xlsx is a zip, and a 5 MB file can declare gigabytes of sheet XML. Real
# workbooks compress their XML 5–30 times; a million-row sheet is well under a gigabyte.
MAX_PART_BYTES = 1 << 30  # one part (a sheet, the shared strings) uncompressed
MAX_TOTAL_BYTES = 2 << 30  # all parts together
MAX_SHARED_STRINGS_BYTES = 256 << 20  # held in memory by every reader
MAX_RATIO = 200  # uncompressed / compressed, for parts large enough to matter
_RATIO_FROM_BYTES = 16 << 20


def check_xlsx_sizes(path: Path) -> int:
    """Refuse an xlsx whose parts would expand beyond what any real list needs, before reading
    any of them; return the declared uncompressed total (which also picks the streaming reader)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return 0  # not readable as a zip: the reader says so with its own message
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        too_big = info.file_size > MAX_PART_BYTES or (
            info.filename.endswith("sharedStrings.xml") and info.file_size > MAX_SHARED_STRINGS_BYTES
        )
        if too_big or (info.file_size > _RATIO_FROM_BYTES and ratio > MAX_RATIO) or total > MAX_TOTAL_BYTES:
            raise SpecialEdError(
                "import.zip_bomb",
                path=str(path),
                part=info.filename,
                size=f"{info.file_size / (1 << 20):,.0f}",
                packed=f"{info.compress_size / (1 << 20):,.1f}",
            )
    return total


def open_workbook(path: str | Path, *, streaming: bool | None = None) -> Workbook:
    """Open any supported file; ``streaming`` forces (or forbids) the bounded-memory xlsx reader."""
    path = Path(path)
    kind = detect_format(path)
    if kind == "csv":
        return CsvWorkbook(path)
    if kind == "xlsx":
        expanded = check_xlsx_sizes(path)
        # calamine holds a whole sheet: anything that expands past the threshold is streamed
        big = path.stat().st_size > STREAMING_THRESHOLD_BYTES or expanded > 8 * STREAMING_THRESHOLD_BYTES
        if streaming if streaming is not None else big:
            return StreamingXlsxWorkbook(path)
    return CalamineWorkbook(path)
