"""评估 tab: baseline / mid-term / end-of-term assessments, and a progress chart across them."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import AssessmentKind
from special_ed.domain.records import ATTAINMENT_MAX, ATTAINMENT_MIN, SCORE_MAX, Assessment, Scheme
from special_ed.results.revert import RevertResult
from ui.edit_menu import RevertTarget
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, lang, read, to_qdate, write
from ui.records.tab_base import RecordsTab
from ui.records.table import Column, RowsModel

FLAT_LABELS = 3  # above this many assessments full dates no longer fit side by side
AXIS_ROOM = 100  # px of the view's width not given to the plot (y axis, its title, margins)


class ProgressChart(QChartView):
    """One line per domain across the assessments, in date order (0–100)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)  # the legend sits below the plot
        self._x_axis: QCategoryAxis | None = None
        self._label_lines: list[str] = []

    def show_assessments(self, assessments: list[Assessment], domains: tuple[str, ...]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Progress by domain"))
        # The legend goes below the plot: on the right it took the width the date labels need.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        x_axis = QCategoryAxis()
        # Each assessment owns the category [i − ½, i + ½] with its label centred under the point:
        # labels placed "on value" get only a sliver of width and Qt cut them to "2026-…".
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        x_axis.setStartValue(-0.5)
        # Axis labels are rich text ("\n" is dropped; <br> breaks the line): the date on one line,
        # shortened to yy.mm.dd when many share the axis, the kind on the next.
        day_format = "%Y-%m-%d" if len(assessments) <= FLAT_LABELS else "%y.%m.%d"
        self._label_lines = []
        for i, a in enumerate(assessments):
            day, kind = a.day.strftime(day_format), a.kind.text(lang())
            self._label_lines += [day, kind]
            x_axis.append(f"{day}<br>{kind}", i + 0.5)
        x_axis.setRange(-0.5, max(1, len(assessments) - 1) + 0.5)
        self._x_axis = x_axis
        y_axis = QValueAxis()
        y_axis.setRange(0, SCORE_MAX)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Score"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for domain in domains:
            series = QLineSeries()
            series.setName(domain)
            for i, a in enumerate(assessments):
                if domain in a.domain_scores:
                    series.append(QPointF(i, a.domain_scores[domain]))
            if series.count():
                series.setPointsVisible(True)
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        self.setChart(chart)
        self._fit_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Let Qt cut the labels only when they really overlap: its own cut keeps a margin that
        turned "26.09.10" into "26.09.…" although the date fitted its category."""
        axis = self._x_axis
        if axis is None or not self._label_lines:
            return
        widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(t) for t in self._label_lines)
        per_label = (self.width() - AXIS_ROOM) / max(1, len(self._label_lines) // 2)
        axis.setTruncateLabels(per_label < widest + 6)


class AssessmentsTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        app = self.app
        self.settings = app.ctx.settings()
        self.current: Assessment | None = None
        self.model = RowsModel[Assessment](
            [
                Column(QCoreApplication.translate("Records", "Date"), lambda a: a.day.isoformat()),
                Column(QCoreApplication.translate("Records", "Kind"), lambda a: a.kind.text(lang())),
                Column(QCoreApplication.translate("Records", "Assessor"), lambda a: a.assessor),
                Column(
                    QCoreApplication.translate("Records", "Mean score"),
                    lambda a: (
                        round(sum(a.domain_scores.values()) / len(a.domain_scores), 1)
                        if a.domain_scores
                        else None
                    ),
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("Records", "Goals assessed"),
                    lambda a: len(a.goal_attainment),
                    numeric=True,
                ),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("assessmentsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(lambda i: self.show_assessment(self.model.row(i.row())))
        self.chart = ProgressChart()

        self.kind = QComboBox()
        self.kind.setObjectName("assessmentKind")
        for k in AssessmentKind:
            self.kind.addItem(k.text(lang()), k.value)
        self.day = QDateEdit()
        self.day.setObjectName("assessmentDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.assessor = QLineEdit()
        self.scores: dict[str, QDoubleSpinBox] = {}
        scores_box = QGroupBox(self.tr("Scores by domain (0–100)"))
        scores_form = QFormLayout(scores_box)
        for i, domain in enumerate(self.settings.scheme_domains):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"score_{i}")
            spin.setRange(-1, SCORE_MAX)
            spin.setSpecialValueText(self.tr("not assessed"))
            spin.setDecimals(0)
            self.scores[domain] = spin
            scores_form.addRow(domain, spin)
        self.goals_box = QGroupBox(self.tr("Attainment of goals (0 = not yet … 4 = achieved)"))
        self.goals_form = QFormLayout(self.goals_box)
        self.attainment: dict[int, QSpinBox] = {}
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.notes.setPlaceholderText(self.tr("Notes"))  # the box had no label at all
        new = QPushButton(self.tr("New assessment"))
        new.clicked.connect(lambda: self.show_assessment(None))
        save = QPushButton(self.tr("Save assessment"))
        save.setObjectName("saveAssessment")
        save.clicked.connect(self.save)
        head = QFormLayout()
        head.addRow(self.tr("Kind"), self.kind)
        head.addRow(self.tr("Date"), self.day)
        head.addRow(self.tr("Assessor"), self.assessor)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(head)
        editor_layout.addWidget(scores_box)
        editor_layout.addWidget(self.goals_box)
        editor_layout.addWidget(self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        # the buttons below the scroll area, not inside it: with a year's goals listed they were
        # scrolled half out of sight
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        right_layout.addLayout(buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.view)
        left.addWidget(self.chart)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 380])
        QVBoxLayout(self).addWidget(split)
        self.load()

    @staticmethod
    def _goal_names(schemes: list[Scheme]) -> dict[int, str]:
        names: dict[int, str] = {}
        for scheme in schemes:
            # a goal carried over into next year's scheme read twice, identically; the year tells them apart
            year = f"（{scheme.school_year}–{scheme.school_year + 1}）" if len(schemes) > 1 else ""
            names.update({g.id: f"{g.domain}：{g.text}{year}" for g in scheme.goals if g.id is not None})
        return names

    def load(self) -> Operation[tuple[list[Assessment], list[Scheme]]]:
        records, child_id = self.app.records, self.child_id
        return read(
            self.reader, lambda: (records.assessments(child_id), records.schemes(child_id)), self._loaded
        )

    def _loaded(self, result: tuple[list[Assessment], list[Scheme]]) -> None:
        rows, schemes = result
        self.model.set_rows(rows)
        self.chart.show_assessments(rows, self.settings.scheme_domains)
        while self.goals_form.rowCount():
            self.goals_form.removeRow(0)
        self.attainment = {}
        for goal_id, name in self._goal_names(schemes).items():
            spin = QSpinBox()
            spin.setRange(ATTAINMENT_MIN - 1, ATTAINMENT_MAX)
            spin.setSpecialValueText(self.tr("not assessed"))
            self.attainment[goal_id] = spin
            self.goals_form.addRow(name, spin)
        if self.current is not None and self.current.id is not None:  # as just read (a revert changed it)
            shown = self.current.id
            self.current = next((a for a in rows if a.id == shown), None)
        self.show_assessment(self.current)

    def show_assessment(self, assessment: Assessment | None) -> None:
        self.current = assessment
        a = assessment or Assessment(self.child_id, self.app.ctx.today(), AssessmentKind.MIDTERM)
        self.kind.setCurrentIndex(self.kind.findData(a.kind.value))
        self.day.setDate(to_qdate(a.day))
        self.assessor.setText(a.assessor)
        for domain, spin in self.scores.items():
            spin.setValue(a.domain_scores.get(domain, -1))
        for goal_id, goal_spin in self.attainment.items():
            goal_spin.setValue(a.goal_attainment.get(goal_id, -1))
        self.notes.setPlainText(a.notes)

    def edited(self) -> Assessment:
        base = self.current
        return Assessment(
            self.child_id,
            from_qdate(self.day.date()) or self.app.ctx.today(),
            AssessmentKind(self.kind.currentData()),
            {d: s.value() for d, s in self.scores.items() if s.value() >= 0},
            {g: s.value() for g, s in self.attainment.items() if s.value() >= 0},
            self.notes.toPlainText().strip(),
            self.assessor.text().strip(),
            base.id if base else None,
            base.version if base else None,
        )

    def save(self) -> Operation[Assessment]:
        edited, records = self.edited(), self.app.records
        return write(self.host, self, lambda: records.save_assessment(edited), self._saved)

    def _saved(self, assessment: Assessment) -> None:
        self.current = assessment
        self.load()
        self.saved.emit()

    def revert_target(self) -> RevertTarget | None:
        """编辑 → 撤销上一次保存: the assessment shown (the version the form read)."""
        a = self.current
        if a is None or a.id is None:
            return None
        return RevertTarget("progress_assessments", a.id, a.version, self._reverted)

    def _reverted(self, result: RevertResult) -> None:
        # the reverted assessment is shown as the re-read gives it (its new version)
        self.current = next((a for a in self.model.rows if a.id == result.record_id), None)
        self.load()
        self.saved.emit()
