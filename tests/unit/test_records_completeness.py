"""五有 completeness marks and the due-this-week / overdue list."""

from __future__ import annotations

from datetime import date, time

from special_ed.domain.completeness import FileFacts, FileItem, Mark, facts_from_records, is_complete, marks
from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.due_list import DueKind, due_items
from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Delivery,
    GoalKind,
    Placement,
    VisitStatus,
)
from special_ed.domain.records import (
    Assessment,
    Attachment,
    Goal,
    LessonPlan,
    PlacementPeriod,
    PlanMonth,
    Scheme,
    TermPlan,
    Visit,
)
from special_ed.domain.settings import DEFAULT_DOMAINS, Settings

S = Settings()
FALL = S.terms[0]


def full_records() -> dict[str, object]:
    goals = (
        Goal(GoalKind.LONG_TERM, "生活自理", "独立进食", "一学年内独立进食 10 次中 8 次", id=1),
        Goal(GoalKind.TERM, "生活自理", "用勺舀起食物", "连续 3 次独立完成", id=2, parent_id=1),
    )
    scheme = Scheme(
        1,
        2025,
        {d: "现状描述" for d in DEFAULT_DOMAINS},
        goals,
        guardian_agreed_on=date(2025, 9, 12),
        guardian_name="王芳",
        reviewed_on=date(2025, 9, 12),
    )
    plan = TermPlan(
        1,
        FALL.name,
        tuple(
            PlanMonth(y, m, f"{m} 月主题", (2,), 2, 4)
            for y, m in ((2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1))
        ),
    )
    visit = Visit(
        1,
        date(2025, 10, 15),
        VisitStatus.DONE,
        time(9),
        time(10, 30),
        deliveries={Delivery.CARE: ""},
        teacher_ids=(1,),
        lesson_plan_id=50,
        id=70,
    )
    lessons = [LessonPlan("用勺", child_id=1, day=date(2025, 10, 15), visit_id=70, id=50)]
    assessments = [
        Assessment(1, date(2025, 9, 10), AssessmentKind.BASELINE, {"运动": 30}),
        Assessment(1, date(2026, 1, 10), AssessmentKind.ENDTERM, {"运动": 40}),
    ]
    attachments = [
        Attachment(1, AttachmentKind.AGREEMENT, "协议.pdf", 10, "x", date(2025, 9, 12)),
        Attachment(1, AttachmentKind.CERTIFICATE, "证.jpg", 10, "y", date(2025, 9, 12)),
        Attachment(1, AttachmentKind.PHOTO, "照片.jpg", 10, "z", date(2025, 10, 15)),
    ]
    return dict(
        term=FALL,
        scheme=scheme,
        plan=plan,
        lessons=lessons,
        visits=[visit],
        assessments=assessments,
        attachments=attachments,
        needs_certificate=True,
    )


def test_a_complete_file_has_five_present_marks() -> None:
    result = marks(facts_from_records(**full_records()), S)  # type: ignore[arg-type]
    assert [m.item for m in result] == list(FileItem)
    assert all(m.mark is Mark.PRESENT for m in result), [m.reason_text() for m in result]
    assert is_complete(result)


def test_nothing_recorded_is_five_missing_marks_with_wording() -> None:
    result = marks(FileFacts(term_months=5), S)
    assert [m.mark for m in result] == [Mark.MISSING] * 5
    assert result[0].reason_text("zh") == "没有方案" and result[4].reason_text("en") == "No archive"


def test_incomplete_marks_carry_each_reason() -> None:
    rec = full_records()
    scheme: Scheme = rec["scheme"]  # type: ignore[assignment]
    rec["scheme"] = Scheme(
        1,
        2025,
        {"运动": "可独坐"},
        (Goal(GoalKind.LONG_TERM, "运动", "行走", ""),),
        reviewed_on=date(2025, 6, 1),
    )
    rec["plan"] = TermPlan(1, FALL.name, (PlanMonth(2025, 9, "进食"),))
    rec["lessons"] = []
    rec["visits"] = [
        *rec["visits"],
        Visit(
            1,
            date(2025, 11, 5),
            VisitStatus.DONE,
            time(9),
            time(10, 30),  # type: ignore[misc]
            deliveries={Delivery.CARE: ""},
            teacher_ids=(1,),
            id=71,
        ),
    ]
    rec["lessons"] = [LessonPlan("用勺", child_id=1, day=date(2025, 10, 15), visit_id=70, id=50)]
    rec["assessments"] = [Assessment(1, date(2025, 11, 10), AssessmentKind.MIDTERM, {"运动": 30})]
    rec["attachments"] = [Attachment(1, AttachmentKind.OTHER, "a.jpg", 1, "h", date(2025, 3, 1))]
    result = {m.item: m for m in marks(facts_from_records(**rec), S)}  # type: ignore[arg-type]
    assert scheme.id is None
    assert {r.code for r in result[FileItem.SCHEME].reasons} == {
        "five.scheme_no_term_goals",
        "five.scheme_goal_criterion",
        "five.scheme_present_levels",
        "five.scheme_no_agreement",
        "five.scheme_not_reviewed",
    }
    assert {r.code for r in result[FileItem.PLAN].reasons} == {"five.plan_months", "five.plan_unlinked"}
    assert "1/5" in result[FileItem.PLAN].reason_text("zh")
    assert [r.code for r in result[FileItem.LESSONS].reasons] == ["five.lessons_missing"]
    assert "1 of 2" in result[FileItem.LESSONS].reason_text("en")
    assert {r.code for r in result[FileItem.ASSESSMENTS].reasons} == {
        "five.assessments_few",
        "five.no_baseline",
    }
    assert {r.code for r in result[FileItem.ARCHIVE].reasons} == {
        "five.no_agreement",
        "five.no_certificate",
        "five.no_photos",
    }
    assert all(m.mark is Mark.INCOMPLETE for m in result.values())


