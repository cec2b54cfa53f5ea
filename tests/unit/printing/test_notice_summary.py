"""The placement notice and the monthly visit summary."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest

from special_ed.printing.fonts import FontChoice
from special_ed.printing.model import FIVE_DELIVERIES, MAINSTREAM, PlacementRecord
from special_ed.printing.notice import render_notice
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import empty_child, specimen_child
from special_ed.printing.visit_summary import (
    MonthFigures,
    SummaryNorms,
    build_summaries,
    render_visit_summaries,
)
from tests.unit.printing.pdftext import page_texts, squash


def test_notice_for_home_teaching(fonts: FontChoice, options: PrintOptions) -> None:
    child = specimen_child()
    buffer = io.BytesIO()
    pages = render_notice(child, options, fonts, buffer)
    text = squash("".join(page_texts(buffer.getvalue())))
    assert pages == 1 and "第1页共1页" in text
    assert "入学安置意见书" in text and "向建国（父亲）" in text and "向小雨" in text
    assert "送教上门" in text and "送政策、送关爱、送康复、送知识、送技能" in text
    assert "十五日内" in text and "回执" in text and "监护人（签字）" in text
    assert child.resident_id not in text and "500237********" in text


def test_notice_names_the_sitting_members_or_leaves_lines_to_sign(
    fonts: FontChoice, options: PrintOptions
) -> None:
    child = specimen_child()
    buffer = io.BytesIO()
    render_notice(child, options, fonts, buffer)
    text = squash("".join(page_texts(buffer.getvalue())))
    assert "邓华（教育）、王丽（心理）、李建（医学）、何平（康复）、周敏（社会工作）" in text
    assert "委员（签字）" not in text and "巫山县残疾人教育专家委员会（盖章）" in text
    child.placements[-1].sitting = None  # decided outside a sitting: the members sign by hand
    buffer = io.BytesIO()
    pages = render_notice(child, options, fonts, buffer)
    text = squash("".join(page_texts(buffer.getvalue())))
    assert pages == 1 and text.count("委员（签字）") == 4 and "邓华" not in text
    assert "向巫山县教育委员会提出书面复核申请" in text


def test_notice_explains_a_decision_that_differs_from_the_default(
    fonts: FontChoice, options: PrintOptions
) -> None:
    child = specimen_child()
    child.placements.append(
        PlacementRecord(
            MAINSTREAM,
            date(2027, 2, 20),
            "巫山县龙溪镇中心小学",
            "巫山县残疾人教育专家委员会",
            "康复进展良好，家长申请回校",
            recommended="送教上门",
        )
    )
    child.placements[1].end_date = date(2027, 2, 19)
    child = replace(child, placement=MAINSTREAM)
    buffer = io.BytesIO()
    render_notice(child, options, fonts, buffer)
    text = squash("".join(page_texts(buffer.getvalue())))
    assert "默认建议安置方式为送教上门" in text and "随班就读" in text and "办理入学手续" in text


def test_notice_without_placement_says_so(fonts: FontChoice, options: PrintOptions) -> None:
    buffer = io.BytesIO()
    render_notice(empty_child(), options, fonts, buffer)
    assert "（暂无安置决定记录）" in squash("".join(page_texts(buffer.getvalue())))


def test_summary_counts_per_team_and_township() -> None:
    kids = [
        specimen_child(1, "甲", visits_per_month=4),
        specimen_child(2, "乙", visits_per_month=1, township="大昌镇"),
    ]
    kids.append(replace(specimen_child(3, "丙"), placement=MAINSTREAM))  # not home-taught: not in the summary
    norms = SummaryNorms(visits_per_month=2, hours_per_visit=2)
    # The verdict is the compliance calculator's (given per child), never recounted from the rows.
    figures = {
        1: MonthFigures(2, 3, 4.0, 6.0, 0, 0.0),
        2: MonthFigures(2, 1, 4.0, 2.0, 1, 2.0),
    }
    by_township = build_summaries(kids, 2026, 11, "township", norms, figures)
    assert [s.name for s in by_township] == ["大昌镇", "龙溪镇"]
    row = by_township[1].rows[0]
    november = [v for v in kids[0].visits if (v.visit_date.year, v.visit_date.month) == (2026, 11)]
    assert row.planned == len(november)
    assert row.done == sum(v.status == "已完成" for v in november)
    assert row.cancelled == sum(v.status == "已取消" for v in november) == 1
    assert row.hours == sum(v.class_hours for v in november if v.status == "已完成")
    assert row.deliveries["送技能"] == sum(v.delivered("送技能") for v in november if v.status == "已完成")
    assert row.met and row.verdict == "达标"
    slow = by_township[0].rows[0]
    assert slow.done == 1 and slow.short and slow.verdict == "未达标"
    unowed = build_summaries(kids, 2026, 11, "township", norms, {})[1].rows[0]
    assert not unowed.met and not unowed.short and unowed.verdict == "无需"
    by_team = build_summaries(kids, 2026, 11, "team", norms, figures)
    assert sorted(s.name for s in by_team) == ["大昌镇送教一组", "龙溪镇送教一组"]
    with pytest.raises(ValueError):
        build_summaries(kids, 2026, 11, "village", norms, figures)


def test_summary_pdf(fonts: FontChoice, options: PrintOptions) -> None:
    kids = [specimen_child(1, "甲"), specimen_child(2, "乙", township="大昌镇")]
    figures = {1: MonthFigures(2, 2, 4.0, 4.0, 0, 0.0), 2: MonthFigures(2, 1, 4.0, 2.0, 1, 2.0)}
    summaries = build_summaries(kids, 2026, 11, "township", SummaryNorms(2, 2), figures)
    buffer = io.BytesIO()
    pages = render_visit_summaries(summaries, options, fonts, buffer)
    texts = page_texts(buffer.getvalue())
    assert pages == len(texts) == 3  # an overview page, then one page per township
    overview = squash(texts[0])
    assert "2026年11月送教上门情况汇总（按乡镇）" in overview and "合计" in overview and "第1页共3页" in overview
    first = squash(texts[1])
    assert "2026年11月送教上门情况汇总（乡镇：大昌镇）" in first  # da chang before long xi (pinyin order)
    for kind in FIVE_DELIVERIES:
        assert kind in first
    assert "学生生病" in first and "第2页共3页" in first
