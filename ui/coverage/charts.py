"""QtCharts views of the coverage report; every bar segment opens the children it counts."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from special_ed.domain.enums import Placement
from special_ed.results.coverage import CoverageReport

# Segment keys: a placement value, "excepted" or "uncovered".
SEGMENT_COLOURS = {
    Placement.MAINSTREAM.value: "#4e79a7",
    Placement.SPECIAL_SCHOOL.value: "#59a14f",
    Placement.HOME.value: "#f28e2b",
    "excepted": "#bab0ac",
    "uncovered": "#e15759",
}


class TownshipChart(QChartView):
    """Horizontal stacked bars: for each township, school-age children by placement, exception, not covered."""

    segment_clicked = Signal(object, str)  # township id, segment key

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("townshipChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(self.chart_)
        self.township_ids: list[int] = []
        self.sets: dict[str, QBarSet] = {}

    def labels(self) -> dict[str, str]:
        names = {p.value: p.text(self.lang) for p in Placement}
        names["excepted"] = self.tr("Exception recorded")
        names["uncovered"] = self.tr("Not covered")
        return names

    def set_report(self, report: CoverageReport) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if report.scope:  # a township user's own part of the county, not "every township"
            title = self.tr("School-age children of {1} by placement (reference date {0})")
        else:
            title = self.tr("School-age children by township and placement (reference date {0})")
        chart.setTitle(title.format(report.reference_date.isoformat(), report.scope))
        rows = list(reversed(report.townships))  # first township at the top
        self.township_ids = [t.township_id for t in rows]
        if not rows:  # a new county: an empty chart would make Qt compute a NaN axis range
            self.sets = {}
            chart.setTitle(self.tr("No township has school-age children recorded yet."))
            return
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.75)
        self.sets = {}
        names = self.labels()
        for key, colour in SEGMENT_COLOURS.items():
            bar_set = QBarSet(names[key])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            for t in rows:
                if key == "excepted":
                    value = t.excepted
                elif key == "uncovered":
                    value = t.uncovered
                else:
                    value = sum(n for (_lv, pl), n in t.by_level_placement.items() if pl == key)
                bar_set.append(value)
            bar_set.clicked.connect(lambda index, k=key: self._clicked(index, k))
            self.sets[key] = bar_set
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([t.township for t in rows])
        categories.setTruncateLabels(False)  # township names are the point of the chart
        label_font = QFont(categories.labelsFont())
        label_font.setPointSizeF(max(7.0, label_font.pointSizeF() - 1))
        categories.setLabelsFont(label_font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        widest = max(sum(bar_set.at(i) for bar_set in self.sets.values()) for i in range(len(rows)))
        values.setRange(0, max(widest, 1))  # all-zero bars would give an empty, NaN range
        values.applyNiceNumbers()

    def _clicked(self, index: int, key: str) -> None:
        if 0 <= index < len(self.township_ids):
            self.segment_clicked.emit(self.township_ids[index], key)