def test_scheme_review_rule_follows_the_setting() -> None:
    facts = facts_from_records(**{**full_records(), "scheme_touched": ()})  # type: ignore[arg-type]
    no_review = S.with_changes(visit_norms=S.visit_norms.__class__(scheme_review_per_term=False))
    assert marks(facts, no_review)[0].mark is Mark.PRESENT


# ---- due list ------------------------------------------------------------------------------

HOME = [PlacementPeriod(Placement.HOME, date(2025, 9, 1))]


def v(day: date, status: VisitStatus = VisitStatus.DONE, vid: int = 0) -> Visit:
    return Visit(
        1,
        day,
        status,
        time(9),
        time(10, 30),
        deliveries={Delivery.CARE: ""},
        teacher_ids=(1,),
        id=vid,
        cancel_reason=CancelReason.WEATHER if status is VisitStatus.CANCELLED else None,
    )


def test_due_list_overdue_and_due_items() -> None:
    calc = ComplianceCalculator(S)
    today = date(2025, 11, 19)  # Wednesday
    visits = [
        v(date(2025, 10, 10), vid=1),  # October: 1 of 2 → short
        v(date(2025, 11, 3), VisitStatus.PLANNED, 2),  # not logged
        v(date(2025, 11, 21), VisitStatus.PLANNED, 3),  # this week
    ]
    items = due_items(calc, 1, HOME, visits, today)
    kinds = [i.kind for i in items]
    assert kinds[:3] == [DueKind.MONTH_SHORT, DueKind.VISIT_NOT_LOGGED, DueKind.NO_VISIT]  # overdue first
    assert all(i.overdue for i in items[:3]) and not any(i.overdue for i in items[3:])
    assert set(kinds[3:]) == {DueKind.VISIT_PLANNED, DueKind.MONTH_UNPLANNED}
    month = next(i for i in items if i.kind is DueKind.MONTH_UNPLANNED)
    assert month.params == {"missing": 1, "required": 2}
    assert "2025-10" in items[0].message("zh") and "1 of 2" in items[0].message("en")


def test_due_list_is_quiet_for_a_child_on_track_and_empty_off_placement() -> None:
    calc = ComplianceCalculator(S)
    today = date(2025, 11, 19)
    visits = [
        v(date(2025, 10, 10), vid=1),
        v(date(2025, 10, 24), vid=2),
        v(date(2025, 11, 5), vid=3),
        v(date(2025, 11, 18), vid=4),
    ]
    assert due_items(calc, 1, HOME, visits, today) == []
    elsewhere = [PlacementPeriod(Placement.MAINSTREAM, date(2025, 9, 1))]
    assert due_items(calc, 1, elsewhere, [], today) == []


def test_assessment_due_near_term_end_and_weekly_rule() -> None:
    weekly = S.with_changes(visit_norms=S.visit_norms.__class__(visits_per_week=1))
    calc = ComplianceCalculator(weekly)
    today = date(2026, 1, 7)
    items = due_items(calc, 1, HOME, [v(date(2026, 1, 5), vid=1)], today, assessments_this_term=1)
    kinds = {i.kind for i in items}
    assert DueKind.ASSESSMENT_DUE in kinds and DueKind.WEEK_UNPLANNED not in kinds
    items = due_items(calc, 1, HOME, [v(date(2025, 12, 29), vid=1)], today, assessments_this_term=2)
    assert DueKind.WEEK_UNPLANNED in {i.kind for i in items}
    assert DueKind.ASSESSMENT_DUE not in {i.kind for i in items}


def test_no_visit_alert_does_not_count_the_summer_holiday() -> None:
    calc = ComplianceCalculator(S)
    fall_2025 = date(2025, 9, 20)
    items = due_items(calc, 1, [PlacementPeriod(Placement.HOME, date(2025, 3, 1))], [], fall_2025,
                      last_done=date(2025, 6, 20))
    assert DueKind.NO_VISIT not in {i.kind for i in items}  # 19 days into the term, not 92 days
    items = due_items(calc, 1, [PlacementPeriod(Placement.HOME, date(2025, 3, 1))], [], date(2025, 10, 20),
                      last_done=date(2025, 6, 20))
    gap = next(i for i in items if i.kind is DueKind.NO_VISIT)
    assert gap.params["days"] == (date(2025, 10, 20) - FALL.start).days
