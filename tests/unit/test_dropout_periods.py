"""The quarterly re-check's rule and the quarter and agreement wording, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from special_ed.domain.dropout import (
    RECHECK_CONFIRMED,
    RECHECK_FOLLOWING,
    RECHECK_MISMATCH,
    RECHECK_NO_VISIT,
    RECHECK_ON_SITE,
    CaseItem,
    Persuasion,
    quarter_bounds,
    quarter_of,
    recheck,
)
from special_ed.domain.settings import VisitNorms
from special_ed.printing.agreement import schedule_text, visit_time_text

Q4 = (date(2026, 10, 1), date(2026, 12, 31))


def _case(child: int | None = 1, closed: date | None = None, visits: tuple[date, ...] = ()) -> CaseItem:
    return CaseItem(
        7, child, "王轩", "", "抱龙镇", "三查", date(2026, 9, 20), "未报到", None, closed,
        "back_in_school" if closed else "", "已返校" if closed else "",
        tuple(Persuasion(d, "班主任", "宣讲", "同意") for d in visits),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("case", "placement", "conclusion", "in_quarter"),
    [
        (_case(closed=date(2026, 11, 2)), "随班就读", RECHECK_CONFIRMED, 0),
        (_case(closed=date(2026, 11, 2)), "", RECHECK_MISMATCH, 0),
        (_case(child=None, closed=date(2026, 11, 2)), "", RECHECK_ON_SITE, 0),
        (_case(visits=(date(2026, 9, 25),)), "", RECHECK_NO_VISIT, 0),  # a visit, but last quarter
        (_case(visits=(date(2026, 9, 25), date(2026, 10, 9))), "", RECHECK_FOLLOWING, 1),
        (
            _case(closed=date(2027, 1, 5), visits=(date(2026, 12, 1),)),
            "",
            RECHECK_FOLLOWING,
            1,
        ),  # closed later
    ],
)
def test_recheck_concludes_per_case(case: CaseItem, placement: str, conclusion: str, in_quarter: int) -> None:
    got = recheck(case, *Q4, placement)
    assert (got.conclusion, got.persuasions) == (conclusion, in_quarter)
    assert got.last_visit == (max(case.records, key=lambda r: r.day) if case.records else None)


def test_quarters_are_read_and_bounded() -> None:
    assert quarter_of("2026-Q4") == quarter_of("2026q4") == quarter_of("2026-4") == (2026, 4)
    for bad in ("2026-Q0", "2026-Q5", "Q4", "2026", "第四季度", "2026-Q4-1"):
        assert quarter_of(bad) is None, bad
    assert quarter_bounds(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_bounds(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))


def test_agreement_states_the_norm_and_the_visit_time() -> None:
    fujian = VisitNorms(visits_per_month=3, hours_per_visit=2, hours_per_year=90, parent_class_counts=True)
    assert schedule_text(fujian) == (
        "每月不少于 3 次，每次不少于 2 课时，全年不少于 90 课时（家长课堂计入送教次数）；寒暑假和法定节假日不送教"
    )
    weekly = VisitNorms(visits_per_month=0, visits_per_week=2, hours_per_visit=3, pause_in_holidays=False)
    assert schedule_text(weekly) == "每周不少于 2 次，每次不少于 3 课时"
    assert visit_time_text("2,4", "15:00", "17:00", 90) == "每周二、周四 15:00—17:00，每次约 90 分钟"
    assert visit_time_text("7,x,9", "", "", None) == "每周日"
    assert visit_time_text(None, "", "", None) == ""
