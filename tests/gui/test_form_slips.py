"""Nothing lost by a slip: undo/redo in the child form, leaving with changes asks, drafts survive a crash."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from special_ed.domain.enums import Sex
from ui.child_form import ChildForm
from ui.drafts import drafts_dir, offer_drafts, pending_drafts, read_draft


def open_form(qtbot, window, services, child_id: int | None = None) -> ChildForm:  # type: ignore[no-untyped-def]
    detail = services.children.get(child_id) if child_id is not None else None
    form = ChildForm(window, detail, window)
    qtbot.addWidget(form)
    form.show()
    return form


def first_child(services) -> int:  # type: ignore[no-untyped-def]
    from special_ed.results.registry import RegistryQuery

    return services.registry.page(RegistryQuery(limit=1)).rows[0].id


def answer(button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in the next message box that opens."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_undo_and_redo_step_through_edits_across_fields(qtbot, window, services) -> None:
    form = open_form(qtbot, window, services, first_child(services))
    original_name, original_sex = form.name.text(), form.sex.currentData()
    form.name.setText("改过的名字")
    form.form_undo.settle()
    other = Sex.FEMALE.value if original_sex != Sex.FEMALE.value else Sex.MALE.value
    form.sex.setCurrentIndex(form.sex.findData(other))
    form.form_undo.settle()
    assert form.form_undo.undo_action.isEnabled()
    form.form_undo.undo_action.trigger()
    assert form.sex.currentData() == original_sex and form.name.text() == "改过的名字"
    form.form_undo.undo_action.trigger()
    assert form.name.text() == original_name
    assert not form.form_undo.dirty()
    form.form_undo.redo_action.trigger()
    assert form.name.text() == "改过的名字"
    menu_titles = [a.text() for a in form.findChild(type(form.layout().menuBar())).actions()]
    assert "编辑(&E)" in menu_titles
    form.form_undo.mark_clean()
    form.reject()


def test_leaving_with_unsaved_changes_asks_and_cancel_keeps_the_form(qtbot, window, services) -> None:
    form = open_form(qtbot, window, services)
    form.name.setText("新来的孩子")
    answer(QMessageBox.StandardButton.Cancel)
    form.reject()
    assert form.isVisible() and form.name.text() == "新来的孩子"
    answer(QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible()
    assert not form.draft_path.exists()


def test_closing_an_untouched_form_does_not_ask(qtbot, window, services) -> None:
    form = open_form(qtbot, window, services, first_child(services))
    form.reject()  # a question here would block the test
    assert not form.isVisible()


def test_a_draft_is_written_while_typing_and_offered_back_after_a_crash(qtbot, window, services) -> None:
    child = first_child(services)
    form = open_form(qtbot, window, services, child)
    form.address.setText("草稿里的地址 12 号")
    form.save_draft()  # what the 5-second timer does
    draft = read_draft(form.draft_path)
    assert draft.record_id == child and draft.data.address == "草稿里的地址 12 号"
    assert draft.database == services.info.display
    form.hide()  # the crash: the form is gone without reject or save
    form._draft_timer.stop()

    drafts, damaged = pending_drafts(services.info.display)
    assert [d.path for d in drafts] == [form.draft_path] and damaged == []
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().buttons()[0].click())  # 打开草稿
    opened = offer_drafts(window, window)
    assert len(opened) == 1
    restored = opened[0]
    qtbot.addWidget(restored)
    assert restored.address.text() == "草稿里的地址 12 号"
    assert restored.form_undo.dirty()  # still unsaved: leaving asks
    restored.form_undo.undo_action.trigger()
    assert restored.address.text() == services.children.get(child).data.address  # 撤销 shows the stored data
    restored.form_undo.mark_clean()
    restored.reject()
    assert pending_drafts(services.info.display)[0] == []


def test_a_damaged_draft_is_set_aside_with_a_message_and_not_deleted(qtbot, window, services) -> None:
    folder = drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "child-7-broken.json"
    broken.write_text('{"format": "special-ed-draft/1", "data": {"name": "半', encoding="utf-8")
    shown: list[str] = []

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_message)

    QTimer.singleShot(20, read_message)
    assert offer_drafts(window, window) == []
    aside = folder / "child-7-broken.json.damaged"
    assert aside.exists() and not broken.exists()
    assert shown and "无法读取" in shown[0] and str(aside) in shown[0]
    assert json.dumps(pending_drafts(services.info.display)[1]) == "[]"  # not offered again
