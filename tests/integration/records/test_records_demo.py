"""The demo county's records are plausible: every home-taught child has them, some fall short, none overlap."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from special_ed.domain.enums import Placement, VisitStatus
from special_ed.domain.record_rules import VisitContext, check_visit
from special_ed.domain.records import sha256_hex
from special_ed.persistence import models as m
from special_ed.services import records_mapping as rm


def test_demo_has_a_past_term_with_some_children_short(rec_app: Any) -> None:
    app = rec_app
    spring = app.compliance.report("2026年春季学期")
    assert spring.end == spring.start.replace(month=7, day=3)
    county = spring.county
    assert len(spring.children) >= 100
    assert 0 < len(county.children_short) < len(spring.children) // 2  # most meet the norm, some do not
    assert county.cancelled > 0 and county.makeups > 0 and len(county.cancel_reasons) >= 3
    marks = app.compliance.completeness_marks(None, "2026年春季学期")
    complete = sum(1 for ms in marks.values() if all(x.mark.value == "present" for x in ms))
    assert len(marks) // 2 < complete < len(marks)


def test_demo_visits_are_valid_records(rec_app: Any) -> None:
    app = rec_app
    settings = app.ctx.settings()
    with app.uow("read") as uow:
        home = set(uow.session.scalars(select(m.Child.id).where(m.Child.placement == Placement.HOME.value)))
        placements = rm.placement_periods(uow, list(home))
        visits = [
            v
            for vs in rm.visits_of(uow, None, settings.terms[0].start, settings.terms[-1].end).values()
            for v in vs
        ]
        attachments = uow.session.execute(select(m.Attachment.sha256, m.Attachment.content)).all()
    assert {v.child_id for v in visits} == home  # 一个不少: every home-taught child was visited
    by_team_day: dict[tuple[int | None, Any], list[Any]] = defaultdict(list)
    by_child: dict[int, list[Any]] = defaultdict(list)
    for v in visits:
        by_team_day[(v.team_id, v.day)].append(v)
        by_child[v.child_id].append(v)
    for v in visits:
        others = {o.id: o for o in (*by_team_day[(v.team_id, v.day)], *by_child[v.child_id])}
        ctx = VisitContext(placements[v.child_id], list(others.values()), None)
        errors = [i.code for i in check_visit(v, ctx, settings) if i.is_error]
        assert errors == [], (v, errors)
        if v.status is VisitStatus.DONE:
            assert v.deliveries and v.teacher_ids
    assert attachments and all(sha256_hex(bytes(content)) == digest for digest, content in attachments)
