"""The 三查 report page: run the cross-check, read findings per township, record 两问一访 follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.importing.crosscheck import FindingKind
from special_ed.results.checks import OPEN, RESOLVED, FindingItem, Step
from ui import prefs
from ui.file_dialogs import start_path
from ui.importing.models import FindingModel
from ui.importing.wizard import error_text
from ui.operations import Latest, Operation
from ui.pages import WorkHost

if TYPE_CHECKING:
    from special_ed.importing.check_service import CheckService


class FindingFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = OPEN
        self.township = ""
        self.kind: FindingKind | None = None

    def set_filter(self, status: str | None, township: str, kind: FindingKind | None) -> None:
        self.beginFilterChange()
        self.status, self.township, self.kind = status, township, kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingModel)
        item = model.items[source_row]
        return (
            (self.status is None or item.status == self.status)
            and (not self.township or item.township == self.township)
            and (self.kind is None or item.kind is self.kind)
        )


class CheckPage(QWidget):
    """三查: ``CheckPage(host, parent)``. Reads and writes run through ``host.run``; the page reloads
    whenever a commit touches imported lists or findings (an import in the wizard, a follow-up)."""

    # the window's status bar repeats status_text(); without this it kept "0 open" after a run
    counts_changed = Signal()

    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.app = host.services
        self.lang = prefs.language()
        self.items: list[FindingItem] = []
        self.task: Operation[Any] | None = None
        self.loading = Latest(self, host.run)
        host.changes.connect(self.apply_changes)

        self.lists_label = QLabel()
        self.lists_label.setWordWrap(True)
        run = QPushButton(self.tr("Run the cross-check"))
        run.clicked.connect(self.run_check)
        export = QPushButton(self.tr("Export report…"))
        export.clicked.connect(self._export)
        self.summary = QLabel()
        self.status_filter = QComboBox()
        for label, status in (
            (self.tr("Open findings"), OPEN),
            (self.tr("Resolved findings"), RESOLVED),
            (self.tr("All findings"), None),
        ):
            self.status_filter.addItem(label, status)
        self.township_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds of finding"), None)
        for kind in FindingKind:
            self.kind_filter.addItem(kind.label if self.lang == "zh" else kind.label_en, kind.value)
        for combo in (self.status_filter, self.township_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

        top = QHBoxLayout()
        top.addWidget(run)
        top.addWidget(export)
        top.addWidget(self.summary, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.township_filter)
        top.addWidget(self.kind_filter)

        self.model = FindingModel(self)
        self.proxy = FindingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        for col, width in enumerate((84, 176, 60, 150, 40, 240, 56, 110)):
            self.view.setColumnWidth(col, width)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self._follow_up_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([920, 340])

        layout = QVBoxLayout(self)
        layout.addWidget(self.lists_label)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.reload()

    @property
    def service(self) -> CheckService:
        """``App.check``, built on first use: by the first load, on the worker (its modules take a while)."""
        return self.app.check

    # -- hooks the main window looks for (ui.pages.Page) ----------------------------------------
    def commands(self) -> dict[str, Callable[[], None]]:
        return {"export": self._export, "refresh": self.run_check}

    def status_text(self) -> str:
        return self.summary.text()

    # -- the follow-up panel ----------------------------------------------------------------
    def _follow_up_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Follow-up (two questions, one visit)"))
        self.selected_label = QLabel(self.tr("Choose a finding on the left"))
        self.selected_label.setWordWrap(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.step = QComboBox()
        for step in Step:
            self.step.addItem(step.text(self.lang), step.value)
        self.done_on = QDateEdit()
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        today = self.app.ctx.today()
        self.done_on.setDate(QDate(today.year, today.month, today.day))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("e.g. Director Wang of the village committee / teacher Li"))
        self.result = QPlainTextEdit()
        self.result.setPlaceholderText(self.tr("What was learned"))
        self.result.setMaximumHeight(70)
        add = QPushButton(self.tr("Add follow-up"))
        add.clicked.connect(self._add_follow_up)
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(
            self.tr("Conclusion, e.g. “in school in another province with the parents”")
        )
        resolve = QPushButton(self.tr("Mark as resolved"))
        resolve.clicked.connect(self._resolve)
        reopen = QPushButton(self.tr("Reopen"))
        reopen.clicked.connect(self._reopen)
        self.register_button = QPushButton(self.tr("Register as a child…"))
        self.register_button.setObjectName("registerFromFinding")
        self.register_button.setToolTip(self.tr("Open the child form filled in from the agency lists"))
        self.register_button.clicked.connect(self.register_child)
        self.panel_message = QLabel()
        self.panel_message.setWordWrap(True)
        self.panel_message.setStyleSheet("color: #b02a37")
        form = QFormLayout()
        form.addRow(self.tr("Step"), self.step)
        form.addRow(self.tr("Date"), self.done_on)
        form.addRow(self.tr("Checked by"), self.who)
        form.addRow(self.tr("Result"), self.result)
        layout = QVBoxLayout(box)
        layout.addWidget(self.selected_label)
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        layout.addWidget(add)
        layout.addWidget(self.resolution)
        row = QHBoxLayout()
        row.addWidget(resolve)
        row.addWidget(reopen)
        row.addWidget(self.register_button)
        layout.addLayout(row)
        layout.addWidget(self.panel_message)
        return box

    # -- data ---------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.IMPORTS, Change.CHILDREN, Change.REFERENCE):
            self.reload()

    def reload(self) -> Operation[Any]:
        app = self.app  # App.check is reached on the worker: the first load also builds the service
        return self.loading.run(
            lambda _p: (app.check.lists(), app.check.findings()),
            self._loaded,
            self.tr("Reading the findings…"),
            lambda exc, _t: self.summary.setText(error_text(exc)),
        )

    def _loaded(self, result: tuple[list[Any], list[FindingItem]]) -> None:
        lists, self.items = result
        if lists:
            self.lists_label.setText(
                self.tr("Lists compared: ")
                + "; ".join(
                    self.tr("{0} ({1}, {2}, {3} rows)").format(
                        s.label if self.lang == "zh" else s.label_en, name, day.isoformat(), n
                    )
                    for s, name, day, n in lists
                )
            )
        else:
            self.lists_label.setText(
                self.tr(
                    "No federation, school-register, household or poverty list imported yet; only the children's records are checked."
                )
            )
        selected = self._selected()
        self.model.set_items(self.items)
        townships = sorted({i.township for i in self.items})
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("All townships"), "")
        for name in townships:
            self.township_filter.addItem(name, name)
        self.township_filter.setCurrentIndex(max(0, self.township_filter.findData(current)))
        self.township_filter.blockSignals(False)
        open_count = sum(1 for i in self.items if i.status == OPEN)
        self.summary.setText(
            self.tr("{0} open, {1} resolved").format(str(open_count), str(len(self.items) - open_count))
        )  # fmt: skip
        self.counts_changed.emit()
        self._apply_filter()
        if selected is not None:
            self.select(selected.id)

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_filter(
            self.status_filter.currentData(),
            self.township_filter.currentData() or "",
            FindingKind(kind) if kind else None,
        )

    def select(self, finding_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == finding_id:
                self.view.setCurrentIndex(index)
                return

    def _selected(self) -> FindingItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        finding_id = index.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.items if i.id == finding_id), None)

    def _show_selected(self) -> None:
        item = self._selected()
        self.history.clear()
        self.panel_message.clear()
        if item is None:
            self.selected_label.setText(self.tr("Choose a finding on the left"))
            return
        kind = item.kind.label if self.lang == "zh" else item.kind.label_en
        self.selected_label.setText(f"{item.township} · {item.name} · {kind}")
        # only a child no register knows can be registered from here
        self.register_button.setEnabled(item.kind is FindingKind.DROPOUT_SUSPECTED and item.child_id is None)
        for u in item.follow_ups:
            self.history.addItem(f"{u.done_on.isoformat()} {u.step.text(self.lang)} ({u.who}): {u.result}")
        if item.status == RESOLVED:
            self.history.addItem(self.tr("Resolved: ") + item.resolution)

    # -- actions ----------------------------------------------------------------------------
    def run_check(self) -> None:
        service = self.service
        self.task = self.host.run(
            lambda _p: service.run(),
            lambda _items: None,  # the stored findings reload the page through host.changes
            self.tr("Comparing the lists with the children's records…"),
            lambda exc, _t: QMessageBox.warning(self, self.tr("The cross-check failed"), error_text(exc)),
        )

    def _add_follow_up(self) -> None:
        item = self._selected()
        if item is None:
            self.panel_message.setText(self.tr("Choose a finding first"))
            return
        chosen = self.done_on.date()
        service, step = self.service, Step(self.step.currentData())
        day = date(chosen.year(), chosen.month(), chosen.day())
        who, result = self.who.text(), self.result.toPlainText()

        def added(_r: object) -> None:  # the page reloads from the commit's IMPORTS change
            self.who.clear()
            self.result.clear()

        self._write(lambda: service.add_follow_up(item.id, step, day, who, result), added)

    def _write(self, work: Any, done: Any) -> None:
        """A write off the GUI thread; a refusal is worded in the panel, nothing written."""
        self.host.run(lambda _p: work(), done, self.tr("Saving…"),
                      lambda exc, _t: self.panel_message.setText(error_text(exc)))

    def _resolve(self) -> None:
        item = self._selected()
        if item is None:
            return
        service, text = self.service, self.resolution.text()

        def resolved(_r: object) -> None:
            self.resolution.clear()

        self._write(lambda: service.resolve(item.id, text), resolved)

    def register_child(self) -> None:
        """A child only an agency knows: the child form opens filled in; saving links the finding to the child."""
        item = self._selected()
        if item is None:
            return
        service, finding_id = self.service, item.id

        def open_form(draft: Any) -> None:
            from ui.child_form import ChildForm

            form = ChildForm(cast(Any, self.host), None, self)
            form.load(draft)
            form.saved.connect(lambda child_id: self._write(lambda: service.link_child(finding_id, child_id),
                                                            lambda _r: self.reload()))  # fmt: skip
            self.child_form = form
            form.open()

        self.host.run(lambda _p: service.draft_child(finding_id), open_form, self.tr("Reading the lists…"),
                      lambda exc, _t: self.panel_message.setText(error_text(exc)))  # fmt: skip

    def _reopen(self) -> None:
        item = self._selected()
        if item is not None:
            service = self.service
            self._write(lambda: service.reopen(item.id), lambda _r: None)

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the cross-check report"),
            start_path(self.tr("cross-check report.xlsx")),
            "Excel (*.xlsx)",
        )
        if not name:
            return
        service = self.service
        self.host.run(
            lambda _p: service.export(name),
            lambda n: QMessageBox.information(
                self, self.tr("Exported"), self.tr("{0} findings written to {1}").format(str(n), name)
            ),
            self.tr("Exporting…"),
            lambda exc, _t: QMessageBox.warning(self, self.tr("Export failed"), error_text(exc)),
        )
