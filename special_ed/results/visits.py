"""Results of :mod:`special_ed.services.visits`: quick entry of visits and the visits of a child.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from special_ed.domain.enums import CancelReason, Delivery
from special_ed.domain.records import Visit


@dataclass(frozen=True)
class QuickEntry:
    """One line of a team's day: which child, when, what was delivered — or why it did not happen."""

    child_id: int
    start: time | None = None
    end: time | None = None
    deliveries: dict[Delivery, str] = field(default_factory=dict)
    cancel_reason: CancelReason | None = None
    cancel_note: str = ""
    guardian_name: str = ""
    guardian_confirmed: bool = False
    next_steps: str = ""


@dataclass(frozen=True)
class VisitRow:
    """A visit with the names a list needs."""

    visit: Visit
    child_name: str
    team_name: str
    teacher_names: tuple[str, ...]
    class_hours: float
    makeup_day: date | None = None  # for a cancelled visit: the day of its make-up, if planned
