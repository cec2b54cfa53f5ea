"""Validation of visits, schemes, plans, lesson plans, assessments and attachments."""

from __future__ import annotations

from datetime import date, time

import pytest

from special_ed.domain.enums import AssessmentKind, CancelReason, Delivery, GoalKind, Placement, VisitStatus
from special_ed.domain.record_rules import (
    VisitContext,
    check_assessment,
    check_attachment,
    check_lesson_plan,
    check_scheme,
    check_term_plan,
    check_visit,
)
from special_ed.domain.records import (
    Assessment,
    Goal,
    LessonPlan,
    PlacementPeriod,
    PlanMonth,
    Scheme,
    TermPlan,
    Visit,
    class_hours,
    sha256_hex,
)
from special_ed.domain.settings import Settings
from special_ed.messages import known_codes

S = Settings()
HOME = [PlacementPeriod(Placement.HOME, date(2025, 9, 1), None, team_id=1)]
TODAY = date(2025, 12, 1)


def visit(**kw: object) -> Visit:
    base: dict[str, object] = dict(
        child_id=1,
        day=date(2025, 11, 5),
        status=VisitStatus.DONE,
        start=time(9, 0),
        end=time(10, 30),
        team_id=1,
        teacher_ids=(11, 12),
        deliveries={Delivery.REHAB: "被动操 20 分钟", Delivery.KNOWLEDGE: "认识颜色"},
        id=100,
    )
    base.update(kw)
    return Visit(**base)  # type: ignore[arg-type]


def codes(issues: list) -> list[str]:  # type: ignore[type-arg]
    return [i.code for i in issues]


def test_a_good_done_visit_passes() -> None:
    assert check_visit(visit(), VisitContext(HOME, today=TODAY), S) == []


def test_every_new_code_is_worded_in_both_languages() -> None:
    issues = check_visit(
        visit(end=time(8, 0), deliveries={}, teacher_ids=()), VisitContext(HOME, today=TODAY), S
    )
    for issue in issues:
        assert issue.code in known_codes()
        zh, en = issue.message("zh"), issue.message("en")
        assert zh != en and "{" not in zh and "{" not in en


def test_end_before_start_is_reported_with_both_times() -> None:
    issues = check_visit(visit(end=time(8, 45)), VisitContext(HOME, today=TODAY), S)
    assert codes(issues) == ["visit.end_before_start"]
    assert "08:45" in issues[0].message("zh") and "09:00" in issues[0].message("en")


def test_done_visit_needs_five_song_teachers_and_times_all_at_once() -> None:
    issues = check_visit(visit(deliveries={}, teacher_ids=(), end=None), VisitContext(HOME, today=TODAY), S)
    assert set(codes(issues)) == {"visit.delivery_required", "visit.teacher_required", "visit.times_required"}


def test_planned_visit_needs_no_contents_but_cannot_be_done_in_the_future() -> None:
    planned = visit(status=VisitStatus.PLANNED, deliveries={}, teacher_ids=(), day=date(2025, 12, 20))
    assert check_visit(planned, VisitContext(HOME, today=TODAY), S) == []
    future = visit(day=date(2025, 12, 20))
    assert codes(check_visit(future, VisitContext(HOME, today=TODAY), S)) == ["visit.done_in_future"]


def test_cancel_needs_a_reason_and_other_needs_a_note() -> None:
    ctx = VisitContext(HOME, today=TODAY)
    assert codes(check_visit(visit(status=VisitStatus.CANCELLED), ctx, S)) == ["visit.cancel_reason_required"]
    other = visit(status=VisitStatus.CANCELLED, cancel_reason=CancelReason.OTHER)
    assert codes(check_visit(other, ctx, S)) == ["visit.cancel_note_required"]
    ok = visit(status=VisitStatus.CANCELLED, cancel_reason=CancelReason.ROAD_CLOSED)
    assert check_visit(ok, ctx, S) == []
    stray = visit(cancel_reason=CancelReason.WEATHER)
    assert codes(check_visit(stray, ctx, S)) == ["visit.cancel_reason_unexpected"]


