"""Results of :mod:`special_ed.importing.reference_service`: the preview and result of an import of schools,
teachers, teams or village coordinates. Plain values without SQL, so the UI can use them without reaching SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from special_ed.domain.coordinates import Datum
from special_ed.importing.columns import ColumnMapping
from special_ed.importing.reference_kinds import ReferenceKind
from special_ed.importing.validation import REJECTED, Summary, ValidatedRow


@dataclass
class ReferencePreview:
    """Every row of the file, checked; nothing written yet."""

    kind: ReferenceKind
    path: Path
    sheet: str
    mapping: ColumnMapping
    rows: list[ValidatedRow]
    summary: Summary
    datum: Datum = Datum.WGS84

    @property
    def complete(self) -> bool:
        """Every row is held (a county's list is small; see reference_kinds.MAX_ROWS)."""
        return True

    @property
    def importable(self) -> list[ValidatedRow]:
        return [r for r in self.rows if r.status != REJECTED]

    @property
    def importable_count(self) -> int:
        return self.summary.valid + self.summary.warned


@dataclass(frozen=True)
class ReferenceImportResult:
    kind: ReferenceKind
    created: int  # schools, teachers or teams added
    updated: int  # villages given coordinates
    rejected: int  # rows left out
    unchanged: int = 0  # villages whose coordinates were already those of the file
