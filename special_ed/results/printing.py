"""Results of :mod:`special_ed.services.printing`: what a batch print produced.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from special_ed.errors import Issue, SpecialEdError
from special_ed.messages import word
from special_ed.printing import batch as batch_mod


@dataclass(frozen=True)
class BatchOutcome:
    result: batch_mod.BatchResult
    warnings: tuple[Issue, ...] = ()
    files: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class PrintedBatch:
    """What a batch sent straight to a printer came to: the summary shown at the end."""

    printer: str
    children: int  # files the printer accepted
    pages: int  # their pages (one copy)
    jobs: tuple[str, ...]  # the spooler's job ids
    failures: tuple[tuple[str, SpecialEdError], ...] = ()  # (child, why) for each file not accepted
    cancelled: bool = False  # stopped before every file was sent
    total: int = 0  # files there were to send

    def summary_lines(self, lang: str = "zh") -> list[str]:
        """What a batch sent to a printer came to, for the CLI and the batch dialog."""
        lines = [word("print.batch_sent", {"printer": self.printer, "children": self.children,
                                           "pages": self.pages, "jobs": len(self.jobs)}, lang)]  # fmt: skip
        if self.failures:
            lines.append(word("print.batch_failed", {"count": len(self.failures)}, lang))
            lines += [word("print.batch_failed_one", {"name": name, "why": exc.message(lang)}, lang)
                      for name, exc in self.failures]  # fmt: skip
        if self.cancelled:
            unsent = self.total - self.children - len(self.failures)
            lines.append(word("print.batch_cancelled", {"count": unsent}, lang))
        return lines
