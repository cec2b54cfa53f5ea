"""送教记录 tab: the child's visits, the visit form, cancel with a reason, plan the make-up, month compliance."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.compliance import Cell, CellState
from special_ed.domain.enums import CancelReason, Delivery, VisitStatus
from special_ed.results.visits import VisitRow
from ui.edit_menu import RevertTarget
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, from_qtime, lang, read, to_qdate, write
from ui.records.tab_base import RecordsTab
from ui.records.table import GOOD, MUTED, SORT_ROLE, WARN, Column, RowsModel
from ui.records.visit_form import VisitDialog


def visit_columns() -> list[Column[VisitRow]]:

    def when(r: VisitRow) -> str:
        v = r.visit
        times = f" {v.start:%H:%M}–{v.end:%H:%M}" if v.start and v.end else ""
        return f"{v.day.isoformat()}{times}"

    def status(r: VisitRow) -> str:
        text = r.visit.status.text(lang())
        if r.visit.status is VisitStatus.CANCELLED and r.visit.cancel_reason:
            text += f"（{r.visit.cancel_reason.text(lang())}）"
        if r.visit.makeup_of is not None:
            text += QCoreApplication.translate("Records", " · make-up")
        return text

    def colour(r: VisitRow) -> Any:
        return {VisitStatus.DONE: None, VisitStatus.PLANNED: MUTED, VisitStatus.CANCELLED: WARN}[
            r.visit.status
        ]

    return [
        Column(QCoreApplication.translate("Records", "Date and time"), when),
        Column(QCoreApplication.translate("Records", "Visit status"), status, background=colour),
        Column(
            QCoreApplication.translate("Records", "Five deliveries"),
            lambda r: "、".join(d.text(lang()) for d in Delivery if d in r.visit.deliveries),
            tooltip=lambda r: "\n".join(f"{d.text(lang())}：{n}" for d, n in r.visit.deliveries.items()),
        ),
        Column(
            QCoreApplication.translate("Records", "Class hours"),
            lambda r: r.class_hours if r.visit.status is VisitStatus.DONE else None,
            numeric=True,
        ),
        Column(QCoreApplication.translate("Records", "Teachers"), lambda r: "、".join(r.teacher_names)),
        Column(
            QCoreApplication.translate("Records", "Guardian"),
            lambda r: r.visit.guardian_name + (" ✔" if r.visit.guardian_confirmed else ""),
        ),
        Column(
            QCoreApplication.translate("Records", "Make-up"),
            lambda r: r.makeup_day.isoformat() if r.makeup_day else "",
        ),
    ]


def cell_columns() -> list[Column[Cell]]:

    def colour(c: Cell) -> Any:
        return {CellState.MET: GOOD, CellState.SHORT: WARN, CellState.NOT_OWED: None}[c.state]

    return [
        Column(
            QCoreApplication.translate("Records", "Month"),
            lambda c: (
                f"{c.year}-{c.month:02d}"
                + (QCoreApplication.translate("Records", " (so far)") if c.partial else "")
            ),
        ),
        Column(
            QCoreApplication.translate("Records", "Required visits"),
            lambda c: c.required_visits,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Delivered"),
            lambda c: c.delivered_visits,
            numeric=True,
            background=colour,
        ),
        Column(
            QCoreApplication.translate("Records", "Required hours"), lambda c: c.required_hours, numeric=True
        ),
        Column(
            QCoreApplication.translate("Records", "Delivered hours"),
            lambda c: c.delivered_hours,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Cancelled"),
            lambda c: c.cancelled,
            numeric=True,
            tooltip=lambda c: "、".join(f"{r.text(lang())}×{n}" for r, n in c.cancel_reasons.items()),
        ),
        Column(QCoreApplication.translate("Records", "Make-ups"), lambda c: c.makeups, numeric=True),
    ]


class CancelDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.setWindowTitle(self.tr("Cancel the visit"))
        self.reason = QComboBox()
        self.reason.setObjectName("cancelDialogReason")
        for r in CancelReason:
            self.reason.addItem(r.text(lang()), r.value)
        self.note = QLineEdit()
        self.note.setObjectName("cancelDialogNote")
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class MakeupDialog(QDialog):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makeupDialog")
        self.setWindowTitle(self.tr("Plan the make-up visit"))
        self.day = QDateEdit(to_qdate(day))
        self.day.setObjectName("makeupDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Start (empty: as the cancelled visit)"), self.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class VisitsTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        self.model = RowsModel(visit_columns(), parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("visitsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("newVisit", self.tr("Record a visit…"), self.new),
            ("planVisit", self.tr("Plan a visit…"), self.plan),
            ("editVisit", self.tr("Open…"), self.edit),
            ("cancelVisit", self.tr("Cancel with reason…"), self.cancel),
            ("makeupVisit", self.tr("Plan make-up…"), self.makeup),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.cells = RowsModel(cell_columns(), parent=self)
        cells_view = QTableView()
        cells_view.setObjectName("childCells")
        cells_view.setModel(self.cells)
        cells_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        cells_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cells_box = QGroupBox()
        QVBoxLayout(self.cells_box).addWidget(cells_view)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view)
        split.addWidget(top)
        split.addWidget(self.cells_box)
        split.setSizes([380, 200])
        QVBoxLayout(self).addWidget(split)
        self.load()

    def load(self) -> Operation[tuple[list[VisitRow], list[Cell]]]:
        visits, compliance, child_id = self.app.visits, self.app.compliance, self.child_id
        term = compliance.term(as_of=self.app.ctx.today())  # from the settings the context holds
        return read(
            self.reader,
            lambda: (visits.visits(child_id=child_id), compliance.child_cells(child_id, term.name)),
            lambda result: self._loaded(term.name, *result),
        )

    def _loaded(self, term: str, rows: list[VisitRow], cells: list[Cell]) -> None:
        self.model.set_rows(rows)
        self.cells.set_rows(cells)
        self.cells_box.setTitle(self.tr("Against the norm, {0} (as of today)").format(term))

    def selected(self) -> VisitRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def revert_target(self) -> RevertTarget | None:
        """编辑 → 撤销上一次保存: the visit chosen in the list (the version the list read)."""
        row = self.selected()
        if row is None or row.visit.id is None or row.visit.version is None:
            return None
        return RevertTarget("visits", row.visit.id, row.visit.version, self._changed)

    def _open(self, dialog: VisitDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()
            self.saved.emit()

    def new(self) -> None:
        self._open(VisitDialog(self.host, self.child_id, None, self))

    def plan(self) -> None:
        dialog = VisitDialog(self.host, self.child_id, None, self)
        dialog.status.setCurrentIndex(dialog.status.findData(VisitStatus.PLANNED.value))
        self._open(dialog)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(VisitDialog(self.host, self.child_id, row.visit, self))

    def cancel(self) -> None:
        row = self.selected()
        if row is None or row.visit.id is None:
            return
        dialog = CancelDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        visits, visit_id, version = self.app.visits, row.visit.id, row.visit.version
        reason, note = CancelReason(dialog.reason.currentData()), dialog.note.text().strip()
        write(self.host, self, lambda: visits.cancel(visit_id, reason, note, version), self._changed)

    def _changed(self, _result: object) -> None:
        self.load()
        self.saved.emit()

    def makeup(self) -> None:
        row = self.selected()
        if row is None or row.visit.id is None:
            return
        dialog = MakeupDialog(max(self.app.ctx.today(), row.visit.day), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start = (
            from_qtime(dialog.start.time())
            if dialog.start.time().isValid() and dialog.start.time().hour()
            else None
        )
        visits, visit_id = self.app.visits, row.visit.id
        day = from_qdate(dialog.day.date()) or row.visit.day
        write(self.host, self, lambda: visits.plan_makeup(visit_id, day, start), self._changed)
