"""The monthly home-visit summary (送教上门月度汇总), per team or per township.

Figures are counted from the visit records in the print model: planned,
done, cancelled (with reasons), make-ups, class hours, how often each of the
five 送 was delivered and guardian confirmations. Whether a child's month
meets the norm is not judged here: the caller passes each child's required and
delivered figures from the compliance calculator, the one the screens use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from special_ed.printing.fonts import FontChoice
from special_ed.printing.framework import Blocks, Heading, PageDecor, esc, new_document
from special_ed.printing.model import FIVE_DELIVERIES, ChildFile
from special_ed.printing.options import PrintOptions
from special_ed.services.names import pinyin_of


@dataclass(frozen=True)
class SummaryNorms:
    visits_per_month: int
    hours_per_visit: float


@dataclass(frozen=True)
class MonthFigures:
    """A child's required and delivered home teaching for the month, as the compliance screens count it."""

    required_visits: int
    delivered_visits: int
    required_hours: float
    delivered_hours: float
    shortfall_visits: int
    shortfall_hours: float

    @property
    def owed(self) -> bool:
        return bool(self.required_visits or self.required_hours)

    @property
    def met(self) -> bool:
        return not (self.shortfall_visits or self.shortfall_hours)


@dataclass
class SummaryRow:
    name: str
    place: str  # township+village (team summaries) or team (township summaries)
    planned: int = 0
    done: int = 0
    cancelled: int = 0
    makeups: int = 0
    hours: float = 0.0
    deliveries: dict[str, int] = field(default_factory=dict)
    confirmed: int = 0
    reasons: list[str] = field(default_factory=list)
    figures: MonthFigures | None = None  # None: nothing was owed this month

    @property
    def met(self) -> bool:
        return self.figures is not None and self.figures.owed and self.figures.met

    @property
    def short(self) -> bool:
        return self.figures is not None and self.figures.owed and not self.figures.met

    @property
    def verdict(self) -> str:
        return "达标" if self.met else "未达标" if self.short else "无需"


