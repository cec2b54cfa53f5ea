"""Results of :mod:`special_ed.importing.check_service`: 三查 findings and their follow-ups.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from special_ed.importing.crosscheck import (
    FindingKind,
)

OPEN, RESOLVED = "open", "resolved"
_STEP_LABELS = {
    "ask_village": ("问村委会", "asked the village committee"),
    "ask_neighbours": ("问邻居", "asked the neighbours"),
    "visit_family": ("访家庭", "visited the family"),
}


class Step(StrEnum):
    """两问一访: ask the village committee, ask the neighbours, visit the family."""

    ASK_VILLAGE = "ask_village"
    ASK_NEIGHBOURS = "ask_neighbours"
    VISIT_FAMILY = "visit_family"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self.value][0]

    def text(self, lang: str = "zh") -> str:
        return _STEP_LABELS[self.value][0 if lang == "zh" else 1]


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    step: Step
    done_on: date
    who: str
    result: str


@dataclass(frozen=True)
class FindingItem:
    id: int
    kind: FindingKind
    key: str
    name: str
    township: str
    child_id: int | None
    detail: dict[str, Any]
    status: str
    found_on: date
    resolved_on: date | None
    resolution: str
    version: int
    follow_ups: tuple[FollowUpItem, ...]

    @property
    def resident_id(self) -> str:
        return "" if "|" in self.key else self.key
