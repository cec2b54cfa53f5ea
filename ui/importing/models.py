"""Table models of the import wizard and the 三查 page (model/view, never QTableWidget)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from special_ed.formatting import field_label
from special_ed.importing.columns import FIELDS, ColumnMapping
from special_ed.importing.reference_kinds import ReferenceKind
from special_ed.importing.reports import detail_text
from special_ed.importing.validation import REJECTED, VALID, WARNED, ValidatedRow
from special_ed.importing.values import cell_text
from special_ed.results.checks import OPEN, FindingItem
from special_ed.results.imports import Decision, Duplicate, Resolution
from ui import prefs

Index = QModelIndex | QPersistentModelIndex
ERROR_BG = QBrush(QColor("#f8d7da"))
WARNING_BG = QBrush(QColor("#fff3cd"))
OK_BG = QBrush(QColor("#d1e7dd"))


def field_choices(lang: str) -> list[tuple[str, str]]:
    """(field key, label) for the mapping combo boxes; "" means the column is not imported."""
    none = QCoreApplication.translate("MappingModel", "(not imported)")
    return [("", none), *((f.key, f.label if lang == "zh" else f.label_en) for f in FIELDS)]


def reference_field_choices(kind: ReferenceKind, lang: str) -> list[tuple[str, str]]:
    """(field key, label) of a reference list's columns, for the same combo boxes."""
    none = QCoreApplication.translate("MappingModel", "(not imported)")
    return [("", none), *((f.key, f.label if lang == "zh" else f.label_en) for f in kind.fields)]


def child_field_label(name: str, lang: str) -> str:
    return field_label("children", name, lang)


