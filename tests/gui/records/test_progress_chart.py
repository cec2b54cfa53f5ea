"""The progress chart's x-axis labels (date and kind) are shown whole at ordinary widths."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import QCategoryAxis

from special_ed.domain.enums import AssessmentKind
from special_ed.domain.records import Assessment
from ui.records.assessments_tab import ProgressChart

DOMAINS = ("生活自理", "运动", "语言沟通", "认知", "社会适应")


def assessments(n: int) -> list[Assessment]:
    kinds = [AssessmentKind.BASELINE, AssessmentKind.MIDTERM, AssessmentKind.ENDTERM]
    return [
        Assessment(1, date(2026, 1 + i, 10), kinds[i % 3], {d: 20 + 5 * i for d in DOMAINS}) for i in range(n)
    ]


def x_axis(chart: ProgressChart) -> QCategoryAxis:
    [axis] = [a for a in chart.chart().axes() if isinstance(a, QCategoryAxis)]
    return axis


def shown(qtbot: Any, n: int, width: int) -> ProgressChart:
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(width, 260)
    chart.show_assessments(assessments(n), DOMAINS)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_three_assessments_keep_whole_labels_on_two_lines(qtbot: Any) -> None:
    chart = shown(qtbot, 3, 420)
    axis = x_axis(chart)
    assert axis.categoriesLabels() == [
        "2026-01-10<br>基线评估",
        "2026-02-10<br>期中评估",
        "2026-03-10<br>期末评估",
    ]
    assert not axis.truncateLabels() and not axis.labelsTruncated()


def test_many_assessments_use_short_dates_and_are_cut_only_when_too_narrow(qtbot: Any) -> None:
    chart = shown(qtbot, 6, 480)
    axis = x_axis(chart)
    assert axis.categoriesLabels()[0] == "26.01.10<br>基线评估"
    assert not axis.truncateLabels()
    chart.resize(300, 260)  # six labels cannot fit: Qt's cut is back on rather than letting them overlap
    assert axis.truncateLabels()
