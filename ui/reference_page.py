"""基础数据: townships and villages, schools, teachers and home-teaching teams — searched, edited, archived.

Each tab is a RowsModel behind a filter proxy (the search box filters every column); reads
and writes run through the host; rows are archived with a reason, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.coordinates import Datum, Point, parse_point
from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.errors import SpecialEdError
from special_ed.importing.reference_kinds import ReferenceKind
from special_ed.results.reference import SchoolItem, TeacherItem, TeamItem, TownshipItem, VillageItem
from ui.errors import describe, show_error
from ui.pages import Host
from ui.records.table import ROW_ROLE, Column, RowsModel


@dataclass(frozen=True)
class Lists:
    townships: list[TownshipItem]
    villages: list[VillageItem]
    schools: list[SchoolItem]
    teachers: list[TeacherItem]
    teams: list[TeamItem]


def _coord(lat: float | None, lon: float | None) -> str:
    return f"{lat:.5f}, {lon:.5f}" if lat is not None and lon is not None else ""


class Tab(QWidget):
    """A searchable table with a row of buttons."""

    def __init__(
        self, name: str, model: RowsModel[Any], buttons: Sequence[tuple[str, Callable[[], None]]]
    ) -> None:
        super().__init__()
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName(f"{name}Table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for label, action in buttons:
            button = QPushButton(label)
            button.clicked.connect(action)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def selected(self) -> list[Any]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(ROW_ROLE) for r in sorted(rows, key=lambda i: i.row())]


class ReferencePage(QWidget):
    counts_changed = Signal()  # the main window's status bar shows status_text()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.lang = host.lang()
        self.lists = Lists([], [], [], [], [])
        title = QLabel(self.tr("Townships, villages, schools, teachers and teams"))
        title.setProperty("role", "pageTitle")
        town_name: Callable[[int], str] = lambda tid: self._names("townships").get(tid, "")  # noqa: E731
        school_name: Callable[[int], str] = lambda sid: self._names("schools").get(sid, "")  # noqa: E731

        self.villages = Tab(
            "villages",
            RowsModel(
                [
                    Column(self.tr("Township"), lambda v: town_name(v.township_id)),
                    Column(self.tr("Village / community"), lambda v: v.name),
                    Column(self.tr("Code"), lambda v: v.code),
                    Column(self.tr("Official list"), lambda v: v.official, check=True),
                    Column(self.tr("Centre"), lambda v: _coord(v.lat, v.lon)),
                ]
            ),
            [
                (self.tr("Add village…"), self.add_village),
                (self.tr("Rename…"), self.rename_village),
                (self.tr("Merge two…"), self.merge_villages),
                (self.tr("Archive…"), lambda: self.archive("village")),
                (self.tr("Import coordinates…"), lambda: self.import_list(ReferenceKind.VILLAGES)),
            ],
        )
        self.schools = Tab(
            "schools",
            RowsModel(
                [
                    Column(self.tr("School"), lambda s: s.name),
                    Column(self.tr("Kind"), lambda s: s.kind.text(self.lang)),
                    Column(self.tr("School identifier"), lambda s: s.identifier),
                    Column(self.tr("Township"), lambda s: town_name(s.township_id)),
                    Column(self.tr("Address"), lambda s: s.address),
                    Column(self.tr("Coordinates"), lambda s: _coord(s.lat, s.lon)),
                ]
            ),
            [
                (self.tr("New school…"), lambda: self.edit_school(None)),
                (self.tr("Edit…"), self._edit_school),
                (self.tr("Archive…"), lambda: self.archive("school")),
                (self.tr("Import…"), lambda: self.import_list(ReferenceKind.SCHOOLS)),
            ],
        )
        self.teachers = Tab(
            "teachers",
            RowsModel(
                [
                    Column(self.tr("Name"), lambda t: t.name),
                    Column(self.tr("School"), lambda t: school_name(t.school_id)),
                    Column(self.tr("Role"), lambda t: t.role.text(self.lang)),
                    Column(self.tr("Phone"), lambda t: t.phone),
                    Column(self.tr("Active"), lambda t: t.active, check=True),
                    Column(
                        self.tr("Teams"),
                        lambda t: "、".join(
                            x.name for x in self.lists.teams if t.id in {m.id for m in x.members}
                        ),
                    ),
                ]
            ),
            [
                (self.tr("New teacher…"), lambda: self.edit_teacher(None)),
                (self.tr("Edit…"), self._edit_teacher),
                (self.tr("Archive…"), lambda: self.archive("teacher")),
                (self.tr("Import…"), lambda: self.import_list(ReferenceKind.TEACHERS)),
            ],
        )
        self.teams = Tab("teams", RowsModel([
            Column(self.tr("Team"), lambda t: t.name),
            Column(self.tr("School"), lambda t: school_name(t.school_id)),
            Column(self.tr("Leader"), lambda t: next((m.name for m in t.members if m.id == t.leader_id), "")),
            Column(self.tr("Members"), lambda t: "、".join(m.name for m in t.members if m.role is not TeacherRole.DRIVER)),
            Column(self.tr("Driver"), lambda t: t.driver.name if t.driver else ""),
            Column(self.tr("Townships covered"), lambda t: "、".join(town_name(x) for x in t.township_ids)),
        ]), [(self.tr("New team…"), lambda: self.edit_team(None)), (self.tr("Edit…"), self._edit_team),
             (self.tr("Archive…"), lambda: self.archive("team")),
             (self.tr("Import…"), lambda: self.import_list(ReferenceKind.TEAMS))])  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setObjectName("referenceTabs")
        self.tabs.addTab(self.villages, self.tr("Townships and villages"))
        self.tabs.addTab(self.schools, self.tr("Schools"))
        self.tabs.addTab(self.teachers, self.tr("Teachers"))
        self.tabs.addTab(self.teams, self.tr("Home-teaching teams"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        host.changes.connect(self.apply_changes)
        self.refresh()

    def _names(self, what: str) -> dict[int, str]:
        return {x.id: x.name for x in getattr(self.lists, what)}

    # ---- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        ref = self.host.services.reference

        def work(_p: Any) -> Lists:
            return Lists(ref.townships(), ref.villages(), ref.schools(), ref.teachers(), ref.teams())

        self.host.run(work, self._show, self.tr("Reading the lists…"), lambda e, t: show_error(self, e, t))

    def _show(self, lists: Lists) -> None:
        self.lists = lists
        self.villages.model.set_rows(lists.villages)
        self.schools.model.set_rows(lists.schools)
        self.teachers.model.set_rows(lists.teachers)
        self.teams.model.set_rows(lists.teams)
        self.counts_changed.emit()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.REFERENCE):
            self.refresh()

    def status_text(self) -> str:
        return self.tr("{0} townships, {1} villages, {2} schools, {3} teachers, {4} teams").format(
            len(self.lists.townships), len(self.lists.villages), len(self.lists.schools), len(self.lists.teachers),
            len(self.lists.teams))  # fmt: skip

    # ---- writing -------------------------------------------------------------------------------

    def import_list(self, kind: ReferenceKind) -> None:
        """The import wizard, opened on this tab's list (its template is one click away there)."""
        from ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.host, self)  # its commit publishes REFERENCE: apply_changes refreshes
        wizard.choose_kind(kind)
        wizard.open()
        self.wizard = wizard

    def _write(self, call: Callable[[], Any], done: str) -> None:
        def work(_p: Any) -> Any:
            return call()  # the unit of work publishes the REFERENCE change; apply_changes refreshes

        self.host.run(work, lambda _v: self.host.show_status(done), self.tr("Saving…"),
                      lambda e, t: show_error(self, e, t))  # fmt: skip

    def _pick_township(self, title: str) -> int | None:
        names = [t.name for t in self.lists.townships]
        if not names:
            return None
        name, ok = QInputDialog.getItem(self, title, self.tr("Township"), names, 0, False)
        return next((t.id for t in self.lists.townships if t.name == name), None) if ok else None

    def add_village(self) -> None:
        chosen = self.villages.selected()
        township = chosen[0].township_id if chosen else self._pick_township(self.tr("Add village"))
        if township is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Add village"), self.tr("Name of the village or community")
        )
        if ok and name.strip():
            ref = self.host.services.reference
            self._write(lambda: ref.add_village(township, name), self.tr("Village added"))

    def rename_village(self) -> None:
        chosen = self.villages.selected()
        if len(chosen) != 1:
            QMessageBox.information(self, self.tr("Rename"), self.tr("Select one village first."))
            return
        village = chosen[0]
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name"), text=village.name)
        if ok and name.strip():
            ref = self.host.services.reference
            self._write(lambda: ref.rename_village(village.id, name), self.tr("Village renamed"))

    def merge_villages(self) -> None:
        chosen = self.villages.selected()
        if len(chosen) != 2:
            QMessageBox.information(self, self.tr("Merge"), self.tr("Select the two villages to merge."))
            return
        names = [v.name for v in chosen]
        keep, ok = QInputDialog.getItem(self, self.tr("Merge"), self.tr("Keep which name?"), names, 0, False)
        if not ok:
            return
        kept = chosen[names.index(keep)]
        gone = chosen[1 - names.index(keep)]
        ref = self.host.services.reference
        self._write(lambda: ref.merge_villages(kept.id, gone.id), self.tr("Villages merged"))

    def village_centre(self) -> None:
        chosen = self.villages.selected()
        if len(chosen) != 1:
            QMessageBox.information(self, self.tr("Centre"), self.tr("Select one village first."))
            return
        village = chosen[0]
        dialog = CoordinatesDialog(self.host.services.reference, village.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.point is not None:
            ref, point = self.host.services.reference, dialog.point
            self._write(
                lambda: ref.set_village_centre(village.id, point.lat, point.lon), self.tr("Centre saved")
            )

    def archive(self, kind: str) -> None:
        tab = {
            "village": self.villages,
            "school": self.schools,
            "teacher": self.teachers,
            "team": self.teams,
        }[kind]
        chosen = tab.selected()
        if len(chosen) != 1:
            QMessageBox.information(self, self.tr("Archive"), self.tr("Select one row first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Archive"),
                                          self.tr("Why is “{0}” archived?").format(chosen[0].name))  # fmt: skip
        if ok and reason.strip():
            ref, row_id = self.host.services.reference, chosen[0].id
            self._write(lambda: ref.archive(kind, row_id, reason), self.tr("Archived"))

    def _edit_school(self) -> None:
        chosen = self.schools.selected()
        if chosen:
            self.edit_school(chosen[0])

    def edit_school(self, school: SchoolItem | None) -> None:
        dialog = SchoolDialog(self.lists.townships, school, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            ref = self.host.services.reference
            self._write(lambda: ref.save_school(**values, school_id=school.id if school else None),
                        self.tr("School saved"))  # fmt: skip

    def _edit_teacher(self) -> None:
        chosen = self.teachers.selected()
        if chosen:
            self.edit_teacher(chosen[0])

    def edit_teacher(self, teacher: TeacherItem | None) -> None:
        dialog = TeacherDialog(self.lists.schools, teacher, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            ref = self.host.services.reference
            self._write(lambda: ref.save_teacher(**values, teacher_id=teacher.id if teacher else None),
                        self.tr("Teacher saved"))  # fmt: skip

    def _edit_team(self) -> None:
        chosen = self.teams.selected()
        if chosen:
            self.edit_team(chosen[0])

    def edit_team(self, team: TeamItem | None) -> None:
        dialog = TeamDialog(self.lists, team, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            ref = self.host.services.reference
            self._write(
                lambda: ref.save_team(**values, team_id=team.id if team else None), self.tr("Team saved")
            )


def _coordinate_spins() -> tuple[QDoubleSpinBox, QDoubleSpinBox]:
    lat, lon = QDoubleSpinBox(), QDoubleSpinBox()
    for box, limit in ((lat, 90.0), (lon, 180.0)):
        box.setDecimals(5)
        box.setRange(-limit, limit)
        box.setSpecialValueText(" ")  # the minimum shows empty: no coordinate
        box.setMinimum(-limit)
        box.setValue(-limit)
    return lat, lon


def _spin_value(box: QDoubleSpinBox) -> float | None:
    return None if box.value() == box.minimum() else box.value()


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class SchoolDialog(_FormDialog):
    def __init__(self, townships: list[TownshipItem], school: SchoolItem | None, lang: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("School"), parent)
        self.setObjectName("schoolDialog")
        self.name = QLineEdit(school.name if school else "")
        self.kind = QComboBox()
        for kind in SchoolKind:
            self.kind.addItem(kind.text(lang), kind.value)
        self.identifier = QLineEdit(school.identifier if school else "")
        self.identifier.setMaxLength(10)
        self.township = QComboBox()
        for t in townships:
            self.township.addItem(t.name, t.id)
        self.address = QLineEdit(school.address if school else "")
        self.lat, self.lon = _coordinate_spins()
        if school is not None:
            self.kind.setCurrentIndex(self.kind.findData(school.kind.value))
            self.township.setCurrentIndex(self.township.findData(school.township_id))
            if school.lat is not None and school.lon is not None:
                self.lat.setValue(school.lat)
                self.lon.setValue(school.lon)
        self.form.addRow(self.tr("School"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("School identifier (10 digits, optional)"), self.identifier)
        self.form.addRow(self.tr("Township"), self.township)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Latitude"), self.lat)
        self.form.addRow(self.tr("Longitude"), self.lon)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": SchoolKind(self.kind.currentData()),
                "township_id": int(self.township.currentData()), "identifier": self.identifier.text(),
                "address": self.address.text(), "lat": _spin_value(self.lat), "lon": _spin_value(self.lon)}  # fmt: skip


class TeacherDialog(_FormDialog):
    def __init__(self, schools: list[SchoolItem], teacher: TeacherItem | None, lang: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Teacher"), parent)
        self.setObjectName("teacherDialog")
        self.name = QLineEdit(teacher.name if teacher else "")
        self.school = QComboBox()
        for s in schools:
            self.school.addItem(s.name, s.id)
        self.role = QComboBox()
        for role in TeacherRole:
            self.role.addItem(role.text(lang), role.value)
        self.phone = QLineEdit(teacher.phone if teacher else "")
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(teacher.active if teacher else True)
        if teacher is not None:
            self.school.setCurrentIndex(self.school.findData(teacher.school_id))
            self.role.setCurrentIndex(self.role.findData(teacher.role.value))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("School"), self.school)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow("", self.active)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "school_id": int(self.school.currentData()),
                "role": TeacherRole(self.role.currentData()), "phone": self.phone.text(),
                "active": self.active.isChecked()}  # fmt: skip


def _checklist(
    rows: Sequence[tuple[int, str]], checked: set[int], name: str
) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    for row_id, label in rows:
        item = QStandardItem(label)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if row_id in checked else Qt.CheckState.Unchecked)
        item.setData(row_id, ROW_ROLE)
        model.appendRow(item)
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    return view, model


def _checked(model: QStandardItemModel) -> list[int]:
    return [int(model.item(r).data(ROW_ROLE)) for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip


class TeamDialog(_FormDialog):
    def __init__(self, lists: Lists, team: TeamItem | None, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Home-teaching team"), parent)
        self.setObjectName("teamDialog")
        self.name = QLineEdit(team.name if team else "")
        self.school = QComboBox()
        for s in lists.schools:
            self.school.addItem(s.name, s.id)
        members = {m.id for m in team.members} if team else set()
        active = [t for t in lists.teachers if t.active or t.id in members]
        schools = {s.id: s.name for s in lists.schools}
        self.members_view, self.members = _checklist(
            [(t.id, f"{t.name}（{t.role.text(lang)}，{schools.get(t.school_id, '')}）") for t in active], members,
            "teamMembers")  # fmt: skip
        self.leader = QComboBox()
        for t in active:
            if t.role is not TeacherRole.DRIVER:
                self.leader.addItem(t.name, t.id)
        self.towns_view, self.towns = _checklist([(t.id, t.name) for t in lists.townships],
                                                 set(team.township_ids) if team else set(), "teamTownships")  # fmt: skip
        if team is not None:
            self.school.setCurrentIndex(self.school.findData(team.school_id))
            if team.leader_id is not None:
                self.leader.setCurrentIndex(self.leader.findData(team.leader_id))
        self.form.addRow(self.tr("Team"), self.name)
        self.form.addRow(self.tr("School (base)"), self.school)
        self.form.addRow(self.tr("Members (two teachers or more, one special-education; a driver optional)"),
                         self.members_view)  # fmt: skip
        self.form.addRow(self.tr("Leader"), self.leader)
        self.form.addRow(self.tr("Townships covered"), self.towns_view)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "school_id": int(self.school.currentData()),
                "teacher_ids": _checked(self.members), "leader_id": self.leader.currentData(),
                "township_ids": _checked(self.towns)}  # fmt: skip


class CoordinatesDialog(QDialog):
    """Paste coordinates as the map gives them; choose the map's datum; see the WGS-84 result before saving."""

    def __init__(self, reference: Any, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatesDialog")
        self.setWindowTitle(self.tr("Centre of {0}").format(place))
        self.reference = reference
        self.point: Point | None = None
        self.text = QLineEdit()
        self.text.setObjectName("coordinatesText")
        self.text.setPlaceholderText(
            self.tr("e.g. 31.07, 109.88 or 109.88,31.07 or 31°04'12\"N 109°52'48\"E")
        )
        self.datum = QComboBox()
        self.datum.setObjectName("coordinatesDatum")
        for datum in Datum:
            self.datum.addItem(datum.label, datum.value)
        self.result_label = QLabel()
        self.result_label.setObjectName("coordinatesResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Coordinates as copied"), self.text)
        form.addRow(self.tr("Copied from"), self.datum)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.bounds = reference.county_bounds()  # small: the recorded positions of the county
        self.text.textChanged.connect(self._read)
        self.datum.currentIndexChanged.connect(self._read)
        self._read()

    def _read(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.point = None
        if not self.text.text().strip():
            self.result_label.clear()
            ok.setEnabled(False)
            return
        datum = Datum(self.datum.currentData())
        try:
            point = parse_point(self.text.text(), datum, self.bounds)
        except SpecialEdError as exc:
            self.result_label.setText(describe(exc))
            ok.setEnabled(False)
            return
        self.point = point
        order = self.tr("longitude first") if point.swapped else self.tr("latitude first")
        self.result_label.setText(self.tr("Read as {0} ({1}); WGS-84: {2:.6f}, {3:.6f}").format(
            datum.label, order, point.lat, point.lon))  # fmt: skip
        ok.setEnabled(True)
