"""Teachers' 送教 workload and each child's annual 课时, from visits under the county's norms.

Workload rule (the preset's, kept in :class:`~special_ed.domain.settings.VisitNorms`):

- Only *done* visits credit workload; a cancelled or planned visit credits nothing.
- Every teacher recorded on the visit is credited, each in full (a team of two who teach a
  2-课时 visit are each credited 2 课时: both were there).
- Credit per visit per teacher is ``workload_per_visit`` when the norms set one (甘肃: each
  visit counts 4 课时), else the visit's own class hours (from its start and end).
- A 家长课堂 credits like any visit: the teachers taught it.
- 出车人员 (drivers) are credited trips, never 课时: they do not teach.

Annual 课时 per child: the target is the norms' ``hours_per_year`` pro-rated by the days the
child was placed in home teaching (the compliance calculator's yearly share, so the two
always agree); ``owed so far`` is the same share up to ``as_of``; delivered is what counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from special_ed.domain.compliance import Cell
from special_ed.domain.enums import TeacherRole, VisitKind
from special_ed.domain.norm_presets import NormPreset
from special_ed.domain.settings import VisitNorms


@dataclass(frozen=True)
class VisitWork:
    """One done visit as workload needs it."""

    visit_id: int
    child_id: int
    day: date
    class_hours: float
    kind: VisitKind
    teacher_ids: tuple[int, ...]


@dataclass(frozen=True)
class TeacherInfo:
    teacher_id: int
    name: str
    school: str
    role: TeacherRole
    township: str = ""  # the school's township (reports filter by it)


@dataclass
class MonthWork:
    visits: int = 0
    parent_classes: int = 0
    class_hours: float = 0.0  # the visits' own class hours
    credited: float = 0.0  # workload 课时 credited under the rule

    def add(self, other: MonthWork) -> None:
        self.visits += other.visits
        self.parent_classes += other.parent_classes
        self.class_hours = round(self.class_hours + other.class_hours, 2)
        self.credited = round(self.credited + other.credited, 2)


@dataclass
class TeacherWorkload:
    teacher: TeacherInfo
    months: dict[tuple[int, int], MonthWork] = field(default_factory=dict)
    children: set[int] = field(default_factory=set)

    @property
    def total(self) -> MonthWork:
        out = MonthWork()
        for month in self.months.values():
            out.add(month)
        return out


def credit(norms: VisitNorms, role: TeacherRole, class_hours: float) -> float:
    """课时 of workload one teacher of ``role`` is credited for one done visit."""
    if role is TeacherRole.DRIVER:
        return 0.0
    if norms.workload_per_visit > 0:
        return float(norms.workload_per_visit)
    return float(class_hours)


def workload(
    norms: VisitNorms, visits: Iterable[VisitWork], teachers: dict[int, TeacherInfo]
) -> list[TeacherWorkload]:
    """Each teacher's workload by calendar month, sorted by school then name."""
    out: dict[int, TeacherWorkload] = {}
    for visit in visits:
        for tid in visit.teacher_ids:
            info = teachers.get(tid)
            if info is None:
                continue
            row = out.setdefault(tid, TeacherWorkload(info))
            month = row.months.setdefault((visit.day.year, visit.day.month), MonthWork())
            month.visits += 1
            if visit.kind is VisitKind.PARENT_CLASS:
                month.parent_classes += 1
            month.class_hours = round(month.class_hours + visit.class_hours, 2)
            month.credited = round(month.credited + credit(norms, info.role, visit.class_hours), 2)
            row.children.add(visit.child_id)
    return sorted(out.values(), key=lambda w: (w.teacher.school, w.teacher.name, w.teacher.teacher_id))


@dataclass(frozen=True)
class AnnualHours:
    """One child's annual 课时 in a school year."""

    child_id: int
    target: float  # pro-rated hours_per_year for the days placed at home (0: the norms set none)
    owed_to_date: float  # the target's share up to as_of
    required_by_visits: float  # the visits owed × 课时 per visit, or the yearly share if larger
    delivered: float

    @property
    def remaining(self) -> float:
        return max(0.0, round(self.target - self.delivered, 1))

    @property
    def behind(self) -> float:
        """How far delivery is behind the share owed so far (0 when on track)."""
        return max(0.0, round(self.owed_to_date - self.delivered, 1))


def annual_hours(child_id: int, cells: Iterable[Cell], as_of: date) -> AnnualHours:
    """Sum a child's cells of a whole school year (computed with ``as_of``) into annual 课时."""
    target = owed = required = delivered = 0.0
    for cell in cells:
        target += cell.yearly_hours
        if (cell.year, cell.month) <= (as_of.year, as_of.month):
            owed += cell.yearly_hours
        required += cell.required_hours
        delivered += cell.delivered_hours
    return AnnualHours(child_id, round(target, 1), round(owed, 1), round(required, 1), round(delivered, 1))


# ---- results the services hand to front ends (no SQL here, so the UI may import them) ----------


@dataclass(frozen=True)
class PresetState:
    key: str
    preset: NormPreset | None  # None for custom
    modified: bool  # the figures were edited after the preset was chosen


@dataclass(frozen=True)
class WorkloadReport:
    title: str  # the period, e.g. "2026年春季学期" or "2026年3月"
    start: date
    end: date
    months: tuple[tuple[int, int], ...]
    rule: str  # the workload rule in force, in Chinese
    preset: str  # the preset's name, or 自定义
    rows: tuple[TeacherWorkload, ...]


@dataclass(frozen=True)
class ChildAnnualHours:
    hours: AnnualHours
    name: str
    township: str


@dataclass(frozen=True)
class AnnualHoursReport:
    school_year: int
    as_of: date
    hours_per_year: float
    rows: tuple[ChildAnnualHours, ...]