def test_visit_for_a_child_not_placed_at_home_that_day() -> None:
    placements = [
        PlacementPeriod(Placement.HOME, date(2025, 9, 1), date(2025, 10, 31)),
        PlacementPeriod(Placement.SPECIAL_SCHOOL, date(2025, 11, 1), None),
    ]
    issues = check_visit(visit(), VisitContext(placements, today=TODAY), S)
    assert codes(issues) == ["visit.not_home_placed"]
    assert "2025-11-05" in issues[0].message("zh")


def test_overlapping_visits_of_one_team_or_a_shared_teacher() -> None:
    other = visit(child_id=2, id=101, start=time(10, 0), end=time(11, 30), team_id=1, teacher_ids=(11,))
    issues = check_visit(visit(), VisitContext(HOME, [other], TODAY, {2: "李四"}), S)
    assert codes(issues) == ["visit.overlap"]
    assert "李四" in issues[0].message("zh") and "10:00" in issues[0].message("zh")
    # back to back is fine; a different team with no shared teacher is fine; a cancelled one is ignored
    after = visit(child_id=2, id=102, start=time(10, 30), end=time(12, 0))
    stranger = visit(child_id=3, id=103, team_id=2, teacher_ids=(40,))
    gone = visit(child_id=4, id=104, status=VisitStatus.CANCELLED, cancel_reason=CancelReason.WEATHER)
    assert check_visit(visit(), VisitContext(HOME, [after, stranger, gone], TODAY), S) == []


def test_makeup_rules() -> None:
    original = visit(
        id=5, status=VisitStatus.CANCELLED, cancel_reason=CancelReason.CHILD_ILL, day=date(2025, 11, 3)
    )
    makeup = visit(id=6, makeup_of=5, day=date(2025, 11, 10))
    assert check_visit(makeup, VisitContext(HOME, [original], TODAY), S) == []
    early = visit(id=6, makeup_of=5, day=date(2025, 11, 1))
    assert codes(check_visit(early, VisitContext(HOME, [original], TODAY), S)) == [
        "visit.makeup_before_original"
    ]
    twin = visit(id=7, makeup_of=5, day=date(2025, 11, 12), start=time(14, 0), end=time(15, 30))
    assert codes(check_visit(makeup, VisitContext(HOME, [original, twin], TODAY), S)) == [
        "visit.makeup_duplicate"
    ]
    done_original = visit(id=5, day=date(2025, 11, 3))
    assert "visit.makeup_not_cancelled" in codes(
        check_visit(makeup, VisitContext(HOME, [done_original], TODAY), S)
    )
    assert codes(check_visit(makeup, VisitContext(HOME, [], TODAY), S)) == ["visit.makeup_unknown"]


def test_short_visit_is_a_warning_not_an_error() -> None:
    issues = check_visit(visit(end=time(10, 0)), VisitContext(HOME, today=TODAY), S)
    assert codes(issues) == ["visit.short"] and not issues[0].is_error


@pytest.mark.parametrize(
    ("minutes", "per", "hours"),
    [(90, 40, 2.0), (60, 40, 1.5), (80, 40, 2.0), (45, 45, 1.0), (19, 40, 0.0), (0, 40, 0.0), (135, 45, 3.0)],
)
def test_class_hours_count_whole_half_hours(minutes: int, per: int, hours: float) -> None:
    assert class_hours(minutes, per) == hours


def goal(**kw: object) -> Goal:
    base: dict[str, object] = dict(
        kind=GoalKind.TERM, domain="生活自理", text="独立用勺进食", criterion="连续3次独立完成"
    )
    base.update(kw)
    return Goal(**base)  # type: ignore[arg-type]


def test_scheme_goal_without_criterion_names_the_row_and_goal() -> None:
    scheme = Scheme(
        1,
        2025,
        {"运动": "可独坐"},
        (goal(), goal(criterion=" ", text="自己穿鞋")),
        guardian_agreed_on=date(2025, 9, 10),
        guardian_name="王芳",
    )
    issues = check_scheme(scheme, S)
    assert codes(issues) == ["goal.criterion_required"]
    assert issues[0].field == "goals[2].criterion"
    assert "第 2 条" in issues[0].message("zh") and "自己穿鞋" in issues[0].message("zh")


