"""Compliance page: required vs delivered home teaching per child, team, school and township; due list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.compliance import Totals
from special_ed.progress import Progress
from special_ed.results.compliance import ComplianceReport, DueRow
from ui.operations import Latest
from ui.pages import WorkHost
from ui.records.common import from_qdate, lang, show_error, to_qdate
from ui.records.table import GOOD, SORT_ROLE, WARN, Column, RowsModel


@dataclass(frozen=True)
class ComplianceRow:
    name: str
    township: str
    team: str
    totals: Totals
    child_id: int | None = None

    @property
    def reasons(self) -> str:
        return "、".join(f"{r.text(lang())}×{n}" for r, n in self.totals.cancel_reasons.most_common())


LEVELS = ("children", "teams", "schools", "townships")

# What the figures and the due list are computed from: any commit touching these refreshes them
# (a saved schedule writes visits; a records form, a placement or the norms change what is due).
SHOWN = (Change.VISITS, Change.RECORDS, Change.CHILDREN, Change.PLACEMENTS, Change.SETTINGS, Change.REFERENCE)


def compliance_columns() -> list[Column[ComplianceRow]]:

    def short(r: ComplianceRow) -> Any:
        return WARN if r.totals.shortfall_visits or r.totals.shortfall_hours else GOOD

    return [
        Column(QCoreApplication.translate("Records", "Child, team, school or township"), lambda r: r.name),
        Column(QCoreApplication.translate("Records", "Township"), lambda r: r.township),
        Column(QCoreApplication.translate("Records", "Team"), lambda r: r.team),
        Column(
            QCoreApplication.translate("Records", "Children counted"), lambda r: len(r.totals.children), numeric=True
        ),
        Column(
            QCoreApplication.translate("Records", "Children short"),
            lambda r: len(r.totals.children_short),
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Visits required"),
            lambda r: r.totals.required_visits,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Visits delivered"),
            lambda r: r.totals.delivered_visits,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Visits short"),
            lambda r: r.totals.shortfall_visits,
            numeric=True,
            background=short,
        ),
        Column(
            QCoreApplication.translate("Records", "Class hours required"),
            lambda r: r.totals.required_hours,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Class hours delivered"),
            lambda r: r.totals.delivered_hours,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Records", "Class hours short"),
            lambda r: r.totals.shortfall_hours,
            numeric=True,
            background=short,
        ),
        Column(
            QCoreApplication.translate("Records", "Cancelled"), lambda r: r.totals.cancelled, numeric=True
        ),
        Column(QCoreApplication.translate("Records", "Make-ups"), lambda r: r.totals.makeups, numeric=True),
        Column(
            QCoreApplication.translate("Records", "Not logged"), lambda r: r.totals.not_logged, numeric=True
        ),
        Column(QCoreApplication.translate("Records", "Reasons for missed visits"), lambda r: r.reasons),
    ]


def rows_of(report: ComplianceReport, level: str) -> list[ComplianceRow]:
    if level == "children":
        return [ComplianceRow(c.name, c.township, c.team, c.totals, c.child_id) for c in report.children]
    groups = {"teams": report.teams, "schools": report.schools, "townships": report.townships}[level]
    return [ComplianceRow(g.name, "", "", g.totals) for g in groups]


class DueListWidget(QWidget):
    """``DueListWidget(host, parent)``: what is due this week and what is overdue, for the home view.

    Refreshes itself whenever a commit touches what it is computed from."""

    open_child = Signal(int)

    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueList")
        self.host = host
        self.app = host.services
        self.background = Latest(self, host.run)
        self.model = RowsModel[DueRow](
            [
                Column(
                    QCoreApplication.translate("Records", "Due or overdue"),
                    lambda r: (
                        QCoreApplication.translate("Records", "Overdue")
                        if r.item.overdue
                        else QCoreApplication.translate("Records", "Due")
                    ),
                    background=lambda r: WARN if r.item.overdue else None,
                    sort=lambda r: f"{0 if r.item.overdue else 1}{r.item.due.isoformat()}",
                ),
                Column(QCoreApplication.translate("Records", "Date"), lambda r: r.item.due.isoformat()),
                Column(QCoreApplication.translate("Records", "Child"), lambda r: r.child_name),
                Column(QCoreApplication.translate("Records", "Team"), lambda r: r.team),
                Column(QCoreApplication.translate("Records", "Township"), lambda r: r.township),
                Column(QCoreApplication.translate("Records", "What"), lambda r: r.item.message(lang())),
            ],
            parent=self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        self.view.setObjectName("dueTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # overdue first, oldest first
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by child, team or township"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        host.changes.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN):
            self.refresh()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        show_error(self, exc)

    def refresh(self) -> None:
        due_list = self.app.compliance.due_list
        self.background.run(
            lambda _p: due_list(),
            self.show_rows,
            self.tr("Checking what is due…"),
            self._failed,
        )

    def show_rows(self, rows: list[DueRow]) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.item.overdue)
        self.summary.setText(
            self.tr("{0} overdue, {1} due this week or month").format(overdue, len(rows) - overdue)
        )

    def _open(self, index: Any) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.open_child.emit(row.child_id)
        self.open_records(row.child_id)

    def open_records(self, child_id: int) -> None:
        from ui.records.dialog import ChildRecordsDialog

        ChildRecordsDialog(self.host, child_id, self).open()  # its saves refresh us through host.changes


class CompliancePage(QWidget):
    """``CompliancePage(host, parent)``: the compliance table by level, and the due/overdue list.

    Recomputed whenever a commit touches what it counts — a saved schedule, a logged visit, a
    placement, the norms — whoever made it."""

    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compliancePage")
        self.host = host
        self.app = app = host.services
        self.report: ComplianceReport | None = None
        self.background = Latest(self, host.run)
        title = QLabel(self.tr("Home teaching against the norms"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.term = QComboBox()
        self.term.setObjectName("complianceTerm")
        today = app.ctx.today()
        for t in app.compliance.terms():
            if t.start <= today:
                self.term.addItem(t.name, t.name)
        self.term.setCurrentIndex(max(0, self.term.findData(app.compliance.term(as_of=today).name)))
        self.as_of = QDateEdit(to_qdate(today))
        self.as_of.setObjectName("complianceAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.level = QComboBox()
        self.level.setObjectName("complianceLevel")
        for key, text in zip(
            LEVELS,
            (self.tr("By child"), self.tr("By team"), self.tr("By school"), self.tr("By township")),
            strict=True,
        ):
            self.level.addItem(text, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter"))
        quick = QPushButton(self.tr("Log a team's day…"))
        quick.setObjectName("quickEntry")
        quick.clicked.connect(self.quick_entry)
        self.term.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.level.currentIndexChanged.connect(lambda _i: self.show_level())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for label, widget in (
            (self.tr("Term:"), self.term),
            (self.tr("As of:"), self.as_of),
            ("", self.level),
        ):
            if label:
                top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.search)
        top.addWidget(quick)
        self.summary = QLabel()
        self.summary.setObjectName("complianceSummary")
        self.summary.setWordWrap(True)
        self.summary.setToolTip(
            self.tr(
                "Shortfalls are added up child by child and month by month: visits beyond the norm in one "
                "month or for one child do not make up for another, so the shortfall can exceed "
                "required minus delivered."
            )
        )
        self.model = RowsModel(compliance_columns(), parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("complianceTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open)
        self.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # the largest shortfall first
        self.due = DueListWidget(host)
        due_box = QGroupBox(self.tr("Due this week / overdue"))
        QVBoxLayout(due_box).addWidget(self.due)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(due_box)
        split.setSizes([440, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        host.changes.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN):
            self.refresh()  # the due list refreshes itself

    def _failed(self, exc: BaseException, _trace: str) -> None:
        show_error(self, exc)

    def refresh(self) -> None:
        term = self.term.currentData()
        as_of = from_qdate(self.as_of.date()) or self.app.ctx.today()
        compliance = self.app.compliance

        def work(_progress: Progress) -> ComplianceReport:
            return compliance.report(term, as_of)

        self.background.run(
            work, self.show_report, self.tr("Computing compliance…"), self._failed
        )

    def show_report(self, report: ComplianceReport) -> None:
        self.report = report
        c = report.county
        reasons = "、".join(f"{r.text(lang())} {n}" for r, n in c.cancel_reasons.most_common())
        self.summary.setText(
            self.tr(
                "{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. "
                "Visits {delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); "
                "{cancelled} cancelled ({reasons}), {makeups} made up, {not_logged} planned but not logged."
            ).format(
                term=report.term,
                start=report.start.isoformat(),
                end=report.end.isoformat(),
                children=len(c.children),
                short=len(c.children_short),
                delivered=c.delivered_visits,
                required=c.required_visits,
                svisits=c.shortfall_visits,
                dh=c.delivered_hours,
                rh=c.required_hours,
                sh=c.shortfall_hours,
                cancelled=c.cancelled,
                reasons=reasons or "—",
                makeups=c.makeups,
                not_logged=c.not_logged,
            )
        )
        self.show_level()

    def show_level(self) -> None:
        if self.report is None:
            return
        level = self.level.currentData()
        self.model.set_rows(rows_of(self.report, level))
        child_level = level == "children"
        self.view.setColumnHidden(1, not child_level)
        self.view.setColumnHidden(2, not child_level)
        self.view.setColumnHidden(3, child_level)
        self.view.setColumnHidden(4, child_level)

    def _open(self, index: Any) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        if row.child_id is not None:
            self.due.open_records(row.child_id)

    def quick_entry(self) -> None:
        from ui.records.quick_entry import QuickEntryDialog

        QuickEntryDialog(self.host, None, self.app.ctx.today(), self).open()  # saves arrive as changes
