"""The registration and placement cycle: check window, committee sittings, 延缓入学, 转介, notices, demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from special_ed.domain.enums import Level, Placement, SchoolKind
from special_ed.domain.placement import PlacementInput
from special_ed.domain.registration import DEFERRED, Decision, Member, SittingInput
from special_ed.errors import ValidationError
from special_ed.persistence import models as m
from tests.integration.helpers import unplace_mainstream

MEMBERS = [Member("谭明华", "教育", "县教委"), Member("向丽", "心理"), Member("冉建国", "康复")]


def _count(app: Any, model: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)



def test_check_window_follows_the_settings_and_refuses_bad_windows(demo_app: Any) -> None:
    reg = demo_app.registration
    w = reg.window(2026)
    assert (w.start, w.end) == (date(2010, 9, 1), date(2020, 8, 31))  # ages 6–15 on 1 September
    rows = reg.check_population(w)
    with demo_app.uow("read") as uow:
        born = uow.session.scalar(
            select(func.count(m.Child.id)).where(
                m.Child.archived_at.is_(None), m.Child.birth_date.between(w.start, w.end)
            )
        )
    assert len(rows) == born
    with pytest.raises(ValidationError) as reversed_:
        reg.window(2026, date(2020, 1, 1), date(2010, 1, 1))
    assert reversed_.value.issues[0].code == "window.reversed"
    with pytest.raises(ValidationError) as empty:
        reg.window(2026, date(2020, 1, 1), None)
    assert empty.value.issues[0].code == "window.empty"


def test_a_sitting_without_members_is_refused_and_writes_nothing(demo_app: Any) -> None:
    (child,) = unplace_mainstream(demo_app, 1)
    before = (_count(demo_app, m.CommitteeSitting), _count(demo_app, m.CommitteeAssessment))
    decision = Decision(child, Level.MILD, DEFERRED, "住院治疗", date(2027, 3, 1))
    for members in ([], [Member("谭明华", "")], [Member("谭明华", "占卜")]):
        with pytest.raises(ValidationError):
            demo_app.registration.hold_sitting(SittingInput(date(2026, 11, 10), members, [decision]))
    assert (_count(demo_app, m.CommitteeSitting), _count(demo_app, m.CommitteeAssessment)) == before


def test_a_sitting_decides_many_children_at_once_or_none(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    a, b, c = unplace_mainstream(app, 3)
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    bad = [
        Decision(a, Level.MILD, Placement.MAINSTREAM.value, school_id=school, class_name="一年级1班"),
        Decision(b, Level.SEVERE, DEFERRED, "", None),  # a deferral without reason or review date
    ]
    before = _count(app, m.CommitteeAssessment)
    with pytest.raises(ValidationError) as raised:
        app.registration.hold_sitting(SittingInput(date(2026, 11, 10), MEMBERS, bad))
    text = raised.value.issues[0].message("zh")
    assert "第 2 名儿童" in text and "理由" in text
    assert _count(app, m.CommitteeAssessment) == before
    assert not app.children.get(a).placement  # the first child's placement was not kept either

    good = [
        Decision(a, Level.MILD, Placement.MAINSTREAM.value, school_id=school, class_name="一年级1班"),
        Decision(b, Level.SEVERE, DEFERRED, "术后康复治疗中", date(2027, 3, 1)),
        Decision(c, Level.MILD, Placement.MAINSTREAM.value, school_id=school, class_name="二年级1班"),
    ]
    summary = app.registration.hold_sitting(SittingInput(date(2026, 11, 10), MEMBERS, good, place="县特校"))
    assert len(summary.decisions) == 3 and len(summary.members) == 3
    assert summary.outcome_counts() == {"随班就读": 2, "延缓入学": 1}
    assert app.children.get(a).placement == Placement.MAINSTREAM.value
    deferred = app.children.get(b)
    assert not deferred.placement
    with app.uow("read") as uow:
        review = uow.session.get(m.Child, b).review_due
    assert review == date(2027, 3, 1)  # the deferral's review date drives the reviews due
    assert any(r.child_id == b for r in app.placement.reviews_due(within_days=200))
    out, printed, left_out = app.registration.print_sitting_notices(
        summary.id, tmp_path / "notices.pdf", _printing(app)
    )
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert (printed, left_out) == (2, 1) and len(reader.outline) == 2


def _printing(app: Any) -> Any:
    return app.printing


def test_referral_is_its_own_record(demo_app: Any) -> None:
    app = demo_app
    with app.uow("read") as uow:
        child = uow.session.scalar(
            select(m.Child.id).where(m.Child.placement == "special_school").order_by(m.Child.id.desc()).limit(1)
        )
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    move = PlacementInput(Placement.MAINSTREAM, date(2026, 11, 12), "", school, None, "三年级1班")
    with pytest.raises(ValidationError):
        app.registration.refer(child, move, "")
    same = PlacementInput(Placement.SPECIAL_SCHOOL, date(2026, 11, 12))
    with pytest.raises(ValidationError):
        app.registration.refer(child, same, "进步")
    rid = app.registration.refer(child, move, "复评后能力提高，转随班就读")
    with app.uow("read") as uow:
        referral = uow.session.get(m.Referral, rid)
        assert (referral.from_placement, referral.to_placement) == ("special_school", "mainstream")
    history = app.placement.history(child)
    assert history[0].kind is Placement.MAINSTREAM and history[1].end_date == date(2026, 11, 11)


def test_demo_county_has_a_sitting_two_deferrals_and_a_referral(demo_app: Any) -> None:
    app = demo_app
    sittings = app.registration.sittings()
    assert len(sittings) == 1 and len(sittings[0].members) >= 3 and len(sittings[0].decisions) >= 3
    with app.uow("read") as uow:
        deferrals = uow.session.scalar(
            select(func.count(m.CommitteeAssessment.id)).where(m.CommitteeAssessment.outcome == DEFERRED)
        )
        referrals = uow.session.scalar(select(func.count(m.Referral.id)))
    assert deferrals == 2 and referrals == 1
