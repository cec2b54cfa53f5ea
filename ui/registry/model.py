"""Lazily paged table model over the registry service.

The database filters, sorts and counts; the model holds only the pages the view has
scrolled through (``canFetchMore``/``fetchMore``). A new filter or sort order is
queried on a worker thread; results of superseded queries are dropped (generation
counter), so typing fast never shows an older result over a newer one.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from special_ed.domain.completeness import ItemMark, Mark
from special_ed.results.registry import ChildRow, Page, RegistryFilter, RegistryQuery
from ui.operations import Operation
from ui.registry.columns import COLUMNS, Column

MARK_SYMBOL = {Mark.PRESENT: "✓", Mark.INCOMPLETE: "△", Mark.MISSING: "✗"}
MARK_WORD = {
    Mark.PRESENT: lambda: QCoreApplication.translate("RegistryModel", "complete"),
    Mark.INCOMPLETE: lambda: QCoreApplication.translate("RegistryModel", "incomplete"),
    Mark.MISSING: lambda: QCoreApplication.translate("RegistryModel", "missing"),
}
MARK_COLOR = {Mark.PRESENT: "#2e7d32", Mark.INCOMPLETE: "#b26a00", Mark.MISSING: "#c62828"}
MARK_ORDER = {Mark.PRESENT: 0, Mark.INCOMPLETE: 1, Mark.MISSING: 2}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class RegistryModel(QAbstractTableModel):
    loaded = Signal()  # a (re)query finished and the first page is in
    failed = Signal(object)  # the exception of a failed query
    loading_changed = Signal(bool)
    more_loaded = Signal()  # another page was appended (scrolling)

    PAGE_SIZE = 200

    def __init__(
        self,
        registry: Any,
        lang: str = "zh",
        parent: QObject | None = None,
        compliance: Any = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        # 五有 marks per home-taught child on the loaded pages, and the "files incomplete" filter;
        # both come from the compliance service when one is given.
        self._compliance = compliance
        self._marks: dict[int, tuple[ItemMark, ...]] = {}
        self._files_incomplete = False
        self._lang = lang
        self._columns: tuple[Column, ...] = COLUMNS
        self._rows: list[ChildRow] = []
        self._total = 0
        self._filter = RegistryFilter()
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._generation = 0
        self._loading = False
        self._primed = False
        self._fetching = False
        self.last_query_ms = 0.0

    # ---- state -------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def filter(self) -> RegistryFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def column(self, section: int) -> Column:
        return self._columns[section]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def child_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, child_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == child_id), None)

    def query(self, offset: int = 0, limit: int | None = None) -> RegistryQuery:
        column = self._columns[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column.descending_flip:
            descending = not descending
        return RegistryQuery(
            self._filter, column.sort_key or "name", descending, offset, limit or self.PAGE_SIZE
        )

    # ---- re-querying -------------------------------------------------------------------------------

    def set_filter(self, new_filter: RegistryFilter) -> None:
        self._filter = new_filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._columns[column].sort_key is None:
            return  # the database cannot order by it; keep the current order
        self._sort_column, self._sort_order = column, order
        if self._primed:
            self.reload()  # before the first load the order is just remembered

    def reload(self) -> Operation[Any]:
        """Query the first page in the background; ``loaded`` fires when it is shown."""
        self._primed = True
        self._generation += 1
        generation = self._generation
        query = self.query()
        self._set_loading(True)
        started = time.perf_counter()

        load = self._loader(query)

        def work(_progress: object) -> tuple[Page, dict[int, tuple[ItemMark, ...]]]:
            return load()

        def done(result: tuple[Page, dict[int, tuple[ItemMark, ...]]]) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return  # a newer query is on its way, or the page was closed
            page, marks = result
            self.last_query_ms = (time.perf_counter() - started) * 1000
            self.beginResetModel()
            self._rows = list(page.rows)
            self._marks = dict(marks)
            self._total = page.total
            self.endResetModel()
            self._set_loading(False)
            self.loaded.emit()

        def failed(exc: BaseException, _trace: str) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            self._set_loading(False)
            self.failed.emit(exc)

        return Operation(None, work, done, failed, delay_ms=None)

    def reload_now(self) -> None:
        """Synchronous first page (start-up and tests of the model itself)."""
        self._primed = True
        self._generation += 1
        page, marks = self._loader(self.query())()
        self.beginResetModel()
        self._rows = list(page.rows)
        self._marks = dict(marks)
        self._total = page.total
        self.endResetModel()
        self.loaded.emit()

    def set_files_incomplete(self, on: bool) -> None:
        """Show only home-taught children whose 五有 file this term is incomplete."""
        self._files_incomplete = on
        self.reload()

    @property
    def files_incomplete(self) -> bool:
        return self._files_incomplete

    def marks(self, child_id: int) -> tuple[ItemMark, ...] | None:
        return self._marks.get(child_id)

    def _loader(self, query: RegistryQuery) -> Callable[[], tuple[Page, dict[int, tuple[ItemMark, ...]]]]:
        """The work of one page load, runnable on a worker thread: rows, then their 五有 marks."""
        registry, compliance, incomplete = self._registry, self._compliance, self._files_incomplete

        def load() -> tuple[Page, dict[int, tuple[ItemMark, ...]]]:
            wanted = query
            if incomplete and compliance is not None:
                ids = tuple(compliance.incomplete_children())
                wanted = dataclasses.replace(query, filter=query.filter.with_changes(child_ids=ids))
            page: Page = registry.page(wanted)
            home: Sequence[int] = [r.id for r in page.rows if r.placement == "home"]
            marks = compliance.completeness_marks(home) if compliance is not None and home else {}
            return page, marks

        return load

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # ---- lazy paging -------------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page on a worker thread (a deep page in an unindexed order can take a while);
        the rows are appended when they arrive, unless the filter or order changed meanwhile."""
        if parent.isValid() or self._fetching or len(self._rows) >= self._total:
            return
        self._fetching = True
        generation = self._generation
        load = self._loader(self.query(offset=len(self._rows)))

        def work(_progress: object) -> tuple[Page, dict[int, tuple[ItemMark, ...]]]:
            return load()

        def done(result: tuple[Page, dict[int, tuple[ItemMark, ...]]]) -> None:
            self._fetching = False
            page, marks = result
            if generation != self._generation or not shiboken6.isValid(self) or page.offset != len(self._rows):
                return
            self._marks.update(marks)
            self._append(page)

        def failed(exc: BaseException, _trace: str) -> None:
            self._fetching = False
            if generation == self._generation and shiboken6.isValid(self):
                self.failed.emit(exc)

        Operation(None, work, done, failed, delay_ms=None)

    def fetch_more_now(self) -> None:
        """Synchronous next page (tests and scripts that need the rows at once)."""
        if len(self._rows) < self._total:
            page, marks = self._loader(self.query(offset=len(self._rows)))()
            self._marks.update(marks)
            self._append(page)

    def _append(self, page: Page) -> None:
        if not page.rows:
            self._total = len(self._rows)  # the data shrank under us; stop asking
            return
        self._total = page.total
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        self.more_loaded.emit()

    # ---- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if column.key == "files":
            return self._files_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row, self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return self.tr("Archived")
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _files_data(self, row: ChildRow, role: int) -> Any:
        marks = self._marks.get(row.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if not marks:
                return ""
            return " ".join(f"{m.item.label[0]}{MARK_SYMBOL[m.mark]}" for m in marks)
        if role == Qt.ItemDataRole.ToolTipRole and marks:
            lines = []
            for m in marks:
                reasons = m.reason_text(self._lang)
                lines.append(f"{m.item.label if self._lang == 'zh' else m.item.value}: {MARK_WORD[m.mark]()}{'（' + reasons + '）' if reasons else ''}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and marks:
            worst = max((m.mark for m in marks), key=lambda k: MARK_ORDER[k])
            return QBrush(QColor(MARK_COLOR[worst]))
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
