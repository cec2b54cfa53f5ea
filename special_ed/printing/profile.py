"""The printed result of a structured assessment: header, domain subtotals with the previous
administration, the profile chart (剖面图: each domain's percentage, this time against last time),
every item's score, and the scheme goals that target the instrument with their progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from special_ed.domain.instruments import Profile
from special_ed.printing.atomic import atomic_output
from special_ed.printing.fonts import FontChoice, ensure_registered
from special_ed.printing.framework import CONTENT_WIDTH, INK, PageDecor, cn_date, esc, new_document
from special_ed.printing.options import PrintOptions

NOW = colors.HexColor("#1f3f66")
BEFORE = colors.HexColor("#c98b3c")
SEX = {"M": "男", "F": "女"}


def profile_chart(profile: Profile, font: str, height: float = 80 * mm) -> Drawing:
    """The 剖面图: a line per administration across the domains, 0–100 % of each domain's maximum."""
    drawing = Drawing(CONTENT_WIDTH, height)
    drawing.initialFontName = font
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 18 * mm
    chart.width, chart.height = CONTENT_WIDTH - 20 * mm, height - 32 * mm
    series = [[d.percent if d.percent is not None else 0.0 for d in profile.scored.domains]]
    names = [f"本次（{profile.current.day:%Y.%m.%d}）"]
    if profile.previous_scored is not None and profile.previous is not None:
        series.insert(
            0, [d.percent if d.percent is not None else 0.0 for d in profile.previous_scored.domains]
        )
        names.insert(0, f"上次（{profile.previous.day:%Y.%m.%d}）")
    chart.data = series
    chart.categoryAxis.categoryNames = [d.name for d in profile.scored.domains]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 0 if len(profile.scored.domains) <= 6 else 25
    chart.categoryAxis.labels.boxAnchor = "n" if len(profile.scored.domains) <= 6 else "ne"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    colours = [BEFORE, NOW] if len(series) == 2 else [NOW]
    for i, colour in enumerate(colours):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].symbol = makeMarker("FilledCircle", size=4, fillColor=colour, strokeColor=colour)
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.x, legend.y = 18 * mm, height - 4 * mm
    legend.colorNamePairs = list(zip(colours, names, strict=True))
    drawing.add(legend)
    drawing.add(String(2 * mm, height - 9 * mm, "得分率%", fontName=font, fontSize=7, fillColor=INK))
    return drawing


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:g}%"


def write_profile(profile: Profile, path: Path, fonts: FontChoice, options: PrintOptions) -> Path:
    """``options.issuer``: the county profile's bodies (printing.issuer), named in the running header and
    footer; the page keeps the 装订边距 and duplex settings like every other paper."""
    ensure_registered(fonts)
    ins = profile.instrument
    title = f"《{ins.name}》评估结果"
    issuer = options.issuer
    decor = PageDecor(
        f"{issuer.county} 特殊教育评估",
        profile.child_name,
        issuer.centre or issuer.county,
        options.print_date,
        **options.page_layout(),
    )
    with atomic_output(path) as fh:
        doc, b = new_document(fh, decor, fonts, title)
        s = b.s
        story: list[Any] = [Paragraph(esc(title), s.subtitle), Spacer(1, 3 * mm)]
        story.append(
            b.fields(
                [
                    ("姓名", profile.child_name),
                    ("性别", SEX.get(profile.child_sex, profile.child_sex)),
                    ("出生日期", cn_date(profile.child_birth)),
                    ("评估日期", cn_date(profile.current.day)),
                    ("评估人", profile.current.assessor),
                    (
                        "上次评估",
                        cn_date(profile.previous.day, "（首次评估）") if profile.previous else "（首次评估）",
                    ),
                ],
                columns=3,
                label_width=18 * mm,
            )
        )
        scale = "；".join(
            f"{p.code}＝{p.label}" + ("" if p.value is None else f"（{p.value:g} 分）") for p in ins.scale
        )
        story.append(Paragraph(esc(f"计分：{scale}。来源：{ins.source}。"), s.note))
        story += b.section("领域小计与上次比较")
        before = {c.key: c for c in profile.changes}
        rows = []
        for d in profile.scored.domains:
            change = before[d.key]
            delta = "" if change.delta is None else f"{change.delta:+g}"
            name = f"{d.group}·{d.name}" if d.group else d.name
            rows.append(
                (
                    name,
                    d.items,
                    d.scored,
                    f"{d.subtotal:g}",
                    f"{d.maximum:g}",
                    _pct(d.percent),
                    _pct(change.before),
                    delta,
                )
            )
        rows.append(
            (
                "合计",
                sum(d.items for d in profile.scored.domains),
                sum(d.scored for d in profile.scored.domains),
                f"{profile.scored.total:g}",
                f"{profile.scored.maximum:g}",
                _pct(
                    round(100 * profile.scored.total / profile.scored.maximum, 1)
                    if profile.scored.maximum
                    else None
                ),
                "",
                "",
            )
        )
        story.append(
            b.table(
                ["领域", "题数", "已评", "小计", "满分", "得分率", "上次得分率", "变化"],
                rows,
                [2.4, 0.7, 0.7, 0.8, 0.8, 0.9, 1.0, 0.8],
                center_cols=range(1, 8),
            )
        )
        story += b.section("剖面图")
        story.append(profile_chart(profile, fonts.body.name))
        story += b.section("逐项评分")
        item_rows = []
        prev_scores = profile.previous.scores if profile.previous else {}
        for domain in ins.domains:
            for item in domain.items:
                now = profile.current.scores.get(item.code, "")
                if not now and item.code not in prev_scores:
                    continue
                item_rows.append(
                    (
                        domain.name,
                        item.text + ("（县补充）" if item.county_added else ""),
                        prev_scores.get(item.code, ""),
                        now,
                    )
                )
        if item_rows:
            story.append(
                b.table(["领域", "题目", "上次", "本次"], item_rows, [1.4, 4.6, 0.8, 0.8], center_cols=(2, 3))
            )
        else:
            story.append(b.empty("逐项评分"))
        story += b.section("个别化教育方案目标的进展")
        if profile.goals:
            story.append(
                b.table(
                    ["目标", "评估领域 / 题目", "上次", "本次", "进展"],
                    [
                        (
                            g.goal_text,
                            g.target_name,
                            g.before,
                            g.after,
                            "进步" if g.improved else ("未进步" if g.improved is False else "—"),
                        )
                        for g in profile.goals
                    ],
                    [3.2, 2.2, 0.8, 0.8, 0.8],
                    center_cols=(2, 3, 4),
                )
            )
        else:
            story.append(b.empty("与本量表关联的目标"))
        if profile.current.notes:
            story += b.section("分析与建议")
            story.append(b.para(profile.current.notes))
        story.append(Spacer(1, 4 * mm))
        story.append(b.signatures(["评估人", "家长"]))
        doc.render(story)
    return path
