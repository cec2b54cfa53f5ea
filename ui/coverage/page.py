"""统计 page ("一个不少"): every school-age child placed or explained, by township, level and placement.

Numbers, table cells and chart bars open the registry filtered to exactly the children counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.enums import Level, Placement
from special_ed.results.coverage import CoverageReport, level_placement_matrix
from special_ed.results.registry import RegistryFilter
from ui.coverage.charts import TownshipChart
from ui.coverage.models import KEY_ROLE, ExceptionsModel, MatrixModel, TownshipModel, percent
from ui.pages import Host

ROW_PX = 16  # chart height per township that keeps every name on the axis


class CoveragePage(QWidget):
    counts_changed = Signal()
    report_ready = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.lang = host.lang()
        self.report: CoverageReport | None = None
        title = QLabel(self.tr("Coverage — no child left out"))
        title.setProperty("role", "pageTitle")
        self.reference = QDateEdit()
        self.reference.setObjectName("referenceDate")
        self.reference.setCalendarPopup(True)
        self.reference.setDisplayFormat("yyyy-MM-dd")
        ref = host.services.coverage.default_reference_date()
        self.reference.setDate(QDate(ref.year, ref.month, ref.day))
        self.reference.dateChanged.connect(lambda _d: self.refresh())
        self.range_label = QLabel()
        export = QPushButton(self.tr("Export report…"))
        export.setObjectName("exportCoverage")
        export.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Reference date:")))
        top.addWidget(self.reference)
        top.addWidget(self.range_label)
        top.addWidget(export)

        self.figures: dict[str, QPushButton] = {}
        figures = QGridLayout()
        for column, (key, text) in enumerate(
            (
                ("school_age", self.tr("School-age children")),
                ("placed", self.tr("Placed")),
                ("excepted", self.tr("Exception recorded")),
                ("uncovered", self.tr("Not covered")),
                ("rate", self.tr("Enrolment rate")),
            )
        ):
            number = QPushButton("—")
            number.setObjectName(f"figure_{key}")
            number.setFlat(True)
            number.setStyleSheet(
                "font-size: 20pt; font-weight: bold; color: %s;"
                % ("#b00020" if key == "uncovered" else "#2f6db5")
            )
            if key != "rate":
                number.clicked.connect(lambda _c=False, k=key: self.open_registry(None, k))
                number.setToolTip(self.tr("Show these children in the register"))
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            figures.addWidget(number, 0, column)
            figures.addWidget(caption, 1, column)
            self.figures[key] = number

        self.townships = TownshipModel(self.lang)
        self.township_view = self._table("townshipTable", self.townships)
        self.township_view.doubleClicked.connect(self._township_cell)
        self.chart = TownshipChart(self.lang)
        self.chart.segment_clicked.connect(self._segment)
        self.chart.setMinimumHeight(420)

        self.matrix = MatrixModel(self.lang)
        self.matrix_view = self._table("matrixTable", self.matrix)
        self.matrix_view.verticalHeader().show()
        self.matrix_view.doubleClicked.connect(self._matrix_cell)
        self.matrix_township = QComboBox()
        self.matrix_township.setObjectName("matrixTownship")
        self.matrix_township.currentIndexChanged.connect(lambda _i: self._fill_matrix())
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Level × placement in:")))
        row.addWidget(self.matrix_township)
        row.addStretch(1)
        matrix_layout.addLayout(row)
        matrix_layout.addWidget(self.matrix_view, 1)

        self.exceptions = ExceptionsModel(self.lang)
        self.exceptions_view = self._table("exceptionsTable", self.exceptions)
        self.exceptions_view.horizontalHeader().setStretchLastSection(True)  # the reason is free text
        self.exceptions_view.doubleClicked.connect(self._open_exception_child)
        add_reason = QPushButton(self.tr("Record the reason…"))
        add_reason.setObjectName("recordException")
        add_reason.clicked.connect(self.record_exception)
        exceptions_box = QWidget()
        exceptions_layout = QVBoxLayout(exceptions_box)
        exceptions_layout.addWidget(
            QLabel(
                self.tr(
                    "School-age children without an active placement. Each needs a placement or a recorded reason."
                )
            )
        )
        exceptions_layout.addWidget(self.exceptions_view, 1)
        exceptions_layout.addWidget(add_reason)

        self.tabs = QTabWidget()
        # scrolls rather than shrinks: below ~16 px a township, Qt Charts drops every other name
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        self.tabs.addTab(chart_scroll, self.tr("Chart"))
        self.tabs.addTab(self.township_view, self.tr("By township"))
        self.tabs.addTab(matrix_box, self.tr("Level × placement"))
        self.tabs.addTab(exceptions_box, self.tr("Exceptions"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.tabs, 1)
        host.changes.connect(self.apply_changes)
        self.refresh()

    @staticmethod
    def _table(name: str, model: Any) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        # resizeColumnsToContents alone squeezed the figure columns to two-character widths in one
        # corner of the tab; a floor keeps the columns readable as a table
        view.horizontalHeader().setMinimumSectionSize(96)
        return view

    # ---- Page protocol -----------------------------------------------------------------------------

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.refresh, "export": self.export}

    def status_text(self) -> str:
        if self.report is None:
            return ""
        r = self.report
        return self.tr("{0} school-age, {1} placed, {2} not covered").format(
            r.school_age, r.placed, r.uncovered
        )

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.CHILDREN, Change.PLACEMENTS, Change.SETTINGS, Change.REFERENCE):
            self.refresh()

    # ---- content -----------------------------------------------------------------------------------

    def reference_date(self) -> date:
        d = self.reference.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> Any:
        service = self.host.services.coverage
        reference = self.reference_date()
        return self.host.run(
            lambda _p: service.report(reference), self.show_report, self.tr("Counting school-age children…")
        )

    def show_report(self, report: CoverageReport) -> None:
        self.report = report
        self.range_label.setText(self.tr("ages {0}–{1}").format(report.age_min, report.age_max))
        self.figures["school_age"].setText(str(report.school_age))
        self.figures["placed"].setText(str(report.placed))
        self.figures["excepted"].setText(str(report.excepted))
        self.figures["uncovered"].setText(str(report.uncovered))
        self.figures["rate"].setText(percent(report.enrolment_rate))
        self.figures["rate"].setToolTip(
            "" if report.school_age else self.tr("No school-age children are recorded: there is no rate to give.")
        )
        self.townships.set_report(report)
        self.township_view.resizeColumnsToContents()
        self.chart.set_report(report)
        self.chart.setMinimumHeight(max(420, ROW_PX * len(report.townships) + 160))  # + title, legend, axis
        current = self.matrix_township.currentData()
        self.matrix_township.blockSignals(True)
        self.matrix_township.clear()
        whole = self.tr("all of {0}").format(report.scope) if report.scope else self.tr("the whole county")
        self.matrix_township.addItem(whole, None)
        for t in report.townships:
            self.matrix_township.addItem(t.township, t.township_id)
        self.matrix_township.setCurrentIndex(max(0, self.matrix_township.findData(current)))
        self.matrix_township.blockSignals(False)
        self._fill_matrix()
        self.exceptions.set_rows(report.exceptions)
        self.exceptions_view.resizeColumnsToContents()
        self.counts_changed.emit()
        self.report_ready.emit()

    def _fill_matrix(self) -> None:
        if self.report is None:
            return
        township_id = self.matrix_township.currentData()
        if township_id is None:
            cells = level_placement_matrix(self.report)
        else:
            cells = next(
                (t.by_level_placement for t in self.report.townships if t.township_id == township_id), {}
            )
        self.matrix.set_cells(cells)
        self.matrix_view.resizeColumnsToContents()

    # ---- opening the registry on what a number counts ------------------------------------------------

    def registry_filter(self, township_id: int | None, key: str, level: str | None = None) -> RegistryFilter:
        assert self.report is not None
        f = self.report.base_filter().with_changes(township_id=township_id)
        if key in ("excepted", "uncovered"):
            # The exceptions list is short: name exactly the children with (or without) a recorded reason.
            names = {t.township_id: t.township for t in self.report.townships}
            ids = tuple(
                e.child_id
                for e in self.report.exceptions
                if bool(e.reason) == (key == "excepted")
                and (township_id is None or e.township == names.get(township_id))
            )
            f = f.with_changes(unplaced=True, child_ids=ids)
        elif key == "":
            f = f.with_changes(unplaced=True)
        elif key == "placed":
            f = f.with_changes(placed=True)
        elif key in {p.value for p in Placement}:
            f = f.with_changes(placement=Placement(key))
        if level is not None:
            f = f.with_changes(level=Level(level)) if level else f.with_changes(unassessed=True)
        return f

    def open_registry(self, township_id: int | None, key: str, level: str | None = None) -> None:
        if self.report is None:
            return
        f = self.registry_filter(township_id, key, level)
        description = self.tr("From the coverage report: school-age children (ages {0}–{1} on {2})").format(
            self.report.age_min, self.report.age_max, self.report.reference_date.isoformat()
        )
        self.host.show_page("registry", filter=f, description=description)

    def _segment(self, township_id: int, key: str) -> None:
        self.open_registry(township_id, key)

    def _township_cell(self, index: QModelIndex) -> None:
        township_id, key = self.townships.data(index, KEY_ROLE)
        if key != "rate":
            self.open_registry(township_id, key)

    def _matrix_cell(self, index: QModelIndex) -> None:
        level, placement = self.matrix.data(index, KEY_ROLE)
        self.open_registry(
            self.matrix_township.currentData(), placement if placement is not None else "all", level
        )

    def _open_exception_child(self, index: QModelIndex) -> None:
        from ui.child_form import ChildForm

        ChildForm.open_existing(self.host, int(self.exceptions.data(index, KEY_ROLE)), self)

    def record_exception(self) -> QDialog | None:
        rows = self.exceptions_view.selectionModel().selectedRows()
        if not rows:
            self.host.show_status(self.tr("Choose a child in the exceptions list first."))
            return None
        child_id = int(self.exceptions.data(rows[0], KEY_ROLE))
        assert self.report is not None
        dialog = ExceptionDialog(self.report.reference_date, self)
        service = self.host.services.coverage

        def accepted() -> None:
            reason, since = dialog.reason.toPlainText(), dialog.since()
            self.host.run(
                lambda _p: service.add_exception(child_id, reason, since),
                lambda _id: None,
                self.tr("Saving…"),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def export(self) -> None:
        from ui.coverage.export import export_report

        if self.report is not None:
            export_report(self.host, self, self.report)


class ExceptionDialog(QDialog):
    def __init__(self, since: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exceptionDialog")
        self.setWindowTitle(self.tr("Why has this child no placement?"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("exceptionReason")
        self.reason.setPlaceholderText(
            self.tr("e.g. in hospital for treatment until …; deferred entry approved by …")
        )
        # The count is taken at the reference date, so a reason must hold from then on to count.
        self.since_edit = QDateEdit(QDate(since.year, since.month, since.day))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QGroupBox()
        form = QFormLayout(box)
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Since"), self.since_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(buttons)

    def since(self) -> date:
        d = self.since_edit.date()
        return date(d.year(), d.month(), d.day())
