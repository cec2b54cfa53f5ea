"""Editor of the county's norms stored in the database: placement rules, ages, reference date,
class hour, review interval, terms. Validated by the core (every problem shown at its field);
another office's concurrent change is reported as a conflict, never overwritten."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.access import allowed
from special_ed.domain.county import AUTHORITY_SUFFIXES
from special_ed.domain.enums import Level, Placement
from special_ed.domain.settings import IDLE_LOCK_RANGE, Settings
from special_ed.errors import Issue, ValidationError
from ui.errors import show_error
from ui.field_errors import FieldErrors
from ui.pages import Host
from ui.tab_order import tidy_tab_order
from ui.terms_model import TermsModel


def _spin(name: str, lo: int, hi: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(lo, hi)
    box.setSuffix(suffix)
    box.setMaximumWidth(140)
    return box


def _days_text(days: tuple[date, ...]) -> str:
    return ", ".join(d.isoformat() for d in sorted(days))


def _days(text: str) -> list[str]:
    """"2027-01-01, 2027-02-06–2027-02-12" → every day; a bad date is left for the core to name."""
    out: list[str] = []
    for part in re.split(r"[,，;；\s]+", text.strip()):
        if not part:
            continue
        ends = re.split(r"[–—~～]|(?<=\d)-(?=\d{4}-)", part)
        if len(ends) == 2:
            try:
                first, last = date.fromisoformat(ends[0]), date.fromisoformat(ends[1])
            except ValueError:
                out.append(part)
                continue
            out.extend((first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1))
        else:
            out.append(part)
    return out


class NormsEditor(QScrollArea):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.lang = host.lang()
        self.errors = FieldErrors(self.lang)
        self.setWidgetResizable(True)
        self.setObjectName("normsEditor")
        e = self.errors

        self.county_name = QLineEdit()
        self.county_name.setObjectName("county_name")
        self.region_code = QLineEdit()
        self.region_code.setObjectName("region_code")
        self.region_code.setMaxLength(6)
        # The county profile: the code is fixed by `county init` (its townships carry it); the names
        # and phone are what notices and files print.
        self.issuing_authority = QComboBox()
        self.issuing_authority.setObjectName("issuing_authority")
        self.issuing_authority.setEditable(True)
        self.centre_name = QLineEdit()
        self.centre_name.setObjectName("centre_name")
        self.office_phone = QLineEdit()
        self.office_phone.setObjectName("office_phone")
        county = QGroupBox(self.tr("County"))
        county_form = QFormLayout(county)
        county_form.addRow(self.tr("County name"), e.wrap("county_name", self.county_name))
        county_form.addRow(self.tr("Region code (6 digits)"), e.wrap("region_code", self.region_code))
        county_form.addRow(self.tr("Issuing authority"), e.wrap("issuing_authority", self.issuing_authority))
        county_form.addRow(self.tr("Special-education centre"), e.wrap("centre_name", self.centre_name))
        county_form.addRow(self.tr("Office phone"), e.wrap("office_phone", self.office_phone))

        rules = QGroupBox(self.tr("Placement rules"))
        grid = QGridLayout(rules)
        self.grade_level: dict[int, QComboBox] = {}
        grid.addWidget(QLabel(self.tr("Certificate grade → level")), 0, 0, 1, 2)
        for i, grade in enumerate(range(1, 5)):
            combo = QComboBox()
            combo.setObjectName(f"grade_{grade}")
            for level in Level:
                combo.addItem(level.text(self.lang), level.value)
            self.grade_level[grade] = combo
            grid.addWidget(
                QLabel(self.tr("Grade {0}").format("一二三四"[grade - 1] if self.lang == "zh" else grade)),
                i + 1,
                0,
            )
            grid.addWidget(combo, i + 1, 1)
        self.level_placement: dict[Level, QComboBox] = {}
        # below the grades, not beside them: Tab and the eye go down one list, then the next
        below = 6
        grid.addWidget(QLabel(self.tr("Level → recommended placement")), below - 1, 0, 1, 2)
        for i, level in enumerate(Level):
            combo = QComboBox()
            combo.setObjectName(f"placement_{level.value}")
            for placement in Placement:
                combo.addItem(placement.text(self.lang), placement.value)
            self.level_placement[level] = combo
            grid.addWidget(QLabel(level.text(self.lang)), below + i, 0)
            grid.addWidget(combo, below + i, 1)
        grid.setColumnStretch(2, 1)

        self.age_min = _spin("age_min", 0, 30, self.tr(" years"))
        self.age_max = _spin("age_max", 0, 30, self.tr(" years"))
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel("—"))
        ages.addWidget(self.age_max)
        ages.addStretch(1)
        ages_box = QWidget()
        ages_box.setLayout(ages)
        ages.setContentsMargins(0, 0, 0, 0)
        self.reference_month = _spin("reference_month", 1, 12, self.tr(" (month)"))
        self.reference_day = _spin("reference_day", 1, 31, self.tr(" (day)"))
        ref = QHBoxLayout()
        ref.addWidget(self.reference_month)
        ref.addWidget(self.reference_day)
        ref.addStretch(1)
        ref.setContentsMargins(0, 0, 0, 0)
        ref_box = QWidget()
        ref_box.setLayout(ref)
        self.class_hour = _spin("class_hour_minutes", 1, 120, self.tr(" minutes"))
        self.review_months = _spin("review_interval_months", 0, 120, self.tr(" months"))
        norms = QGroupBox(self.tr("Compulsory education and reviews"))
        norms_form = QFormLayout(norms)
        norms_form.addRow(self.tr("Compulsory age range"), e.wrap("age_max", ages_box))
        e.alias("age_min", "age_max")
        norms_form.addRow(self.tr("Reference date (each year)"), e.wrap("reference_day", ref_box))
        e.alias("reference_month", "reference_day")
        norms_form.addRow(self.tr("Class hour"), e.wrap("class_hour_minutes", self.class_hour))
        norms_form.addRow(
            self.tr("Placement review every"), e.wrap("review_interval_months", self.review_months)
        )

        # 送教上门 norms: what each home-taught child is owed (the compliance pages and the schedule use them)
        self.visits_per_month = _spin("visits_per_month", 0, 31, self.tr(" visits"))
        self.hours_per_visit = QDoubleSpinBox()
        self.hours_per_visit.setObjectName("hours_per_visit")
        self.hours_per_visit.setRange(0, 12)
        self.hours_per_visit.setDecimals(1)
        self.hours_per_visit.setSingleStep(0.5)
        self.hours_per_visit.setMaximumWidth(140)
        self.min_days = _spin("min_days_between_visits", 0, 31, self.tr(" days"))
        self.hours_per_year = QDoubleSpinBox()
        self.hours_per_year.setObjectName("hours_per_year")
        self.hours_per_year.setRange(0, 2000)
        self.hours_per_year.setDecimals(0)
        self.hours_per_year.setSpecialValueText(self.tr("no yearly target"))
        self.hours_per_year.setMaximumWidth(180)
        self.pause_in_holidays = QCheckBox(self.tr("Home teaching pauses in school holidays"))
        self.pause_in_holidays.setObjectName("pause_in_holidays")
        visits = QGroupBox(self.tr("Home teaching (送教上门)"))
        visits_form = QFormLayout(visits)
        visits_form.addRow(self.tr("Visits per month"), e.wrap("visit_norms", self.visits_per_month))
        visits_form.addRow(self.tr("Class hours per visit"), self.hours_per_visit)
        visits_form.addRow(self.tr("Minimum days between two visits"), self.min_days)
        visits_form.addRow(self.tr("Annual class-hour target"), self.hours_per_year)
        visits_form.addRow("", self.pause_in_holidays)
        # Years chinese-calendar does not know yet: the State Council's notice, entered by hand
        self.holiday_overrides = QLineEdit()
        self.holiday_overrides.setObjectName("holiday_overrides")
        self.holiday_overrides.setPlaceholderText(self.tr("e.g. 2027-01-01, 2027-02-06–2027-02-12"))
        self.workday_overrides = QLineEdit()
        self.workday_overrides.setObjectName("workday_overrides")
        self.workday_overrides.setPlaceholderText(self.tr("e.g. 2027-02-14 (a Sunday worked)"))
        holidays = QGroupBox(self.tr("Holidays and 调休 days (for years the built-in calendar lacks)"))
        holidays_form = QFormLayout(holidays)
        holidays_form.addRow(self.tr("Extra holidays"), e.wrap("holiday_overrides", self.holiday_overrides))
        holidays_form.addRow(self.tr("Extra working days (调休)"), e.wrap("workday_overrides", self.workday_overrides))

        # The idle lock: a county setting (every office's PCs), an administrator's decision.
        self.idle_lock = _spin("idle_lock_minutes", *IDLE_LOCK_RANGE, self.tr(" minutes"))
        security = QGroupBox(self.tr("Security"))
        security.setObjectName("securityBox")
        security_form = QFormLayout(security)
        security_form.addRow(
            self.tr("Lock an unused window after"), e.wrap("idle_lock_minutes", self.idle_lock)
        )
        self.idle_note = QLabel()
        self.idle_note.setObjectName("idleLockNote")
        self.idle_note.setWordWrap(True)
        security_form.addRow("", self.idle_note)
        admin = allowed(host.services.actor, "settings.write")
        self.idle_lock.setEnabled(admin)
        self.idle_note.setText(
            self.tr(
                "When accounts are in use, a window without keyboard or mouse input this long locks and asks "
                "for the password again, on every office's computers. It applies at once, without a restart."
            )
            if admin
            else self.tr("Only an administrator can change the idle lock.")
        )

        # 装订边距: the margin on the bound edge of printed files (on the right of the backs in duplex)
        self.binding = _spin("print_binding_mm", 10, 40, self.tr(" mm"))
        printing = QGroupBox(self.tr("Printing"))
        printing_form = QFormLayout(printing)
        printing_form.addRow(self.tr("Binding margin"), e.wrap("print_binding_mm", self.binding))

        self.terms = TermsModel([])
        self.terms_view = QTableView()
        self.terms_view.setObjectName("termsTable")
        self.terms_view.setModel(self.terms)
        self.terms_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.terms_view.horizontalHeader().resizeSection(1, 140)
        self.terms_view.horizontalHeader().resizeSection(2, 140)
        self.terms_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms_view.setMinimumHeight(150)
        add_term = QPushButton(self.tr("Add term"))
        add_term.clicked.connect(lambda: self.terms_view.edit(self.terms.index(self.terms.add(), 0)))
        remove_term = QPushButton(self.tr("Remove selected term"))
        remove_term.clicked.connect(self._remove_term)
        term_buttons = QHBoxLayout()
        term_buttons.addWidget(add_term)
        term_buttons.addWidget(remove_term)
        term_buttons.addStretch(1)
        terms = QGroupBox(self.tr("Terms (dates as YYYY-MM-DD)"))
        terms_layout = QVBoxLayout(terms)
        terms_layout.addWidget(e.wrap("terms", self.terms_view))
        terms_layout.addLayout(term_buttons)

        self.general = QLabel()
        self.general.setObjectName("normsErrors")
        self.general.setWordWrap(True)
        self.general.hide()
        e.general = self.general
        self.save_button = QPushButton(self.tr("Save the norms"))
        self.save_button.setObjectName("saveNorms")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.load)
        note = QLabel(self.tr("These norms are stored in the database and shared by every office using it."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(note)
        for box in (county, rules, norms, visits, terms, holidays, printing, security):
            layout.addWidget(box)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(content)
        tidy_tab_order(self)
        self.load()

    def load(self) -> None:
        services = self.host.services
        settings: Settings = services.settings.get(refresh=True)
        self.versions = services.settings.versions()
        self._data = settings.to_dict()
        self.county_name.setText(settings.county_name)
        self.region_code.setText(settings.region_code)
        self.region_code.setReadOnly(bool(settings.region_code))  # fixed once the county's areas exist
        self.issuing_authority.clear()
        name = settings.county_name
        self.issuing_authority.addItems([f"{name}{suffix}" for suffix in AUTHORITY_SUFFIXES] if name else [])
        self.issuing_authority.setCurrentText(settings.issuing_authority)
        self.centre_name.setText(settings.centre_name)
        self.office_phone.setText(settings.office_phone)
        for grade, combo in self.grade_level.items():
            combo.setCurrentIndex(combo.findData(settings.grade_to_level[grade].value))
        for level, combo in self.level_placement.items():
            combo.setCurrentIndex(combo.findData(settings.level_to_placement[level].value))
        self.age_min.setValue(settings.age_min)
        self.age_max.setValue(settings.age_max)
        self.reference_month.setValue(settings.reference_month)
        self.reference_day.setValue(settings.reference_day)
        self.class_hour.setValue(settings.class_hour_minutes)
        self.review_months.setValue(settings.review_interval_months)
        self.idle_lock.setValue(settings.idle_lock_minutes)
        vn = settings.visit_norms
        self.visits_per_month.setValue(vn.visits_per_month)
        self.hours_per_visit.setValue(vn.hours_per_visit)
        self.min_days.setValue(vn.min_days_between_visits)
        self.hours_per_year.setValue(vn.hours_per_year)
        self.pause_in_holidays.setChecked(vn.pause_in_holidays)
        self.holiday_overrides.setText(_days_text(settings.holiday_overrides))
        self.workday_overrides.setText(_days_text(settings.workday_overrides))
        self.binding.setValue(settings.print_binding_mm)
        self.terms = TermsModel(self._data["terms"])
        self.terms_view.setModel(self.terms)
        self.errors.show([])

    def _remove_term(self) -> None:
        rows = self.terms_view.selectionModel().selectedRows()
        if rows:
            self.terms.remove(rows[0].row())

    def to_dict(self) -> dict[str, Any]:
        data = dict(self._data)  # keys this editor does not show are kept as stored
        data.update(
            {
                "county_name": self.county_name.text().strip(),
                "region_code": self.region_code.text().strip(),
                "issuing_authority": self.issuing_authority.currentText().strip(),
                "centre_name": self.centre_name.text().strip(),
                "office_phone": self.office_phone.text().strip(),
                "grade_to_level": {str(g): c.currentData() for g, c in self.grade_level.items()},
                "level_to_placement": {lv.value: c.currentData() for lv, c in self.level_placement.items()},
                "age_min": self.age_min.value(),
                "age_max": self.age_max.value(),
                "reference_month": self.reference_month.value(),
                "reference_day": self.reference_day.value(),
                "class_hour_minutes": self.class_hour.value(),
                "review_interval_months": self.review_months.value(),
                "idle_lock_minutes": self.idle_lock.value(),
                "terms": self.terms.terms(),
                "visit_norms": {
                    **dict(self._data.get("visit_norms", {})),
                    "visits_per_month": self.visits_per_month.value(),
                    "hours_per_visit": self.hours_per_visit.value(),
                    "min_days_between_visits": self.min_days.value(),
                    "hours_per_year": self.hours_per_year.value(),
                    "pause_in_holidays": self.pause_in_holidays.isChecked(),
                },
                "holiday_overrides": _days(self.holiday_overrides.text()),
                "workday_overrides": _days(self.workday_overrides.text()),
                "print_binding_mm": self.binding.value(),
            }
        )
        return data

    def _at_fields(self, issues: list[Issue]) -> list[Issue]:
        """The core names the settings key in the issue; show each next to its own control."""
        placed = []
        for issue in issues:
            key = str(issue.params.get("key", ""))
            field = key.split("[")[0].split(".")[0] if key else issue.field
            placed.append(Issue(issue.code, field, issue.params, issue.severity))
        return placed

    def validate(self) -> list[Issue]:
        try:
            Settings.from_dict(self.to_dict())
        except ValidationError as exc:
            issues = self._at_fields(exc.issues)
            self.errors.show(issues)
            return issues
        self.errors.show([])
        return []

    def save(self) -> None:
        if self.validate():
            return
        data = self.to_dict()
        service = self.host.services.settings
        expected = dict(self.versions)

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, ValidationError):
                self.errors.show(self._at_fields(exc.issues))
            else:
                show_error(self, exc, trace)

        def done(_settings: Settings) -> None:
            self.host.show_status(self.tr("Norms saved."))
            self.load()

        self.host.run(
            lambda _p: service.save(data, expected),
            done,
            self.tr("Saving the norms…"),
            failed,
        )
