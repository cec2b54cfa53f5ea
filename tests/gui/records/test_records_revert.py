"""撤销上一次保存 in the records window: the assessment and the term plan shown get their earlier values back."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from special_ed.domain.enums import AssessmentKind
from ui.host import ServiceHost
from ui.operations import running_operations
from ui.records import ChildRecordsDialog


def confirm_next_box(seen: list[str]) -> None:
    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, click)
            return
        seen.append(boxes[0].informativeText())
        boxes[0].button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(20, click)


def saved(qtbot: Any, operation: Any) -> None:
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    assert operation.error is None
    settle(qtbot)  # the tab re-reads what was saved


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)


def test_an_assessments_last_save_is_reverted_in_the_records_window(
    qtbot: Any, gui_app: Any, new_home_child: int
) -> None:
    app, child = gui_app, new_home_child
    dialog = ChildRecordsDialog(ServiceHost(app), child)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)  # the tabs are read in the background
    texts = [a.text() for a in dialog.edit_menu.menu.actions() if not a.isSeparator()]
    assert "撤销上一次保存(&S)…" in texts
    tab = dialog.assessments
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.edit_menu.revert_target() is None  # nothing saved yet: nothing to revert
    tab.kind.setCurrentIndex(tab.kind.findData(AssessmentKind.BASELINE.value))
    tab.day.setDate(QDate(2026, 10, 10))
    for spin in tab.scores.values():
        spin.setValue(35)
    tab.assessor.setText("李老师")
    tab.notes.setPlainText("第一次记录")
    saved(qtbot, tab.save())
    tab.assessor.setText("王老师")
    tab.notes.setPlainText("改过的记录")
    saved(qtbot, tab.save())
    assert app.records.assessments(child)[0].notes == "改过的记录"

    seen: list[str] = []
    confirm_next_box(seen)
    dialog.edit_menu.revert_action.trigger()
    qtbot.waitUntil(lambda: tab.notes.toPlainText() == "第一次记录", timeout=10000)
    stored = app.records.assessments(child)[0]
    assert stored.notes == "第一次记录" and stored.assessor == "李老师"  # the values before the last save
    assert (
        tab.assessor.text() == "李老师" and tab.current is not None and tab.current.version == stored.version
    )
    assert "改过的记录" in seen[0] and "撤销上一次保存" in dialog.status.text()
    dialog.close()


def test_a_visits_last_save_is_reverted_from_the_visits_list(qtbot: Any, gui_app: Any, new_home_child: int) -> None:
    from datetime import date, time

    from special_ed.domain.enums import Delivery, VisitStatus
    from special_ed.domain.records import Visit

    app, child = gui_app, new_home_child
    team = next(t for t in app.reference.teams() if t.id == app.children.get(child).team_id)
    members = tuple(sorted(t.id for t in team.members if t.role.value != "driver"))[:2]
    visit = Visit(child, date(2026, 10, 15), VisitStatus.DONE, time(19), time(20), team.id, members)
    first = app.visits.save(
        dataclasses.replace(visit, deliveries={Delivery.SKILLS: "系扣子"}, next_steps="先练系扣子")
    )
    app.visits.save(dataclasses.replace(first, teacher_ids=members[:1], next_steps="改成认识颜色"))
    dialog = ChildRecordsDialog(ServiceHost(app), child)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    tab = dialog.visits
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.edit_menu.revert_target() is None  # no visit chosen: nothing to revert
    tab.view.selectRow(0)
    target = dialog.edit_menu.revert_target()
    assert target is not None and target.table == "visits" and target.record_id == first.id

    seen: list[str] = []
    confirm_next_box(seen)
    dialog.edit_menu.revert_action.trigger()
    qtbot.waitUntil(lambda: app.visits.get(first.id).next_steps == "先练系扣子", timeout=10000)
    settle(qtbot)  # the list re-reads the visit
    assert tuple(sorted(app.visits.get(first.id).teacher_ids)) == members
    assert "改成认识颜色" in seen[0] and "送教教师" in seen[0]
    assert tab.model.rows[0].visit.next_steps == "先练系扣子"
    dialog.close()
