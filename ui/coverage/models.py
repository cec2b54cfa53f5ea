"""Table models of the coverage page: townships, the level × placement matrix, the exceptions list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from special_ed.domain.enums import Level, Placement
from special_ed.results.coverage import CoverageReport, TownshipCoverage, UncoveredChild

ModelIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # what a cell counts, to open the matching registry view
RED = QColor("#b00020")


def percent(rate: float | None) -> str:
    """A rate as shown: "—" when there is no rate (nobody of school age), never a made-up 100 %."""
    return "—" if rate is None else f"{rate:.1%}"


class _Table(QAbstractTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._rows: list[Any] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def titles(self) -> list[str]:
        raise NotImplementedError

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
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self.row_title(section)
        return None

    def row_title(self, row: int) -> str:
        return str(row + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TownshipModel(_Table):
    """One row per township plus the county total; KEY_ROLE gives (township_id, column key)."""

    COLUMNS = ("school_age", "placed", "excepted", "uncovered", "rate")

    def set_report(self, report: CoverageReport) -> None:
        self.beginResetModel()
        # a township or school user's total is theirs, not the county's
        name = self.tr("Total of {0}").format(report.scope) if report.scope else self.tr("County total")
        total = TownshipCoverage(0, name, report.school_age, report.placed, report.excepted, report.uncovered)
        self._rows = [*report.townships, total]
        self.endResetModel()

    def titles(self) -> list[str]:
        return [
            self.tr("Township"),
            self.tr("School-age"),
            self.tr("Placed"),
            self.tr("Exception recorded"),
            self.tr("Not covered"),
            self.tr("Enrolment rate"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t: TownshipCoverage = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return t.township
            key = self.COLUMNS[column - 1]
            return percent(t.enrolment_rate) if key == "rate" else str(getattr(t, key))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and t.uncovered > 0:
            return QBrush(RED)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return (t.township_id or None, self.COLUMNS[column - 1] if column > 0 else "school_age")
        return None


class MatrixModel(_Table):
    """Level (rows, plus not assessed) × placement (columns, plus not placed) for one township or the county."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.levels: list[str] = [lv.value for lv in Level] + [""]
        self.placements: list[str] = [p.value for p in Placement] + [""]
        self._cells: dict[tuple[str, str], int] = {}
        self._rows = self.levels

    def set_cells(self, cells: dict[tuple[str, str], int]) -> None:
        self.beginResetModel()
        self._cells = dict(cells)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [Placement(p).text(self.lang) if p else self.tr("Not placed") for p in self.placements] + [
            self.tr("Total")
        ]

    def row_title(self, row: int) -> str:
        level = self.levels[row]
        return Level(level).text(self.lang) if level else self.tr("Not assessed")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.levels):
            return None
        level = self.levels[index.row()]
        if index.column() == len(self.placements):
            value = sum(n for (lv, _p), n in self._cells.items() if lv == level)
            placement = None
        else:
            placement = self.placements[index.column()]
            value = self._cells.get((level, placement), 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and placement == "" and value:
            return QBrush(RED)
        if role == KEY_ROLE:
            return (level, placement)
        return None


class ExceptionsModel(_Table):
    """School-age children without an active placement; those nobody has explained are shown in red."""

    def set_rows(self, rows: list[UncoveredChild]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (bool(r.reason), r.township))
        self.endResetModel()

    def titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Township"),
            self.tr("Birth date"),
            self.tr("Level"),
            self.tr("Reason"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r: UncoveredChild = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            level = Level(r.level).text(self.lang) if r.level else self.tr("not assessed")
            reason = r.reason or self.tr("NO REASON RECORDED")
            return (r.name, r.township, r.birth_date.isoformat(), level, reason)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not r.reason:
            return QBrush(RED)
        if role == KEY_ROLE:
            return r.child_id
        return None
