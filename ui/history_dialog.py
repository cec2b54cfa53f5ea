"""A child's audit history: who changed what, when (the child's row and the rows that belong to it)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from special_ed.messages import field_label
from special_ed.services.children import HistoryEntry
from ui.errors import show_error
from ui.pages import Host

ModelIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry], lang: str) -> None:
        super().__init__()
        self._entries = entries
        self._lang = lang

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def _table(self, name: str) -> str:
        names = {
            "children": self.tr("child"),
            "guardians": self.tr("guardian"),
            "placements": self.tr("placement"),
            "committee_assessments": self.tr("assessment"),
            "coverage_exceptions": self.tr("coverage exception"),
        }
        return names.get(name, name)

    def _action(self, action: str) -> str:
        return {
            "insert": self.tr("created"),
            "update": self.tr("changed"),
            "archive": self.tr("archived"),
            "delete": self.tr("removed"),
        }.get(action, action)

    def _changes(self, changes: dict[str, Any]) -> str:
        parts = []
        for key, value in changes.items():
            if isinstance(value, (list, tuple)) and len(value) == 2:
                old, new = value
                parts.append(f"{field_label(key, self._lang)}: {self._short(old)} → {self._short(new)}")
            else:
                parts.append(f"{field_label(key, self._lang)}: {self._short(value)}")
        return "；".join(parts)

    @staticmethod
    def _short(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        return text if len(text) <= 40 else text[:39] + "…"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                e.at.strftime("%Y-%m-%d %H:%M"),
                e.user,
                self._table(e.table),
                self._action(e.action),
                self._changes(e.changes),
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
        except Exception as exc:
            show_error(parent, exc)
            name, entries = "", []
        self.setWindowTitle(self.tr("History of {0}").format(name))
        self.model = HistoryModel(entries, host.lang())
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
