"""方案 tab: the individual education scheme of one school year — present levels, goals, supports, agreement."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import GoalKind
from special_ed.domain.records import Goal, Scheme
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, lang, read, to_qdate, write
from ui.records.delegates import ChoiceDelegate, DateDelegate
from ui.records.tab_base import RecordsTab
from ui.records.table import WARN, Column, RowsModel


def goal_columns() -> list[Column[Goal]]:

    def set_date(g: Goal, v: Any) -> Goal:
        return dataclasses.replace(g, target_date=from_qdate(v) if isinstance(v, QDate) else None)

    return [
        Column(
            QCoreApplication.translate("Records", "Kind"),
            lambda g: g.kind.text(lang()),
            lambda g, v: dataclasses.replace(g, kind=GoalKind(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Domain"),
            lambda g: g.domain,
            lambda g, v: dataclasses.replace(g, domain=str(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Goal"),
            lambda g: g.text,
            lambda g, v: dataclasses.replace(g, text=str(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Measurable criterion"),
            lambda g: g.criterion,
            lambda g, v: dataclasses.replace(g, criterion=str(v)),
            tooltip=lambda g: (
                ""
                if g.criterion.strip()
                else QCoreApplication.translate("Records", "Every goal needs a measurable criterion")
            ),
            background=lambda g: None if g.criterion.strip() else WARN,
        ),
        Column(
            QCoreApplication.translate("Records", "Target date"),
            lambda g: g.target_date.isoformat() if g.target_date else "",
            set_date,
        ),
        Column(
            QCoreApplication.translate("Records", "Responsible"),
            lambda g: g.responsible,
            lambda g, v: dataclasses.replace(g, responsible=str(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Term"),
            lambda g: g.term,
            lambda g, v: dataclasses.replace(g, term=str(v or "")),
        ),
    ]


class SchemeTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        app = self.app
        self.settings = app.ctx.settings()
        self.scheme: Scheme | None = None
        years = sorted({self._year_of(t.start) for t in self.settings.terms}, reverse=True)
        self.year = QComboBox()
        self.year.setObjectName("schemeYear")
        for y in years:
            self.year.addItem(f"{y}–{y + 1}", y)
        current = self._year_of(app.ctx.today())
        if current in years:
            self.year.setCurrentIndex(years.index(current))
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.status = QLabel()
        self.status.setObjectName("schemeStatus")
        copy = QPushButton(self.tr("Copy last year's scheme"))
        copy.setObjectName("copyScheme")
        copy.clicked.connect(self.copy_last_year)
        save = QPushButton(self.tr("Save scheme"))
        save.setObjectName("saveScheme")
        save.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("School year:")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        top.addWidget(copy)
        top.addWidget(save)

        # present levels, one box per configured domain
        self.levels: dict[str, QPlainTextEdit] = {}
        levels_box = QGroupBox(self.tr("Present levels by domain"))
        grid = QGridLayout(levels_box)
        for i, domain in enumerate(self.settings.scheme_domains):
            edit = QPlainTextEdit()
            edit.setObjectName(f"level_{i}")
            edit.setFixedHeight(46)
            self.levels[domain] = edit
            grid.addWidget(QLabel(domain), (i // 2), (i % 2) * 2)
            grid.addWidget(edit, (i // 2), (i % 2) * 2 + 1)

        # goals
        self.goals = RowsModel(goal_columns(), parent=self)
        self.goals_view = QTableView()
        self.goals_view.setObjectName("goalsTable")
        self.goals_view.setModel(self.goals)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((80, 90, 200, 220, 95, 80, 130)):
            self.goals_view.setColumnWidth(col, width)
        self.goals_view.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda: [(k.value, k.text(lang())) for k in GoalKind], self)
        )
        self.goals_view.setItemDelegateForColumn(
            1, ChoiceDelegate(lambda: [(d, d) for d in self.settings.scheme_domains], self)
        )
        self.goals_view.setItemDelegateForColumn(4, DateDelegate(lambda: QDate.currentDate(), self))
        self.goals_view.setItemDelegateForColumn(
            6,
            ChoiceDelegate(
                lambda: [("", self.tr("(any term)")), *[(n, n) for n in self._year_terms()]], self
            ),
        )
        add_long = QPushButton(self.tr("Add long-term goal"))
        add_long.setObjectName("addLongGoal")
        add_long.clicked.connect(lambda: self.add_goal(GoalKind.LONG_TERM))
        add_term = QPushButton(self.tr("Add term goal"))
        add_term.setObjectName("addTermGoal")
        add_term.clicked.connect(lambda: self.add_goal(GoalKind.TERM))
        remove = QPushButton(self.tr("Remove goal"))
        remove.clicked.connect(self.remove_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(add_long)
        goal_buttons.addWidget(add_term)
        goal_buttons.addWidget(remove)
        goal_buttons.addStretch(1)
        goals_box = QGroupBox(self.tr("Goals (double-click a cell to edit)"))
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals_view)
        goals_layout.addLayout(goal_buttons)

        # supports, notes and the guardian's agreement
        self.supports = QPlainTextEdit()
        self.implementation = QPlainTextEdit()
        self.transition = QPlainTextEdit()
        self.team_members = QLineEdit()
        for edit in (self.supports, self.implementation, self.transition):
            edit.setFixedHeight(44)
        self.agreed = QCheckBox(self.tr("Guardian agreed on"))
        self.agreed.setObjectName("guardianAgreed")
        self.agreed_on = QDateEdit()
        self.agreed_on.setCalendarPopup(True)
        self.agreed_on.setDisplayFormat("yyyy-MM-dd")
        self.guardian = QLineEdit()
        self.guardian.setObjectName("guardianName")
        self.reviewed = QCheckBox(self.tr("Reviewed on"))
        self.reviewed_on = QDateEdit()
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setDisplayFormat("yyyy-MM-dd")
        agreement = QHBoxLayout()
        agreement.addWidget(self.agreed)
        agreement.addWidget(self.agreed_on)
        agreement.addWidget(QLabel(self.tr("Guardian:")))
        agreement.addWidget(self.guardian, 1)
        agreement.addWidget(self.reviewed)
        agreement.addWidget(self.reviewed_on)
        form = QFormLayout()
        form.addRow(self.tr("Supports and aids"), self.supports)
        form.addRow(self.tr("Implementation notes"), self.implementation)
        form.addRow(self.tr("Transition"), self.transition)
        form.addRow(self.tr("Team members"), self.team_members)
        form.addRow(self.tr("Agreement"), agreement)
        other = QWidget()
        other.setLayout(form)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(levels_box)
        upper_layout.addWidget(other)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(upper)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(goals_box)
        split.addWidget(scroll)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.load()

    # ---- data --------------------------------------------------------------------------------

    def _year_of(self, day: date) -> int:
        return day.year if day >= self.settings.reference_date(day.year) else day.year - 1

    def _year_terms(self) -> list[str]:
        year = int(self.year.currentData())
        return [t.name for t in self.settings.terms if self._year_of(t.start) == year]

    def load(self) -> Operation[Scheme | None]:
        year, records, child_id = int(self.year.currentData()), self.app.records, self.child_id
        return read(self.reader, lambda: records.scheme(child_id, year), lambda s: self._loaded(year, s))

    def _loaded(self, year: int, scheme: Scheme | None) -> None:
        self.scheme = scheme
        s = self.scheme or Scheme(self.child_id, year)
        for domain, edit in self.levels.items():
            edit.setPlainText(s.present_levels.get(domain, ""))
        self.goals.set_rows(list(s.goals))
        self.supports.setPlainText(s.supports)
        self.implementation.setPlainText(s.implementation)
        self.transition.setPlainText(s.transition)
        self.team_members.setText(s.team_members)
        self.agreed.setChecked(s.guardian_agreed_on is not None)
        self.agreed_on.setDate(to_qdate(s.guardian_agreed_on or self.app.ctx.today()))
        self.guardian.setText(s.guardian_name)
        self.reviewed.setChecked(s.reviewed_on is not None)
        self.reviewed_on.setDate(to_qdate(s.reviewed_on or self.app.ctx.today()))
        if self.scheme is None:
            self.status.setText(self.tr("No scheme for this school year yet."))
        else:
            self.status.setText(self.tr("{0} goals").format(len(s.goals)))

    def current(self) -> Scheme:
        year = int(self.year.currentData())
        base = self.scheme or Scheme(self.child_id, year)
        return dataclasses.replace(
            base,
            present_levels={
                d: e.toPlainText().strip() for d, e in self.levels.items() if e.toPlainText().strip()
            },
            goals=tuple(self.goals.rows),
            supports=self.supports.toPlainText().strip(),
            implementation=self.implementation.toPlainText().strip(),
            transition=self.transition.toPlainText().strip(),
            team_members=self.team_members.text().strip(),
            guardian_agreed_on=from_qdate(self.agreed_on.date()) if self.agreed.isChecked() else None,
            guardian_name=self.guardian.text().strip(),
            reviewed_on=from_qdate(self.reviewed_on.date()) if self.reviewed.isChecked() else None,
        )

    def add_goal(self, kind: GoalKind) -> None:
        domain = self.settings.scheme_domains[0]
        terms = self._year_terms()
        term = next((t.name for t in self.settings.terms if t.start <= self.app.ctx.today() <= t.end), "")
        self.goals.append(
            Goal(kind, domain, "", "", term=term if kind is GoalKind.TERM and term in terms else "")
        )
        index = self.goals.index(len(self.goals.rows) - 1, 2)
        self.goals_view.setCurrentIndex(index)
        self.goals_view.edit(index)

    def remove_goal(self) -> None:
        index = self.goals_view.currentIndex()
        if index.isValid():
            self.goals.remove(index.row())

    def save(self) -> Operation[Scheme]:
        scheme, records = self.current(), self.app.records
        return write(self.host, self, lambda: records.save_scheme(scheme), self._saved)

    def _saved(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self.load()
        self.saved.emit()

    def copy_last_year(self) -> Operation[object]:
        child_id, year, records = self.child_id, int(self.year.currentData()), self.app.records
        return write(self.host, self, lambda: records.copy_last_year(child_id, year), self._copied)

    def _copied(self, _result: object) -> None:
        self.load()
        self.saved.emit()
