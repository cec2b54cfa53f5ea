"""The reports ``special-ed report NAME`` can write, with their Chinese names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from special_ed.errors import SpecialEdError
from special_ed.persistence import models as m
from special_ed.reports.model import Acting, Report


@dataclass(frozen=True)
class ReportSpec:
    key: str
    name: str  # Chinese name
    build: Callable[[Acting, Any, list[str]], Report]


def _workload(acting: Acting, app: Any, towns: list[str]) -> Report:
    from special_ed.reports import workload

    return workload.build(acting, app.norms, towns)


REPORTS: tuple[ReportSpec, ...] = (ReportSpec("teacher-workload", "送教上门教师工作量统计表", _workload),)


def spec(key: str) -> ReportSpec:
    for r in REPORTS:
        if r.key == key:
            return r
    raise SpecialEdError("report.unknown", name=key)


def township_names(app: Any) -> list[str]:
    with app.ctx.uow("read") as uow:
        return list(uow.session.scalars(select(m.Township.name).where(m.Township.archived_at.is_(None))))


def build(app: Any, key: str, acting: Acting) -> Report:
    """The one entry point of every report (GUI and CLI alike): scope applies inside ``acting_scope``."""
    return spec(key).build(acting, app, township_names(app))
