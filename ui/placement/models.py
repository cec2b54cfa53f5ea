"""Read-only table models of the placement page: reviews due, and one child's placement timeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from special_ed.results.placement import AssessmentItem, PlacementItem, ReviewDue

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _ReadOnlyTable(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles()):
            return self.titles()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ReviewsModel(_ReadOnlyTable):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Placement"), self.tr("Review due"), self.tr("Overdue"))

    def cell(self, row: ReviewDue, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.placement.text(self.lang) if row.placement else self.tr("Deferred entry")
        if column == 2:
            return row.review_due.isoformat()
        if row.overdue_days > 0:
            return self.tr("{0} days overdue").format(row.overdue_days)
        return self.tr("due in {0} days").format(-row.overdue_days)

    def extra(self, row: ReviewDue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.overdue_days > 0:
            return QBrush(QColor("#b00020"))
        if role == ID_ROLE:
            return row.child_id
        return None

    def overdue(self) -> int:
        return sum(1 for r in self._rows if r.overdue_days > 0)


class TimelineModel(_ReadOnlyTable):
    """Placements and assessments of one child, newest first, as one timeline."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def set_history(self, placements: list[PlacementItem], assessments: list[AssessmentItem]) -> None:
        events: list[tuple[date, int, Any]] = [(p.effective_date, 1, p) for p in placements]
        events += [(a.assessed_on, 0, a) for a in assessments]
        events.sort(key=lambda e: (e[0], e[1]), reverse=True)
        self.set_rows([e[2] for e in events])

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Event"), self.tr("Details"))

    def cell(self, row: PlacementItem | AssessmentItem, column: int) -> str:
        if isinstance(row, AssessmentItem):
            if column == 0:
                return row.assessed_on.isoformat()
            if column == 1:
                return self.tr("Assessment: {0}").format(row.level.text(self.lang))
            return self.tr("recommended {0}; members: {1}; tools: {2}").format(
                row.recommended.text(self.lang), row.members or "—", row.tools or "—"
            )
        if column == 0:
            end = row.end_date.isoformat() if row.end_date else self.tr("now")
            return f"{row.effective_date.isoformat()} — {end}"
        if column == 1:
            return self.tr("Placement: {0}").format(row.kind.text(self.lang))
        parts = [row.school]
        if row.class_name:
            parts.append(row.class_name)
        if row.team:
            parts.append(self.tr("team {0}").format(row.team))
        if row.recommended is not None and row.recommended is not row.kind:
            parts.append(
                self.tr("differs from the recommended {0}: {1}").format(
                    row.recommended.text(self.lang), row.reason
                )
            )
        if row.review_due and row.end_date is None:
            parts.append(self.tr("review due {0}").format(row.review_due.isoformat()))
        return "；".join(p for p in parts if p)

    def extra(self, row: Any, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and isinstance(row, PlacementItem)
            and row.end_date is not None
        ):
            return QBrush(QColor("#777777"))
        return None
