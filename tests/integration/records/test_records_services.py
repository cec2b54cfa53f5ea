"""Records, visits, completeness and compliance services on a real database (SQLite demo county)."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select

from special_ed.domain.completeness import FileItem, Mark
from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Delivery,
    GoalKind,
    Placement,
    VisitStatus,
)
from special_ed.domain.records import Assessment, Goal, LessonPlan, PlanMonth, Scheme, TermPlan, Visit
from special_ed.errors import ConflictError, SpecialEdError, ValidationError
from special_ed.persistence import models as m
from special_ed.results.visits import QuickEntry

FALL = "2026年秋季学期"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def home_children(app: Any, n: int = 1) -> list[tuple[int, int, tuple[int, ...]]]:
    """(child id, team id, team teacher ids) of home-taught children that share one team when possible."""
    with app.uow("read") as uow:
        rows = uow.session.execute(
            select(m.Child.id, m.Child.team_id)
            .where(m.Child.placement == Placement.HOME.value, m.Child.team_id.is_not(None))
            .order_by(m.Child.team_id, m.Child.id)
        ).all()
    by_team: dict[int, list[int]] = {}
    for cid, tid in rows:
        by_team.setdefault(tid, []).append(cid)
    team = max(by_team, key=lambda t: len(by_team[t]))
    teachers = app.visits.team_defaults(team)
    return [(cid, team, teachers) for cid in by_team[team][:n]]


def other_child(app: Any, placement: Placement) -> int:
    with app.uow("read") as uow:
        return int(
            uow.session.scalar(select(m.Child.id).where(m.Child.placement == placement.value).limit(1))
        )


def done_visit(
    child: int,
    team: int,
    teachers: tuple[int, ...],
    day: date,
    start: time = time(9),
    end: time = time(10, 30),
    **kw: Any,
) -> Visit:
    return Visit(
        child,
        day,
        VisitStatus.DONE,
        start,
        end,
        team,
        teachers,
        deliveries={Delivery.REHAB: "被动操", Delivery.SKILLS: "系扣子"},
        guardian_present=True,
        guardian_name="王芳",
        guardian_confirmed=True,
        **kw,
    )


def free_days(app: Any, child: int, team: int, n: int, month: tuple[int, int] = (2026, 11)) -> list[date]:
    """Weekdays of ``month`` free for a 09:00–10:30 visit by ``team`` to ``child``, 7 days apart.

    The demo county's past term of visits depends on its random draw; a test that adds visits must
    not overlap one of the team's (same teachers) nor come within the minimum days between one
    child's visits.
    """
    with app.uow("read") as uow:
        rows = uow.session.execute(
            select(m.Visit.day, m.Visit.start_time, m.Visit.end_time, m.Visit.child_id)
            .where((m.Visit.team_id == team) | (m.Visit.child_id == child))
        ).all()  # fmt: skip
    child_days = [r.day for r in rows if r.child_id == child]
    busy = {r.day for r in rows if r.start_time is None or (r.start_time < time(10, 30) and r.end_time > time(9))}
    out: list[date] = []
    day = date(*month, 2)
    while len(out) < n and day.month == month[1]:
        clear = day not in busy and all(abs((day - t).days) > 3 for t in child_days)
        if day.weekday() < 5 and clear and (not out or (day - out[-1]).days >= 7):
            out.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    assert len(out) == n, f"no {n} free days for team {team} in {month}"
    return out


def count(app: Any, model: Any) -> int:
    with app.uow("read") as uow:
        return len(uow.session.scalars(select(model.id)).all())


def test_scheme_with_goals_copy_and_bad_goal(rec_app: Any) -> None:
    app = rec_app
    child = home_children(app)[0][0]
    goals = (
        Goal(GoalKind.LONG_TERM, "生活自理", "独立进食", "10 次中 8 次独立完成", date(2027, 6, 30), "李老师"),
        Goal(
            GoalKind.TERM,
            "生活自理",
            "用勺舀食物",
            "连续 3 次独立完成",
            date(2027, 1, 10),
            "王老师",
            term=FALL,
        ),
    )
    before = count(app, m.Scheme)
    bad = Scheme(child, 2030, {"运动": "可独坐"}, (dataclasses.replace(goals[0], criterion=""),))
    with pytest.raises(ValidationError) as err:
        app.records.save_scheme(bad)
    assert [i.code for i in err.value.issues] == ["goal.criterion_required"]
    assert count(app, m.Scheme) == before  # nothing saved half-way

    saved = app.records.save_scheme(
        Scheme(
            child, 2030, {"运动": "可独坐"}, goals, guardian_agreed_on=date(2030, 9, 9), guardian_name="王芳"
        )
    )
    assert [g.text for g in saved.goals] == ["独立进食", "用勺舀食物"] and all(g.id for g in saved.goals)
    # link the term goal to its long-term goal and save again with the version read
    linked = dataclasses.replace(
        saved, goals=(saved.goals[0], dataclasses.replace(saved.goals[1], parent_id=saved.goals[0].id))
    )
    again = app.records.save_scheme(linked)
    assert again.goals[1].parent_id == again.goals[0].id and again.version == saved.version + 1
    with pytest.raises(ConflictError):
        app.records.save_scheme(linked)  # stale version

    copy = app.records.copy_last_year(child, 2031)
    assert copy.school_year == 2031 and copy.guardian_name == "" and len(copy.goals) == 2
    assert copy.goals[1].parent_id == copy.goals[0].id and copy.goals[0].id != again.goals[0].id
    assert copy.goals[0].target_date == date(2028, 6, 30)
    with pytest.raises(SpecialEdError) as exists:
        app.records.copy_last_year(child, 2031)
    assert exists.value.code == "scheme.exists"


def test_visit_rules_against_the_database(rec_app: Any) -> None:
    app = rec_app
    (a, team, teachers), (b, _, _) = home_children(app, 2)
    before = count(app, m.Visit)
    with pytest.raises(ValidationError) as err:
        app.visits.save(done_visit(a, team, teachers, date(2026, 11, 16), start=time(10), end=time(9)))
    assert [i.code for i in err.value.issues] == ["visit.end_before_start"]
    first = app.visits.save(done_visit(a, team, teachers, date(2026, 11, 16)))
    assert first.id and first.teacher_ids == tuple(sorted(teachers))
    with pytest.raises(ValidationError) as err:
        app.visits.save(done_visit(b, team, teachers, date(2026, 11, 16), start=time(10), end=time(11, 30)))
    assert [i.code for i in err.value.issues] == ["visit.overlap"]
    mainstream = other_child(app, Placement.MAINSTREAM)
    with pytest.raises(ValidationError) as err:
        app.visits.save(done_visit(mainstream, team, teachers, date(2026, 11, 17)))
    assert "visit.not_home_placed" in [i.code for i in err.value.issues]
    with pytest.raises(ValidationError) as err:
        app.visits.save(dataclasses.replace(done_visit(b, team, teachers, date(2026, 11, 17)), deliveries={}))
    assert [i.code for i in err.value.issues] == ["visit.delivery_required"]
    assert count(app, m.Visit) == before + 1
    rows = app.visits.visits(child_id=a)
    assert rows[0].class_hours == 2.0 and rows[0].team_name and all(rows[0].teacher_names)


def test_cancel_makeup_and_compliance(rec_app: Any) -> None:
    app = rec_app
    child, team, teachers = home_children(app)[0]
    before = {(c.year, c.month): c for c in app.compliance.child_cells(child, FALL)}
    planned = app.visits.save(
        Visit(child, date(2026, 10, 20), VisitStatus.PLANNED, time(9), time(10, 30), team, teachers)
    )
    cancelled = app.visits.cancel(planned.id, CancelReason.ROAD_CLOSED, "塌方")
    assert cancelled.status is VisitStatus.CANCELLED and cancelled.cancel_reason is CancelReason.ROAD_CLOSED
    with pytest.raises(SpecialEdError):
        app.visits.cancel(
            app.visits.save(done_visit(child, team, teachers, date(2026, 10, 8))).id, CancelReason.WEATHER
        )
    makeup = app.visits.plan_makeup(cancelled.id, date(2026, 11, 3))
    assert makeup.makeup_of == cancelled.id and makeup.status is VisitStatus.PLANNED
    with pytest.raises(ValidationError) as err:
        app.visits.plan_makeup(cancelled.id, date(2026, 11, 4))
    assert "visit.makeup_duplicate" in [i.code for i in err.value.issues]
    app.visits.save(
        dataclasses.replace(
            done_visit(child, team, teachers, date(2026, 11, 3)),
            id=makeup.id,
            version=makeup.version,
            makeup_of=cancelled.id,
        )
    )
    after = {(c.year, c.month): c for c in app.compliance.child_cells(child, FALL)}
    october = after[(2026, 10)]
    assert october.delivered_visits == before[(2026, 10)].delivered_visits + 2  # the 8th and the make-up
    assert october.makeups == 1 and october.cancel_reasons[CancelReason.ROAD_CLOSED] == 1
    assert after[(2026, 11)].delivered_visits == before[(2026, 11)].delivered_visits
    listed = {r.visit.id: r for r in app.visits.visits(child_id=child)}
    assert listed[cancelled.id].makeup_day == date(2026, 11, 3)


def test_quick_entry_is_all_or_nothing_and_completes_planned_visits(rec_app: Any) -> None:
    app = rec_app
    kids = home_children(app, 3)
    team, teachers = kids[0][1], kids[0][2]
    day = date(2026, 11, 18)
    planned = app.visits.save(
        Visit(kids[1][0], day, VisitStatus.PLANNED, time(11), time(12, 30), team, teachers)
    )
    before = count(app, m.Visit)
    entries = [
        QuickEntry(kids[0][0], time(9), time(10, 30), {Delivery.CARE: "", Delivery.KNOWLEDGE: "认识数字"}),
        QuickEntry(kids[1][0], time(10), time(11, 30), {Delivery.REHAB: ""}),  # overlaps row 1
        QuickEntry(kids[2][0], cancel_reason=CancelReason.CHILD_ILL),
    ]
    with pytest.raises(ValidationError) as err:
        app.visits.log_team_day(team, day, entries)
    assert {i.code for i in err.value.issues} == {"quick.row"}
    assert "第 1 行" in err.value.message("zh") and "Row 2" in err.value.message("en")
    assert count(app, m.Visit) == before
    entries[1] = dataclasses.replace(entries[1], start=time(11), end=time(12, 30))
    saved = app.visits.log_team_day(team, day, entries)
    assert [v.status for v in saved] == [VisitStatus.DONE, VisitStatus.DONE, VisitStatus.CANCELLED]
    assert saved[1].id == planned.id  # the planned visit was completed, not duplicated
    assert count(app, m.Visit) == before + 2


def test_attachments_round_trip_byte_identical(rec_app: Any) -> None:
    app = rec_app
    child = home_children(app)[0][0]
    item = app.records.add_attachment(
        child, AttachmentKind.AGREEMENT, r"C:\扫描\送教协议.png", PNG, date(2026, 9, 5), "家长签字"
    )
    import hashlib

    assert item.sha256 == hashlib.sha256(PNG).hexdigest() and item.size == len(PNG)
    assert item.filename == "送教协议.png" or item.filename.endswith("送教协议.png")
    content = app.records.attachment_content(item.id)
    assert content.data == PNG and content.mime == "image/png"
    before = count(app, m.Attachment)
    with pytest.raises(ValidationError) as err:
        app.records.add_attachment(child, AttachmentKind.PHOTO, "a.exe", b"MZ")
    assert [i.code for i in err.value.issues] == ["attachment.type_forbidden"]
    small = app.ctx.settings().with_changes(attachment_max_bytes=1024)
    app.ctx.settings_changed(small)
    with pytest.raises(ValidationError) as err:
        app.records.add_attachment(child, AttachmentKind.PHOTO, "big.png", PNG)
    assert [i.code for i in err.value.issues] == ["attachment.too_large"]
    assert count(app, m.Attachment) == before
    app.records.archive_attachment(item.id, "重复上传")
    assert item.id not in [a.id for a in app.records.attachments(child)]


def test_completeness_marks_follow_the_records(rec_app: Any) -> None:
    app = rec_app
    child, team, teachers = home_children(app)[0]
    marks = app.compliance.completeness_marks([child], FALL)[child]
    assert [x.item for x in marks] == list(FileItem)
    settings = app.ctx.settings()
    existing = app.records.scheme(child, 2026)
    goals = (
        Goal(GoalKind.LONG_TERM, "认知", "认识颜色", "能指认 5 种颜色"),
        Goal(GoalKind.TERM, "认知", "认识红黄蓝", "连续 3 次指认正确", term=FALL),
    )
    scheme = Scheme(
        child,
        2026,
        {d: "现状" for d in settings.scheme_domains},
        goals,
        guardian_agreed_on=date(2026, 9, 10),
        guardian_name="王芳",
        reviewed_on=date(2026, 9, 10),
        id=existing.id if existing else None,
        version=existing.version if existing else None,
    )
    scheme = app.records.save_scheme(scheme)
    term_goal = scheme.goals[1].id
    months = tuple(
        PlanMonth(y, mo, "颜色认知", (term_goal,), 2, 4)
        for y, mo in ((2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1))
    )
    app.records.save_term_plan(TermPlan(child, FALL, months))
    first, second = free_days(app, child, team, 2)
    visit = app.visits.save(done_visit(child, team, teachers, first))
    app.records.save_lesson_plan(
        LessonPlan(
            "认识红色",
            child_id=child,
            visit_id=visit.id,
            goal_ids=(term_goal,),
            textbook_unit="《生活与语文》",
        )
    )
    for kind, day in (
        (AssessmentKind.BASELINE, date(2026, 9, 12)),
        (AssessmentKind.MIDTERM, date(2026, 11, 12)),
    ):
        app.records.save_assessment(Assessment(child, day, kind, {"认知": 30.0}, {term_goal: 2}))
    for kind, day in (
        (AttachmentKind.AGREEMENT, date(2026, 9, 5)),
        (AttachmentKind.CERTIFICATE, date(2026, 9, 5)),
        (AttachmentKind.PHOTO, first),
    ):
        app.records.add_attachment(child, kind, "x.png", PNG, day)
    after = app.compliance.completeness_marks([child], FALL)[child]
    assert [x.mark for x in after] == [Mark.PRESENT] * 5, [x.reason_text() for x in after]
    assert child not in app.compliance.incomplete_children(FALL)
    # a second done visit without a lesson plan makes 教案 incomplete, with the reason
    app.visits.save(done_visit(child, team, teachers, second))
    lessons = app.compliance.completeness_marks([child], FALL)[child][2]
    assert lessons.mark is Mark.INCOMPLETE and lessons.reasons[0].params["missing"] == 1
    assert "次送教" in lessons.reason_text("zh") and "have no lesson plan" in lessons.reason_text("en")
    assert child in app.compliance.incomplete_children(FALL)


def test_completeness_for_everyone_matches_per_child(rec_app: Any) -> None:
    app = rec_app
    everyone = app.compliance.completeness_marks(None, "2026年春季学期")
    assert len(everyone) > 100
    some = list(everyone)[:5]
    assert app.compliance.completeness_marks(some, "2026年春季学期") == {k: everyone[k] for k in some}


def test_compliance_report_and_due_list(rec_app: Any) -> None:
    app = rec_app
    child, team, teachers = home_children(app)[0]
    report = app.compliance.report(FALL)
    assert report.end == date(2026, 11, 20) and report.county.required_visits > 0
    assert sum(t.totals.required_visits for t in report.townships) == report.county.required_visits
    assert sum(t.totals.required_visits for t in report.teams) == report.county.required_visits
    row = next(c for c in report.children if c.child_id == child)
    app.visits.save(done_visit(child, team, teachers, date(2026, 11, 12)))
    again = next(c for c in app.compliance.report(FALL).children if c.child_id == child)
    assert again.totals.delivered_visits == row.totals.delivered_visits + 1
    assert again.totals.shortfall_visits <= row.totals.shortfall_visits
    due = app.compliance.due_list()
    assert due and all(d.child_name and d.township for d in due)
    assert any(d.item.overdue for d in due)
    mine = [d for d in due if d.child_id == child]
    assert all(d.item.message("zh") for d in mine)


def test_lesson_templates_per_school(rec_app: Any) -> None:
    app = rec_app
    child, _, _ = home_children(app)[0]
    with pytest.raises(ValidationError):
        app.records.save_lesson_plan(LessonPlan("模板", is_template=True))
    with app.uow("read") as uow:
        school = uow.session.scalar(select(m.Team.school_id).limit(1))
    template = app.records.save_lesson_plan(
        LessonPlan(
            "认识人民币", objectives="认识 1 元", steps="1. 出示\n2. 练习", is_template=True, school_id=school
        )
    )
    assert template.id in [t.id for t in app.records.templates(school)]
    draft = app.records.lesson_from_template(template.id, child, date(2026, 11, 19))
    assert draft.id is None and draft.child_id == child and draft.steps == "1. 出示\n2. 练习"
    saved = app.records.save_lesson_plan(draft)
    assert saved.id in [lp.id for lp in app.records.lesson_plans(child)]
