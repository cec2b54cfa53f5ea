"""First run on an empty database: choose the county (province → city → county, or search), then its profile.

The lists come from the official divisions shipped in the package (``App.county``); creating
the county's townships and villages runs in the background (``run`` is the caller's way of
running work off the GUI thread: the start-up's blocking runner or a page's host).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.county import AUTHORITY_SUFFIXES, check_profile
from special_ed.errors import SpecialEdError, ValidationError
from ui.errors import describe

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

Runner = Callable[[Callable[[Any], Any], str], Any]


class CountySetupDialog(QDialog):
    """Pick a county and fill in its profile; on accept the county is created (``result`` holds the outcome)."""

    def __init__(self, services: Any, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countySetupDialog")
        self.setWindowTitle(self.tr("Set up your county"))
        self.services = services
        self._run = run
        self.result_value: Any = None
        county = services.county

        intro = QLabel(
            self.tr(
                "Choose the county (district) this database keeps. Its townships and villages are created "
                "from the official division codes (National Bureau of Statistics, 2023)."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("countySearch")
        self.search.setPlaceholderText(self.tr("Search by name or code, e.g. 巫山 or 500237"))
        self.province = QComboBox()
        self.province.setObjectName("provinceCombo")
        self.city = QComboBox()
        self.city.setObjectName("cityCombo")
        for division in county.provinces():
            self.province.addItem(division.name, division.code)
        self.counties = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.counties)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setObjectName("countyList")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        pick = QGroupBox(self.tr("County"))
        pick_layout = QVBoxLayout(pick)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Province")))
        row.addWidget(self.province, 1)
        row.addWidget(QLabel(self.tr("City")))
        row.addWidget(self.city, 1)
        pick_layout.addWidget(self.search)
        pick_layout.addLayout(row)
        pick_layout.addWidget(self.list, 1)

        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.authority = QComboBox()
        self.authority.setObjectName("profileAuthority")
        self.authority.setEditable(True)
        self.centre = QLineEdit()
        self.centre.setObjectName("profileCentre")
        self.phone = QLineEdit()
        self.phone.setObjectName("profilePhone")
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCounty")
        profile = QGroupBox(self.tr("County profile (editable later in Settings)"))
        form = QFormLayout(profile)
        form.addRow(self.tr("Chosen"), self.chosen)
        form.addRow(self.tr("County name"), self.name)
        form.addRow(self.tr("Issuing authority"), self.authority)
        form.addRow(self.tr("Special-education centre"), self.centre)
        form.addRow(self.tr("Office phone"), self.phone)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the county"))
        ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(pick, 3)
        body.addWidget(profile, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(960, 560)

        self.code = ""
        self.province.currentIndexChanged.connect(self._province_changed)
        self.city.currentIndexChanged.connect(self._city_changed)
        self.search.textChanged.connect(self._search_changed)
        self.list.selectionModel().currentChanged.connect(self._county_changed)
        self._province_changed()

    # ---- choosing ------------------------------------------------------------------------------

    def _province_changed(self) -> None:
        self.city.blockSignals(True)
        self.city.clear()
        for division in self.services.county.cities(self.province.currentData() or ""):
            self.city.addItem(division.name, division.code)
        self.city.blockSignals(False)
        self._city_changed()

    def _fill(self, rows: list[tuple[str, str]]) -> None:
        self.counties.clear()
        for code, label in rows:
            item = QStandardItem(f"{label}（{code}）")
            item.setData(code, CODE_ROLE)
            self.counties.appendRow(item)

    def _city_changed(self) -> None:
        if self.search.text().strip():
            return
        city = self.city.currentData() or ""
        self._fill([(d.code, d.name) for d in self.services.county.counties(city)])

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._city_changed()
            return
        self._fill([(p.county.code, p.display) for p in self.services.county.search(text)])

    def _county_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = str(current.data(CODE_ROLE) or "")
        if not code:
            return
        self.select_code(code)

    def select_code(self, code: str) -> None:
        suggested = self.services.county.suggested_profile(code)
        self.code = code
        self.chosen.setText(f"{suggested.full_name}（{code}）")
        self.name.setText(suggested.name)
        self.authority.clear()
        self.authority.addItems([f"{suggested.name}{suffix}" for suffix in AUTHORITY_SUFFIXES])
        self.authority.setCurrentText(suggested.issuing_authority)
        self.centre.setText(suggested.centre_name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.message.clear()

    # ---- creating ------------------------------------------------------------------------------

    def _create(self) -> None:
        name, authority = self.name.text().strip(), self.authority.currentText().strip()
        centre, phone = self.centre.text().strip(), self.phone.text().strip()
        issues = check_profile(name, authority, centre, phone)
        if issues:
            self.message.setText(describe(ValidationError(issues)))
            return
        county, code = self.services.county, self.code

        def work(progress: Any) -> Any:
            result = county.init_county(code, issuing_authority=authority, centre_name=centre, phone=phone,
                                        progress=progress)  # fmt: skip
            if name != result.profile.name:
                county.save_profile(name, authority, centre, phone)
            return result

        try:
            self.result_value = self._run(work, self.tr("Creating the county's townships and villages…"))
        except SpecialEdError as exc:
            self.message.setText(describe(exc))
            return
        self.accept()
