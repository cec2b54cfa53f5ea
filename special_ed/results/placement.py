"""Results of :mod:`special_ed.services.placement`: assessments, placement decisions and reviews due.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from special_ed.domain.enums import Level, Placement


@dataclass
class AssessmentInput:
    assessed_on: date
    level: Level | None
    members: str = ""
    tools: str = ""
    findings: dict[str, str] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class AssessmentItem:
    id: int
    assessed_on: date
    level: Level
    recommended: Placement
    members: str
    tools: str
    findings: dict[str, str]
    notes: str


@dataclass(frozen=True)
class PlacementItem:
    id: int
    kind: Placement
    recommended: Placement | None
    reason: str
    school_id: int | None
    school: str
    class_name: str
    team_id: int | None
    team: str
    effective_date: date
    end_date: date | None
    review_due: date | None
    decided_by: str

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class ReviewDue:
    child_id: int
    name: str
    placement: Placement | None  # None: 延缓入学 (deferred by the committee), reviewed on its review date
    review_due: date
    overdue_days: int