def test_scheme_reports_every_problem_together() -> None:
    scheme = Scheme(
        1,
        2025,
        {"飞行": "x"},
        (goal(text="", domain="游泳", target_date=date(2027, 1, 1)), goal(parent_id=99)),
        guardian_name="王芳",
    )
    found = set(codes(check_scheme(scheme, S)))
    assert found == {
        "scheme.domain_unknown",
        "scheme.guardian_incomplete",
        "goal.text_required",
        "goal.domain_unknown",
        "goal.target_outside_year",
        "goal.parent_not_long_term",
    }


def test_term_plan_months_must_lie_in_the_term_and_link_known_goals() -> None:
    plan = TermPlan(
        1,
        "2025年秋季学期",
        (
            PlanMonth(2025, 9, "生活自理：进食", (1,), 2, 4),
            PlanMonth(2025, 9, "重复", (1,)),
            PlanMonth(2026, 3, "越界", (1,)),
            PlanMonth(2025, 10, "", (7,), -1),
        ),
    )
    found = codes(check_term_plan(plan, S, {1}))
    assert found == [
        "plan.month_duplicate",
        "plan.month_outside_term",
        "plan.topics_required",
        "plan.goal_unknown",
        "plan.negative",
    ]
    assert codes(check_term_plan(TermPlan(1, "不存在"), S, set())) == ["plan.term_unknown"]


def test_lesson_plans_and_templates() -> None:
    assert (
        check_lesson_plan(LessonPlan("认识人民币", child_id=1, day=date(2025, 11, 5), goal_ids=(1,)), {1})
        == []
    )
    assert codes(check_lesson_plan(LessonPlan(" ", child_id=None), set())) == [
        "lesson.topic_required",
        "lesson.child_required",
        "lesson.date_required",
    ]
    assert codes(check_lesson_plan(LessonPlan("模板", is_template=True), set())) == ["lesson.school_required"]


def test_assessment_ranges() -> None:
    a = Assessment(
        1, date(2025, 11, 20), AssessmentKind.MIDTERM, {"运动": 120.0, "潜水": 3}, {1: 5, 2: 3, 9: 1}
    )
    found = codes(check_assessment(a, S, {1: "进食", 2: "穿鞋"}, TODAY))
    assert found == [
        "assessment.score_range",
        "assessment.domain_unknown",
        "assessment.attainment_range",
        "assessment.goal_unknown",
    ]
    empty = Assessment(1, date(2026, 1, 1), AssessmentKind.BASELINE)
    assert codes(check_assessment(empty, S, {}, TODAY)) == ["assessment.empty", "assessment.future"]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def test_attachment_limits_type_and_content() -> None:
    assert check_attachment("协议.png", PNG, S) == []
    small = S.with_changes(attachment_max_bytes=50)
    too_big = check_attachment("协议.png", PNG, small)
    assert codes(too_big) == ["attachment.too_large"] and "协议.png" in too_big[0].message("zh")
    forbidden = check_attachment("病毒.exe", b"MZ....", S)
    assert codes(forbidden) == ["attachment.type_forbidden"] and ".pdf" in forbidden[0].message("en")
    assert codes(check_attachment("假的.pdf", PNG, S)) == ["attachment.content_mismatch"]
    assert codes(check_attachment("空.jpg", b"", S)) == ["attachment.empty"]
    assert check_attachment("扫描.PDF", b"%PDF-1.7\n...", S) == []


def test_sha256_is_the_standard_digest() -> None:
    assert sha256_hex(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_copying_last_years_scheme_moves_dates_and_drops_the_agreement() -> None:
    from special_ed.domain.records import copy_scheme

    old = Scheme(
        1,
        2024,
        {"运动": "可独坐"},
        (goal(id=3, target_date=date(2025, 6, 30)), goal(id=4, target_date=date(2024, 2, 29))),
        supports="轮椅",
        guardian_agreed_on=date(2024, 9, 10),
        guardian_name="王芳",
        reviewed_on=date(2025, 3, 1),
        id=9,
    )
    new = copy_scheme(old, 2025)
    assert new.school_year == 2025 and new.id is None and new.supports == "轮椅"
    assert [g.target_date for g in new.goals] == [date(2026, 6, 30), date(2025, 2, 28)]
    assert all(g.id is None for g in new.goals) and new.present_levels == old.present_levels
    assert new.guardian_agreed_on is None and new.guardian_name == "" and new.reviewed_on is None
    assert new.present_levels is not old.present_levels
