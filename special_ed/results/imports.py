"""Results of :mod:`special_ed.importing.service`: an import's preview, duplicates and their resolution, and its result.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from special_ed.domain.child import ChildInput
from special_ed.domain.placement import PlacementInput
from special_ed.importing.columns import ColumnMapping, MappingPreset
from special_ed.importing.sources import Source
from special_ed.importing.validation import REJECTED, Summary, ValidatedRow


class Resolution(StrEnum):
    KEEP = "keep"  # keep the record as it is; skip the row
    REPLACE = "replace"  # the row's values replace the record's
    MERGE = "merge"  # field by field: ``take`` names the fields taken from the row


@dataclass(frozen=True)
class Decision:
    resolution: Resolution
    take: frozenset[str] = frozenset()  # ChildInput field names taken from the file (MERGE)


@dataclass(frozen=True)
class FieldDiff:
    field: str  # ChildInput field name
    current: str  # as displayed
    incoming: str


@dataclass
class Duplicate:
    """A row that matches a child already in the database (or an earlier row of the file)."""

    row: int
    child_id: int | None  # None: duplicates an earlier row of the same file
    first_row: int | None
    name: str
    version: int
    diffs: list[FieldDiff]

    def default_decision(self) -> Decision:
        blanks = frozenset(d.field for d in self.diffs if not d.current)
        return Decision(Resolution.MERGE, blanks) if blanks else Decision(Resolution.KEEP)


@dataclass(frozen=True)
class ImportedPlacement:
    """A new child's current placement as the file gives it (the roster export writes it)."""

    decision: PlacementInput
    decided_by: str | None  # the file's 安置决定; None: the importing user
    review_due: date | None  # the file's 复评日期; None: the county's review interval


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    source: Source
    mapping: ColumnMapping
    rows: list[ValidatedRow]
    summary: Summary
    duplicates: dict[int, Duplicate] = field(default_factory=dict)
    inputs: dict[int, ChildInput] = field(default_factory=dict)  # children source: row → input
    placements: dict[int, ImportedPlacement] = field(default_factory=dict)  # row → placement of a new child
    complete: bool = True  # False: only a sample of the rows is held; commit re-reads the file
    preset: MappingPreset | None = None

    @property
    def importable(self) -> list[ValidatedRow]:
        return [r for r in self.rows if r.status != REJECTED]

    @property
    def importable_count(self) -> int:
        return self.summary.valid + self.summary.warned


@dataclass(frozen=True)
class ImportResult:
    source: Source
    created: int
    updated: int
    skipped: int
    stored: int  # rows stored as a source list
    rejected: int
    list_id: int | None
