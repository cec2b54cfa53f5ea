"""Editable table model of a child's guardians (name, relation, phone), and its relation editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from special_ed.domain.child import GuardianInput
from special_ed.domain.enums import GuardianRelation
from ui.editable_rows import EditableRowsModel, ModelIndex

NAME, RELATION, PHONE = range(3)


class GuardiansModel(EditableRowsModel):
    def __init__(self, guardians: list[GuardianInput], lang: str) -> None:
        super().__init__()
        self._rows = [GuardianInput(g.name, g.relation, g.phone, g.id) for g in guardians]
        self._lang = lang

    def guardians(self) -> list[GuardianInput]:
        # ids travel with the rows, so a save updates each stored guardian instead of replacing all
        return [GuardianInput(g.name, g.relation, g.phone, g.id) for g in self._rows]

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(
            GuardianInput("", GuardianRelation.MOTHER if row == 0 else GuardianRelation.FATHER, "")
        )
        self.endInsertRows()
        return row

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Relation"), self.tr("Phone"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == NAME:
                return g.name
            if index.column() == RELATION:
                return (
                    g.relation.text(self._lang) if role == Qt.ItemDataRole.DisplayRole else g.relation.value
                )
            return g.phone
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self._rows):
            return False
        g = self._rows[index.row()]
        if index.column() == NAME:
            g.name = str(value)
        elif index.column() == RELATION:
            try:
                g.relation = GuardianRelation(str(value))
            except ValueError:
                return False
        else:
            g.phone = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class RelationDelegate(QStyledItemDelegate):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for relation in GuardianRelation:
            combo.addItem(relation.text(self._lang), relation.value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
