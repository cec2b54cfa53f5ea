"""Quick entry: a team back from a day in the villages logs all its visits in one table, all or nothing."""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import CancelReason, Delivery
from special_ed.results.visits import QuickEntry
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import describe, from_qdate, lang, to_qdate, write
from ui.records.delegates import ChoiceDelegate
from ui.records.table import Column, RowsModel


def _clock(value: Any) -> time | None:
    text = str(value or "").strip().replace("：", ":")
    if not text:
        return None
    try:
        hour, minute = (int(x) for x in text.split(":"))
        return time(hour, minute)
    except ValueError:
        return None


def quick_columns(names: dict[int, str]) -> list[Column[QuickEntry]]:

    def toggle(d: Delivery) -> Column[QuickEntry]:
        def set_value(e: QuickEntry, on: Any) -> QuickEntry:
            chosen = dict(e.deliveries)
            if on:
                chosen[d] = chosen.get(d, "")
            else:
                chosen.pop(d, None)
            return dataclasses.replace(e, deliveries=chosen)

        return Column(d.text(lang()), lambda e: d in e.deliveries, set_value, check=True)

    return [
        Column(
            QCoreApplication.translate("Records", "Child"),
            lambda e: names.get(e.child_id, ""),
            lambda e, v: dataclasses.replace(e, child_id=int(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Start"),
            lambda e: f"{e.start:%H:%M}" if e.start else "",
            lambda e, v: dataclasses.replace(e, start=_clock(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "End"),
            lambda e: f"{e.end:%H:%M}" if e.end else "",
            lambda e, v: dataclasses.replace(e, end=_clock(v)),
        ),
        *[toggle(d) for d in Delivery],
        Column(
            QCoreApplication.translate("Records", "Not done because"),
            lambda e: e.cancel_reason.text(lang()) if e.cancel_reason else "",
            lambda e, v: dataclasses.replace(e, cancel_reason=CancelReason(v) if v else None),
        ),
        Column(
            QCoreApplication.translate("Records", "Guardian"),
            lambda e: e.guardian_name,
            lambda e, v: dataclasses.replace(e, guardian_name=str(v)),
        ),
        Column(
            QCoreApplication.translate("Records", "Confirmed"),
            lambda e: e.guardian_confirmed,
            lambda e, v: dataclasses.replace(e, guardian_confirmed=bool(v)),
            check=True,
        ),
    ]


SLOTS = (
    (time(8, 30), time(10, 0)),
    (time(10, 30), time(12, 0)),
    (time(14, 0), time(15, 30)),
    (time(16, 0), time(17, 30)),
)


class QuickEntryDialog(QDialog):
    def __init__(self, host: WorkHost, team_id: int | None, day: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntryDialog")
        self.setWindowTitle(self.tr("Log a team's day"))
        self.host = host
        self.app = app = host.services
        self.saved: list[Any] = []
        self.team = QComboBox()
        self.team.setObjectName("quickTeam")
        for t in app.reference.teams():
            self.team.addItem(t.name, t.id)
        if team_id is not None:
            self.team.setCurrentIndex(max(0, self.team.findData(team_id)))
        self.day = QDateEdit(to_qdate(day))
        self.day.setObjectName("quickDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.names: dict[int, str] = {}
        self.model = RowsModel[QuickEntry]([], parent=self)
        self.view = QTableView()
        self.view.setObjectName("quickTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Add child"))
        add.setObjectName("quickAdd")
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("Remove row"))
        remove.clicked.connect(self.remove_row)
        self.errors = QLabel()
        self.errors.setObjectName("quickErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Team:")))
        top.addWidget(self.team, 1)
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day)
        top.addWidget(add)
        top.addWidget(remove)
        hint = QLabel(
            self.tr(
                "One row per child visited. Tick what was delivered; for a visit that did not happen, "
                "choose the reason instead. Nothing is saved unless every row is right."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.team.currentIndexChanged.connect(lambda _i: self.load_team())
        self.load_team()
        self.resize(1050, 460)

    def load_team(self) -> None:
        team_id = self.team.currentData()
        children = self.app.visits.team_children(team_id) if team_id is not None else []
        self.names = dict(children)
        self.model.beginResetModel()  # the child column's choices change with the team
        self.model.columns = quick_columns(self.names)
        self.model.rows = []
        self.model.endResetModel()
        self.view.setItemDelegateForColumn(0, ChoiceDelegate(lambda: list(self.names.items()), self))
        reason_col = 3 + len(Delivery)
        self.view.setItemDelegateForColumn(
            reason_col,
            ChoiceDelegate(lambda: [(None, ""), *[(r.value, r.text(lang())) for r in CancelReason]], self),
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for cid, _name in children[: len(SLOTS)]:
            self.add_row(cid)

    def add_row(self, child_id: int | None = None) -> None:
        used = {e.child_id for e in self.model.rows}
        free = [cid for cid in self.names if cid not in used]
        cid = child_id if isinstance(child_id, int) else (free[0] if free else None)
        if cid is None:
            return
        start, end = SLOTS[len(self.model.rows) % len(SLOTS)]
        self.model.append(QuickEntry(cid, start, end))

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def save(self) -> Operation[list[Any]]:
        visits, team, day, rows = self.app.visits, self.team.currentData(), from_qdate(self.day.date()) or self.app.ctx.today(), list(self.model.rows)
        self.errors.clear()
        return write(self.host, self, lambda: visits.log_team_day(team, day, rows), self._saved,
                     lambda exc: self.errors.setText(describe(exc)))

    def _saved(self, saved: list[Any]) -> None:
        self.saved = saved
        self.accept()
