"""Results of :mod:`special_ed.services.printing`: what a batch print produced.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from special_ed.errors import Issue
from special_ed.printing import batch as batch_mod


@dataclass(frozen=True)
class BatchOutcome:
    result: batch_mod.BatchResult
    warnings: tuple[Issue, ...] = ()
    files: list[Path] = field(default_factory=list)
