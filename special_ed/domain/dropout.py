"""控辍保学 results as plain values (no SQL here, so front ends may import them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CLOSE_KINDS = {"placed": "已安置", "back_in_school": "已返校", "other": "其他"}
SUSPECTED, DROPOUT = "suspected", "dropout"


@dataclass(frozen=True)
class Persuasion:
    day: date
    who: str
    what: str
    result: str
    id: int | None = None


@dataclass(frozen=True)
class CaseItem:
    id: int
    child_id: int | None
    name: str
    resident_id: str
    township: str
    source: str
    opened_on: date
    opened_reason: str
    confirmed_on: date | None
    closed_on: date | None
    close_kind: str
    close_reason: str
    records: tuple[Persuasion, ...]

    @property
    def open(self) -> bool:
        return self.closed_on is None

    @property
    def status(self) -> str:
        if self.closed_on:
            return f"已销号（{CLOSE_KINDS.get(self.close_kind, self.close_kind)}）"
        return "辍学" if self.confirmed_on else "疑似辍学"


@dataclass(frozen=True)
class FindingChoice:
    """An open 三查 finding that can open a case (no case opened from it yet)."""

    id: int
    name: str
    township: str
    found_on: date
    kind: str


@dataclass(frozen=True)
class TownMonth:
    township: str
    year: int
    month: int
    opened: int
    closed: int
    open_at_end: int


@dataclass(frozen=True)
class TownPeriod:
    """One township's 控辍保学 figures for a month or a quarter (the monthly form's row)."""

    township: str
    school_age: int  # registered children of the school year's check window
    placed: int  # of them: holding a placement today
    deferred: int  # of them: 延缓入学
    open_at_start: int  # cases open on the period's first day
    opened: int  # cases opened in the period
    persuasions: int  # 劝返记录 dated in the period
    closed_placed: int  # 销号 in the period, by kind
    closed_back: int
    closed_other: int
    open_at_end: int  # cases still open on the period's last day
    confirmed_at_end: int  # of them: confirmed as 辍学 by then

    @property
    def closed(self) -> int:
        return self.closed_placed + self.closed_back + self.closed_other


# 复核结论 of the county's quarterly re-check, one per case active in the quarter
RECHECK_CONFIRMED = "已核实在校"
RECHECK_MISMATCH = "复核不符：销号后无安置"
RECHECK_ON_SITE = "须实地核实"
RECHECK_NO_VISIT = "未销号：本季度无劝返记录"
RECHECK_FOLLOWING = "未销号：继续劝返"


@dataclass(frozen=True)
class CaseRecheck:
    case: CaseItem
    persuasions: int  # 劝返记录 in the quarter
    last_visit: Persuasion | None  # the latest 劝返记录 up to the quarter's end
    placement: str  # the child's placement today (label), "" when none or no registered child
    conclusion: str  # one of the RECHECK_* texts


def recheck(case: CaseItem, first: date, last: date, placement_label: str) -> CaseRecheck:
    """What the county's re-check concludes for one case over the quarter ``first`` … ``last``.

    A case closed by the quarter's end is confirmed when its child holds a placement now, a
    mismatch when the registered child has none, and left to an on-site check when the case's
    person is not in the register. An open case needs a 劝返记录 in the quarter."""
    visits = [r for r in case.records if r.day <= last]
    in_quarter = sum(1 for r in visits if r.day >= first)
    latest = max(visits, key=lambda r: r.day) if visits else None
    closed = case.closed_on is not None and case.closed_on <= last
    if closed:
        if case.child_id is None:
            conclusion = RECHECK_ON_SITE
        else:
            conclusion = RECHECK_CONFIRMED if placement_label else RECHECK_MISMATCH
    else:
        conclusion = RECHECK_FOLLOWING if in_quarter else RECHECK_NO_VISIT
    return CaseRecheck(case, in_quarter, latest, placement_label, conclusion)


def quarter_of(text: str) -> tuple[int, int] | None:
    """ "2026-Q4", "2026Q4", "2026-4" → (2026, 4); None when it is not a quarter."""
    cleaned = text.strip().upper().replace("Q", "-").replace("--", "-")
    parts = [p for p in cleaned.split("-") if p]
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    year, quarter = int(parts[0]), int(parts[1])
    if not 1 <= quarter <= 4 or year < 1900:
        return None
    return year, quarter


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)
