"""The per-child records window: five marks for the term, and a tab for each part of the file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.completeness import FileItem, ItemMark, Mark
from special_ed.domain.enums import Placement
from special_ed.results.children import ChildDetail
from ui.edit_menu import EditMenu
from ui.operations import Latest, Operation
from ui.pages import WorkHost
from ui.records.archive_tab import ArchiveTab
from ui.records.assessments_tab import AssessmentsTab
from ui.records.common import MARK_COLORS, MARK_SYMBOLS, lang, read
from ui.records.lessons_tab import LessonsTab
from ui.records.plan_tab import PlanTab
from ui.records.scheme_tab import SchemeTab
from ui.records.structured_tab import StructuredTab
from ui.records.visits_tab import VisitsTab


class MarksBar(QWidget):
    """The five 五有 marks as coloured labels; the tooltip gives the reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[FileItem, QLabel] = {}
        for item in FileItem:
            label = QLabel()
            label.setObjectName(f"mark_{item.value}")
            self.labels[item] = label
            layout.addWidget(label)

    def show_marks(self, marks: tuple[ItemMark, ...] | None) -> None:
        for item, label in self.labels.items():
            mark = next((m for m in marks or () if m.item is item), None)
            if mark is None:
                label.setText(f"{item.label} –")
                label.setToolTip(self.tr("Not taught at home this term"))
                label.setStyleSheet("color: #777;")
                continue
            label.setText(f"{MARK_SYMBOLS[mark.mark]} {item.label}")
            tip = {
                Mark.PRESENT: self.tr("Present"),
                Mark.INCOMPLETE: self.tr("Incomplete"),
                Mark.MISSING: self.tr("Missing"),
            }[mark.mark]
            reasons = mark.reason_text(lang())
            label.setToolTip(f"{tip}{'：' + reasons if reasons else ''}")
            label.setProperty("mark", mark.mark.value)
            label.setStyleSheet(f"color: {MARK_COLORS[mark.mark].name()}; font-weight: bold; padding: 0 6px;")


class ChildRecordsDialog(QDialog):
    """``ChildRecordsDialog(host, child_id, parent)``: the child's 五有 file and 五送 visits.

    Every read and save runs off the GUI thread through ``host.run``: the dialog opens at once and
    each tab fills in when its rows arrive; the marks follow the saves."""

    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childRecordsDialog")
        self.host, self.child_id = host, child_id
        self.app = app = host.services
        self.reader = Latest(self, host.run)  # the child's name and placement
        self.marks_reader = Latest(self, host.run)
        self.title = title = QLabel()
        title.setObjectName("recordsTitle")
        self.term = QComboBox()
        self.term.setObjectName("marksTerm")
        for t in app.compliance.terms():
            self.term.addItem(t.name, t.name)
        self.term.setCurrentIndex(max(0, self.term.findData(app.compliance.term(as_of=app.ctx.today()).name)))
        self.term.currentIndexChanged.connect(lambda _i: self.refresh_marks())
        self.marks = MarksBar()
        self.reasons = QLabel()
        self.reasons.setObjectName("marksReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #555;")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("五有 for")))
        head.addWidget(self.term)
        head.addWidget(self.marks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordsTabs")
        self.scheme = SchemeTab(host, child_id)
        self.plan = PlanTab(host, child_id)
        self.lessons = LessonsTab(host, child_id)
        self.assessments = AssessmentsTab(host, child_id)
        self.structured = StructuredTab(host, child_id)
        self.archive = ArchiveTab(host, child_id)
        self.visits = VisitsTab(host, child_id)
        for tab, text in (
            (self.scheme, self.tr("Scheme 方案")),
            (self.plan, self.tr("Plan 计划")),
            (self.lessons, self.tr("Lesson plans 教案")),
            (self.assessments, self.tr("Assessments 评估")),
            (self.structured, self.tr("Scales 量表评估")),
            (self.archive, self.tr("Archive 档案")),
            (self.visits, self.tr("Visits 送教记录")),
        ):
            self.tabs.addTab(tab, text)
            tab.saved.connect(self.refresh_marks)
        self.visits.saved.connect(self.lessons.load)
        self.scheme.saved.connect(self.plan.load)
        self.scheme.saved.connect(self.assessments.load)
        self.lessons.saved.connect(self.visits.load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        agreement = buttons.addButton(self.tr("Service agreement…"), QDialogButtonBox.ButtonRole.ActionRole)
        agreement.setObjectName("printAgreement")
        agreement.setToolTip(self.tr("The 送教上门服务协议 for the family to sign (children taught at home)"))
        agreement.clicked.connect(self.print_agreement)
        self.status = QLabel()
        self.status.setObjectName("recordsStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        # 编辑: 撤销上一次保存 of the record the current tab shows (an assessment, the plan, a lesson plan)
        menu_bar = QMenuBar(self)
        self.edit_menu = EditMenu(self, host, page=self.tabs.currentWidget, status=self.status.setText)
        menu_bar.addMenu(self.edit_menu.menu)
        # what 撤销上一次保存 acts on follows the tab shown (its shortcut works only while enabled)
        self.tabs.currentChanged.connect(lambda _i: self.edit_menu.refresh())
        layout = QVBoxLayout(self)
        layout.setMenuBar(menu_bar)
        layout.addLayout(head)
        layout.addWidget(self.reasons)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        children = app.children
        read(self.reader, lambda: children.get(child_id), self._show_child)
        self.refresh_marks()
        self.resize(1100, 760)

    def _show_child(self, detail: ChildDetail) -> None:
        placement = Placement(detail.placement).text(lang()) if detail.placement else self.tr("not placed")
        self.setWindowTitle(self.tr("Records of {0}").format(detail.data.name))
        self.title.setText(f"<b>{detail.data.name}</b>　{placement}")

    def current_marks(self) -> tuple[ItemMark, ...] | None:
        """The term's marks as the service gives them (a direct read: tests compare it with the bar)."""
        return self._marks(self.term.currentData())

    def _marks(self, term: str) -> tuple[ItemMark, ...] | None:
        marks: dict[int, tuple[ItemMark, ...]] = self.app.compliance.completeness_marks([self.child_id], term)
        return marks.get(self.child_id)

    def refresh_marks(self) -> Operation[tuple[ItemMark, ...] | None]:
        term = self.term.currentData()
        return read(self.marks_reader, lambda: self._marks(term), self._show_marks)

    def _show_marks(self, marks: tuple[ItemMark, ...] | None) -> None:
        self.marks.show_marks(marks)
        texts = [
            f"{m.item.label}：{m.reason_text(lang())}" for m in marks or () if m.mark is not Mark.PRESENT
        ]
        self.reasons.setText("　".join(texts))

    def print_agreement(self) -> QDialog:
        """The child's 送教上门服务协议 in the print preview (a child not taught at home is told why not)."""
        from ui.printing.preview_dialog import AGREEMENT, PrintPreviewDialog

        dialog = PrintPreviewDialog(self.host, self.child_id, self, document=AGREEMENT)
        dialog.open()
        return dialog
