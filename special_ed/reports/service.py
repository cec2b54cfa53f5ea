"""The reports as a service on App: list them, build one, write it to xlsx or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from special_ed.reports import registry
from special_ed.reports.model import Acting, Report
from special_ed.reports.writers import write


class ReportsService:
    def __init__(self, app_ref: Any) -> None:
        # The reports read several services (norms, compliance, coverage…): they get the App itself.
        self.app = app_ref

    def names(self) -> list[tuple[str, str]]:
        return [(r.key, r.name) for r in registry.REPORTS]

    def build(
        self,
        key: str,
        year: int | None = None,
        township: str | None = None,
        as_of: date | None = None,
        **extra: Any,
    ) -> Report:
        acting = Acting(self.app.ctx, year, township, as_of, {k: v for k, v in extra.items() if v})
        return registry.build(self.app, key, acting)

    def write(self, report: Report, path: Path) -> Path:
        return write(report, Path(path), self.app.ctx.settings().print_font_path)
