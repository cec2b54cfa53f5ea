"""送教上门教师工作量统计表: each teacher's visits and credited 课时 by month, under the preset's rule."""

from __future__ import annotations

from datetime import timedelta

from special_ed.domain.workload import WorkloadReport
from special_ed.reports.model import FLOAT, INT, Acting, Col, Report, acting_scope
from special_ed.services.norms import NormsService


def period_report(norms: NormsService, acting: Acting) -> WorkloadReport:
    """The period asked for: a month, a term, a school year (``--year``), else the current term."""
    month, term = acting.extra.get("month"), acting.extra.get("term")
    if month:
        return norms.workload_for_month(str(month))
    if term:
        return norms.workload_for_term(str(term))
    if acting.year is not None:
        s = acting.ctx.settings()
        start = s.reference_date(acting.year)
        end = s.reference_date(acting.year + 1) - timedelta(days=1)
        return norms.workload(start, end, f"{acting.year}—{acting.year + 1}学年")
    return norms.workload_for_term(None)


def build(acting: Acting, norms: NormsService, township_names: list[str]) -> Report:
    data = period_report(norms, acting)
    allowed = acting_scope(acting, township_names)
    rows = [w for w in data.rows if w.teacher.township in allowed]
    month_cols = tuple(Col(f"{m}月计课时", FLOAT, 0.9) for _, m in data.months)
    columns = (
        Col("序号", INT, 0.5),
        Col("姓名", width=0.9),
        Col("所在学校", width=1.8),
        Col("身份", width=1.0),
        Col("送教次数", INT, 0.8),
        Col("其中家长课堂", INT, 0.8),
        Col("送教儿童数", INT, 0.8),
        Col("实际课时", FLOAT, 0.8),
        Col("计工作量课时", FLOAT, 0.9),
        *month_cols,
    )
    out = []
    totals = [0, 0, 0, 0.0, 0.0] + [0.0] * len(data.months)
    for i, w in enumerate(rows, start=1):
        t = w.total
        per_month = [w.months[k].credited if k in w.months else 0.0 for k in data.months]
        out.append(
            (
                i,
                w.teacher.name,
                w.teacher.school,
                w.teacher.role.label,
                t.visits,
                t.parent_classes,
                len(w.children),
                t.class_hours,
                t.credited,
                *per_month,
            )
        )
        values = [t.visits, t.parent_classes, len(w.children), t.class_hours, t.credited, *per_month]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
    total = ("合计", f"{len(rows)} 人", "", "", *[round(x, 2) if isinstance(x, float) else x for x in totals])
    # children are not additive across teachers (a team of two shares a child): leave that total blank
    total = (*total[:6], None, *total[7:])
    return Report(
        key="teacher-workload",
        title=acting.title("送教上门教师工作量统计表"),
        period=data.title + (f"（{acting.township}）" if acting.township else ""),
        unit=acting.unit,
        columns=columns,
        rows=tuple(out),
        total=total,
        notes=(f"执行规范：{data.preset}；{data.rule}。", "只计已完成的送教；取消、计划中的送教不计。"),
        made_on=acting.today,
    )
