"""Results of :mod:`special_ed.services.registration`: the check population, committee sittings and
the children a sitting may decide. Plain values without SQL, so the UI can use them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from special_ed.domain.enums import Level
from special_ed.domain.registration import OUTCOME_LABELS, Member


@dataclass(frozen=True)
class PopulationRow:
    child_id: int | None  # None: only on an agency list
    name: str
    sex: str
    birth_date: date | None
    resident_id: str
    township: str
    village: str
    categories: str
    grade: int | None
    placement: str  # Placement value, "deferred", or ""
    source: str  # 登记册 / 残联 / 学籍 / 户籍 / 扶贫
    guardian: str = ""
    phone: str = ""
    note: str = ""
    primary_category: str = ""


@dataclass(frozen=True)
class SittingDecisionRow:
    child_id: int
    name: str
    township: str
    level: Level
    outcome: str
    reason: str
    review_on: date | None


@dataclass(frozen=True)
class SittingSummary:
    id: int
    held_on: date
    township: str
    place: str
    members: tuple[Member, ...]
    decisions: tuple[SittingDecisionRow, ...]

    def outcome_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.decisions:
            out[OUTCOME_LABELS[d.outcome]] = out.get(OUTCOME_LABELS[d.outcome], 0) + 1
        return out


@dataclass(frozen=True)
class SittingCandidate:
    """A registered child a sitting may assess, with what the committee's form starts from."""

    child_id: int
    name: str
    township: str
    village: str
    birth_date: date
    level: Level | None  # the committee's last conclusion
    placement: str  # Placement value, "deferred" (延缓入学), or "" (not placed)
    school_id: int | None  # the placement school, else the register school
    team_id: int | None
    class_name: str
    review_due: date | None
    due: bool  # not placed, deferred, or its review falls due by the sitting: assess it by default
