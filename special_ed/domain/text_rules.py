"""Rules for text and dates that every input path shares (forms via services, imports, demo data).

* Control characters (a bell, NUL, escape …) are refused, not silently kept: a spreadsheet cannot
  hold them, so one of them in a name used to make the whole county's export fail. Single-line
  fields refuse every control character; multi-line ones (notes) allow line breaks and tabs.
* A name must hold something visible: zero-width spaces, byte-order marks and direction overrides
  (U+202E turns "王小明exe.pdf" around on screen) alone are not a name, and direction overrides are
  refused in names anywhere, since a Chinese name never needs one and they are used to disguise text.
* A birth date before 1900 is a typing slip (or Excel's day 0), never a child.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from special_ed.errors import Issue

EARLIEST_BIRTH = date(1900, 1, 1)
_MULTILINE_ALLOWED = frozenset("\n\t\r")
# explicit direction embeddings, overrides and isolates, and the implicit marks
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def control_issue(field: str, value: str, *, multiline: bool = False, row: int | None = None) -> Issue | None:
    """An error when ``value`` holds a control character (C0, DEL, C1), naming the first one."""
    for position, ch in enumerate(value, start=1):
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in _MULTILINE_ALLOWED):
            params: dict[str, object] = {"char": _char_name(ch), "position": position}
            if row is not None:
                params["row"] = row
            return Issue("text.control", field, params)
    return None


def name_issues(field: str, value: str, *, row: int | None = None) -> list[Issue]:
    """Control characters, direction overrides, and names with nothing visible in them."""
    issues: list[Issue] = []
    extra: dict[str, object] = {"row": row} if row is not None else {}
    control = control_issue(field, value, row=row)
    if control is not None:
        issues.append(control)
    bidi = next((ch for ch in value if ch in BIDI_CONTROLS), None)
    if bidi is not None:
        issues.append(Issue("text.bidi", field, {"char": _char_name(bidi), **extra}))
    if value and not any(_visible(ch) for ch in value):
        issues.append(Issue("text.invisible", field, dict(extra)))
    return issues


def _visible(ch: str) -> bool:
    # format (Cf: ZWSP, ZWJ, BOM, bidi), separators (Z*), controls (Cc) and combining marks alone show nothing
    category = unicodedata.category(ch)
    return not (category in ("Cf", "Cc", "Mn", "Me") or category.startswith("Z") or ch.isspace())


def birth_date_issue(field: str, value: date, *, row: int | None = None) -> Issue | None:
    if value < EARLIEST_BIRTH:
        params: dict[str, object] = {"value": value.isoformat(), "earliest": EARLIEST_BIRTH.isoformat()}
        if row is not None:
            params["row"] = row
        return Issue("date.too_old", field, params)
    return None
