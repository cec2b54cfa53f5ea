"""Through the widgets: write a scheme with goals, log a visit with its 五送, cancel one and plan its
make-up, assess — and watch the five marks and the compliance figures change."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from special_ed.domain.completeness import Mark
from special_ed.domain.enums import AssessmentKind, CancelReason, Delivery, GoalKind, VisitStatus
from ui.host import ServiceHost
from ui.operations import running_operations
from ui.records import ChildRecordsDialog, CompliancePage, DueListWidget
from ui.records.quick_entry import QuickEntryDialog
from ui.records.visit_form import VisitDialog

FALL = "2026年秋季学期"


def marks_of(dialog: ChildRecordsDialog) -> list[Mark]:
    return [m.mark for m in dialog.current_marks() or ()]


def child_totals(app: Any, child: int) -> Any:
    return next(c.totals for c in app.compliance.report(FALL).children if c.child_id == child)


def finished(qtbot: Any, operation: Any) -> bool:
    """Wait for a save that runs off the GUI thread; True if it was written."""
    if operation is None:
        return False
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    return operation.error is None


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)


def accept_modal(qtbot: Any, prepare: Any) -> None:
    """Fill the next modal dialog with ``prepare(dialog)`` and accept it (the real exec() path)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        prepare(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_scheme_visit_cancel_makeup_assess_change_marks_and_compliance(
    qtbot: Any, qtmodeltester: Any, gui_app: Any, new_home_child: int
) -> None:
    app, child = gui_app, new_home_child
    host = ServiceHost(app)
    dialog = ChildRecordsDialog(host, child)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the dialog opens at once; its title, tabs and marks arrive from host.run
    assert dialog.windowTitle() == "新送教的档案"  # the Chinese catalogue is loaded
    assert marks_of(dialog) == [Mark.MISSING] * 5
    assert "没有方案" in dialog.reasons.text()

    # ---- 方案: a goal without a criterion is refused, nothing saved; then saved with goals -------
    scheme = dialog.scheme
    qtmodeltester.check(scheme.goals)
    for edit in scheme.levels.values():
        edit.setPlainText("能在提示下完成部分活动")
    scheme.add_goal(GoalKind.LONG_TERM)
    scheme.goals_view.closePersistentEditor(scheme.goals_view.currentIndex())
    model = scheme.goals
    model.setData(model.index(0, 2), "独立用勺进食")
    scheme.add_goal(GoalKind.TERM)
    model.setData(model.index(1, 2), "用勺舀起食物")
    model.setData(model.index(1, 3), "连续 3 次独立完成")
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None  # flagged red
    scheme.agreed.setChecked(True)
    scheme.guardian.setText("王芳")
    scheme.reviewed.setChecked(True)
    assert not finished(qtbot, scheme.save())
    box = dialog.findChild(QMessageBox, "recordsError")
    assert box is not None and "缺少可测量的达成标准" in box.text()
    box.close()
    assert app.records.scheme(child, 2026) is None
    model.setData(model.index(0, 3), "10 次中 8 次独立完成")
    assert finished(qtbot, scheme.save())
    settle(qtbot)  # the tab re-reads what was saved
    assert [g.text for g in app.records.scheme(child, 2026).goals] == ["独立用勺进食", "用勺舀起食物"]
    assert marks_of(dialog)[0] is Mark.PRESENT
    assert scheme.goals.rowCount() == 2 and scheme.status.text() == "共 2 条目标"

    # ---- 送教: log a done visit with its 五送 contents through the form --------------------------
    before = child_totals(app, child)
    form = VisitDialog(host, child, None, dialog)
    qtbot.addWidget(form)
    form.day.setDate(QDate(2026, 11, 16))
    form.start.setTime(QTime(9, 0))
    form.end.setTime(QTime(8, 0))
    finished(qtbot, form.save())
    assert form.saved is None and "结束时间" in form.errors.text()  # end before start: not saved
    form.end.setTime(QTime(10, 30))
    assert "2 课时" in form.hours.text()
    finished(qtbot, form.save())
    assert form.saved is None and "五送" in form.errors.text()  # no delivery ticked
    form.delivery_boxes[Delivery.REHAB].setChecked(True)
    form.delivery_notes[Delivery.REHAB].setText("被动操 20 分钟")
    form.delivery_boxes[Delivery.SKILLS].setChecked(True)
    form.guardian_name.setText("王芳")
    form.guardian_confirmed.setChecked(True)
    assert finished(qtbot, form.save())
    assert form.saved is not None and form.saved.deliveries[Delivery.REHAB] == "被动操 20 分钟"
    dialog.visits.load()
    settle(qtbot)
    qtmodeltester.check(dialog.visits.model)
    qtmodeltester.check(dialog.visits.cells)
    after = child_totals(app, child)
    assert after.delivered_visits == before.delivered_visits + 1
    assert after.delivered_hours == before.delivered_hours + 2.0

    # ---- plan a visit, cancel it with a reason, plan its make-up --------------------------------
    planned = app.visits.save(dataclass_planned(app, child, date(2026, 11, 18)))
    dialog.visits.load()
    settle(qtbot)
    select_visit(dialog, planned.id)

    def choose_reason(d: QDialog) -> None:
        d.reason.setCurrentIndex(d.reason.findData(CancelReason.ROAD_CLOSED.value))  # type: ignore[attr-defined]
        d.note.setText("塌方")  # type: ignore[attr-defined]

    accept_modal(qtbot, choose_reason)
    dialog.visits.cancel()
    settle(qtbot)
    cancelled = app.visits.get(planned.id)
    assert cancelled.status is VisitStatus.CANCELLED and cancelled.cancel_reason is CancelReason.ROAD_CLOSED
    select_visit(dialog, planned.id)
    accept_modal(qtbot, lambda d: d.day.setDate(QDate(2026, 11, 25)))  # type: ignore[attr-defined]
    dialog.visits.makeup()
    settle(qtbot)
    makeup = next(r.visit for r in dialog.visits.model.rows if r.visit.makeup_of == planned.id)
    assert makeup.status is VisitStatus.PLANNED and makeup.day == date(2026, 11, 25)
    listed = next(r for r in dialog.visits.model.rows if r.visit.id == planned.id)
    assert listed.makeup_day == date(2026, 11, 25)
    assert child_totals(app, child).cancel_reasons[CancelReason.ROAD_CLOSED] == 1

    # ---- 评估: a baseline through the form; the chart gets a line per domain ---------------------
    tab = dialog.assessments
    tab.kind.setCurrentIndex(tab.kind.findData(AssessmentKind.BASELINE.value))
    tab.day.setDate(QDate(2026, 10, 10))
    for spin in tab.scores.values():
        spin.setValue(35)
    for spin in tab.attainment.values():
        spin.setValue(1)
    assert finished(qtbot, tab.save())
    settle(qtbot)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and len(tab.chart.chart().series()) == len(tab.scores)
    assert marks_of(dialog)[3] is Mark.INCOMPLETE  # 1 of 2 assessments this term
    assert "评估 1/2" in dialog.reasons.text()
    dialog.close()


def select_visit(dialog: ChildRecordsDialog, visit_id: int | None) -> None:
    tab = dialog.visits
    row = next(i for i, r in enumerate(tab.model.rows) if r.visit.id == visit_id)
    tab.view.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def dataclass_planned(app: Any, child: int, day: date) -> Any:
    from special_ed.domain.records import Visit

    detail = app.children.get(child)
    team = app.reference.team(detail.team_id)
    from datetime import time

    return Visit(
        child, day, VisitStatus.PLANNED, time(14), time(15, 30), team.id, tuple(m.id for m in team.members)
    )


def test_archive_add_view_and_refuse(
    qtbot: Any, qtmodeltester: Any, gui_app: Any, new_home_child: int, tmp_path: Any
) -> None:
    app, child = gui_app, new_home_child
    dialog = ChildRecordsDialog(ServiceHost(app), child)
    qtbot.addWidget(dialog)
    archive = dialog.archive
    png = tmp_path / "送教协议.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    exe = tmp_path / "病毒.exe"
    exe.write_bytes(b"MZ")
    assert not finished(qtbot, archive.add_file(exe))
    box = dialog.findChild(QMessageBox, "recordsError")
    assert box is not None and "不允许" in box.text()
    box.close()
    archive.kind.setCurrentIndex(archive.kind.findData("agreement"))
    assert finished(qtbot, archive.add_file(png))
    settle(qtbot)
    qtmodeltester.check(archive.model)
    assert archive.model.rowCount() == 1 and archive.model.rows[0].filename == "送教协议.png"
    archive.view.selectRow(0)
    viewer = archive.open_selected()
    assert (
        viewer is not None
        and archive.model.rows[0].sha256 in viewer.findChild(type(dialog.reasons), "viewerHash").text()
    )
    viewer.close()
    assert marks_of(dialog)[4] is not Mark.MISSING


def test_compliance_page_and_due_list(qtbot: Any, qtmodeltester: Any, gui_app: Any) -> None:
    page = CompliancePage(ServiceHost(gui_app))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    qtmodeltester.check(page.model)
    rows = page.model.rowCount()
    assert rows == len(page.report.children) and rows > 100
    assert "送教上门儿童" in page.summary.text()
    first = page.proxy.index(0, 7).data(Qt.ItemDataRole.DisplayRole)
    assert int(first) == max(c.totals.shortfall_visits for c in page.report.children)  # worst first
    page.level.setCurrentIndex(page.level.findData("townships"))
    assert page.model.rowCount() == len(page.report.townships)
    assert sum(r.totals.required_visits for r in page.model.rows) == page.report.county.required_visits
    qtbot.waitUntil(lambda: page.due.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(page.due.model)
    assert "已逾期" in page.due.summary.text()
    due = DueListWidget(ServiceHost(gui_app))
    qtbot.addWidget(due)
    qtbot.waitUntil(lambda: due.model.rowCount() == page.due.model.rowCount(), timeout=10000)


def test_quick_entry_all_or_nothing(qtbot: Any, qtmodeltester: Any, gui_app: Any) -> None:
    team = next(t for t in gui_app.reference.teams() if len(gui_app.visits.team_children(t.id)) >= 2)
    dialog = QuickEntryDialog(ServiceHost(gui_app), team.id, date(2026, 11, 19))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() >= 2
    before = len(gui_app.visits.visits(team_id=team.id, day=date(2026, 11, 19)))
    assert not finished(qtbot, dialog.save())  # no 五送 ticked on any row
    assert "第 1 行" in dialog.errors.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert len(gui_app.visits.visits(team_id=team.id, day=date(2026, 11, 19))) == before
    care = 3 + list(Delivery).index(Delivery.CARE)
    for row in range(dialog.model.rowCount()):
        dialog.model.setData(
            dialog.model.index(row, care), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert finished(qtbot, dialog.save())
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
    assert len(dialog.saved) == dialog.model.rowCount()


def test_records_strings_are_in_the_chinese_catalogue(gui_app: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Records", "Visits short") == "缺少次数"
    assert QCoreApplication.translate("VisitDialog", "Place of the visit") == "地点"


def test_visit_form_attaches_the_signed_confirmation(qtbot: Any, gui_app: Any, new_home_child: int,
                                                     tmp_path: Any) -> None:
    app, child = gui_app, new_home_child
    planned = app.visits.save(dataclass_planned(app, child, date(2026, 11, 18)))
    host = ServiceHost(app)
    fresh = VisitDialog(host, child, None)
    qtbot.addWidget(fresh)
    assert not fresh.attach_kind.isEnabled() and fresh.attached.text() == "（请先保存送教记录）"
    form = VisitDialog(host, child, planned)
    qtbot.addWidget(form)
    scan = tmp_path / "签字.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 32)
    form.attach_kind.setCurrentIndex(form.attach_kind.findData("signature"))
    assert finished(qtbot, form.attach_file(scan))
    assert "签字.png" in form.attached.text()
    linked = [a for a in app.records.attachments(child) if a.visit_id == planned.id]
    assert [a.kind.value for a in linked] == ["signature"]
    bad = tmp_path / "签字.exe"
    bad.write_bytes(b"MZ")
    assert not finished(qtbot, form.attach_file(bad)) and "不允许" in form.errors.text()
