"""Provincial norm presets: the figures their documents state, and what a switch does to requirements."""

from __future__ import annotations

from datetime import date, time

import pytest

from special_ed.domain import norm_presets
from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.enums import Delivery, Placement, TeacherRole, VisitKind, VisitStatus
from special_ed.domain.records import PlacementPeriod, Visit
from special_ed.domain.settings import Settings, Term
from special_ed.domain.workload import TeacherInfo, VisitWork, annual_hours, workload
from special_ed.errors import SpecialEdError, ValidationError

FALL = Term("2025年秋季学期", date(2025, 9, 1), date(2026, 1, 16))
SPRING = Term("2026年春季学期", date(2026, 2, 23), date(2026, 7, 3))
BASE = Settings(terms=(FALL, SPRING))
HOME = [PlacementPeriod(Placement.HOME, date(2025, 9, 1), None, team_id=1, school_id=1)]

# The figures of the domain notes' table "Provincial norms for 送教上门", written out again here:
# (visits a month, visits a week, 课时 a visit, 课时 a year, 家长课堂 counts, workload a visit, ages)
DOCUMENTED = {
    "fujian": (3, 0, 2, 90, True, 0, (6, 16)),
    "shandong": (0, 2, 3, 216, False, 0, (6, 15)),
    "henan": (0, 2, 3, 216, False, 0, (6, 14)),
    "gansu": (0, 1, 2, 60, False, 4, None),
    "ningxia": (0, 1, 2, 0, False, 0, None),
}


