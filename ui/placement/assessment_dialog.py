"""Record an expert-committee assessment: date, members, tools, per-domain findings, level, recommendation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import Level
from special_ed.domain.placement import recommend
from special_ed.errors import ValidationError
from special_ed.progress import Progress
from special_ed.results.placement import AssessmentInput, AssessmentItem
from ui.errors import show_error
from ui.field_errors import FieldErrors
from ui.pages import Host
from ui.tab_order import tidy_tab_order


class AssessmentDialog(QDialog):
    recorded = Signal(object)  # AssessmentItem

    def __init__(self, host: Host, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.child_id = child_id
        self.lang = host.lang()
        self.settings = host.services.settings.get()
        detail = host.services.children.get(child_id)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("Expert-committee assessment: {0}").format(detail.data.name))
        self.errors = FieldErrors(self.lang)

        self.assessed_on = QDateEdit(QDate.currentDate())
        self.assessed_on.setObjectName("assessed_on")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.members = QLineEdit()
        self.members.setObjectName("members")
        self.members.setPlaceholderText(self.tr("e.g. 王老师 (education), 李医生 (rehabilitation), 张社工"))
        self.tools = QLineEdit()
        self.tools.setObjectName("tools")
        self.tools.setPlaceholderText(self.tr("e.g. adaptive behaviour scale, Gesell, observation"))
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.level.addItem(self.tr("(choose)"), None)
        for level in Level:
            self.level.addItem(level.text(self.lang), level.value)
        self.recommendation = QLabel()
        self.recommendation.setObjectName("recommendation")
        self.level.currentIndexChanged.connect(self._update_recommendation)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)

        findings_box = QGroupBox(self.tr("Findings by domain"))
        findings_form = QFormLayout(findings_box)
        self.findings: dict[str, QPlainTextEdit] = {}
        for domain in self.settings.scheme_domains:
            edit = QPlainTextEdit()
            edit.setObjectName(f"finding_{domain}")
            edit.setMaximumHeight(48)
            self.findings[domain] = edit
            findings_form.addRow(domain, edit)

        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("Date *"), e.wrap("assessed_on", self.assessed_on))
        form.addRow(self.tr("Committee members"), self.members)
        form.addRow(self.tr("Tools used"), self.tools)
        form.addRow(self.tr("Concluded level *"), e.wrap("level", self.level))
        form.addRow(self.tr("Recommended placement"), self.recommendation)
        form.addRow(self.tr("Notes"), self.notes)
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.hide()
        e.general = self.general
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(form)
        content_layout.addWidget(findings_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        if detail.data.level is not None:
            self.level.setCurrentIndex(self.level.findData(detail.data.level.value))
        self._update_recommendation()
        tidy_tab_order(self)  # Tab in reading order: out of the text fields, no stop on the scroll area

    def _update_recommendation(self, *_args: object) -> None:
        value = self.level.currentData()
        if value is None:
            self.recommendation.setText(self.tr("(follows from the level)"))
            return
        placement = recommend(Level(value), self.settings)
        self.recommendation.setText(
            self.tr("{0} (the county's rule for {1})").format(
                placement.text(self.lang), Level(value).text(self.lang)
            )
        )

    def to_input(self) -> AssessmentInput:
        d = self.assessed_on.date()
        level = self.level.currentData()
        return AssessmentInput(
            assessed_on=date(d.year(), d.month(), d.day()),
            level=Level(level) if level else None,
            members=self.members.text(),
            tools=self.tools.text(),
            findings={k: w.toPlainText().strip() for k, w in self.findings.items()},
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.to_input()
        service = self.host.services.placement
        child_id = self.child_id

        def work(_progress: Progress) -> AssessmentItem:
            return service.record_assessment(child_id, data)

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, ValidationError):
                self.errors.show(exc.issues)
            else:
                show_error(self, exc, trace)

        def done(item: AssessmentItem) -> None:
            self.host.show_status(
                self.tr("Assessment recorded: {0}, recommended {1}.").format(
                    item.level.text(self.lang), item.recommended.text(self.lang)
                )
            )
            self.recorded.emit(item)
            self.accept()

        self.host.run(work, done, self.tr("Saving…"), failed)
