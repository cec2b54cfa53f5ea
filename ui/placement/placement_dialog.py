"""The placement decision: proposes the settings' recommendation, requires a reason to differ,
and asks for what the chosen placement needs (school and class / special school / responsible
school and a team of at least two including a special-education teacher)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import Placement, SchoolKind
from special_ed.domain.placement import PlacementInput, validate_placement
from special_ed.errors import Issue, ValidationError
from special_ed.progress import Progress
from special_ed.results.placement import PlacementItem
from ui.errors import show_error
from ui.field_errors import FieldErrors
from ui.pages import Host
from ui.tab_order import tidy_tab_order


class PlacementDialog(QDialog):
    placed = Signal(object)  # PlacementItem

    def __init__(self, host: Host, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.child_id = child_id
        self.lang = host.lang()
        services = host.services
        self.detail = services.children.get(child_id)
        self.recommended = services.placement.recommendation(child_id)
        self.errors = FieldErrors(self.lang)
        self.setObjectName("placementDialog")
        self.setWindowTitle(self.tr("Placement decision: {0}").format(self.detail.data.name))
        reference = services.reference
        self.schools = reference.schools()
        self.teams = {t.id: t for t in reference.teams()}
        self._school_kind = {s.id: s.kind for s in self.schools}

        level = self.detail.data.level
        if level is None:
            summary = self.tr("No assessed level yet: record the expert committee's assessment first.")
        else:
            summary = self.tr("Assessed level: {0}. The county's rule recommends: {1}.").format(
                level.text(self.lang), self.recommended.text(self.lang) if self.recommended else "—"
            )
        self.summary = QLabel(summary)
        self.summary.setObjectName("placementSummary")
        self.summary.setWordWrap(True)
        self.assess_button = QPushButton(self.tr("Assess first…"))
        self.assess_button.setObjectName("assessFirst")
        self.assess_button.setVisible(level is None)
        self.assess_button.clicked.connect(self._assess_first)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[Placement, QRadioButton] = {}
        kinds = QHBoxLayout()
        for i, kind in enumerate(Placement):
            text = kind.text(self.lang)
            if kind is self.recommended:
                text += self.tr(" (recommended)")
            button = QRadioButton(text)
            button.setObjectName(f"kind_{kind.value}")
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        (
            self.kind_buttons[self.recommended]
            if self.recommended
            else self.kind_buttons[Placement.MAINSTREAM]
        ).setChecked(True)

        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(70)
        # not Expanding: the form gave this row the dialog's spare height, and the capped box then floated
        # in the middle of it, far below its "Reason" label
        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reason_label = QLabel()

        # what each placement needs
        self.stack = QStackedWidget()
        self.mainstream_school = self._school_combo(
            "mainstreamSchool", [SchoolKind.ORDINARY, SchoolKind.TEACHING_POINT]
        )
        self.class_name = QLineEdit(self.detail.data.class_name)
        self.class_name.setObjectName("class_name")
        self.class_name.setPlaceholderText(self.tr("e.g. 三年级（2）班"))
        self.special_school = self._school_combo("specialSchool", [SchoolKind.SPECIAL])
        self.home_school = self._school_combo("homeSchool", list(SchoolKind))
        self.team = QComboBox()
        self.team.setObjectName("team")
        # Teams covering the child's township first; the others one click away ("show all teams").
        self.all_teams = QCheckBox(self.tr("Show all teams"))
        self.all_teams.setObjectName("allTeams")
        self.all_teams.toggled.connect(lambda _on: self._fill_teams())
        self._fill_teams()
        self.team_members = QLabel()
        self.team_members.setObjectName("teamMembers")
        self.team_members.setWordWrap(True)
        self.team.currentIndexChanged.connect(self._team_chosen)
        e = self.errors
        self.stack.addWidget(
            self._section(
                [
                    (self.tr("School *"), e.wrap("mainstream.school_id", self.mainstream_school)),
                    (self.tr("Class"), self.class_name),
                ]
            )
        )
        self.stack.addWidget(
            self._section([(self.tr("Special school *"), e.wrap("special.school_id", self.special_school))])
        )
        self.stack.addWidget(
            self._section(
                [
                    (self.tr("Responsible school *"), e.wrap("home.school_id", self.home_school)),
                    (self.tr("Teacher team *"), e.wrap("team_id", self.team)),
                    ("", self.all_teams),
                    ("", self.team_members),
                ]
            )
        )
        self.kind_group.idToggled.connect(self._kind_changed)

        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setObjectName("effective_date")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.general = QLabel()
        self.general.setObjectName("generalErrors")
        self.general.setWordWrap(True)
        self.general.hide()
        e.general = self.general

        form = QFormLayout()
        form.addRow(self.tr("Placement"), kinds)
        form.addRow(self.reason_label, e.wrap("reason", self.reason))
        form.addRow(self.stack)
        form.addRow(self.tr("Effective date *"), e.wrap("effective_date", self.effective))
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePlacement")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.assess_button)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)  # spare height below the form, not between its rows
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(200)
        self._validate_timer.timeout.connect(self.validate)
        for signal in (
            self.reason.textChanged,
            self.mainstream_school.currentIndexChanged,
            self.special_school.currentIndexChanged,
            self.home_school.currentIndexChanged,
            self.team.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self._validate_timer.start())
        self._preselect()
        self._kind_changed()
        tidy_tab_order(self)  # Tab in reading order: out of the reason and notes, the buttons as shown

    def _school_combo(self, name: str, kinds: list[SchoolKind]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(choose a school)"), None)
        township = self.detail.data.township_id
        # The child's own township first: that is where a coordinator looks.
        for school in sorted(
            (s for s in self.schools if s.kind in kinds),
            key=lambda s: (s.township_id != township, s.kind != SchoolKind.SPECIAL, s.code),
        ):
            combo.addItem(school.name, school.id)
        return combo

    @staticmethod
    def _section(rows: list[tuple[str, QWidget]]) -> QWidget:
        box = QGroupBox()
        form = QFormLayout(box)
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    def _preselect(self) -> None:
        specials = [s for s in self.schools if s.kind is SchoolKind.SPECIAL]
        if len(specials) == 1:
            self.special_school.setCurrentIndex(self.special_school.findData(specials[0].id))
        register = self.detail.data.register_school_id
        if register is not None:
            for combo in (self.mainstream_school, self.home_school):
                index = combo.findData(register)
                if index > 0:
                    combo.setCurrentIndex(index)
        # A review of a child already placed starts from the current decision: its team and school.
        if self.detail.team_id is not None:
            if self.team.findData(self.detail.team_id) < 0:
                self.all_teams.setChecked(True)  # the current team covers other townships
            index = self.team.findData(self.detail.team_id)
            if index > 0:
                self.team.setCurrentIndex(index)
        current = {
            Placement.MAINSTREAM.value: self.mainstream_school,
            Placement.SPECIAL_SCHOOL.value: self.special_school,
            Placement.HOME.value: self.home_school,
        }.get(self.detail.placement)
        if current is not None and self.detail.placement_school_id is not None:
            index = current.findData(self.detail.placement_school_id)
            if index > 0:
                current.setCurrentIndex(index)

    def kind(self) -> Placement:
        return list(Placement)[self.kind_group.checkedId()]

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        self.stack.setCurrentIndex(list(Placement).index(kind))
        differs = self.recommended is not None and kind is not self.recommended
        self.reason_label.setText(self.tr("Reason *") if differs else self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("Required: why the committee decided differently from the recommendation")
            if differs
            else self.tr("Optional")
        )
        self._validate_timer.start()

    def _fill_teams(self) -> None:
        township = self.detail.data.township_id
        covering = [t for t in self.teams.values() if township in t.township_ids]
        shown = list(self.teams.values()) if self.all_teams.isChecked() or not covering else covering
        current = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("(choose a team)"), None)
        for team in shown:
            self.team.addItem(f"{team.name}（{len(team.members)}）", team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(current)))
        self.team.blockSignals(False)

    def _team_chosen(self, *_args: object) -> None:
        team = self.teams.get(self.team.currentData())
        if team is None:
            self.team_members.clear()
            return
        self.team_members.setText("、".join(f"{m.name}（{m.role.text(self.lang)}）" for m in team.members))
        if self.home_school.currentData() is None:
            self.home_school.setCurrentIndex(max(0, self.home_school.findData(team.school_id)))

    def to_input(self) -> PlacementInput:
        kind = self.kind()
        d = self.effective.date()
        school = {
            Placement.MAINSTREAM: self.mainstream_school,
            Placement.SPECIAL_SCHOOL: self.special_school,
            Placement.HOME: self.home_school,
        }[kind].currentData()
        team = self.teams.get(self.team.currentData()) if kind is Placement.HOME else None
        return PlacementInput(
            kind=kind,
            effective_date=date(d.year(), d.month(), d.day()),
            reason=self.reason.toPlainText(),
            school_id=school,
            school_kind=self._school_kind.get(school) if school is not None else None,
            class_name=self.class_name.text() if kind is Placement.MAINSTREAM else "",
            team_id=team.id if team else None,
            team_roles=team.roles if team else (),
            notes=self.notes.toPlainText(),
        )

    def _field_of(self, issue: Issue) -> Issue:
        """school_id is asked in a different place for each placement: route the message there."""
        if issue.field == "school_id":
            prefix = {
                Placement.MAINSTREAM: "mainstream",
                Placement.SPECIAL_SCHOOL: "special",
                Placement.HOME: "home",
            }[self.kind()]
            return Issue(issue.code, f"{prefix}.school_id", issue.params, issue.severity)
        return issue

    def validate(self) -> list[Issue]:
        issues = [self._field_of(i) for i in validate_placement(self.to_input(), self.recommended)]
        self.errors.show(issues)
        return issues

    def save(self) -> None:
        self._validate_timer.stop()
        if any(i.is_error for i in self.validate()):
            return
        data = self.to_input()
        service = self.host.services.placement
        child_id = self.child_id

        def work(_progress: Progress) -> PlacementItem:
            return service.place(child_id, data)

        def failed(exc: BaseException, trace: str) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.errors.show([self._field_of(i) for i in exc.issues])
            else:
                show_error(self, exc, trace)

        def done(item: PlacementItem) -> None:
            self.host.show_status(
                self.tr("{0} placed: {1} from {2}; review due {3}.").format(
                    self.detail.data.name,
                    item.kind.text(self.lang),
                    item.effective_date.isoformat(),
                    item.review_due.isoformat() if item.review_due else "—",
                )
            )
            self.placed.emit(item)
            self.accept()

        self.save_button.setEnabled(False)
        self.host.run(work, done, self.tr("Saving…"), failed)

    def _assess_first(self) -> None:
        from ui.placement.assessment_dialog import AssessmentDialog

        dialog = AssessmentDialog(self.host, self.child_id, self)
        dialog.recorded.connect(lambda _item: self._reopen())
        dialog.open()

    def _reopen(self) -> None:
        """The level changed: start again with the new recommendation."""
        parent = self.parentWidget()
        self.reject()
        PlacementDialog(self.host, self.child_id, parent).open()
