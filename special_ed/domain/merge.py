"""Field-by-field merge of a child's record after a conflict (two offices edited the same child).

``base`` is what the form loaded, ``mine`` what the user typed, ``theirs`` what the other office
saved meanwhile. Every field where ``mine`` and ``theirs`` differ is offered with both values; by
default the user's value wins where the user changed the field, the other office's where only they
did — so saving the defaults loses neither side's work, and the user decides the fields both changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, time
from enum import Enum
from typing import Any

from special_ed.domain.child import ChildInput, GuardianInput
from special_ed.messages import field_label

_LABELS = {
    "visit_window_start": ("上门时段开始", "visit window from"),
    "visit_window_end": ("上门时段结束", "visit window until"),
    "visit_weekdays": ("可上门的星期", "visit weekdays"),
    "visit_duration_min": ("每次送教时长", "visit length"),
    "registered_poor": ("建档立卡", "registered poor"),
    "dibao": ("低保", "dibao"),
    "left_behind": ("留守儿童", "left behind"),
    "orphan": ("孤儿", "orphan"),
    "has_certificate": ("持残疾证", "holds a certificate"),
    "register_school_id": ("学籍学校", "register school"),
    "grade_year": ("年级", "grade"),
}


@dataclass(frozen=True)
class FieldChoice:
    field: str
    label: str
    mine: str
    theirs: str
    changed_by_me: bool
    changed_by_them: bool

    @property
    def default_theirs(self) -> bool:
        """Take the other office's value unless the user changed this field."""
        return not self.changed_by_me


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, GuardianInput):
        return (value.name, value.relation, value.phone)  # the row id is not part of what was typed
    return value


def _text(value: Any, lang: str) -> str:
    if value is None or value == "" or value == []:
        return "（空）" if lang == "zh" else "(empty)"
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, GuardianInput):
        relation = getattr(value.relation, "label", str(value.relation))
        return f"{value.name}（{relation}）{value.phone}".strip()
    if isinstance(value, list):
        return "；".join(_text(v, lang) for v in value)
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def differences(
    base: ChildInput,
    mine: ChildInput,
    theirs: ChildInput,
    lang: str = "zh",
    show: Callable[[str, Any], str | None] | None = None,
) -> list[FieldChoice]:
    """The fields where the user's form and the other office's record differ. ``show(field, value)``
    may word a value (a township's name for its id); None falls back to the plain text."""
    out: list[FieldChoice] = []
    for f in fields(ChildInput):
        m, t, b = getattr(mine, f.name), getattr(theirs, f.name), getattr(base, f.name)
        if _comparable(m) == _comparable(t):
            continue
        label = _LABELS[f.name][0 if lang == "zh" else 1] if f.name in _LABELS else field_label(f.name, lang)

        def word(value: Any, name: str = f.name) -> str:
            shown = show(name, value) if show is not None and value is not None else None
            return shown if shown is not None else _text(value, lang)

        out.append(
            FieldChoice(
                f.name,
                label,
                word(m),
                word(t),
                changed_by_me=_comparable(m) != _comparable(b),
                changed_by_them=_comparable(t) != _comparable(b),
            )
        )
    return out


def merge(mine: ChildInput, theirs: ChildInput, take_theirs: set[str]) -> ChildInput:
    """The user's input with the chosen fields taken from the other office's record."""
    return replace(mine, **{name: getattr(theirs, name) for name in take_theirs})
