"""教案 tab: the child's lesson plans, and the school's reusable template library."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.records import TEXTBOOK_UNITS, LessonPlan
from special_ed.results.revert import RevertResult
from ui.edit_menu import RevertTarget
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, read, to_qdate, write
from ui.records.tab_base import RecordsTab
from ui.records.table import Column, RowsModel

# (placement school, lesson plans, its templates, the done visits a lesson may belong to: (day, id))
LessonsRead = tuple[int | None, list[LessonPlan], list[LessonPlan], list[tuple[date, int]]]


class LessonsTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        self.school_id: int | None = None  # the placement school, read with the lessons (its templates)
        self.current: LessonPlan | None = None
        self.lessons = RowsModel[LessonPlan](
            [
                Column(
                    QCoreApplication.translate("Records", "Date"),
                    lambda lp: lp.day.isoformat() if lp.day else "",
                ),
                Column(QCoreApplication.translate("Records", "Topic"), lambda lp: lp.topic),
                Column(QCoreApplication.translate("Records", "Textbook unit"), lambda lp: lp.textbook_unit),
                Column(
                    QCoreApplication.translate("Records", "For visit"), lambda lp: "✔" if lp.visit_id else ""
                ),
            ],
            parent=self,
        )
        self.templates = RowsModel[LessonPlan](
            [
                Column(QCoreApplication.translate("Records", "Template"), lambda lp: lp.topic),
                Column(QCoreApplication.translate("Records", "Textbook unit"), lambda lp: lp.textbook_unit),
            ],
            parent=self,
        )
        self.list_view = QTableView()
        self.list_view.setObjectName("lessonsTable")
        self.list_view.setModel(self.lessons)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.clicked.connect(lambda i: self.show_lesson(self.lessons.row(i.row())))
        self.template_view = QTableView()
        self.template_view.setObjectName("templatesTable")
        self.template_view.setModel(self.templates)
        self.template_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.template_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.template_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        new = QPushButton(self.tr("New lesson plan"))
        new.clicked.connect(lambda: self.show_lesson(None))
        from_template = QPushButton(self.tr("New from template"))
        from_template.setObjectName("fromTemplate")
        from_template.clicked.connect(self.new_from_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Lesson plans")))
        left_layout.addWidget(self.list_view, 3)
        left_layout.addWidget(new)
        left_layout.addWidget(QLabel(self.tr("Template library of the school")))
        left_layout.addWidget(self.template_view, 2)
        left_layout.addWidget(from_template)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.topic = QLineEdit()
        self.topic.setObjectName("lessonTopic")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["", *TEXTBOOK_UNITS])
        self.visit = QComboBox()
        self.visit.setObjectName("lessonVisit")
        self.objectives = QPlainTextEdit()
        self.materials = QPlainTextEdit()
        self.steps = QPlainTextEdit()
        self.evaluation = QPlainTextEdit()
        self.reflection = QPlainTextEdit()
        for edit in (self.objectives, self.materials, self.evaluation, self.reflection):
            edit.setFixedHeight(44)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Textbook unit"), self.unit)
        form.addRow(self.tr("For visit"), self.visit)
        form.addRow(self.tr("Objectives"), self.objectives)
        form.addRow(self.tr("Materials"), self.materials)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Evaluation"), self.evaluation)
        form.addRow(self.tr("Reflection"), self.reflection)
        save = QPushButton(self.tr("Save lesson plan"))
        save.setObjectName("saveLesson")
        save.clicked.connect(self.save)
        as_template = QPushButton(self.tr("Save as school template"))
        as_template.setObjectName("saveTemplate")
        as_template.clicked.connect(self.save_template)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(as_template)
        row.addWidget(save)
        editor = QGroupBox(self.tr("Lesson plan"))
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(editor)
        split.setSizes([360, 520])
        QVBoxLayout(self).addWidget(split)
        self.load()

    def load(self) -> Operation[LessonsRead]:
        children, records, visits, child_id = (
            self.app.children,
            self.app.records,
            self.app.visits,
            self.child_id,
        )

        def work() -> LessonsRead:
            school_id = children.get(child_id).placement_school_id
            done = [
                (r.visit.day, r.visit.id)
                for r in visits.visits(child_id=child_id)
                if r.visit.status.value == "done" and r.visit.id is not None
            ]
            templates = records.templates(school_id) if school_id else []
            return school_id, records.lesson_plans(child_id), templates, done

        return read(self.reader, work, self._loaded)

    def _loaded(self, result: LessonsRead) -> None:
        self.school_id, lessons, templates, done = result
        self.lessons.set_rows(lessons)
        self.templates.set_rows(templates)
        self.visit.clear()
        self.visit.addItem(self.tr("(none)"), None)
        for day, visit_id in done:
            self.visit.addItem(day.isoformat(), visit_id)
        if self.current is not None and self.current.id is not None:  # as just read (a revert changed it)
            shown = self.current.id
            self.current = next((lp for lp in lessons if lp.id == shown), None)
        self.show_lesson(self.current)

    def show_lesson(self, lesson: LessonPlan | None) -> None:
        self.current = lesson
        lp = lesson or LessonPlan("", child_id=self.child_id, day=self.app.ctx.today())
        self.day.setDate(to_qdate(lp.day or self.app.ctx.today()))
        self.topic.setText(lp.topic)
        self.unit.setCurrentText(lp.textbook_unit)
        self.visit.setCurrentIndex(max(0, self.visit.findData(lp.visit_id)) if lp.visit_id else 0)
        self.objectives.setPlainText(lp.objectives)
        self.materials.setPlainText(lp.materials)
        self.steps.setPlainText(lp.steps)
        self.evaluation.setPlainText(lp.evaluation)
        self.reflection.setPlainText(lp.reflection)

    def edited(self) -> LessonPlan:
        base = self.current or LessonPlan("", child_id=self.child_id)
        return dataclasses.replace(
            base,
            child_id=self.child_id,
            day=from_qdate(self.day.date()),
            topic=self.topic.text().strip(),
            textbook_unit=self.unit.currentText().strip(),
            visit_id=self.visit.currentData(),
            objectives=self.objectives.toPlainText().strip(),
            materials=self.materials.toPlainText().strip(),
            steps=self.steps.toPlainText().strip(),
            evaluation=self.evaluation.toPlainText().strip(),
            reflection=self.reflection.toPlainText().strip(),
        )

    def save(self) -> Operation[LessonPlan]:
        edited, records = self.edited(), self.app.records
        return write(self.host, self, lambda: records.save_lesson_plan(edited), self._saved)

    def _saved(self, lesson: LessonPlan) -> None:
        self.current = lesson
        self.load()
        self.saved.emit()

    def revert_target(self) -> RevertTarget | None:
        """编辑 → 撤销上一次保存: the lesson plan shown (the version the form read)."""
        lesson = self.current
        if lesson is None or lesson.id is None or lesson.child_id is None:
            return None
        return RevertTarget("lesson_plans", lesson.id, lesson.version, self._reverted)

    def _reverted(self, result: RevertResult) -> None:
        # the reverted lesson plan is shown as the re-read gives it (its new version)
        self.current = next((r for r in self.lessons.rows if r.id == result.record_id), None)
        self.load()
        self.saved.emit()

    def save_template(self) -> Operation[LessonPlan]:
        template = dataclasses.replace(
            self.edited(),
            id=None,
            version=None,
            is_template=True,
            school_id=self.school_id,
            child_id=None,
            visit_id=None,
            goal_ids=(),
        )
        records = self.app.records
        return write(self.host, self, lambda: records.save_lesson_plan(template), lambda _t: self.load())

    def new_from_template(self) -> None:
        index = self.template_view.currentIndex()
        if not index.isValid():
            return
        template = self.templates.row(index.row())
        assert template.id is not None
        records, template_id, child_id, today = (
            self.app.records,
            template.id,
            self.child_id,
            self.app.ctx.today(),
        )
        read(
            self.reader, lambda: records.lesson_from_template(template_id, child_id, today), self.show_lesson
        )