def visit(day: date, vid: int, kind: VisitKind = VisitKind.HOME, minutes: int = 80) -> Visit:
    return Visit(
        child_id=1,
        day=day,
        status=VisitStatus.DONE,
        start=time(9, 0),
        end=time(9 + minutes // 60, minutes % 60),
        deliveries={Delivery.KNOWLEDGE: ""},
        teacher_ids=(1, 2),
        id=vid,
        kind=kind,
    )


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_each_preset_states_its_document_and_the_documented_figures(key: str) -> None:
    p = norm_presets.preset(key)
    per_month, per_week, per_visit, per_year, parent, work, ages = DOCUMENTED[key]
    assert p.document.strip() and p.name.strip()
    assert (p.visits_per_month, p.visits_per_week, p.hours_per_visit, p.hours_per_year) == (
        per_month,
        per_week,
        per_visit,
        per_year,
    )
    assert (p.parent_class_counts, p.workload_per_visit) == (parent, work)
    assert ((p.age_min, p.age_max) if p.age_min is not None else None) == ages
    applied = BASE.with_preset(key)
    n = applied.visit_norms
    assert (n.visits_per_month, n.visits_per_week, n.hours_per_visit, n.hours_per_year) == (
        per_month,
        per_week,
        per_visit,
        per_year,
    )
    assert applied.norm_preset == key and not applied.preset_modified()
    if ages:
        assert (applied.age_min, applied.age_max) == ages
    # stored and read back unchanged
    assert Settings.from_dict(applied.to_dict()) == applied


def test_fujian_cites_its_document_number() -> None:
    assert "闽教基〔2024〕31号" in norm_presets.preset("fujian").document


def test_switching_preset_changes_a_months_requirement_as_the_documents_say() -> None:
    # November 2025: no holiday; Monday 3rd to Sunday 30th are four full school weeks (20 open days).
    start, end = date(2025, 11, 1), date(2025, 11, 30)

    def required(key: str) -> tuple[int, float]:
        calc = ComplianceCalculator(BASE.with_preset(key))
        (cell,) = calc.cells(1, HOME, [], start, end)
        return cell.required_visits, cell.required_hours

    year_open = ComplianceCalculator(BASE).open_days_of_school_year(2025)
    # 福建: 3 a month × 2 课时 = 6, but at least its share of 90 课时 a year
    assert required("fujian") == (3, max(6.0, round(90 * 20 / year_open, 1)))
    # 山东/河南: 2 a week × 4 weeks × 3 课时 = 24 (216 a year pro-rated is less than that)
    assert required("shandong") == (8, max(24.0, round(216 * 20 / year_open, 1)))
    assert required("henan") == required("shandong")
    # 甘肃: 1 a week × 2 课时 = 8; 宁夏 the same, with no yearly figure
    assert required("gansu") == (4, max(8.0, round(60 * 20 / year_open, 1)))
    assert required("ningxia") == (4, 8.0)


def test_a_parent_class_counts_where_the_preset_says_so() -> None:
    visits = [visit(date(2025, 11, 4), 1), visit(date(2025, 11, 11), 2, VisitKind.PARENT_CLASS)]
    fujian = ComplianceCalculator(BASE.with_preset("fujian")).cells(
        1, HOME, visits, date(2025, 11, 1), date(2025, 11, 30)
    )[0]
    assert (fujian.delivered_visits, fujian.parent_classes, fujian.parent_classes_uncounted) == (2, 1, 0)
    shandong = ComplianceCalculator(BASE.with_preset("shandong")).cells(
        1, HOME, visits, date(2025, 11, 1), date(2025, 11, 30)
    )[0]
    assert (shandong.delivered_visits, shandong.parent_classes, shandong.parent_classes_uncounted) == (1, 0, 1)
    assert shandong.delivered_hours == 2.0  # 80 minutes at 40 a class hour; the parent class adds nothing


def test_teacher_workload_follows_the_presets_rule() -> None:
    teachers = {
        1: TeacherInfo(1, "张老师", "一小", TeacherRole.SPECIAL_ED),
        2: TeacherInfo(2, "李师傅", "一小", TeacherRole.DRIVER),
        3: TeacherInfo(3, "王老师", "一小", TeacherRole.ORDINARY),
    }
    visits = [
        VisitWork(1, 1, date(2026, 3, 3), 2.0, VisitKind.HOME, (1, 2, 3)),
        VisitWork(2, 1, date(2026, 3, 10), 3.0, VisitKind.PARENT_CLASS, (1, 2)),
        VisitWork(3, 2, date(2026, 4, 1), 2.5, VisitKind.HOME, (1,)),
    ]
    gansu = {w.teacher.teacher_id: w for w in workload(BASE.with_preset("gansu").visit_norms, visits, teachers)}
    # 甘肃: each visit = 4 课时 of workload per teacher, whatever its length; drivers none
    assert gansu[1].total.credited == 12.0 and gansu[1].total.visits == 3
    assert gansu[1].months[(2026, 3)].credited == 8.0 and gansu[1].months[(2026, 4)].credited == 4.0
    assert gansu[3].total.credited == 4.0
    assert gansu[2].total.credited == 0.0 and gansu[2].total.visits == 2
    assert gansu[1].total.parent_classes == 1 and gansu[1].children == {1, 2}
    shandong = {w.teacher.teacher_id: w for w in workload(BASE.with_preset("shandong").visit_norms, visits, teachers)}
    assert shandong[1].total.credited == 7.5  # the visits' own class hours: 2 + 3 + 2.5
    assert shandong[3].total.credited == 2.0


def test_annual_hours_pro_rate_the_yearly_target() -> None:
    settings = BASE.with_preset("fujian")
    calc = ComplianceCalculator(settings)
    year_end = date(2026, 8, 31)
    cells = calc.cells(1, HOME, [visit(date(2025, 9, 9), 1)], date(2025, 9, 1), year_end, date(2025, 11, 20))
    result = annual_hours(1, cells, date(2025, 11, 20))
    assert result.target == pytest.approx(90, abs=0.3)  # placed the whole year: the full 90 课时
    assert result.delivered == 2.0
    assert 0 < result.owed_to_date < result.target
    assert result.behind == round(result.owed_to_date - 2.0, 1)
    half = calc.cells(
        1,
        [PlacementPeriod(Placement.HOME, date(2026, 2, 23), None)],
        [],
        date(2025, 9, 1),
        year_end,
    )
    assert annual_hours(1, half, year_end).target < result.target  # spring only: its share only


def test_an_unknown_preset_is_refused_clearly() -> None:
    with pytest.raises(SpecialEdError) as raised:
        BASE.with_preset("xinjiang")
    assert raised.value.code == "norms.preset_unknown"
    assert "xinjiang" in raised.value.message("zh") and "fujian" in raised.value.message("zh")
    with pytest.raises(ValidationError) as invalid:
        Settings.from_dict({**BASE.to_dict(), "norm_preset": "xinjiang"})
    assert invalid.value.issues[0].params["key"] == "norm_preset"
    assert invalid.value.issues[0].params["value"] == "xinjiang"
    assert "xinjiang" in invalid.value.message("zh") and "fujian" in invalid.value.message("zh")
    assert "送教规范预设" in invalid.value.message("zh") and "Norm preset" in invalid.value.message("en")


def test_editing_figures_after_choosing_a_preset_reads_as_modified() -> None:
    chosen = BASE.with_preset("gansu")
    edited = Settings.from_dict(
        {**chosen.to_dict(), "visit_norms": {**chosen.to_dict()["visit_norms"], "visits_per_week": 2}}
    )
    assert edited.norm_preset == "gansu" and edited.preset_modified()
