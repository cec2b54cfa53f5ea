"""控辍保学: a case opens from a 三查 finding, is followed with 劝返记录 and closes on placement; the
ledgers keep the history; counts per township per month; bad input writes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from special_ed.domain.dropout import Persuasion
from special_ed.domain.enums import Placement, SchoolKind
from special_ed.domain.placement import PlacementInput
from special_ed.errors import ValidationError
from special_ed.persistence import models as m


def _finding_for_unplaced_child(app: Any) -> tuple[int, int]:
    with app.uow("read") as uow:
        child = uow.session.scalar(
            select(m.Child.id).where(m.Child.placement == "mainstream").order_by(m.Child.id).limit(1)
        )
    app.placement.end_placement(child, date(2026, 9, 30), "未到校")
    with app.uow("write") as uow:
        c = uow.session.get(m.Child, child)
        f = m.Finding(kind="dropout_suspected", key=c.resident_id or f"{c.name}|{c.birth_date}", child_id=child,
                      name=c.name, township="", detail={"reason": "学籍在校但连续缺课"}, found_on=date(2026, 10, 8))
        uow.add(f)
        uow.commit()
        return int(f.id), int(child)


def _cases(app: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(m.DropoutCase.id))) or 0)


def test_a_case_opens_from_a_finding_and_closes_on_placement(demo_app: Any) -> None:
    app = demo_app
    finding, child = _finding_for_unplaced_child(app)
    case = app.dropout.open_from_finding(finding, date(2026, 10, 9))
    assert case.child_id == child and case.open and case.source == "三查" and "连续缺课" in case.opened_reason
    with pytest.raises(ValidationError):  # one open case per child
        app.dropout.open_for_child(child, date(2026, 10, 10), "再次发现")
    app.dropout.add_persuasion(case.id, Persuasion(date(2026, 10, 12), "班主任、村主任", "宣讲政策", "家长同意送评估"))
    with pytest.raises(ValidationError):
        app.dropout.add_persuasion(case.id, Persuasion(date(2026, 10, 13), "", "x", "y"))
    with pytest.raises(ValidationError):
        app.dropout.add_persuasion(case.id, Persuasion(date(2026, 10, 1), "校长", "x", "y"))  # before the case
    with pytest.raises(ValidationError) as no_reason:
        app.dropout.close(case.id, date(2026, 10, 20), "placed", "")
    assert no_reason.value.issues[0].code == "case.close_reason_required"
    with pytest.raises(ValidationError) as not_placed:
        app.dropout.close(case.id, date(2026, 10, 20), "placed", "已安置随班就读")
    assert not_placed.value.issues[0].code == "case.not_placed"
    assert app.dropout.case(case.id).open  # nothing written by the refusals
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    app.placement.place(child, PlacementInput(Placement.MAINSTREAM, date(2026, 10, 19), "经评估随班就读", school, None, "四年级1班"))
    closed = app.dropout.close(case.id, date(2026, 10, 20), "placed", "经劝返已随班就读")
    assert not closed.open and closed.close_kind == "placed" and len(closed.records) == 1
    # the ledger keeps it, with its history
    ledger = app.dropout.suspected_ledger()
    kept = next(c for c in ledger if c.id == case.id)
    assert kept.closed_on == date(2026, 10, 20) and kept.records[0].result == "家长同意送评估"
    with pytest.raises(ValidationError):
        app.dropout.close(case.id, date(2026, 10, 21), "other", "再次销号")


def test_counts_per_township_per_month_equal_the_cases(demo_app: Any) -> None:
    app = demo_app
    cases = app.dropout.cases()
    assert len(cases) == 3 and sum(1 for c in cases if not c.open) == 1  # the demo county's three, one closed
    counts = app.dropout.counts(date(2026, 9, 1), date(2026, 11, 30))
    opened = Counter((c.township, c.opened_on.month) for c in cases)
    closed = Counter((c.township, c.closed_on.month) for c in cases if c.closed_on)
    for row in counts:
        assert row.opened == opened[(row.township, row.month)]
        assert row.closed == closed[(row.township, row.month)]
        end = date(2026, row.month + 1, 1) if row.month < 12 else date(2027, 1, 1)
        still = sum(
            1 for c in cases
            if c.township == row.township and c.opened_on < end and (c.closed_on is None or c.closed_on >= end)
        )
        assert row.open_at_end == still


def test_school_age_ledger_shows_each_childs_status(demo_app: Any) -> None:
    app = demo_app
    window = app.registration.window(2026)
    rows = app.dropout.school_age_ledger(window)
    statuses = Counter(status for _, status in rows)
    assert statuses["疑似辍学"] == 2  # the demo's two open cases
    assert sum(statuses.values()) == len(app.registration.check_population(window))


def test_opening_without_reason_writes_nothing(demo_app: Any) -> None:
    before = _cases(demo_app)
    with pytest.raises(ValidationError):
        demo_app.dropout.open_for_child(1, date(2026, 10, 1), "  ")
    assert _cases(demo_app) == before
