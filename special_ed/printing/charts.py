"""The domain chart: each assessment's per-domain scores side by side (reportlab.graphics).

Scores are drawn as a percentage of each domain's maximum so domains scored
on different scales sit on one axis.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from special_ed.printing.framework import CONTENT_WIDTH, INK
from special_ed.printing.model import Assessment

SERIES_COLOURS = (
    colors.HexColor("#9fb3c8"),
    colors.HexColor("#4f7cac"),
    colors.HexColor("#1f3f66"),
    colors.HexColor("#c98b3c"),
    colors.HexColor("#7a9e7e"),
    colors.HexColor("#8c1c13"),
)


def chart_domains(assessments: Sequence[Assessment]) -> list[str]:
    """Domains in the order they first appear across the assessments."""
    seen: list[str] = []
    for assessment in assessments:
        for score in assessment.scores:
            if score.domain not in seen:
                seen.append(score.domain)
    return seen


def domain_chart(assessments: Sequence[Assessment], font: str, height: float = 72 * mm) -> Drawing | None:
    """A grouped bar chart, or None when no assessment has scores (the caller says so in words)."""
    scored = [a for a in sorted(assessments, key=lambda a: a.assessed_on) if a.scores][-len(SERIES_COLOURS) :]
    domains = chart_domains(scored)
    if not domains:
        return None
    width = CONTENT_WIDTH
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer starts every drawing in Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, height - 30 * mm
    data = []
    for assessment in scored:
        by_domain = {
            s.domain: (100.0 * s.score / s.max_score if s.max_score else 0.0) for s in assessment.scores
        }
        data.append([round(by_domain.get(d, 0.0), 1) for d in domains])
    chart.data = data
    chart.groupSpacing = 8
    chart.barSpacing = 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = domains
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -3
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    for i in range(len(data)):
        chart.bars[i].fillColor = SERIES_COLOURS[i]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 58
    legend.dx = legend.dy = 7
    legend.x, legend.y = 16 * mm, height - 4 * mm
    legend.colorNamePairs = [
        (SERIES_COLOURS[i], f"{a.kind}（{a.assessed_on:%Y.%m.%d}）") for i, a in enumerate(scored)
    ]
    drawing.add(legend)
    drawing.add(String(2 * mm, height - 12 * mm, "得分率%", fontName=font, fontSize=7, fillColor=INK))
    return drawing
