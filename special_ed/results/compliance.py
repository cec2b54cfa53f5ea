"""Results of :mod:`special_ed.services.compliance`: compliance figures per child and group, and the due/overdue rows.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from special_ed.domain.compliance import Cell, Totals
from special_ed.domain.due_list import DueItem


@dataclass(frozen=True)
class ChildCompliance:
    child_id: int
    name: str
    township: str
    team: str
    school: str
    totals: Totals
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class GroupCompliance:
    key: int | None
    name: str
    totals: Totals


@dataclass(frozen=True)
class ComplianceReport:
    term: str
    start: date
    end: date  # the term's end, or "as of" when earlier
    children: list[ChildCompliance]
    teams: list[GroupCompliance]
    schools: list[GroupCompliance]
    townships: list[GroupCompliance]
    county: Totals


@dataclass(frozen=True)
class DueRow:
    item: DueItem
    child_name: str
    team: str
    township: str

    @property
    def child_id(self) -> int:
        return self.item.child_id
