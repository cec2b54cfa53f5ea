"""评估安置 page: reviews due (overdue first) and the selected child's assessment/placement timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.progress import Progress
from ui.operations import Latest
from ui.pages import Host
from ui.placement.models import ID_ROLE, ReviewsModel, TimelineModel


class PlacementPage(QWidget):
    counts_changed = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        lang = host.lang()
        self.child_id: int | None = None
        title = QLabel(self.tr("Assessment and placement"))
        title.setProperty("role", "pageTitle")

        self.within = QSpinBox()
        self.within.setObjectName("reviewWithin")
        self.within.setRange(0, 365)
        self.within.setValue(30)
        self.within.setSuffix(self.tr(" days"))
        self.within.valueChanged.connect(lambda _v: self.refresh_reviews())
        self.reviews = ReviewsModel(lang)
        self.reviews_view = self._table("reviewsTable", self.reviews)
        self.reviews_view.selectionModel().selectionChanged.connect(lambda *_a: self._review_chosen())
        left = QWidget()
        left.setMinimumWidth(440)
        left_layout = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reviews overdue or due within")))
        row.addWidget(self.within)
        row.addStretch(1)
        sitting = QPushButton(self.tr("Committee sitting…"))
        sitting.setObjectName("placement_sitting")
        sitting.setToolTip(self.tr("Assess and decide many children at one expert-committee sitting"))
        sitting.clicked.connect(self.hold_sitting)
        row.addWidget(sitting)
        left_layout.addLayout(row)
        left_layout.addWidget(self.reviews_view, 1)

        self.child_label = QLabel(self.tr("Choose a child in the list, or in the register."))
        self.child_label.setObjectName("timelineChild")
        self.child_label.setProperty("role", "pageTitle")
        self.timeline = TimelineModel(lang)
        self.timeline_view = self._table("timelineTable", self.timeline)
        self.timeline_view.horizontalHeader().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for key, text in (
            ("assess", self.tr("Record assessment…")),
            ("place", self.tr("Placement decision…")),
            ("open", self.tr("Open child…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"placement_{key}")
            button.clicked.connect(self._handlers()[key])
            button.setEnabled(False)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.child_label)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.timeline_view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        # reads run in the background; a newer request (another child) drops the older one's result
        self._reviews_read = Latest(self, host.run)
        self._child_read = Latest(self, host.run)
        host.changes.connect(self.apply_changes)
        self.refresh_reviews()

    @staticmethod
    def _table(name: str, model: Any) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _handlers(self) -> dict[str, Callable[[], None]]:
        return {"assess": self.assess, "place": self.place, "open": self.open_child}

    # ---- Page protocol -----------------------------------------------------------------------------

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.refresh_reviews}

    def status_text(self) -> str:
        return self.tr("{0} reviews overdue, {1} listed").format(
            self.reviews.overdue(), self.reviews.rowCount()
        )

    def open_with(self, **options: Any) -> None:
        child_id = options.get("child_id")
        if isinstance(child_id, int):
            self.show_child(child_id)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.PLACEMENTS, Change.CHILDREN, Change.REFERENCE):
            self.refresh_reviews()
            if self.child_id is not None:
                self.show_child(self.child_id)

    # ---- content -----------------------------------------------------------------------------------

    def refresh_reviews(self) -> None:
        placement, within = self.host.services.placement, self.within.value()
        self._reviews_read.run(lambda _p: placement.reviews_due(within), self._show_reviews,
                               self.tr("Reading the reviews due…"))

    def _show_reviews(self, rows: Any) -> None:
        self.reviews.set_rows(rows)
        self.reviews_view.resizeColumnsToContents()
        self.counts_changed.emit()

    def _review_chosen(self) -> None:
        rows = self.reviews_view.selectionModel().selectedRows()
        if rows:
            self.show_child(int(self.reviews.data(rows[0], ID_ROLE)))

    def show_child(self, child_id: int) -> None:
        services = self.host.services

        def work(_p: Progress) -> tuple[Any, Any, Any]:
            return (services.children.get(child_id), services.placement.history(child_id),
                    services.placement.assessments(child_id))

        self._child_read.run(work, lambda loaded: self._show_child(child_id, *loaded),
                             self.tr("Reading the child's placements…"))

    def _show_child(self, child_id: int, detail: Any, history: Any, assessments: Any) -> None:
        self.timeline.set_history(history, assessments)
        self.child_id = child_id
        level = detail.data.level.text(self.host.lang()) if detail.data.level else self.tr("not assessed")
        self.child_label.setText(self.tr("{0} — level: {1}").format(detail.data.name, level))
        self.timeline_view.resizeColumnsToContents()
        for button in self.buttons.values():
            button.setEnabled(True)

    def assess(self) -> None:
        if self.child_id is not None:
            from ui.placement.assessment_dialog import AssessmentDialog

            AssessmentDialog(self.host, self.child_id, self).open()

    def place(self) -> None:
        if self.child_id is not None:
            from ui.placement.placement_dialog import PlacementDialog

            PlacementDialog(self.host, self.child_id, self).open()

    def hold_sitting(self) -> QWidget:
        from ui.placement.sitting_dialog import CommitteeSittingDialog

        dialog = CommitteeSittingDialog(self.host, self)
        dialog.open()
        return dialog

    def open_child(self) -> None:
        if self.child_id is not None:
            from ui.child_form import ChildForm

            ChildForm.open_existing(self.host, self.child_id, self)
