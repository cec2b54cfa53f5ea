"""计划 tab: the term plan — month by month topics tied to goals, planned visits and class hours."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.records import PlanMonth, TermPlan
from special_ed.domain.school_calendar import months_between
from special_ed.results.revert import RevertResult
from ui.edit_menu import RevertTarget
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import read, write
from ui.records.tab_base import RecordsTab
from ui.records.table import Column, RowsModel


def _int(v: Any) -> int:
    try:
        return max(0, int(str(v).strip() or 0))
    except ValueError:
        return 0


def _float(v: Any) -> float:
    try:
        return max(0.0, float(str(v).strip() or 0))
    except ValueError:
        return 0.0


class PlanTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        app = self.app
        self.settings = app.ctx.settings()
        self.plan: TermPlan | None = None
        self.goal_names: dict[int, str] = {}
        self.term = QComboBox()
        self.term.setObjectName("planTerm")
        for t in self.settings.terms:
            self.term.addItem(t.name, t.name)
        current = app.compliance.term(as_of=app.ctx.today()).name
        self.term.setCurrentIndex(max(0, self.term.findData(current)))
        self.term.currentIndexChanged.connect(lambda _i: self.load())
        save = QPushButton(self.tr("Save plan"))
        save.setObjectName("savePlan")
        save.clicked.connect(self.save)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Term:")))
        top.addWidget(self.term)
        top.addWidget(self.status, 1)
        top.addWidget(save)
        self.months = RowsModel[PlanMonth](
            [
                Column(
                    QCoreApplication.translate("Records", "Month"), lambda pm: f"{pm.year}-{pm.month:02d}"
                ),
                Column(
                    QCoreApplication.translate("Records", "Topics"),
                    lambda pm: pm.topics,
                    lambda pm, v: dataclasses.replace(pm, topics=str(v)),
                ),
                Column(
                    QCoreApplication.translate("Records", "Goals"),
                    lambda pm: "；".join(self.goal_names.get(g, f"#{g}") for g in pm.goal_ids),
                ),
                Column(
                    QCoreApplication.translate("Records", "Planned visits"),
                    lambda pm: pm.planned_visits,
                    lambda pm, v: dataclasses.replace(pm, planned_visits=_int(v)),
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("Records", "Planned class hours"),
                    lambda pm: pm.planned_hours,
                    lambda pm, v: dataclasses.replace(pm, planned_hours=_float(v)),
                    numeric=True,
                ),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("planMonths")
        self.view.setModel(self.months)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._show_goals)
        self.goal_list = QStandardItemModel(self)
        self.goal_list.itemChanged.connect(self._goal_toggled)
        goals_view = QListView()
        goals_view.setObjectName("planGoals")
        goals_view.setModel(self.goal_list)
        goals_box = QGroupBox(self.tr("Goals worked on in the selected month"))
        QVBoxLayout(goals_box).addWidget(goals_view)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(goals_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.load()

    def _term(self) -> Any:
        return next(t for t in self.settings.terms if t.name == self.term.currentData())

    def load(self) -> Operation[tuple[dict[int, str], TermPlan | None]]:
        term = self._term()
        year = (
            term.start.year
            if term.start >= self.settings.reference_date(term.start.year)
            else term.start.year - 1
        )
        records, child_id, name = self.app.records, self.child_id, term.name
        return read(
            self.reader,
            lambda: (records.goal_names(child_id, year), records.term_plan(child_id, name)),
            lambda result: self._loaded(term, *result),
        )

    def _loaded(self, term: Any, goal_names: dict[int, str], plan: TermPlan | None) -> None:
        self.goal_names, self.plan = goal_names, plan
        have = {(m.year, m.month): m for m in (self.plan.months if self.plan else ())}
        norms = self.settings.visit_norms
        rows = [
            have.get(
                (y, mo),
                PlanMonth(
                    y, mo, "", (), norms.visits_per_month, norms.visits_per_month * norms.hours_per_visit
                ),
            )
            for y, mo in months_between(term.start, term.end)
        ]
        self.months.set_rows(rows)
        self.status.setText(
            self.tr("Saved plan")
            if self.plan
            else self.tr("No plan for this term yet: fill in the months and save.")
        )
        if rows:
            self.view.selectRow(0)
        self._show_goals(self.view.currentIndex(), QModelIndex())

    def _show_goals(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        chosen = set(self.months.row(current.row()).goal_ids) if current.isValid() else set()
        for goal_id, text in self.goal_names.items():
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(goal_id, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if goal_id in chosen else Qt.CheckState.Unchecked)
            item.setEnabled(current.isValid())
            self.goal_list.appendRow(item)
        self.goal_list.blockSignals(False)

    def _goal_toggled(self, _item: QStandardItem) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        chosen = tuple(
            int(self.goal_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.goal_list.rowCount())
            if self.goal_list.item(i).checkState() == Qt.CheckState.Checked
        )
        self.months.replace(index.row(), dataclasses.replace(self.months.row(index.row()), goal_ids=chosen))

    def save(self) -> Operation[TermPlan]:
        plan = TermPlan(
            self.child_id,
            self._term().name,
            tuple(m for m in self.months.rows if m.topics.strip() or m.goal_ids),
            self.plan.id if self.plan else None,
            self.plan.version if self.plan else None,
        )
        records = self.app.records
        return write(self.host, self, lambda: records.save_term_plan(plan), self._saved)

    def _saved(self, plan: TermPlan) -> None:
        self.plan = plan
        self.load()
        self.saved.emit()

    def revert_target(self) -> RevertTarget | None:
        """编辑 → 撤销上一次保存: this term's plan (the version shown)."""
        if self.plan is None or self.plan.id is None:
            return None
        return RevertTarget("term_plans", self.plan.id, self.plan.version, self._reverted)

    def _reverted(self, _result: RevertResult) -> None:
        self.load()
        self.saved.emit()
