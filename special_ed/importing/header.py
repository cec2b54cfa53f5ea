"""Find the real header row under title rows and merged group headings.

Agency exports often start with a title ("XX县2024年残疾儿童少年名单", merged across the
sheet), a blank line or a "填报单位：" line, and sometimes a two-row header where a merged
group heading ("残疾情况") sits above its leaves ("类别", "等级"). Each of the first rows is
tried as the last header row, with blank cells filled from the row above (a vertically
merged heading) and group headings carried to the right over their leaves; the row whose
headers name the most known fields wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from special_ed.importing.columns import recognise
from special_ed.importing.readers import Row

HEADER_SCAN_ROWS = 30
# Header text → field; the default knows the usual variants, a preset adds its own names.
Recogniser = Callable[[str], str | None]
MIN_RECOGNISED = 2


@dataclass(frozen=True)
class Header:
    row_number: int  # 1-based number of the last header row; data starts below it
    columns: list[str]
    recognised: int


def _text(cell: object) -> str:
    if cell is None:
        return ""
    return str(cell).strip()


def combine(upper: Row | None, lower: Row, recognise: Recogniser = recognise) -> list[str]:
    """Column names of ``lower`` as the last header row, with ``upper`` above it."""
    if upper is not None and not _is_heading_row(upper, lower, recognise):
        upper = None
    width = max(len(lower), len(upper) if upper else 0)
    names: list[str] = []
    group = ""
    for col in range(width):
        low = _text(lower[col]) if col < len(lower) else ""
        up = _text(upper[col]) if upper is not None and col < len(upper) else ""
        if up:
            group = up
        elif not low:
            group = ""
        if not low:
            names.append(up)  # vertically merged heading: the text sits in the upper cell
        elif group and group != low and recognise(low) is not None and (up or recognise(group) is None):
            names.append(f"{group}/{low}")
        else:
            names.append(low)
    while names and not names[-1]:
        names.pop()
    return names


def _is_heading_row(upper: Row, lower: Row, recognise: Recogniser) -> bool:
    """A title or "填报单位：" line is not part of the header; a row of merged headings is.

    Evidence of a heading row: at least two labels, and either a label over a blank lower
    cell (a vertically merged heading) or a label that itself names a field.
    """
    labels = [(col, _text(c)) for col, c in enumerate(upper) if _text(c)]
    if len(labels) < 2:
        return False
    over_blank = any(col >= len(lower) or not _text(lower[col]) for col, _ in labels)
    return over_blank or any(recognise(text) is not None for _, text in labels)


def _score(names: Sequence[str], recognise: Recogniser) -> int:
    return len({key for key in (recognise(n) for n in names if n) if key is not None})


def find_header(rows: Sequence[Row], recognise: Recogniser = recognise) -> Header | None:
    """The best header among ``rows`` (the first rows of a sheet), or None when none is recognisable."""
    best: Header | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if not any(_text(c) for c in row):
            continue
        upper = rows[index - 1] if index > 0 else None
        names = combine(upper, row, recognise)
        score = _score(names, recognise)
        if score >= MIN_RECOGNISED and (best is None or score > best.recognised):
            best = Header(index + 1, names, score)
    return best
