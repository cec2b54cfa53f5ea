"""儿童名册 page: filter bar, lazily paged table, commands on the selected child."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.results.registry import RegistryFilter
from ui import prefs
from ui.edit_menu import RevertTarget
from ui.errors import show_error
from ui.pages import Host
from ui.registry.columns import COLUMNS, INITIAL_WIDTHS
from ui.registry.filter_bar import FilterBar
from ui.registry.model import RegistryModel

HIDDEN_KEY = "registry/hidden_columns"
HEADER_KEY = "registry/header_state"


class RegistryPage(QWidget):
    counts_changed = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        services = host.services
        lang = host.lang()
        title = QLabel(self.tr("Children register"))
        title.setProperty("role", "pageTitle")
        self.filter_bar = FilterBar(services.reference, lang)
        self.model = RegistryModel(services.registry, lang, self, services.compliance)
        self.table = QTableView()
        self.table.setObjectName("registryTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Fixed row heights: the view never measures rows, so a model reset costs the same at any size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        # Keyboard: Down from the search box into the list, Enter opens the child, Delete asks to archive.
        self.table.installEventFilter(self)
        self._restore_columns()

        self.loading_label = QLabel()
        self.loading_label.setObjectName("loadingLabel")
        buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("new", self.tr("New child")),
            ("edit", self.tr("Open")),
            ("assess", self.tr("Assess")),
            ("place", self.tr("Place")),
            ("records", self.tr("五有 file…")),
            ("print", self.tr("Print…")),
            ("history", self.tr("History")),
            ("archive", self.tr("Archive…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"registry_{key}")
            button.clicked.connect(self._handlers()[key])
            buttons.addWidget(button)
            self.action_buttons[key] = button
        buttons.addStretch(1)
        buttons.addWidget(self.loading_label)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.filter_bar.files_incomplete_changed.connect(self.model.set_files_incomplete)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.filter_bar.search.installEventFilter(self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.loading_changed.connect(
            lambda busy: self.loading_label.setText(self.tr("Searching…") if busy else "")
        )
        self._reselect: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync_buttons())
        self.host.changes.connect(self.apply_changes)
        # The first page is queried in the background: the window appears at once and the rows
        # follow (~0.1 s at 100,000 children) instead of the window waiting for them.
        self.model.reload()
        self._sync_buttons()

    # ---- Page protocol -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def commands(self) -> dict[str, Callable[[], None]]:
        return {
            "new_child": self.new_child,
            "find": self.focus_search,
            "export": self.export,
            "refresh": self.refresh,
            "print_batch": self.print_batch,
            "import": self.import_lists,
        }

    def status_text(self) -> str:
        shown = self.model.total
        if self.model.filter == RegistryFilter():
            return self.tr("{0} children").format(shown)
        return self.tr("{0} children match the filter").format(shown)

    def open_with(self, **options: Any) -> None:
        wanted = options.get("filter")
        if isinstance(wanted, RegistryFilter):
            self.filter_bar.apply(wanted, str(options.get("description", "")))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.CHILDREN, Change.PLACEMENTS, Change.RECORDS, Change.REFERENCE):
            self.model.reload()

    def save_state(self) -> None:
        header = self.table.horizontalHeader()
        store = prefs.prefs()
        store.setValue(HEADER_KEY, header.saveState())
        store.setValue(HIDDEN_KEY, [c.key for i, c in enumerate(COLUMNS) if header.isSectionHidden(i)])

    # ---- columns -----------------------------------------------------------------------------------

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = prefs.prefs().value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
        hidden = prefs.string_list(HIDDEN_KEY)
        for i, column in enumerate(COLUMNS):
            header.setSectionHidden(
                i, (column.key in hidden) if hidden is not None else not column.visible_by_default
            )
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        if not (isinstance(state, QByteArray) and not state.isEmpty()):
            for i, column in enumerate(COLUMNS):
                header.resizeSection(i, INITIAL_WIDTHS.get(column.key, 100))

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        """A column the database cannot order by (family flags) keeps the current order and its arrow."""
        if self.model.column(section).sort_key is None:
            column, order = self.model.sort_state()
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            self.host.show_status(self.tr("The register cannot be sorted by this column."))

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for i, column in enumerate(COLUMNS):
            action = QAction(column.title(), menu)
            action.setObjectName(f"column_{column.key}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, section=i: self.set_column_visible(section, on))
            menu.addAction(action)
        return menu

    def set_column_visible(self, section: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(section, not visible)
        self.save_state()

    # ---- keyboard ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, plain = event.key(), event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if watched is self.filter_bar.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and plain:
            self.enter_list()
            return True
        if watched is self.table and plain:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_child_id() is not None:
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete and self.selected_child_id() is not None:
                self.archive_selected()  # asks for the reason first; nothing is deleted
                return True
            if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.focus_search()  # back up to the search box from the first row
                return True
        return super().eventFilter(watched, event)

    def enter_list(self) -> None:
        """Move from the search box to the list, on the chosen row or the first one."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_child_id() is None:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))

    # ---- selection and commands ----------------------------------------------------------------------

    def revert_target(self) -> RevertTarget | None:
        """编辑 → 撤销上一次保存 acts on the selected child."""
        child_id = self.selected_child_id()
        return RevertTarget("children", child_id) if child_id is not None else None

    def selected_child_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.child_id(rows[0].row()) if rows else None

    def select_child(self, child_id: int) -> bool:
        self._reselect = child_id
        row = self.model.row_of(child_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "new": self.new_child,
            "edit": self.edit_selected,
            "assess": self.assess_selected,
            "place": self.place_selected,
            "records": self.records_selected,
            "print": self.print_selected,
            "history": self.history_selected,
            "archive": self.archive_selected,
        }

    def _sync_buttons(self) -> None:
        chosen = self.selected_child_id() is not None
        for key, button in self.action_buttons.items():
            button.setEnabled(key == "new" or chosen)

    def _remember_selection(self) -> None:
        chosen = self.selected_child_id()
        if chosen is not None:
            self._reselect = chosen

    def _loaded(self) -> None:
        if self._reselect is not None:
            self.select_child(self._reselect)  # keep the child chosen when the view refreshes
        self._sync_buttons()
        self.counts_changed.emit()

    def _row_menu(self, pos: QPoint) -> None:
        if self.selected_child_id() is None:
            return
        menu = QMenu(self)
        for key, button in self.action_buttons.items():
            if key != "new":
                menu.addAction(button.text(), self._handlers()[key])
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def new_child(self) -> None:
        from ui.child_form import ChildForm

        ChildForm.open_new(self.host, self)

    def edit_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.child_form import ChildForm

            ChildForm.open_existing(self.host, child_id, self)

    def assess_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.placement.assessment_dialog import AssessmentDialog

            AssessmentDialog(self.host, child_id, self).open()

    def place_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.placement.placement_dialog import PlacementDialog

            PlacementDialog(self.host, child_id, self).open()

    def records_selected(self) -> None:
        """The child's 五有 file and 五送 visits (scheme, plan, lessons, assessments, archive)."""
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.records.dialog import ChildRecordsDialog

            dialog = ChildRecordsDialog(self.host, child_id, self)
            dialog.finished.connect(lambda _r: self.model.reload())  # the 五有 marks may have changed
            dialog.open()

    def print_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.printing.preview_dialog import PrintPreviewDialog

            PrintPreviewDialog(self.host, child_id, self).open()

    def import_lists(self) -> None:
        """The import wizard (children lists and the agencies' lists for 三查)."""
        from ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.host, self)  # its commits reach every page through the hub
        wizard.open()

    def print_batch(self) -> None:
        """Every child of the current view, one PDF each or merged, in the background."""
        from ui.printing.batch_dialog import BatchPrintDialog

        wanted = self.model.filter
        if self.model.files_incomplete:
            wanted = wanted.with_changes(child_ids=tuple(self.host.services.compliance.incomplete_children()))
        BatchPrintDialog(self.host, wanted, self).open()

    def history_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.history_dialog import HistoryDialog

            HistoryDialog(self.host, child_id, self).open()

    def archive_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            from ui.child_form import archive_child

            archive_child(self.host, child_id, self)

    def export(self) -> None:
        from ui.registry.export import export_view

        export_view(self.host, self, self.model, self._visible_columns())

    def _visible_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        return sorted(
            (i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)), key=header.visualIndex
        )
