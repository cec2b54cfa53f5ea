"""Provincial norm presets in force, teachers' 送教 workload and each child's annual 课时.

Choosing a preset writes its figures into the stored settings (through
:class:`SettingsService`, so it is validated, audited and conflict-checked like
any settings change); the compliance calculator reads those settings, so the
required visits and 课时 everywhere follow the switch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from special_ed.domain import norm_presets
from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.enums import TeacherRole, VisitKind, VisitStatus
from special_ed.domain.norm_presets import NormPreset
from special_ed.domain.records import class_hours
from special_ed.domain.settings import Settings
from special_ed.domain.workload import (
    AnnualHoursReport,
    ChildAnnualHours,
    PresetState,
    TeacherInfo,
    VisitWork,
    WorkloadReport,
    annual_hours,
    workload,
)
from special_ed.errors import SpecialEdError
from special_ed.persistence import models as m
from special_ed.services.compliance import ComplianceService, cells_between
from special_ed.services.context import ServiceContext
from special_ed.services.settings_store import SettingsService


def month_range(text: str) -> tuple[date, date]:
    """ "2026-03" → its first and last day; anything else is refused with the value named."""
    try:
        year, month = (int(x) for x in text.strip().split("-"))
        first = date(year, month, 1)
    except ValueError as exc:
        raise SpecialEdError("period.month_invalid", value=text) from exc
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def workload_rule(settings: Settings) -> str:
    per = settings.visit_norms.workload_per_visit
    if per > 0:
        return f"每次送教每位教师计 {per:g} 课时工作量（出车人员不计课时）"
    return "每次送教每位教师按该次实际课时计工作量（出车人员不计课时）"


class NormsService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, compliance: ComplianceService) -> None:
        self.ctx = ctx
        self.settings_service = settings
        self.compliance = compliance

    # ---- presets ----------------------------------------------------------------------------

    def presets(self) -> tuple[NormPreset, ...]:
        return norm_presets.PRESETS

    def state(self) -> PresetState:
        s = self.ctx.settings(refresh=True)
        found = None if s.norm_preset == norm_presets.CUSTOM else norm_presets.preset(s.norm_preset)
        return PresetState(s.norm_preset, found, s.preset_modified())

    def apply(self, key: str, expected: dict[str, int] | None = None) -> Settings:
        """Put the preset's figures in force (an unknown key is refused before anything is written)."""
        current = self.ctx.settings(refresh=True)
        return self.settings_service.save(current.with_preset(key), expected)

    # ---- teacher workload -------------------------------------------------------------------

    def workload(self, start: date, end: date, title: str = "") -> WorkloadReport:
        settings = self.ctx.settings()
        with self.ctx.uow("read") as uow:
            visit_rows = uow.session.execute(
                select(
                    m.Visit.id,
                    m.Visit.child_id,
                    m.Visit.day,
                    m.Visit.start_time,
                    m.Visit.end_time,
                    m.Visit.class_hours,
                    m.Visit.kind,
                ).where(
                    m.Visit.status == VisitStatus.DONE.value,
                    m.Visit.day.between(start, end),
                    m.Visit.archived_at.is_(None),
                )
            ).all()
            teacher_of: dict[int, list[int]] = {}
            for vid, tid in uow.session.execute(
                select(m.VisitTeacher.visit_id, m.VisitTeacher.teacher_id)
                .join(m.Visit, m.Visit.id == m.VisitTeacher.visit_id)
                .where(
                    m.Visit.status == VisitStatus.DONE.value,
                    m.Visit.day.between(start, end),
                    m.Visit.archived_at.is_(None),
                )
            ):
                teacher_of.setdefault(vid, []).append(tid)
            teachers = {
                tid: TeacherInfo(tid, name, school or "", TeacherRole(role), town or "")
                for tid, name, role, school, town in uow.session.execute(
                    select(m.Teacher.id, m.Teacher.name, m.Teacher.role, m.School.name, m.Township.name)
                    .join(m.School, m.School.id == m.Teacher.school_id)
                    .join(m.Township, m.Township.id == m.School.township_id)
                )
            }
        minutes = settings.class_hour_minutes
        visits = []
        for vid, cid, day, t0, t1, stored, kind in visit_rows:
            if stored is not None:
                hours = float(stored)
            elif t0 is not None and t1 is not None:
                hours = class_hours((t1.hour * 60 + t1.minute) - (t0.hour * 60 + t0.minute), minutes)
            else:
                hours = 0.0
            visits.append(
                VisitWork(vid, cid, day, hours, VisitKind(kind or VisitKind.HOME.value), tuple(teacher_of.get(vid, ())))
            )
        rows = workload(settings.visit_norms, visits, teachers)
        months: list[tuple[int, int]] = []
        cursor = start.replace(day=1)
        while cursor <= end:
            months.append((cursor.year, cursor.month))
            cursor = (cursor + timedelta(days=32)).replace(day=1)
        preset = (
            "自定义"
            if settings.norm_preset == norm_presets.CUSTOM
            else norm_presets.preset(settings.norm_preset).name
        )
        return WorkloadReport(
            title or f"{start.isoformat()} 至 {end.isoformat()}",
            start,
            end,
            tuple(months),
            workload_rule(settings),
            preset,
            tuple(rows),
        )

    def workload_for_term(self, term_name: str | None = None) -> WorkloadReport:
        term = self.compliance.term(term_name)
        return self.workload(term.start, term.end, term.name)

    def workload_for_month(self, month: str) -> WorkloadReport:
        first, last = month_range(month)
        return self.workload(first, last, f"{first.year}年{first.month}月")

    # ---- annual 课时 per child ----------------------------------------------------------------

    def annual_hours(self, school_year: int | None = None, as_of: date | None = None) -> AnnualHoursReport:
        settings = self.ctx.settings()
        as_of = as_of or self.ctx.today()
        calc = ComplianceCalculator(settings)
        year = school_year if school_year is not None else calc.school_year_of(as_of)
        start = settings.reference_date(year)
        end = settings.reference_date(year + 1) - timedelta(days=1)
        with self.ctx.uow("read") as uow:
            ids = ComplianceService._home_children(uow, start, end)
            cells = cells_between(uow, calc, ids, start, end, as_of)
            names = ComplianceService._names(uow, ids)
        rows: list[ChildAnnualHours] = []
        for cid in ids:
            name, town = names.children.get(cid, ("", 0))
            rows.append(
                ChildAnnualHours(
                    annual_hours(cid, cells.get(cid, []), as_of), name, names.townships.get(town, "")
                )
            )
        rows.sort(key=lambda r: (-r.hours.behind, r.township, r.name))
        return AnnualHoursReport(year, as_of, settings.visit_norms.hours_per_year, tuple(rows))


def preset_names(presets: Sequence[NormPreset]) -> dict[str, str]:
    return {p.key: p.name for p in presets} | {norm_presets.CUSTOM: "自定义"}
