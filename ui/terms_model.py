"""Editable table of school terms (name, first day, last day) for the settings editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.editable_rows import EditableRowsModel, ModelIndex

KEYS = ("name", "start", "end")


class TermsModel(EditableRowsModel):
    """Rows are plain dicts as stored in the settings (dates as YYYY-MM-DD text, checked on save)."""

    def __init__(self, terms: list[dict[str, str]]) -> None:
        super().__init__()
        self._rows = [dict(t) for t in terms]

    def terms(self) -> list[dict[str, str]]:
        return [dict(t) for t in self._rows]

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"name": "", "start": "", "end": ""})
        self.endInsertRows()
        return row

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Term"), self.tr("First day"), self.tr("Last day"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self._rows[index.row()].get(KEYS[index.column()], ""))
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self._rows):
            return False
        self._rows[index.row()][KEYS[index.column()]] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
