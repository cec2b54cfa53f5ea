"""The home view's "due this week / overdue" list for home-taught children.

Items, for a child placed in home teaching on ``today`` (week = Monday–Sunday):

* ``visit_not_logged`` (overdue): a planned visit dated before today that was
  neither recorded as done nor cancelled;
* ``visit_planned`` (due): a planned visit from today to Sunday;
* ``month_unplanned`` (due): this month's full requirement is not covered by
  done visits plus visits planned for the rest of the month;
* ``week_unplanned`` (due, weekly norm only): this week's requirement is not
  covered by done plus planned visits in the week;
* ``month_short`` (overdue): last month ended short of the norm;
* ``no_visit`` (overdue): no done visit for more than ``no_visit_alert_days``
  (counted from the placement start when there has never been one, and —
  when teaching pauses in holidays — from the start of the current term at
  the earliest);
* ``assessment_due`` (due): the term ends within 14 days and fewer than
  ``assessments_per_term`` assessments are recorded for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from special_ed.domain.compliance import ComplianceCalculator, round_half_up
from special_ed.domain.enums import VisitStatus
from special_ed.domain.records import PlacementPeriod, Visit, home_placed_on
from special_ed.domain.school_calendar import month_bounds
from special_ed.errors import Issue

ASSESSMENT_WARNING_DAYS = 14


class DueKind(StrEnum):
    VISIT_NOT_LOGGED = "visit_not_logged"
    VISIT_PLANNED = "visit_planned"
    MONTH_UNPLANNED = "month_unplanned"
    WEEK_UNPLANNED = "week_unplanned"
    MONTH_SHORT = "month_short"
    NO_VISIT = "no_visit"
    ASSESSMENT_DUE = "assessment_due"


OVERDUE_KINDS = frozenset({DueKind.VISIT_NOT_LOGGED, DueKind.MONTH_SHORT, DueKind.NO_VISIT})


@dataclass(frozen=True)
class DueItem:
    child_id: int
    kind: DueKind
    due: date
    params: dict[str, Any] = field(default_factory=dict)
    visit_id: int | None = None

    @property
    def overdue(self) -> bool:
        return self.kind in OVERDUE_KINDS

    def message(self, lang: str = "zh") -> str:
        return Issue(f"due.{self.kind.value}", "", self.params).message(lang)


def due_items(
    calc: ComplianceCalculator,
    child_id: int,
    placements: Sequence[PlacementPeriod],
    visits: Sequence[Visit],
    today: date,
    assessments_this_term: int = 0,
    last_done: date | None = None,
) -> list[DueItem]:
    """``last_done``: the child's latest done visit when ``visits`` is only a recent window."""
    if home_placed_on(list(placements), today) is None:
        return []
    items: list[DueItem] = []
    week_start = today - timedelta(days=today.weekday())
    week_end = week_start + timedelta(days=6)
    for v in visits:
        if v.status is VisitStatus.PLANNED and v.day < today:
            items.append(DueItem(child_id, DueKind.VISIT_NOT_LOGGED, v.day, {"day": v.day.isoformat()}, v.id))
        elif v.status is VisitStatus.PLANNED and v.day <= week_end:
            items.append(DueItem(child_id, DueKind.VISIT_PLANNED, v.day, {"day": v.day.isoformat()}, v.id))

    def covered(first: date, last: date) -> int:
        done = sum(1 for v in visits if v.status is VisitStatus.DONE and first <= v.day <= last)
        planned = sum(
            1 for v in visits if v.status is VisitStatus.PLANNED and max(first, today) <= v.day <= last
        )
        return done + planned

    m_first, m_last = month_bounds(today.year, today.month)
    required = sum(c.required_visits for c in calc.cells(child_id, placements, [], m_first, m_last))
    if required > covered(m_first, m_last):
        missing = required - covered(m_first, m_last)
        items.append(
            DueItem(child_id, DueKind.MONTH_UNPLANNED, m_last, {"missing": missing, "required": required})
        )
    if calc.norms.visits_per_week > 0:
        owed = [
            d
            for d in (week_start + timedelta(days=i) for i in range(7))
            if calc.calendar.is_open(d) and home_placed_on(list(placements), d) is not None
        ]
        week_required = round_half_up(calc.norms.visits_per_week * min(1.0, len(owed) / 5))
        if week_required > covered(week_start, week_end):
            missing = week_required - covered(week_start, week_end)
            items.append(
                DueItem(
                    child_id,
                    DueKind.WEEK_UNPLANNED,
                    week_end,
                    {"missing": missing, "required": week_required},
                )
            )
    prev_last = m_first - timedelta(days=1)
    prev_first, _ = month_bounds(prev_last.year, prev_last.month)
    prev = calc.cells(child_id, placements, visits, prev_first, prev_last, as_of=today)
    prev_required = sum(c.required_visits for c in prev)
    prev_delivered = sum(c.delivered_visits for c in prev)
    if prev_required > prev_delivered:
        items.append(
            DueItem(
                child_id,
                DueKind.MONTH_SHORT,
                prev_last,
                {
                    "month": f"{prev_last.year}-{prev_last.month:02d}",
                    "required": prev_required,
                    "delivered": prev_delivered,
                },
            )
        )
    recent = max((v.day for v in visits if v.status is VisitStatus.DONE and v.day <= today), default=None)
    last_done = max((d for d in (recent, last_done) if d is not None), default=None)
    since = last_done or _home_since(placements, today)
    term_now = calc.calendar.term_of(today)
    if calc.norms.pause_in_holidays and term_now is not None and since < term_now.start:
        since = term_now.start  # the holidays were a pause, not a gap
    gap = (today - since).days
    if gap > calc.settings.no_visit_alert_days:
        alert = since + timedelta(days=calc.settings.no_visit_alert_days)
        items.append(DueItem(child_id, DueKind.NO_VISIT, alert, {"days": gap}))
    term = calc.calendar.term_of(today)
    required_assessments = calc.norms.assessments_per_term
    if (
        term is not None
        and required_assessments > assessments_this_term
        and (term.end - today).days <= ASSESSMENT_WARNING_DAYS
    ):
        params = {
            "term_end": term.end.isoformat(),
            "done": assessments_this_term,
            "required": required_assessments,
        }
        items.append(DueItem(child_id, DueKind.ASSESSMENT_DUE, term.end, params))
    return sorted(items, key=lambda i: (not i.overdue, i.due))


def _home_since(placements: Sequence[PlacementPeriod], today: date) -> date:
    """Start of the unbroken home placement that covers ``today``."""
    current = home_placed_on(list(placements), today)
    assert current is not None
    start = current.start
    for p in sorted(placements, key=lambda p: p.start, reverse=True):
        if p.kind is current.kind and p.end is not None and p.end + timedelta(days=1) == start:
            start = p.start
    return start
