"""Assessment → placement workflow, the override rule, review dates and coverage that follows."""

from __future__ import annotations

from datetime import date

import pytest

from special_ed.domain.child import ChildInput
from special_ed.domain.enums import Level, Placement, SchoolKind, Sex, TeacherRole
from special_ed.domain.placement import PlacementInput
from special_ed.errors import ValidationError
from special_ed.results.placement import AssessmentInput


def test_assess_place_override_and_cover(demo_app) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    town = app.reference.townships()[0]
    before = app.coverage.report(date(2026, 9, 1))
    child = app.children.create(ChildInput("新来的", Sex.MALE, date(2017, 5, 1), town.id)).id
    report = app.coverage.report(date(2026, 9, 1))
    assert report.school_age == before.school_age + 1 and report.uncovered == 1
    assert [e.child_id for e in report.exceptions] == [child] and report.exceptions[0].reason == ""

    with pytest.raises(ValidationError) as err:
        app.placement.place(child, PlacementInput(Placement.HOME, date(2026, 10, 1)))
    assert err.value.issues[0].code == "placement.level_required"

    item = app.placement.record_assessment(child, AssessmentInput(date(2026, 9, 20), Level.SEVERE, "专家委员会"))
    assert item.recommended is Placement.HOME
    assert app.placement.recommendation(child) is Placement.HOME

    team = next(t for t in app.reference.teams() if TeacherRole.SPECIAL_ED in t.roles)
    ordinary = next(s for s in app.reference.schools(SchoolKind.ORDINARY))
    with pytest.raises(ValidationError) as err:  # no team given
        app.placement.place(child, PlacementInput(Placement.HOME, date(2026, 10, 1), school_id=team.school_id))
    assert [i.code for i in err.value.issues] == ["placement.team_required"]
    placed = app.placement.place(child, PlacementInput(Placement.HOME, date(2026, 10, 1), school_id=team.school_id,
                                                       team_id=team.id))
    assert placed.kind is Placement.HOME and placed.review_due == date(2027, 10, 1)
    assert app.coverage.report(date(2026, 9, 1)).uncovered == 0

    # overriding the recommendation needs a reason
    with pytest.raises(ValidationError) as err:
        app.placement.place(child, PlacementInput(Placement.MAINSTREAM, date(2026, 11, 1), school_id=ordinary.id))
    assert [i.code for i in err.value.issues] == ["placement.reason_required"]
    app.placement.place(child, PlacementInput(Placement.MAINSTREAM, date(2026, 11, 1), school_id=ordinary.id,
                                              reason="家长强烈要求，康复进展明显", class_name="三年级1班"))
    history = app.placement.history(child)
    assert [h.kind for h in history] == [Placement.MAINSTREAM, Placement.HOME]
    assert history[1].end_date == date(2026, 10, 31) and history[0].active
    assert app.children.get(child).placement == Placement.MAINSTREAM.value

    app.children.archive(child, "测试归档")
    assert app.coverage.report(date(2026, 9, 1)).school_age == before.school_age


def test_coverage_exception_explains_the_gap(demo_app) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    town = app.reference.townships()[1]
    child = app.children.create(ChildInput("住院儿童", Sex.FEMALE, date(2016, 5, 2), town.id)).id
    app.coverage.add_exception(child, "在重庆住院治疗，经批准暂缓入学", date(2026, 8, 1))
    report = app.coverage.report(date(2026, 9, 1))
    assert report.uncovered == 0 and report.excepted == 1
    assert report.exceptions[0].reason.startswith("在重庆住院")
    row = next(t for t in report.townships if t.township_id == town.id)
    assert row.excepted == 1 and row.enrolment_rate < 1.0


def test_reviews_due_lists_overdue_first(demo_app) -> None:  # type: ignore[no-untyped-def]
    due = demo_app.placement.reviews_due(within_days=400)
    assert due and due == sorted(due, key=lambda d: d.review_due)
