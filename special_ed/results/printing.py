"""Results of :mod:`special_ed.services.printing`: what a batch print produced.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from special_ed.errors import Issue, SpecialEdError
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
        if lang == "zh":
            lines = [
                f"已送打印机“{self.printer}”：{self.children} 名儿童的档案，共 {self.pages} 页"
                f"（{len(self.jobs)} 个打印任务）"
            ]
            if self.failures:
                lines.append(f"未打印 {len(self.failures)} 份：")
                lines += [f"  {name}：{exc.message(lang)}" for name, exc in self.failures]
            if self.cancelled:
                lines.append(f"未打印：已取消，{self.total - self.children - len(self.failures)} 份没有发送")
            return lines
        lines = [
            f"Sent to the printer “{self.printer}”: {self.children} children's files, {self.pages} pages"
            f" ({len(self.jobs)} print jobs)"
        ]
        if self.failures:
            lines.append(f"Not printed: {len(self.failures)} file(s):")
            lines += [f"  {name}: {exc.message(lang)}" for name, exc in self.failures]
        if self.cancelled:
            lines.append(
                f"Not printed: cancelled, {self.total - self.children - len(self.failures)} file(s) not sent"
            )
        return lines
