"""The 五送 visit form: when, who, the five deliveries with notes, class hours, guardian confirmation, status."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import AttachmentKind, CancelReason, Delivery, VisitKind, VisitStatus
from special_ed.domain.records import Visit, class_hours
from ui.file_dialogs import start_path
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import describe, from_qdate, from_qtime, lang, to_qdate, to_qtime, write
from ui.tab_order import tidy_tab_order


class VisitDialog(QDialog):
    """Edit one visit. ``visit`` None starts a new one for the child, by default done today with the team."""

    def __init__(
        self, host: WorkHost, child_id: int, visit: Visit | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.host, self.child_id = host, child_id
        self.app = app = host.services
        self.settings = app.ctx.settings()
        detail = app.children.get(child_id)
        team_id = visit.team_id if visit and visit.team_id else detail.team_id
        self.team = app.reference.team(team_id) if team_id else None
        self.original = visit or Visit(
            child_id,
            app.ctx.today(),
            VisitStatus.DONE,
            self.settings.workday.start,
            None,
            team_id,
            tuple(t.id for t in self.team.members) if self.team else (),
            place=self.tr("At the child's home"),
        )
        if self.original.start and self.original.end is None:
            minutes = self.settings.visit_norms.visit_duration_min
            end = QTime(self.original.start.hour, self.original.start.minute).addSecs(minutes * 60)
            self.original = dataclasses.replace(self.original, end=from_qtime(end))
        self.saved: Visit | None = None
        self.setWindowTitle(
            self.tr("Home visit — {0}").format(detail.data.name)
            if visit is None or visit.id is None
            else self.tr("Home visit of {0} — {1}").format(visit.day.isoformat(), detail.data.name)
        )
        v = self.original

        self.day = QDateEdit(to_qdate(v.day))
        self.day.setObjectName("visitDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(to_qtime(v.start))
        self.start.setObjectName("visitStart")
        self.end = QTimeEdit(to_qtime(v.end))
        self.end.setObjectName("visitEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(lambda _t: self._update_hours())
        self.hours = QLabel()
        self.hours.setObjectName("visitHours")
        self.status = QComboBox()
        self.status.setObjectName("visitStatus")
        for s in VisitStatus:
            self.status.addItem(s.text(lang()), s.value)
        self.status.setCurrentIndex(self.status.findData(v.status.value))
        self.status.currentIndexChanged.connect(lambda _i: self._update_status())
        # 家长课堂: counted towards the visits owed only where the preset says so (福建)
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for k in VisitKind:
            self.kind.addItem(k.text(lang()), k.value)
        self.kind.setCurrentIndex(self.kind.findData(v.kind.value))
        self.kind_note = QLabel(
            self.tr("(the norms in force count a parent class as a visit)")
            if self.settings.visit_norms.parent_class_counts
            else self.tr("(the norms in force do not count a parent class as a visit)")
        )
        self.kind_note.setObjectName("visitKindNote")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.kind_note, 1)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.start)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end)
        when.addWidget(self.hours, 1)

        self.teachers = QStandardItemModel(self)
        members = list(self.team.members) if self.team else []
        known = {t.id for t in members}
        if self.team:
            members += [t for t in app.reference.teachers(self.team.school_id) if t.id not in known]
        for t in members:
            item = QStandardItem(f"{t.name}（{t.role.text(lang())}）")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(t.id, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if t.id in v.teacher_ids else Qt.CheckState.Unchecked)
            self.teachers.appendRow(item)
        teachers_view = QListView()
        teachers_view.setObjectName("visitTeachers")
        teachers_view.setModel(self.teachers)
        teachers_view.setMaximumHeight(90)
        self.place = QLineEdit(v.place)

        # the five deliveries: a check box and a note each; at least one when done
        self.delivery_boxes: dict[Delivery, QCheckBox] = {}
        self.delivery_notes: dict[Delivery, QLineEdit] = {}
        five = QGroupBox(self.tr("Five deliveries (五送) — tick at least one"))
        five.setObjectName("fiveDeliveries")
        grid = QGridLayout(five)
        for row, delivery in enumerate(Delivery):
            box = QCheckBox(delivery.text(lang()))
            box.setObjectName(f"delivery_{delivery.value}")
            note = QLineEdit(v.deliveries.get(delivery, ""))
            note.setObjectName(f"note_{delivery.value}")
            note.setPlaceholderText(self.tr("What was delivered, and how"))
            box.setChecked(delivery in v.deliveries)
            note.setEnabled(box.isChecked())
            box.toggled.connect(note.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
            self.delivery_boxes[delivery] = box
            self.delivery_notes[delivery] = note

        self.lesson = QComboBox()
        self.lesson.setObjectName("visitLesson")
        self.lesson.addItem(self.tr("(none)"), None)
        for lp in app.records.lesson_plans(child_id):
            self.lesson.addItem(f"{lp.day.isoformat() if lp.day else ''} {lp.topic}", lp.id)
        if v.lesson_plan_id is not None:
            self.lesson.setCurrentIndex(max(0, self.lesson.findData(v.lesson_plan_id)))

        self.guardian_present = QCheckBox(self.tr("Guardian present"))
        self.guardian_present.setChecked(v.guardian_present)
        self.guardian_name = QLineEdit(v.guardian_name)
        self.guardian_name.setObjectName("visitGuardian")
        self.guardian_confirmed = QCheckBox(self.tr("Guardian confirmed (signed)"))
        self.guardian_confirmed.setObjectName("visitConfirmed")
        self.guardian_confirmed.setChecked(v.guardian_confirmed)
        guardian = QHBoxLayout()
        guardian.addWidget(self.guardian_present)
        guardian.addWidget(QLabel(self.tr("Name:")))
        guardian.addWidget(self.guardian_name, 1)
        guardian.addWidget(self.guardian_confirmed)
        self.next_steps = QPlainTextEdit(v.next_steps)
        self.next_steps.setFixedHeight(48)

        self.reason = QComboBox()
        self.reason.setObjectName("cancelReason")
        self.reason.addItem(self.tr("(choose a reason)"), None)
        for r in CancelReason:
            self.reason.addItem(r.text(lang()), r.value)
        if v.cancel_reason:
            self.reason.setCurrentIndex(self.reason.findData(v.cancel_reason.value))
        self.reason_note = QLineEdit(v.cancel_note)
        self.reason_note.setObjectName("cancelNote")
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.reason)
        cancel_row.addWidget(self.reason_note, 1)
        self.makeup_label = QLabel()
        if v.makeup_of is not None:
            self.makeup_label.setText(self.tr("Make-up of a cancelled visit"))

        form = QFormLayout()
        form.addRow(self.tr("Date and time"), when)
        form.addRow(self.tr("Visit status"), self.status)
        form.addRow(self.tr("Kind of visit"), kind_row)
        form.addRow(self.tr("Team"), QLabel(self.team.name if self.team else self.tr("(no team)")))
        form.addRow(self.tr("Teachers present"), teachers_view)
        form.addRow(self.tr("Place of the visit"), self.place)
        form.addRow(five)
        form.addRow(self.tr("Lesson plan"), self.lesson)
        form.addRow(self.tr("Guardian"), guardian)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.tr("Cancelled because"), cancel_row)
        form.addRow("", self.makeup_label)
        # photos and the guardian's signed confirmation belong to a saved visit
        self.attach_kind = QComboBox()
        self.attach_kind.setObjectName("visitAttachKind")
        for kind in (AttachmentKind.PHOTO, AttachmentKind.SIGNATURE, AttachmentKind.HOMEWORK):
            self.attach_kind.addItem(kind.text(lang()), kind.value)
        attach = QPushButton(self.tr("Attach a photo or signature scan…"))
        attach.setObjectName("visitAttach")
        attach.clicked.connect(self.choose_attachment)
        self.attached = QLabel()
        self.attached.setObjectName("visitAttached")
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_kind)
        attach_row.addWidget(attach)
        attach_row.addWidget(self.attached, 1)
        for widget in (self.attach_kind, attach):
            widget.setEnabled(v.id is not None)
        if v.id is None:
            self.attached.setText(self.tr("(save the visit first)"))
        form.addRow(self.tr("Photos and signature"), attach_row)
        self.errors = QLabel()
        self.errors.setObjectName("visitErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self._update_hours()
        self._update_status()
        self._show_attached()
        self.resize(640, 720)
        tidy_tab_order(self)  # Tab in reading order: out of the notes and the teachers list

    def _update_hours(self) -> None:
        start, end = from_qtime(self.start.time()), from_qtime(self.end.time())
        minutes = 0
        if start and end:
            minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        hours = class_hours(minutes, self.settings.class_hour_minutes)
        required = self.settings.visit_norms.hours_per_visit
        self.hours.setText(
            self.tr("{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)").format(
                max(0, minutes), hours, self.settings.class_hour_minutes, required
            )
        )
        self.hours.setStyleSheet("" if hours >= required else "color: #ef6c00;")

    def _update_status(self) -> None:
        cancelled = self.status.currentData() == VisitStatus.CANCELLED.value
        self.reason.setEnabled(cancelled)
        self.reason_note.setEnabled(cancelled)

    def visit(self) -> Visit:
        status = VisitStatus(self.status.currentData())
        reason = self.reason.currentData()
        deliveries = {
            d: self.delivery_notes[d].text().strip()
            for d, box in self.delivery_boxes.items()
            if box.isChecked()
        }
        teachers = tuple(
            int(self.teachers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.teachers.rowCount())
            if self.teachers.item(i).checkState() == Qt.CheckState.Checked
        )
        return dataclasses.replace(
            self.original,
            day=from_qdate(self.day.date()) or self.original.day,
            start=from_qtime(self.start.time()),
            end=from_qtime(self.end.time()),
            status=status,
            kind=VisitKind(self.kind.currentData()),
            teacher_ids=teachers,
            place=self.place.text().strip(),
            deliveries=deliveries,
            lesson_plan_id=self.lesson.currentData(),
            guardian_present=self.guardian_present.isChecked(),
            guardian_name=self.guardian_name.text().strip(),
            guardian_confirmed=self.guardian_confirmed.isChecked(),
            next_steps=self.next_steps.toPlainText().strip(),
            cancel_reason=CancelReason(reason) if status is VisitStatus.CANCELLED and reason else None,
            cancel_note=self.reason_note.text().strip() if status is VisitStatus.CANCELLED else "",
        )

    def _show_attached(self) -> None:
        if self.original.id is None:
            return
        files = [a for a in self.app.records.attachments(self.child_id) if a.visit_id == self.original.id]
        self.attached.setText("、".join(f"{a.kind.text(lang())} {a.filename}" for a in files))

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo or scan"), start_path(), self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)")
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> Operation[object] | None:
        if self.original.id is None:
            return None
        records, child_id, visit = self.app.records, self.child_id, self.original
        kind = AttachmentKind(self.attach_kind.currentData())

        def work() -> object:
            data = path.read_bytes()  # on the worker too: a scan on a network drive can be slow
            return records.add_attachment(child_id, kind, path.name, data, visit.day, "", visit.id)

        return write(self.host, self, work, lambda _a: self._show_attached(), self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.errors.setText(describe(exc))

    def save(self) -> Operation[Visit] | None:
        try:
            visit = self.visit()
        except Exception as exc:  # the form's own checks (an end before the start)
            self._show_error(exc)
            return None
        visits = self.app.visits
        self.errors.clear()
        return write(self.host, self, lambda: visits.save(visit), self._saved, self._show_error)

    def _saved(self, visit: Visit) -> None:
        self.saved = visit
        self.accept()
