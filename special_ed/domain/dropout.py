"""控辍保学 results as plain values (no SQL here, so front ends may import them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CLOSE_KINDS = {"placed": "已安置", "back_in_school": "已返校", "other": "其他"}
SUSPECTED, DROPOUT = "suspected", "dropout"


@dataclass(frozen=True)
class Persuasion:
    day: date
    who: str
    what: str
    result: str
    id: int | None = None


@dataclass(frozen=True)
class CaseItem:
    id: int
    child_id: int | None
    name: str
    resident_id: str
    township: str
    source: str
    opened_on: date
    opened_reason: str
    confirmed_on: date | None
    closed_on: date | None
    close_kind: str
    close_reason: str
    records: tuple[Persuasion, ...]

    @property
    def open(self) -> bool:
        return self.closed_on is None

    @property
    def status(self) -> str:
        if self.closed_on:
            return f"已销号（{CLOSE_KINDS.get(self.close_kind, self.close_kind)}）"
        return "辍学" if self.confirmed_on else "疑似辍学"


@dataclass(frozen=True)
class FindingChoice:
    """An open 三查 finding that can open a case (no case opened from it yet)."""

    id: int
    name: str
    township: str
    found_on: date
    kind: str


@dataclass(frozen=True)
class TownMonth:
    township: str
    year: int
    month: int
    opened: int
    closed: int
    open_at_end: int
