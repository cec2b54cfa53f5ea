"""Import a village-to-village travel-time table (csv or xlsx) that overrides the great-circle estimate.

Columns (header names in Chinese or English, any order): from/起点, to/终点, minutes/分钟, optional km/公里.
Every bad row is reported with its row number; nothing is imported from a file with errors.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.scheduling.model import TravelLeg

HEADERS = {
    "from": ("from", "起点", "出发地", "从"),
    "to": ("to", "终点", "目的地", "到"),
    "minutes": ("minutes", "分钟", "时间(分钟)", "用时(分钟)", "用时"),
    "km": ("km", "公里", "里程(公里)", "距离(公里)", "里程"),
}


def _rows(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves csv as GBK by default
                try:
                    text = raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise SpecialEdError("file.unreadable", path=str(path), detail="unknown text encoding")
            return [list(r) for r in csv.reader(io.StringIO(text))]
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    except OSError as exc:
        raise SpecialEdError("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    raise SpecialEdError("sched.file_type", path=str(path), allowed=".csv, .xlsx")


def read_travel_table(path: str | Path) -> dict[tuple[str, str], TravelLeg]:
    p = Path(path)
    rows = _rows(p)
    if not rows:
        raise ValidationError([Issue("sched.travel_table", "", {"path": p.name, "row": 1, "detail": "empty"})])
    header = [str(h or "").strip().lower() for h in rows[0]]
    col: dict[str, int] = {}
    for key, names in HEADERS.items():
        for i, h in enumerate(header):
            if h in names:
                col[key] = i
    issues: list[Issue] = []
    missing = [k for k in ("from", "to", "minutes") if k not in col]
    if missing:
        raise ValidationError([Issue("sched.travel_table", "", {
            "path": p.name, "row": 1, "detail": "missing column(s) " + ", ".join(missing)})])
    table: dict[tuple[str, str], TravelLeg] = {}
    for n, row in enumerate(rows[1:], start=2):
        if all(v is None or str(v).strip() == "" for v in row):
            continue

        def cell(key: str, row: list[object] = row) -> str:
            i = col.get(key)
            return "" if i is None or i >= len(row) or row[i] is None else str(row[i]).strip()

        a, b = cell("from"), cell("to")
        try:
            minutes = float(cell("minutes"))
            km = float(cell("km")) if cell("km") else None
        except ValueError:
            issues.append(Issue("sched.travel_table", "", {"path": p.name, "row": n,
                                                           "detail": "minutes/km must be numbers"}))
            continue
        if not a or not b:
            issues.append(Issue("sched.travel_table", "", {"path": p.name, "row": n, "detail": "from/to empty"}))
        elif not math.isfinite(minutes) or not 0 <= minutes <= 24 * 60 or (km is not None and km < 0):
            issues.append(Issue("sched.travel_table", "", {"path": p.name, "row": n,
                                                           "detail": "minutes must be 0–1440, km ≥ 0"}))
        else:
            table[(a, b)] = TravelLeg(minutes, km)
    if issues:
        raise ValidationError(issues)
    return table
