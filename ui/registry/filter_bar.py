"""The registry's filter bar: search box (debounced) and one control per filterable field.

Emits ``filter_changed(RegistryFilter)``; the choices (townships, villages, schools) come
from the reference service once, when the bar is built.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import Category, ChildStatus, FamilyFlag, Level, Placement, SchoolKind
from special_ed.results.registry import RegistryFilter
from ui.operations import Operation

NONE_LEVEL = "__unassessed__"
NONE_PLACEMENT = "__unplaced__"


class FilterBar(QWidget):
    filter_changed = Signal(object)  # RegistryFilter
    files_incomplete_changed = Signal(bool)  # 五有 incomplete: resolved by the model from the records
    choices_loaded = Signal()  # townships and schools are in their combo boxes

    DEBOUNCE_MS = 250

    def __init__(self, reference: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._lang = lang
        self._base = RegistryFilter()  # constraints set by other pages (e.g. the school-age range)
        self._quiet = False

        self.search = QLineEdit()
        self.search.setObjectName("registrySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, pinyin initials (hxy) or ID digits…"))
        self.search.setMinimumWidth(260)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.township = self._combo("townshipFilter", self.tr("All townships"))
        self.village = self._combo("villageFilter", self.tr("All villages"))
        self.school = self._combo("schoolFilter", self.tr("All schools"))
        self.level = self._combo("levelFilter", self.tr("All levels"))
        for level in Level:
            self.level.addItem(level.text(lang), level.value)
        self.level.addItem(self.tr("Not assessed"), NONE_LEVEL)
        self.category = self._combo("categoryFilter", self.tr("All disabilities"))
        for category in Category:
            self.category.addItem(category.text(lang), category.value)
        self.placement = self._combo("placementFilter", self.tr("All placements"))
        for placement in Placement:
            self.placement.addItem(placement.text(lang), placement.value)
        self.placement.addItem(self.tr("Not placed"), NONE_PLACEMENT)
        self.status = self._combo("statusFilter", self.tr("All statuses"))
        for status in ChildStatus:
            self.status.addItem(status.text(lang), status.value)
        self.flag_boxes: dict[FamilyFlag, QCheckBox] = {}
        flags_row = QHBoxLayout()
        flags_row.setContentsMargins(0, 0, 0, 0)
        for flag in FamilyFlag:
            box = QCheckBox(flag.text(lang))
            box.setObjectName(f"flag_{flag.value}")
            box.toggled.connect(self._emit)
            self.flag_boxes[flag] = box
            flags_row.addWidget(box)
        self.files_incomplete = QCheckBox(self.tr("Files incomplete"))
        self.files_incomplete.setObjectName("filesIncompleteFilter")
        self.files_incomplete.setToolTip(self.tr("Home-taught children whose 五有 file this term is not complete"))
        self.files_incomplete.toggled.connect(self.files_incomplete_changed)
        flags_row.addWidget(self.files_incomplete)
        self.archived = QCheckBox(self.tr("Include archived"))
        self.archived.setObjectName("archivedFilter")
        self.archived.toggled.connect(self._emit)
        flags_row.addWidget(self.archived)
        flags_row.addStretch(1)

        self.base_label = QLabel()
        self.base_label.setObjectName("baseFilterLabel")
        self.base_label.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self.township.currentIndexChanged.connect(self._township_changed)
        self._load_choices()
        for combo in (self.village, self.school, self.level, self.category, self.placement, self.status):
            combo.currentIndexChanged.connect(self._emit)

        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for combo in (self.township, self.village, self.school):
            first.addWidget(combo, 1)
        second = QHBoxLayout()
        for combo in (self.level, self.category, self.placement, self.status):
            second.addWidget(combo)
        second.addLayout(flags_row, 1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.base_label)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(6)
        combo.setMaxVisibleItems(20)
        return combo

    def _load_choices(self) -> None:
        """Townships and the county-wide schools come from the database in the background, so that the
        window shows without waiting for them (the first query of a process also pays SQLAlchemy's
        statement compilation, ~0.1 s)."""
        reference = self._reference
        self._pending_township: int | None = None
        self._pending_village: int | None = None
        self._pending_school: int | None = None

        def work(_progress: object) -> tuple[list[Any], list[Any]]:
            return reference.townships(), reference.schools(SchoolKind.SPECIAL)

        def done(result: tuple[list[Any], list[Any]]) -> None:
            if not shiboken6.isValid(self):
                return
            townships, schools = result
            self.township.blockSignals(True)
            for t in townships:
                self.township.addItem(t.name, t.id)
            self.township.blockSignals(False)
            if self._pending_township is not None:
                self._set(self.township, self._pending_township)
                self._fill_villages_and_schools()
                self._set(self.village, self._pending_village)
                self._set(self.school, self._pending_school)
            else:
                self._fill_combo(self.school, schools)
            self._pending_township = self._pending_village = self._pending_school = None
            self.choices_loaded.emit()

        self.choices = Operation(None, work, done, delay_ms=None)

    def _fill_villages_and_schools(self) -> None:
        township_id = self.township.currentData()
        self._fill_combo(self.village, self._reference.villages(township_id) if township_id is not None else [])
        self._fill_combo(self.school, self._reference.schools(None, township_id) if township_id is not None
                         else self._reference.schools(SchoolKind.SPECIAL))

    def _fill_combo(self, combo: QComboBox, items: list[Any]) -> None:
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for item in items:
            combo.addItem(item.name, item.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def _township_changed(self, _index: int) -> None:
        self._fill_villages_and_schools()
        self._emit()

    # ---- building the filter -----------------------------------------------------------------------

    def current_filter(self) -> RegistryFilter:
        level = self.level.currentData()
        placement = self.placement.currentData()
        loading = self.choices.running and self._pending_township is not None
        return self._base.with_changes(
            text=self.search.text().strip(),
            township_id=self._pending_township if loading else self.township.currentData(),
            village_id=self._pending_village if loading else self.village.currentData(),
            school_id=self._pending_school if loading else self.school.currentData(),
            level=Level(level) if level not in (None, NONE_LEVEL) else None,
            unassessed=level == NONE_LEVEL,
            category=Category(self.category.currentData()) if self.category.currentData() else None,
            placement=Placement(placement) if placement not in (None, NONE_PLACEMENT) else None,
            unplaced=placement == NONE_PLACEMENT,
            status=ChildStatus(self.status.currentData()) if self.status.currentData() else None,
            flags=frozenset(f for f, box in self.flag_boxes.items() if box.isChecked()),
            include_archived=self.archived.isChecked(),
        )

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self._debounce.stop()
            self.filter_changed.emit(self.current_filter())

    def flush(self) -> None:
        """Apply a pending search at once (Enter key, tests)."""
        if self._debounce.isActive():
            self._emit()

    def clear(self) -> None:
        self.apply(RegistryFilter())

    def apply(self, wanted: RegistryFilter, description: str = "") -> None:
        """Set every control from a filter (e.g. a coverage bar that opens the registry) and emit once."""
        self._quiet = True
        try:
            # What has no control of its own (a report's age range, "placed", statuses, a list of
            # children) stays in the base filter and is named by the label above the table.
            self._base = RegistryFilter(
                school_age_on=wanted.school_age_on,
                age_min=wanted.age_min,
                age_max=wanted.age_max,
                child_ids=wanted.child_ids,
                placed=wanted.placed,
                statuses=wanted.statuses,
            )
            self.search.setText(wanted.text)
            if self.choices.running:  # townships not loaded yet: apply them when they arrive
                self._pending_township = wanted.township_id
                self._pending_village = wanted.village_id
                self._pending_school = wanted.school_id
            else:
                self._set(self.township, wanted.township_id)
                self._fill_villages_and_schools()
                self._set(self.village, wanted.village_id)
                self._set(self.school, wanted.school_id)
            self._set(
                self.level,
                NONE_LEVEL if wanted.unassessed else (wanted.level.value if wanted.level else None),
            )
            self._set(self.category, wanted.category.value if wanted.category else None)
            self._set(
                self.placement,
                NONE_PLACEMENT if wanted.unplaced else (wanted.placement.value if wanted.placement else None),
            )
            self._set(self.status, wanted.status.value if wanted.status else None)
            for flag, box in self.flag_boxes.items():
                box.setChecked(flag in wanted.flags)
            self.archived.setChecked(wanted.include_archived)
            has_base = self._base != RegistryFilter()
            self.base_label.setText(description or self.tr("Limited to the children of a report"))
            self.base_label.setVisible(has_base)
        finally:
            self._quiet = False
        self._emit()

    @staticmethod
    def _set(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(index if index >= 0 else 0)
