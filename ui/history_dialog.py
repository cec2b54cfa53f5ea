"""A child's audit history: who changed what, when (the child's row and the rows that belong to it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from special_ed.formatting import Names, action_label, format_changes, table_label
from special_ed.results.children import HistoryEntry
from ui.errors import show_error
from ui.pages import Host

ModelIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry], lang: str, names: Names | None = None) -> None:
        super().__init__()
        self._entries = entries
        self._lang = lang
        self._names = names or {}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def _changes(self, e: HistoryEntry, role: int) -> str:
        text = format_changes(e.table, e.changes, self._lang, resolve=self._resolve, action=e.action)
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
            return text[:119] + "…"  # the tooltip has it all
        return text

    def _resolve(self, table: str, row_id: int) -> str | None:
        return self._names.get((table, row_id))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                e.at.strftime("%Y-%m-%d %H:%M"),
                e.user,
                table_label(e.table, self._lang),
                action_label(e.action, self._lang),
                self._changes(e, role),
            )[index.column()]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return (
                self.tr("When"),
                self.tr("Who"),
                self.tr("Record"),
                self.tr("Action"),
                self.tr("Changes"),
            )[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )


class HistoryDialog(QDialog):
    def __init__(self, host: Host, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        try:
            name = host.services.children.get(child_id).data.name
            entries = host.services.children.history(child_id)
            names = host.services.children.history_names(entries, host.lang())
        except Exception as exc:
            show_error(parent, exc)
            name, entries, names = "", [], {}
        self.setWindowTitle(self.tr("History of {0}").format(name))
        self.model = HistoryModel(entries, host.lang(), names)
        self.view = QTableView()
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(820, 420)
