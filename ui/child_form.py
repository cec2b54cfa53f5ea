"""Add/edit a child: basic data, guardians, disability, family flags, school register.

Validation runs as the user types (the core's own rules, so the messages are the same
Chinese sentences the imports and the CLI use) and again on save; an invalid record is
never sent. When a save fails the dialog stays open with everything typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.child import ChildInput, certificate_info, validate_child
from special_ed.domain.enums import Category, ChildStatus, FamilyFlag, Level, SchoolKind, Sex
from special_ed.domain.identifiers import check_resident_id
from special_ed.domain.merge import differences, merge
from special_ed.errors import ConflictError, Issue, ValidationError
from special_ed.progress import Progress
from special_ed.results.children import ChildDetail, SaveResult
from special_ed.results.revert import RevertResult
from ui.conflict_dialog import ConflictDialog
from ui.drafts import INTERVAL_MS, Draft, new_draft_path, remove_draft, save_draft
from ui.edit_menu import EditMenu, RevertTarget
from ui.errors import show_error
from ui.field_errors import FieldErrors
from ui.form_undo import FormUndo, confirm_leave
from ui.guardians_model import GuardiansModel, RelationDelegate
from ui.pages import Host
from ui.tab_order import tidy_tab_order

UNSET_DATE = QDate(1900, 1, 1)


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else UNSET_DATE


def _pydate(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == UNSET_DATE else date(value.year(), value.month(), value.day())


class ChildForm(QDialog):
    saved = Signal(int)  # child id

    def __init__(self, host: Host, detail: ChildDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail = detail
        self.lang = host.lang()
        self.settings = host.services.settings.get()
        self.reference = host.services.reference
        self.errors = FieldErrors(self.lang)
        self.last_issues: list[Issue] = []
        self.saving = False
        self.setObjectName("childForm")
        self.setWindowTitle(
            self.tr("New child") if detail is None else self.tr("Child: {0}").format(detail.data.name)
        )
        self.setModal(True)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(250)
        self._validate_timer.timeout.connect(self.validate)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_tab(), self.tr("Basic data"))
        self.tabs.addTab(self._guardians_tab(), self.tr("Guardians"))
        self.tabs.addTab(self._disability_tab(), self.tr("Disability"))
        self.tabs.addTab(self._family_tab(), self.tr("Family"))
        self.tabs.addTab(self._school_tab(), self.tr("School register"))

        self.general_errors = QLabel()
        self.general_errors.setObjectName("generalErrors")
        self.general_errors.setWordWrap(True)
        self.general_errors.hide()
        self.errors.general = self.general_errors
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveChild")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if detail is not None:
            history = self.buttons.addButton(self.tr("History…"), QDialogButtonBox.ButtonRole.ActionRole)
            history.setObjectName("childHistory")
            history.clicked.connect(self._show_history)
            if detail.archived_at is None:
                archive = self.buttons.addButton(self.tr("Archive…"), QDialogButtonBox.ButtonRole.ActionRole)
                archive.setObjectName("archiveChild")
                archive.clicked.connect(self._archive)
        self.archived_note = QLabel()
        if detail is not None and detail.archived_at is not None:
            self.archived_note.setText(
                self.tr("Archived on {0}: {1}").format(
                    detail.archived_at.date().isoformat(), detail.archived_reason
                )
            )
            self.archived_note.setProperty("role", "fieldWarning")
        else:
            self.archived_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.archived_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_errors)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.load(detail.data if detail is not None else None)

        # 编辑 → 撤销/重做 over the whole form; closing with unsaved changes asks; a draft on disk.
        self.form_undo: FormUndo[ChildInput] = FormUndo(self, self.to_input, self.load)
        self.form_undo.watch(self.tabs)
        self.form_undo.watch_model(self.guardians_model)
        menu_bar = QMenuBar(self)
        # the same 编辑 menu as the main window's: 撤销上一次保存 and the clipboard after 撤销/重做
        self.edit_menu = EditMenu(
            self, host, self.form_undo.edit_menu(self), form_undo=self.form_undo, status=host.show_status
        )
        menu_bar.addMenu(self.edit_menu.menu)
        layout.setMenuBar(menu_bar)
        self.draft_path = new_draft_path("child", detail.id if detail is not None else None)
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(INTERVAL_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_timer.start()
        self._draft_problem_shown = False
        tidy_tab_order(self)  # out of the guardians table and the notes; the buttons in the order shown

    # ---- construction ------------------------------------------------------------------------------

    def _watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self._changed)

    def _basic_tab(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("(choose)"), None)
        for sex in Sex:
            self.sex.addItem(sex.text(self.lang), sex.value)
        self.birth_date = QDateEdit()
        self.birth_date.setObjectName("birth_date")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setMinimumDate(UNSET_DATE)
        self.birth_date.setSpecialValueText(self.tr("(not set)"))
        self.birth_date.setDate(UNSET_DATE)
        self.resident_id = QLineEdit()
        self.resident_id.setObjectName("resident_id")
        self.resident_id.setPlaceholderText(self.tr("18 characters; birth date and sex are read from it"))
        self.ethnicity = QLineEdit("汉族")
        self.ethnicity.setObjectName("ethnicity")
        self.township = QComboBox()
        self.township.setObjectName("township_id")
        self.township.addItem(self.tr("(choose)"), None)
        for t in self.reference.townships():
            self.township.addItem(t.name, t.id)
        self.village = QComboBox()
        self.village.setObjectName("village_id")
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.home_lat = self._coordinate(-90, 90)
        self.home_lon = self._coordinate(-180, 180)
        coords = QHBoxLayout()
        coords.addWidget(QLabel(self.tr("latitude")))
        coords.addWidget(self.home_lat)
        coords.addWidget(QLabel(self.tr("longitude")))
        coords.addWidget(self.home_lon)
        coords_box = QWidget()
        coords_box.setLayout(coords)
        coords.setContentsMargins(0, 0, 0, 0)
        self.township.currentIndexChanged.connect(self._fill_villages)
        self.resident_id.editingFinished.connect(self._fill_from_id)
        self._watch(
            self.name.textChanged,
            self.sex.currentIndexChanged,
            self.birth_date.dateChanged,
            self.resident_id.textChanged,
            self.township.currentIndexChanged,
            self.village.currentIndexChanged,
        )

        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("Name *"), e.wrap("name", self.name))
        form.addRow(self.tr("Resident ID"), e.wrap("resident_id", self.resident_id))
        form.addRow(self.tr("Sex *"), e.wrap("sex", self.sex))
        form.addRow(self.tr("Birth date *"), e.wrap("birth_date", self.birth_date))
        form.addRow(self.tr("Ethnicity"), e.wrap("ethnicity", self.ethnicity))
        form.addRow(self.tr("Township *"), e.wrap("township_id", self.township))
        form.addRow(self.tr("Village"), e.wrap("village_id", self.village))
        form.addRow(self.tr("Home address"), e.wrap("address", self.address))
        form.addRow(self.tr("Home coordinates"), e.wrap("home_lat", coords_box))
        e.alias("home_lon", "home_lat")
        page = QWidget()
        page.setLayout(form)
        return page

    def _coordinate(self, lo: float, hi: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(5)
        box.setRange(lo - 1, hi)
        box.setSpecialValueText(self.tr("(none)"))
        box.setValue(lo - 1)
        return box

    def _guardians_tab(self) -> QWidget:
        self.guardians_model = GuardiansModel([], self.lang)
        self.guardians_view = QTableView()
        self.guardians_view.setObjectName("guardiansTable")
        self.guardians_view.setModel(self.guardians_model)
        self.guardians_view.setItemDelegateForColumn(1, RelationDelegate(self.lang, self.guardians_view))
        self.guardians_view.horizontalHeader().setStretchLastSection(True)
        self.guardians_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guardians_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Add guardian"))
        add.setObjectName("addGuardian")
        add.clicked.connect(self._add_guardian)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("removeGuardian")
        remove.clicked.connect(self._remove_guardian)
        self.guardians_model.dataChanged.connect(self._changed)
        self.guardians_model.rowsRemoved.connect(self._changed)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.errors.wrap("guardians", self.guardians_view), 1)
        self.errors.alias("guardian.name", "guardians")
        self.errors.alias("guardian.phone", "guardians")
        layout.addLayout(buttons)
        return page

    def _disability_tab(self) -> QWidget:
        self.has_certificate = QCheckBox(self.tr("Holds a disability certificate"))
        self.has_certificate.setObjectName("has_certificate")
        self.certificate_no = QLineEdit()
        self.certificate_no.setObjectName("certificate_no")
        self.certificate_no.setPlaceholderText(
            self.tr("ID + category + grade, e.g. …5023 (20–22 characters)")
        )
        self.certificate_note = QLabel()
        self.certificate_note.setObjectName("certificateNote")
        self.certificate_note.setWordWrap(True)
        self.category_boxes: dict[Category, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, category in enumerate(Category):
            box = QCheckBox(category.text(self.lang))
            box.setObjectName(f"category_{category.value}")
            self.category_boxes[category] = box
            grid.addWidget(box, i // 4, i % 4)
            self._watch(box.toggled)
        categories = QWidget()
        categories.setLayout(grid)
        self.grade = QComboBox()
        self.grade.setObjectName("grade")
        self.grade.addItem(self.tr("(none)"), None)
        for g in range(1, 5):
            self.grade.addItem(self.tr("Grade {0}").format("一二三四"[g - 1] if self.lang == "zh" else g), g)
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.level.addItem(self.tr("(not assessed)"), None)
        for level in Level:
            self.level.addItem(level.text(self.lang), level.value)
        self.certificate_no.textChanged.connect(self._certificate_typed)
        self._watch(
            self.has_certificate.toggled,
            self.certificate_no.textChanged,
            self.grade.currentIndexChanged,
            self.level.currentIndexChanged,
        )
        form = QFormLayout()
        e = self.errors
        form.addRow("", self.has_certificate)
        form.addRow(self.tr("Certificate number"), e.wrap("certificate_no", self.certificate_no))
        form.addRow("", self.certificate_note)
        form.addRow(self.tr("Categories"), e.wrap("categories", categories))
        form.addRow(self.tr("Grade"), e.wrap("grade", self.grade))
        form.addRow(self.tr("Level (committee)"), e.wrap("level", self.level))
        page = QWidget()
        page.setLayout(form)
        return page

    def _family_tab(self) -> QWidget:
        self.flag_boxes: dict[FamilyFlag, QCheckBox] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        for flag in FamilyFlag:
            box = QCheckBox(flag.text(self.lang))
            box.setObjectName(f"flag_{flag.value}")
            self.flag_boxes[flag] = box
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _school_tab(self) -> QWidget:
        self.school_register_no = QLineEdit()
        self.school_register_no.setObjectName("school_register_no")
        self.register_school = QComboBox()
        self.register_school.setObjectName("register_school_id")
        self.register_school.addItem(self.tr("(none)"), None)
        schools = sorted(self.reference.schools(), key=lambda s: (s.kind != SchoolKind.SPECIAL, s.name))
        for s in schools:
            self.register_school.addItem(s.name, s.id)
        self.grade_year = QLineEdit()
        self.grade_year.setObjectName("grade_year")
        self.class_name = QLineEdit()
        self.class_name.setObjectName("class_name")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in ChildStatus:
            self.status.addItem(status.text(self.lang), status.value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("School-register number"), e.wrap("school_register_no", self.school_register_no))
        form.addRow(self.tr("Register school"), e.wrap("register_school_id", self.register_school))
        form.addRow(self.tr("Year (grade)"), self.grade_year)
        form.addRow(self.tr("Class"), self.class_name)
        form.addRow(self.tr("Status"), e.wrap("status", self.status))
        form.addRow(self.tr("Notes"), self.notes)
        page = QWidget()
        page.setLayout(form)
        return page

    # ---- data in and out ---------------------------------------------------------------------------

    def load(self, data: ChildInput | None) -> None:
        self._loading = True
        try:
            if data is None:
                self._fill_villages()
                return
            self.name.setText(data.name)
            self._set(self.sex, data.sex.value if data.sex else None)
            self.birth_date.setDate(_qdate(data.birth_date))
            self.resident_id.setText(data.resident_id)
            self.ethnicity.setText(data.ethnicity)
            self._set(self.township, data.township_id)
            self._fill_villages()
            self._set(self.village, data.village_id)
            self.address.setText(data.address)
            self.home_lat.setValue(data.home_lat if data.home_lat is not None else self.home_lat.minimum())
            self.home_lon.setValue(data.home_lon if data.home_lon is not None else self.home_lon.minimum())
            self.guardians_model = GuardiansModel(data.guardians, self.lang)
            self.guardians_view.setModel(self.guardians_model)
            self.guardians_model.dataChanged.connect(self._changed)
            self.guardians_model.rowsRemoved.connect(self._changed)
            if hasattr(self, "form_undo"):  # undo put back other guardians: watch the new table
                self.form_undo.watch_model(self.guardians_model)
            self.has_certificate.setChecked(data.has_certificate)
            self.certificate_no.setText(data.certificate_no)
            for category, box in self.category_boxes.items():
                box.setChecked(category in data.categories)
            self._set(self.grade, data.grade)
            self._set(self.level, data.level.value if data.level else None)
            for flag, box in self.flag_boxes.items():
                box.setChecked(bool(getattr(data, flag.value)))
            self.school_register_no.setText(data.school_register_no)
            self._set(self.register_school, data.register_school_id)
            self.grade_year.setText(data.grade_year)
            self.class_name.setText(data.class_name)
            self._set(self.status, data.status.value)
            self.notes.setPlainText(data.notes)
            self._extra = data  # fields the form does not show (visit preferences) are kept as they were
        finally:
            self._loading = False

    @staticmethod
    def _set(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def to_input(self) -> ChildInput:
        sex = self.sex.currentData()
        level = self.level.currentData()
        extra = getattr(self, "_extra", None)
        lat = self.home_lat.value()
        lon = self.home_lon.value()
        return ChildInput(
            name=self.name.text(),
            sex=Sex(sex) if sex else None,
            birth_date=_pydate(self.birth_date),
            township_id=self.township.currentData(),
            resident_id=self.resident_id.text(),
            ethnicity=self.ethnicity.text().strip(),
            village_id=self.village.currentData(),
            address=self.address.text().strip(),
            home_lat=None if lat < -90 else lat,
            home_lon=None if lon < -180 else lon,
            guardians=self.guardians_model.guardians(),
            registered_poor=self.flag_boxes[FamilyFlag.REGISTERED_POOR].isChecked(),
            dibao=self.flag_boxes[FamilyFlag.DIBAO].isChecked(),
            left_behind=self.flag_boxes[FamilyFlag.LEFT_BEHIND].isChecked(),
            orphan=self.flag_boxes[FamilyFlag.ORPHAN].isChecked(),
            has_certificate=self.has_certificate.isChecked(),
            certificate_no=self.certificate_no.text(),
            categories=[c for c, box in self.category_boxes.items() if box.isChecked()],
            grade=self.grade.currentData(),
            level=Level(level) if level else None,
            school_register_no=self.school_register_no.text().strip(),
            register_school_id=self.register_school.currentData(),
            grade_year=self.grade_year.text().strip(),
            class_name=self.class_name.text().strip(),
            status=ChildStatus(self.status.currentData()),
            visit_window_start=extra.visit_window_start if extra else None,
            visit_window_end=extra.visit_window_end if extra else None,
            visit_weekdays=list(extra.visit_weekdays) if extra else [],
            visit_duration_min=extra.visit_duration_min if extra else None,
            notes=self.notes.toPlainText().strip(),
        )

    # ---- live behaviour ----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not getattr(self, "_loading", False):
            self._validate_timer.start()

    def _fill_villages(self, *_args: object) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("(none)"), None)
        township_id = self.township.currentData()
        if township_id is not None:
            for v in self.reference.villages(township_id):
                self.village.addItem(v.name, v.id)
        self._set(self.village, current)
        self.village.blockSignals(False)

    def _fill_from_id(self) -> None:
        """A valid ID gives birth date and sex: fill them when still empty (a mismatch is reported, not fixed)."""
        check = check_resident_id(self.resident_id.text())
        if check.parsed is None:
            return
        if _pydate(self.birth_date) is None:
            self.birth_date.setDate(_qdate(check.parsed.birth_date))
        if self.sex.currentData() is None:
            self._set(self.sex, check.parsed.sex)

    def _certificate_typed(self, text: str) -> None:
        info = certificate_info(text, self.settings) if text.strip() else None
        if info is None:
            self.certificate_note.clear()
            return
        self.has_certificate.setChecked(True)
        if not any(box.isChecked() for box in self.category_boxes.values()):
            self.category_boxes[info.category].setChecked(True)
        if self.grade.currentData() is None:
            self._set(self.grade, info.grade)
        if self.level.currentData() is None:
            self._set(self.level, info.level.value)
        self.certificate_note.setText(
            self.tr("From the certificate: {0}, grade {1} (suggested level: {2})").format(
                info.category.text(self.lang), info.grade, info.level.text(self.lang)
            )
        )

    def validate(self) -> list[Issue]:
        """The core's rules on what is typed now; shown next to the fields."""
        _data, issues = validate_child(self.to_input(), self.settings, self.host.services.ctx.today())
        self.show_issues(issues)
        return issues

    def show_issues(self, issues: list[Issue]) -> None:
        self.last_issues = list(issues)
        self.errors.show(issues)
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            bad = any(
                i.is_error
                and page is not None
                and (w := self.errors.widgets.get(i.field)) is not None
                and page.isAncestorOf(w)
                for i in issues
            )
            text = self.tabs.tabText(tab).removesuffix(" ⚠")
            self.tabs.setTabText(tab, text + (" ⚠" if bad else ""))

    # ---- commands ----------------------------------------------------------------------------------

    def _add_guardian(self) -> None:
        row = self.guardians_model.add()
        self.guardians_view.edit(self.guardians_model.index(row, 0))

    def _remove_guardian(self) -> None:
        rows = self.guardians_view.selectionModel().selectedRows()
        if rows:
            self.guardians_model.remove(rows[0].row())

    def save(self) -> None:
        if self.saving:
            return
        self._validate_timer.stop()
        issues = self.validate()
        errors = [i for i in issues if i.is_error]
        if errors:
            self._focus_first_error(errors)
            return
        data = self.to_input()
        children = self.host.services.children
        detail = self.detail

        def work(_progress: Progress) -> SaveResult:
            if detail is None:
                return children.create(data)
            return children.update(detail.id, data, detail.version)

        self.saving = True
        self.save_button.setEnabled(False)
        self.host.run(work, self._saved, self.tr("Saving…"), self._save_failed)

    def _saved(self, result: SaveResult) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.form_undo.mark_clean()
        self._draft_timer.stop()
        remove_draft(self.draft_path)
        note = self.tr("Saved {0}.").format(self.name.text().strip())
        if result.warnings:
            note += " " + "；".join(w.message(self.lang) for w in result.warnings)
        self.host.show_status(note, 10000)
        self.saved.emit(result.id)
        self.accept()

    def _save_failed(self, exc: BaseException, trace: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_issues(exc.issues + exc.warnings)
            self._focus_first_error(exc.issues)
        elif isinstance(exc, ConflictError) and self.detail is not None and exc.params.get("current") is not None:
            self.resolve_conflict(exc.params["current"], str(exc.params.get("by", "")))
        else:
            show_error(self, exc, trace)  # the form keeps everything typed; the user may retry

    def resolve_conflict(self, current: ChildDetail, by: str) -> bool:
        """Another office saved meanwhile: choose field by field, then save on top of their version."""
        if self.detail is None:
            return False
        mine = self.to_input()
        choices = differences(self.detail.data, mine, current.data, self.lang, self._shown_value)
        if not choices:  # they saved what we have: nothing to decide
            self.detail = current
            self.save()
            return True
        dialog = ConflictDialog(choices, by, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False  # the form keeps everything typed
        merged = merge(mine, current.data, dialog.take_theirs())
        self.detail = current  # their version is the new base: the next save checks against it
        self.load(merged)
        self.save()
        return True

    def _shown_value(self, field: str, value: object) -> str | None:
        combo = {"township_id": self.township, "village_id": self.village, "register_school_id": self.register_school}.get(
            field
        )
        if combo is None:
            return None
        index = combo.findData(value)
        return combo.itemText(index) if index >= 0 else None

    def _focus_first_error(self, errors: list[Issue]) -> None:
        widget = self.errors.first_error_widget(errors)
        if widget is None:
            return
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(tab)
        widget.setFocus()

    def _show_history(self) -> None:
        from ui.history_dialog import HistoryDialog

        if self.detail is not None:
            HistoryDialog(self.host, self.detail.id, self).open()

    def _archive(self) -> None:
        if self.detail is not None:
            archive_child(self.host, self.detail.id, self, on_done=self.accept)

    # ---- 撤销上一次保存 ------------------------------------------------------------------------------

    def revert_target(self) -> RevertTarget | None:
        """The child's last save, as this form shows it (the version the revert checks)."""
        if self.detail is None or self.saving:
            return None
        return RevertTarget(
            "children", self.detail.id, self.detail.version, self._reverted, unsaved=self.form_undo.dirty()
        )

    def _reverted(self, result: RevertResult) -> None:
        children = self.host.services.children

        def read(_progress: Progress) -> ChildDetail:
            return children.get(result.record_id)

        self.host.run(read, self._show_reverted, self.tr("Reading…"))

    def _show_reverted(self, detail: ChildDetail) -> None:
        """What is stored now (the values from before the reverted save) becomes the form's content."""
        self.detail = detail
        self.load(detail.data)
        self.form_undo.mark_clean()
        self._draft_timer.stop()
        remove_draft(self.draft_path)
        self.validate()

    # ---- leaving, drafts ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: unsaved changes are not thrown away unasked."""
        if not self.saving and self.form_undo.dirty() and not confirm_leave(self, self.save):
            return
        self._draft_timer.stop()
        remove_draft(self.draft_path)
        super().reject()

    def save_draft(self) -> None:
        """Every few seconds while there are unsaved changes: what is typed, on this PC."""
        if not self.form_undo.dirty():
            return
        record_id = self.detail.id if self.detail is not None else None
        try:
            save_draft(self.draft_path, "child", self.host.services.info.display, record_id,
                       self.windowTitle(), self.to_input())
        except OSError as exc:
            if not self._draft_problem_shown:  # once: the form itself still works
                self._draft_problem_shown = True
                self.host.show_status(self.tr("The draft could not be saved on this PC: {0}").format(exc), 15000)

    @classmethod
    def from_draft(cls, host: Host, draft: Draft, parent: QWidget | None = None) -> ChildForm | None:
        """Open the form again with a draft's data (unsaved: leaving asks, 撤销 shows the stored data)."""
        detail = None
        if draft.record_id is not None:
            try:
                detail = host.services.children.get(draft.record_id)
            except Exception as exc:
                show_error(parent, exc)  # the draft stays on disk
                return None
        form = cls(host, detail, parent)
        form.draft_path = draft.path
        form.load(draft.data)
        form.form_undo.settle()
        form.validate()
        form.open()
        return form

    # ---- opening -----------------------------------------------------------------------------------

    @classmethod
    def open_new(cls, host: Host, parent: QWidget | None = None) -> ChildForm:
        form = cls(host, None, parent)
        form.open()
        return form

    @classmethod
    def open_existing(cls, host: Host, child_id: int, parent: QWidget | None = None) -> ChildForm | None:
        try:
            detail = host.services.children.get(child_id)
        except Exception as exc:
            show_error(parent, exc)
            return None
        form = cls(host, detail, parent)
        form.open()
        return form


class ArchiveDialog(QDialog):
    """Archiving needs a written reason; OK stays disabled until there is one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Archive {0}").format(name))
        explanation = QLabel(
            self.tr(
                "Archived children leave the register and the counts but are never deleted; "
                "their file and history stay. Why is this child archived?"
            )
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("archiveReason")
        self.reason.setPlaceholderText(
            self.tr("e.g. moved out of the county on 2026-03-01 (transfer letter no. …)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Archive"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)


def archive_child(
    host: Host, child_id: int, parent: QWidget | None = None, on_done: Any = None
) -> ArchiveDialog | None:
    try:
        detail = host.services.children.get(child_id)
    except Exception as exc:
        show_error(parent, exc)
        return None
    if detail.archived_at is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ArchiveDialog", "Archive"),
            QCoreApplication.translate("ArchiveDialog", "This child is already archived."),
        )
        return None
    dialog = ArchiveDialog(detail.data.name, parent)
    children = host.services.children

    def accepted() -> None:
        reason = dialog.reason.toPlainText()

        def work(_progress: Progress) -> int:
            return children.archive(child_id, reason, detail.version)

        def done(_version: int) -> None:
            host.show_status(
                QCoreApplication.translate("ArchiveDialog", "{0} archived.").format(detail.data.name)
            )
            if on_done is not None:
                on_done()

        host.run(work, done, QCoreApplication.translate("ArchiveDialog", "Archiving…"))

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