class MappingModel(QAbstractTableModel):
    """One line per file column: its header, sample values, and the field it feeds (editable)."""

    def __init__(
        self,
        mapping: ColumnMapping,
        samples: list[list[str]],
        parent: Any = None,
        choices: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mapping = mapping
        self.samples = samples
        self.choices = dict(choices if choices is not None else field_choices(prefs.language()))
        self.headers = (self.tr("Column in the file"), self.tr("Examples"), self.tr("Maps to field"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mapping.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        key = self.mapping.fields.get(row, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.mapping.columns[row] or self.tr("(no heading)")
            if col == 1:
                return "、".join(s[row] for s in self.samples if row < len(s) and s[row])[:60]
            return key if role == Qt.ItemDataRole.EditRole else self.choices[key]
        if role == Qt.ItemDataRole.BackgroundRole and col == 2 and key:
            return OK_BG
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        self.mapping.assign(index.row(), str(value) or None)
        # Assigning a field may unmap it elsewhere: refresh the whole column.
        self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))
        return True


class PreviewModel(QAbstractTableModel):
    """Validated rows: row number, outcome, reasons, then the file's own cells, colour-coded per cell."""

    FIXED = 3  # row number, outcome, reasons; then the file's columns

    def __init__(self, rows: list[ValidatedRow], mapping: ColumnMapping, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.mapping = mapping
        self.lang = prefs.language()
        self.fixed = (self.tr("Row"), self.tr("Outcome"), self.tr("Problems"))
        self.status_text = {
            VALID: self.tr("valid"),
            WARNED: self.tr("warning"),
            REJECTED: self.tr("rejected"),
        }
        self._cell_issues: dict[int, dict[int, tuple[bool, str]]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.mapping.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section < self.FIXED:
            return self.fixed[section]
        return self.mapping.columns[section - self.FIXED]

    def _issues_by_column(self, r: int) -> dict[int, tuple[bool, str]]:
        cached = self._cell_issues.get(r)
        if cached is None:
            cached = {}
            for issue in self.rows[r].issues:
                col = self.mapping.column_of(issue.field)
                if col is None:
                    continue
                had_error, text = cached.get(col, (False, ""))
                message = issue.message(self.lang)
                cached[col] = (had_error or issue.is_error, f"{text}\n{message}" if text else message)
            self._cell_issues[r] = cached
        return cached

    def _problems(self, row: ValidatedRow) -> list[str]:
        """Why a row is rejected comes first, each marked, so that a long warning before it cannot
        push the reason out of the column (it was readable only by hovering)."""
        errors = [i for i in row.issues if i.is_error]
        warnings = [i for i in row.issues if not i.is_error]
        return [self.tr("rejected: {0}").format(i.message(self.lang)) for i in errors] + [
            self.tr("warning: {0}").format(i.message(self.lang)) if errors else i.message(self.lang)
            for i in warnings
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        fixed = self.FIXED
        status = row.status
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.row
            if col == 1:
                return self.status_text[status]
            if col == 2:
                return "；".join(self._problems(row))
            cells = row.cells
            return cell_text(cells[col - fixed]) if col - fixed < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in (1, 2):
                return {REJECTED: ERROR_BG, WARNED: WARNING_BG}.get(status)
            if col >= fixed:
                hit = self._issues_by_column(index.row()).get(col - fixed)
                if hit is not None:
                    return ERROR_BG if hit[0] else WARNING_BG
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return "\n".join(self._problems(row)) or None
            hit = self._issues_by_column(index.row()).get(col - fixed) if col >= fixed else None
            return hit[1] if hit else None
        if role == Qt.ItemDataRole.UserRole:
            return status
        return None


class StatusFilter(QSortFilterProxyModel):
    """Show all rows, or only those with a given outcome."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wanted: str | None = None

    def set_wanted(self, status: str | None) -> None:
        self.beginFilterChange()
        self.wanted = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.wanted is None:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 1, source_parent).data(Qt.ItemDataRole.UserRole) == self.wanted)


class DuplicatesModel(QAbstractTableModel):
    """Each differing field of each duplicate row, with a tick for "take the file's value"."""

    def __init__(self, duplicates: dict[int, Duplicate], parent: Any = None) -> None:
        super().__init__(parent)
        self.duplicates = duplicates
        self.lang = prefs.language()
        self.headers = (
            self.tr("Row"), self.tr("Name"), self.tr("Duplicates"), self.tr("Field"), self.tr("Current value"),
            self.tr("Value in the file"), self.tr("Take the file's value"),
        )  # fmt: skip
        self.lines: list[tuple[Duplicate, str, str, str]] = [
            (d, diff.field, diff.current, diff.incoming) for d in duplicates.values() for diff in d.diffs
        ]
        self.take: set[tuple[int, str]] = set()
        for dup in duplicates.values():
            default = dup.default_decision()
            self.take |= {(dup.row, name) for name in default.take}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 6 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        dup, name, current, incoming = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 2:
                if dup.child_id is not None:
                    return self.tr("the recorded child")
                return self.tr("row {0} of the file").format(dup.first_row)
            values: list[Any] = [
                dup.row,
                dup.name,
                None,
                child_field_label(name, self.lang),
                current,
                incoming,
                None,
            ]
            return values[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 6:
            taken = (dup.row, name) in self.take
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and col in (4, 5):
            taken = (dup.row, name) in self.take
            return OK_BG if (col == 5) == taken else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 6 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        dup, name, *_ = self.lines[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self.take.add((dup.row, name))
        else:
            self.take.discard((dup.row, name))
        self.dataChanged.emit(self.index(index.row(), 4), self.index(index.row(), 6))
        return True

    def set_all(self, take: bool) -> None:
        """Keep everything as it is (take=False) or replace with the file's values (take=True)."""
        self.beginResetModel()
        self.take = {(d.row, name) for d, name, *_ in self.lines} if take else set()
        self.endResetModel()

    def decisions(self) -> dict[int, Decision]:
        out: dict[int, Decision] = {}
        for dup in self.duplicates.values():
            chosen = frozenset(name for row, name in self.take if row == dup.row)
            out[dup.row] = Decision(Resolution.MERGE, chosen) if chosen else Decision(Resolution.KEEP)
        return out


class FindingModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[FindingItem] = []
        self.lang = prefs.language()
        self.headers = (
            self.tr("Township"), self.tr("Finding"), self.tr("Name"), self.tr("Resident ID"), self.tr("Age"),
            self.tr("Details"), self.tr("Finding status"), self.tr("Follow-up"),
        )  # fmt: skip

    def set_items(self, items: list[FindingItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 7:
                return "、".join(u.step.text(self.lang) for u in item.follow_ups) or self.tr("not yet")
            kind = item.kind.label if self.lang == "zh" else item.kind.label_en
            status = self.tr("open") if item.status == OPEN else self.tr("resolved")
            values: list[Any] = [
                item.township, kind, item.name, item.resident_id, item.detail.get("age"),
                detail_text(item.kind, item.detail), status,
            ]  # fmt: skip
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 6:
            return ERROR_BG if item.status == OPEN else OK_BG
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and item.resolution:
            return item.resolution
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
