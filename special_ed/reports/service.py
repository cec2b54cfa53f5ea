"""The reports as a service on App: list them, build one, write it to xlsx or PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.reports import registry
from special_ed.reports.model import Acting, Report
from special_ed.reports.writers import write
from special_ed.services.context import ServiceContext
from special_ed.services.county import CountyService
from special_ed.services.dropout import DropoutService
from special_ed.services.norms import NormsService
from special_ed.services.registration import RegistrationService


@dataclass(frozen=True)
class ReportSources:
    """What the reports count with: the context and the services they read (never the whole App).

    The report builders (``reports/county.py``, ``reports/workload.py``) receive this as ``app``."""

    ctx: ServiceContext
    norms: NormsService  # workload: presets and 课时
    registration: RegistrationService  # check population, 延缓入学, committee sittings
    dropout: DropoutService  # 控辍保学 cases
    county: CountyService  # the county profile the title blocks name


class ReportsService:
    def __init__(self, sources: ReportSources) -> None:
        self.sources = sources

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
        acting = Acting(self.sources.ctx, year, township, as_of, {k: v for k, v in extra.items() if v})
        return registry.build(self.sources, key, acting)

    def write(self, report: Report, path: Path) -> Path:
        settings = self.sources.ctx.settings()
        return write(report, Path(path), settings.print_font_path, settings.print_binding_mm)
