"""A report as plain data: title block, columns, rows, total, notes — written to xlsx or PDF alike.

Every report is built through :func:`acting_scope`, which takes the acting context
(who is asking, which year, which township): the one place a user's scope filter
applies to every report (accounts' scopes add their rule there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from special_ed.errors import SpecialEdError
from special_ed.printing.issuer import Issuer

if TYPE_CHECKING:
    from special_ed.services.context import ServiceContext


TEXT, INT, FLOAT, DATE, PERCENT = "text", "int", "float", "date", "percent"


@dataclass(frozen=True)
class Col:
    header: str
    kind: str = TEXT
    width: float = 1.0  # relative width on paper


@dataclass(frozen=True)
class Report:
    key: str
    title: str  # e.g. "巫山县送教上门教师工作量统计表"
    period: str  # 统计时段
    unit: str  # 填报单位
    columns: tuple[Col, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None
    notes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ("填表人", "审核人")
    made_on: date | None = None
    seals: tuple[str, ...] = ()  # the bodies whose seal the form bears, above the date at the foot


@dataclass(frozen=True)
class Acting:
    """Who asks for a report and for what: the scope every report query goes through."""

    ctx: ServiceContext
    year: int | None = None
    township: str | None = None
    as_of: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The county's bodies from its profile (printing.issuer): titles, 填报单位 and seals read them.
    issuer: Issuer = field(default_factory=Issuer)

    @property
    def today(self) -> date:
        return self.as_of or self.ctx.today()

    def title(self, document: str) -> str:
        """The report's title with the county in front: "巫山县" + document."""
        return self.issuer.title(document)

    @property
    def unit(self) -> str:
        """填报单位: the authority, with the centre that keeps the figures."""
        return self.issuer.unit


def acting_scope(acting: Acting, township_names: Sequence[str]) -> set[str]:
    """The townships this acting context may report on (all, or the one asked for).

    The township filter is checked here so a misspelt name is an error, never an
    empty report; a user's scope (accounts) narrows the same set in this function.
    """
    allowed = set(township_names)
    scope = acting.ctx.actor.scope
    if scope.township_name:
        # a township user reports on their own township only (the queries are scoped as well)
        allowed &= {scope.township_name}
    if acting.township:
        if acting.township not in allowed:
            raise SpecialEdError("report.township_unknown", township=acting.township)
        allowed = {acting.township}
    return allowed
