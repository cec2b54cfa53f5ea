"""Results of :mod:`special_ed.services.children`: one child's record as read, what a save returns, its audit history.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from special_ed.domain.child import ChildInput
from special_ed.errors import Issue


@dataclass(frozen=True)
class ChildDetail:
    id: int
    version: int
    data: ChildInput
    placement: str
    placement_school_id: int | None
    team_id: int | None
    review_due: date | None
    archived_at: datetime | None
    archived_reason: str
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str


@dataclass(frozen=True)
class SaveResult:
    id: int
    version: int
    warnings: list[Issue]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    table: str
    record_id: str
    action: str
    changes: dict[str, Any]
