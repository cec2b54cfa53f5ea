"""Results of :mod:`special_ed.services.registry`: the registry's filter, query, rows and pages.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from special_ed.domain.enums import Category, ChildStatus, FamilyFlag, Level, Placement


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""
    township_id: int | None = None
    village_id: int | None = None
    school_id: int | None = None  # placement school or register school
    team_id: int | None = None
    level: Level | None = None
    unassessed: bool = False  # children without a concluded level
    category: Category | None = None
    placement: Placement | None = None
    unplaced: bool = False  # children without an active placement
    placed: bool = False  # children with an active placement (coverage's "placed" count)
    flags: frozenset[FamilyFlag] = frozenset()
    status: ChildStatus | None = None
    statuses: frozenset[ChildStatus] | None = (
        None  # any of these (coverage counts only children still in scope)
    )
    include_archived: bool = False
    school_age_on: date | None = None  # only children within the compulsory age range on that day
    age_min: int | None = None
    age_max: int | None = None
    child_ids: tuple[int, ...] | None = None

    def with_changes(self, **changes: Any) -> RegistryFilter:
        return replace(self, **changes)


@dataclass(frozen=True)
class ChildRow:
    id: int
    name: str
    sex: str
    birth_date: date
    age: int
    resident_id: str
    township: str
    village: str
    level: str
    categories: str
    grade: int | None
    placement: str
    school: str
    team: str
    status: str
    registered_poor: bool
    dibao: bool
    left_behind: bool
    orphan: bool
    has_certificate: bool
    review_due: date | None
    archived: bool
    version: int


@dataclass(frozen=True)
class Page:
    rows: list[ChildRow]
    offset: int
    total: int


@dataclass
class RegistryQuery:
    filter: RegistryFilter = field(default_factory=RegistryFilter)
    sort: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int = 100
