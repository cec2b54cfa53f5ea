"""控辍保学 forms: the monthly report (控辍保学月报表, what schools and townships report each month)
and the county's quarterly re-check (控辍保学季度复核表), built from ``DropoutService``.

The month is ``--month YYYY-MM`` (default: this month); the quarter ``--quarter YYYY-Qn``, or the
quarter of ``--month`` (default: this quarter). The school-age population is the check window
of the school year the period ends in, unless ``--year`` names another.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.dropout import CLOSE_KINDS, CaseRecheck, TownPeriod, quarter_bounds, quarter_of
from special_ed.errors import SpecialEdError
from special_ed.reports.county import _mask, _title
from special_ed.reports.model import DATE, INT, Acting, Col, Report, acting_scope
from special_ed.services.norms import month_range

QUARTER_NAMES = ("一", "二", "三", "四")


def _month(acting: Acting) -> tuple[date, date]:
    text = acting.extra.get("month")
    if text:
        return month_range(str(text))
    today = acting.today
    return month_range(f"{today.year}-{today.month:02d}")


def _quarter(acting: Acting) -> tuple[int, int]:
    text = acting.extra.get("quarter")
    if text:
        found = quarter_of(str(text))
        if found is None:
            raise SpecialEdError("period.quarter_invalid", value=str(text))
        return found
    first, _ = _month(acting)
    return first.year, (first.month - 1) // 3 + 1


def _year_of(acting: Acting, last: date) -> int:
    if acting.year is not None:
        return acting.year
    return ComplianceCalculator(acting.ctx.settings()).school_year_of(last)


def _scope_text(acting: Acting) -> str:
    return f"　{acting.township}" if acting.township else ""


# ---- 控辍保学月报表 ---------------------------------------------------------------------------------


def _figures(p: TownPeriod) -> tuple[int, ...]:
    return (
        p.school_age,
        p.placed,
        p.deferred,
        p.open_at_start,
        p.opened,
        p.persuasions,
        p.closed_placed,
        p.closed_back,
        p.closed_other,
        p.open_at_end,
        p.confirmed_at_end,
    )


def monthly_form(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    first, last = _month(acting)
    window = app.registration.window(_year_of(acting, last))
    figures: list[TownPeriod] = app.dropout.period_figures(first, last, window, sorted(allowed))
    rows = tuple((n, p.township, *_figures(p)) for n, p in enumerate(figures, start=1))
    total = [sum(col) for col in zip(*(_figures(p) for p in figures), strict=True)] if figures else [0] * 11
    return Report(
        key="dropout-monthly",
        title=_title(acting, "控辍保学月报表（适龄残疾儿童少年）"),
        period=f"{first.year}年{first.month}月{_scope_text(acting)}",
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.45),
            Col("乡镇（街道）", width=1.2),
            Col("适龄残疾儿童少年", INT, 0.8),
            Col("已安置", INT, 0.6),
            Col("延缓入学", INT, 0.6),
            Col("月初疑似辍学", INT, 0.7),
            Col("本月新增", INT, 0.6),
            Col("本月劝返（人次）", INT, 0.7),
            Col("销号：已安置", INT, 0.7),
            Col("销号：已返校", INT, 0.7),
            Col("销号：其他", INT, 0.6),
            Col("月末未销号", INT, 0.6),
            Col("其中确认辍学", INT, 0.7),
        ),
        rows=rows,
        total=("合计", "", *total),
        notes=(
            f"适龄残疾儿童少年按 {window.text()} 统计（登记册），已安置、延缓入学为填表时的状态。",
            "月初疑似辍学 + 本月新增 − 本月销号 = 月末未销号；无变化的乡镇（街道）也须填报（零报告）。",
        ),
        signatures=("填表人", "乡镇（街道）负责人", "审核人"),
        made_on=acting.today,
    )


# ---- 控辍保学季度复核表 -----------------------------------------------------------------------------


def _status_at(r: CaseRecheck, last: date) -> str:
    c = r.case
    if c.closed_on is not None and c.closed_on <= last:
        return f"已销号（{CLOSE_KINDS.get(c.close_kind, c.close_kind)}）"
    return "辍学" if c.confirmed_on is not None and c.confirmed_on <= last else "疑似辍学"


def quarterly_recheck(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    year, quarter = _quarter(acting)
    first, last = quarter_bounds(year, quarter)
    checks = [r for r in app.dropout.rechecks(first, last) if r.case.township in allowed]
    rows = []
    for n, r in enumerate(checks, start=1):
        c, visit = r.case, r.last_visit
        closed = c.closed_on if c.closed_on is not None and c.closed_on <= last else None
        rows.append(
            (
                n,
                c.township,
                c.name,
                _mask(c.resident_id, acting),
                c.opened_on,
                _status_at(r, last),
                r.persuasions,
                f"{visit.day.isoformat()} {visit.who}：{visit.result}" if visit else "",
                closed,
                c.close_reason if closed else "",
                r.placement,
                r.conclusion,
            )
        )
    counts = Counter(r.conclusion for r in checks)
    return Report(
        key="dropout-quarterly",
        title=_title(acting, "控辍保学季度复核表（适龄残疾儿童少年）"),
        period=f"{year}年第{QUARTER_NAMES[quarter - 1]}季度（{first.month}—{last.month}月）{_scope_text(acting)}",
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.4),
            Col("乡镇", width=0.8),
            Col("姓名", width=0.7),
            Col("身份证号", width=1.6),
            Col("立案日期", DATE, 1.3),
            Col("季末状态", width=0.8),
            Col("本季度劝返", INT, 0.6),
            Col("最近劝返", width=1.5),
            Col("销号日期", DATE, 1.3),
            Col("销号理由", width=1.0),
            Col("现安置", width=0.75),
            Col("复核结论", width=1.0),
        ),
        rows=tuple(rows),
        total=("合计", f"{len(rows)} 件", *[""] * 10),
        notes=(
            "复核结论：" + ("；".join(f"{k} {v} 件" for k, v in sorted(counts.items())) or "本季度无案件"),
            "复核本季度内任何时候未销号的案件：已销号的核实儿童现有安置；未销号的须有本季度劝返记录。",
            "“须实地核实”：案件中的人员不在登记册中，由乡镇（街道）实地核实后报县。",
        ),
        signatures=("复核人", "审核人"),
        made_on=acting.today,
    )