@dataclass
class VisitSummary:
    scope: str  # 送教小组 / 乡镇
    name: str
    year: int
    month: int
    norms: SummaryNorms
    rows: list[SummaryRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月送教上门情况汇总（{self.scope}：{self.name}）"


def _row(child: ChildFile, year: int, month: int, by: str, figures: MonthFigures | None) -> SummaryRow:
    place = (
        (child.team.name if child.team else "未分组")
        if by == "township"
        else f"{child.township}{child.village}"
    )
    row = SummaryRow(child.name, place, deliveries={k: 0 for k in FIVE_DELIVERIES}, figures=figures)
    for v in child.visits:
        if (v.visit_date.year, v.visit_date.month) != (year, month):
            continue
        row.planned += 1
        if v.status == "已取消":
            row.cancelled += 1
            row.reasons.append(f"{child.name} {v.visit_date:%m月%d日}：{v.cancel_reason or '未填写原因'}")
        elif v.status == "已完成":
            row.done += 1
            row.hours += v.class_hours
            row.makeups += v.makeup_of is not None
            row.confirmed += bool(v.guardian_confirmation)
            for kind in FIVE_DELIVERIES:
                row.deliveries[kind] += v.delivered(kind)
    return row


def build_summaries(
    children: Iterable[ChildFile],
    year: int,
    month: int,
    by: str,
    norms: SummaryNorms,
    figures: Mapping[int, MonthFigures],
) -> list[VisitSummary]:
    """One summary per team (``by="team"``) or township (``by="township"``), home-taught children only.

    ``figures`` holds each child's month from the compliance calculator, by child id; a child
    missing from it owed nothing that month.
    """
    if by not in ("team", "township"):
        raise ValueError(f"by must be 'team' or 'township', not {by!r}")
    groups: dict[str, VisitSummary] = {}
    for child in children:
        if not child.home_taught:
            continue
        key = (
            (child.team.name if child.team else "未分组") if by == "team" else (child.township or "未填乡镇")
        )
        summary = groups.setdefault(
            key, VisitSummary("送教小组" if by == "team" else "乡镇", key, year, month, norms)
        )
        summary.rows.append(_row(child, year, month, by, figures.get(child.child_id)))
    # Chinese readers look groups up in pinyin order, not in code-point order.
    return [groups[k] for k in sorted(groups, key=pinyin_of)]


def _summary_story(summary: VisitSummary, b: Blocks) -> list[Flowable]:
    s, n = b.s, summary.norms
    out: list[Flowable] = [Heading(summary.title, b.s.h1, level=0), Spacer(1, 1 * mm)]
    out.append(
        Paragraph(
            esc(f"标准：每月送教不少于 {n.visits_per_month} 次，每次不少于 {n.hours_per_visit:g} 课时。"),
            s.cell,
        )
    )
    out.append(Spacer(1, 2 * mm))
    if not summary.rows:
        out.append(b.empty("送教"))
        return out
    rows = []
    for i, r in enumerate(summary.rows, start=1):
        rows.append(
            [
                str(i),
                r.name,
                r.place,
                str(r.planned),
                str(r.done),
                str(r.cancelled),
                str(r.makeups),
                f"{r.hours:g}",
                *[str(r.deliveries[k]) for k in FIVE_DELIVERIES],
                str(r.confirmed),
                r.verdict,
            ]
        )
    tot = summary.rows
    rows.append(
        [
            "",
            "合计",
            f"{len(tot)} 人",
            str(sum(r.planned for r in tot)),
            str(sum(r.done for r in tot)),
            str(sum(r.cancelled for r in tot)),
            str(sum(r.makeups for r in tot)),
            f"{sum(r.hours for r in tot):g}",
            *[str(sum(r.deliveries[k] for r in tot)) for k in FIVE_DELIVERIES],
            str(sum(r.confirmed for r in tot)),
            f"{sum(r.met for r in tot)}/{sum(r.met or r.short for r in tot)}",
        ]
    )
    place_head = "送教小组" if summary.scope == "乡镇" else "乡镇村"
    header = [
        "序",
        "姓名",
        place_head,
        "计划",
        "完成",
        "取消",
        "补送",
        "课时",
        *FIVE_DELIVERIES,
        "确认",
        "达标",
    ]
    centre = tuple(i for i in range(len(header)) if i != 2)
    out.append(
        b.table(
            header, rows, [7, 13, 23, 8, 8, 8, 8, 8, 11, 11, 11, 11, 11, 11, 12], center_cols=centre, size=8
        )
    )
    reasons = [reason for r in summary.rows for reason in r.reasons]
    out.append(Spacer(1, 3 * mm))
    out.append(
        Paragraph("取消送教原因：" + ("；".join(esc(x) for x in reasons) if reasons else "无"), s.cell)
    )
    out.append(b.signatures(["填表人", "审核人"]))
    return out


def _overview_story(summaries: list[VisitSummary], b: Blocks) -> list[Flowable]:
    """The first page when there are several groups: one line per team or township, then the county total."""
    first = summaries[0]
    title = f"{first.year}年{first.month}月送教上门情况汇总（按{first.scope}）"
    rows = []
    for group in summaries:
        r = group.rows
        rows.append(
            [
                group.name,
                str(len(r)),
                str(sum(x.planned for x in r)),
                str(sum(x.done for x in r)),
                str(sum(x.cancelled for x in r)),
                f"{sum(x.hours for x in r):g}",
                str(sum(x.met for x in r)),
                str(sum(x.short for x in r)),
            ]
        )
    every = [x for g in summaries for x in g.rows]
    rows.append(
        [
            "合计",
            str(len(every)),
            str(sum(x.planned for x in every)),
            str(sum(x.done for x in every)),
            str(sum(x.cancelled for x in every)),
            f"{sum(x.hours for x in every):g}",
            str(sum(x.met for x in every)),
            str(sum(x.short for x in every)),
        ]
    )
    header = [first.scope, "学生数", "计划次数", "完成次数", "取消次数", "课时", "达标人数", "未达标人数"]
    return [
        Heading(title, b.s.h1, level=0),
        Spacer(1, 1 * mm),
        b.table(header, rows, [30, 12, 12, 12, 12, 12, 12, 14], center_cols=tuple(range(1, 8))),
        b.signatures(["填表人", "审核人"]),
    ]


def render_visit_summaries(
    summaries: list[VisitSummary], options: PrintOptions, fonts: FontChoice, target: IO[bytes]
) -> int:
    """All summaries in one PDF, each starting on a new page and bookmarked; returns the page count."""
    county = options.county
    decor = PageDecor(
        header_left=f"{county}　送教上门月度汇总",
        header_right=options.authority,
        footer_left="",
        print_date=options.print_date,
        **options.page_layout(),
        header_on_first_page=True,
    )
    doc, blocks = new_document(
        target, decor, fonts, title=f"{county}送教上门月度汇总", author=options.authority
    )
    story: list[Flowable] = []
    if len(summaries) > 1:
        story += _overview_story(summaries, blocks)
    for i, summary in enumerate(summaries):
        if i or len(summaries) > 1:
            story.append(PageBreak())
        story += _summary_story(summary, blocks)
    if not story:
        story.append(blocks.empty("送教"))
    doc.render(story)
    return int(doc.page)
