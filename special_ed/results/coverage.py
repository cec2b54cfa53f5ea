"""Results of :mod:`special_ed.services.coverage`: the 一个不少 coverage report.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from special_ed.domain.enums import ChildStatus
from special_ed.results.registry import RegistryFilter

# Children in these states are outside the count: they have left compulsory education for good.
OUT_OF_SCOPE = (ChildStatus.DECEASED.value, ChildStatus.GRADUATED.value, ChildStatus.TRANSFERRED.value)
IN_SCOPE = frozenset(s for s in ChildStatus if s.value not in OUT_OF_SCOPE)


@dataclass(frozen=True)
class TownshipCoverage:
    township_id: int
    township: str
    school_age: int
    placed: int
    excepted: int
    uncovered: int
    by_level_placement: dict[tuple[str, str], int] = field(default_factory=dict)  # (level|"", placement|"")

    @property
    def enrolment_rate(self) -> float | None:
        return self.placed / self.school_age if self.school_age else None


@dataclass(frozen=True)
class UncoveredChild:
    child_id: int
    name: str
    township: str
    birth_date: date
    level: str
    reason: str  # the recorded exception, or "" when nobody has explained the gap


@dataclass(frozen=True)
class CoverageReport:
    reference_date: date
    age_min: int
    age_max: int
    townships: list[TownshipCoverage]  # the actor's townships only (persistence.scope.township_condition)
    exceptions: list[UncoveredChild]
    scope: str = ""  # the actor's scope ("高唐街道"), "" for the whole county: what the totals add up

    @property
    def school_age(self) -> int:
        return sum(t.school_age for t in self.townships)

    @property
    def placed(self) -> int:
        return sum(t.placed for t in self.townships)

    @property
    def uncovered(self) -> int:
        return sum(t.uncovered for t in self.townships)

    @property
    def excepted(self) -> int:
        return sum(t.excepted for t in self.townships)

    @property
    def enrolment_rate(self) -> float | None:
        return self.placed / self.school_age if self.school_age else None

    def base_filter(self) -> RegistryFilter:
        """The registry filter that shows exactly the children this report counts."""
        return RegistryFilter(
            school_age_on=self.reference_date, age_min=self.age_min, age_max=self.age_max, statuses=IN_SCOPE
        )


def level_placement_matrix(report: CoverageReport) -> dict[tuple[str, str], int]:
    """County totals of (level, placement); "" stands for not yet assessed / not placed."""
    total: dict[tuple[str, str], int] = {}
    for t in report.townships:
        for key, n in t.by_level_placement.items():
            total[key] = total.get(key, 0) + n
    return total
