"""编辑 menu: undo/redo of what has the focus, 撤销上一次保存 of the chosen record, and the clipboard."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from ui.child_form import ChildForm


def registry(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.show_page("registry")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    window.activateWindow()
    return page


def press_in_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next message box that opens, noting its texts."""

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            seen.append(boxes[0].text() + "\n" + boxes[0].informativeText())
            boxes[0].button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def save_twice(services, child_id: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    detail = services.children.get(child_id)
    services.children.update(child_id, dataclasses.replace(detail.data, notes="第一次备注"), detail.version)
    detail = services.children.get(child_id)
    services.children.update(child_id, dataclasses.replace(detail.data, notes="第二次备注"), detail.version)
    return "第一次备注", "第二次备注"


def test_the_main_window_has_an_edit_menu_in_chinese(window) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "编辑(&E)" in menus
    menu = menus["编辑(&E)"]
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "撤销(&U)",
        "重做(&R)",
        "撤销上一次保存(&S)…",
        "剪切(&T)",
        "复制(&C)",
        "粘贴(&P)",
        "全选(&A)",
    ]
    shortcuts = {a.objectName(): a.shortcut().toString() for a in menu.actions() if a.objectName()}
    assert shortcuts["editUndo"] == "Ctrl+Z" and shortcuts["editCopy"] == "Ctrl+C"
    assert shortcuts["editRevertLastSave"] == "Ctrl+Alt+Z"


def test_clipboard_and_undo_act_on_the_focused_field(qtbot, window) -> None:
    page = registry(qtbot, window)
    search = page.filter_bar.search
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    search.insert("张三")  # typed (keyClicks sends ASCII only)
    menu = window.edit_menu
    menu.refresh()
    assert menu.undo_action.isEnabled()
    menu.select_all_action.trigger()
    assert search.selectedText() == "张三"
    menu.refresh()
    menu.cut_action.trigger()
    assert search.text() == "" and QGuiApplication.clipboard().text() == "张三"
    menu.refresh()
    menu.paste_action.trigger()
    menu.paste_action.trigger()
    assert search.text() == "张三张三"
    menu.undo_action.trigger()
    assert search.text() != "张三张三"  # the field's own undo took the last paste back
    menu.redo_action.trigger()
    assert search.text() == "张三张三"


def test_copy_in_the_list_copies_the_selected_rows_as_cells(qtbot, window) -> None:
    page = registry(qtbot, window)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    menu = window.edit_menu
    menu.refresh()
    assert menu.copy_action.isEnabled() and not menu.cut_action.isEnabled()
    menu.copy_action.trigger()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 2
    names = [str(page.model.index(r, c).data()) for r in (0, 1) for c in range(page.model.columnCount())]
    assert all("\t" in line for line in lines)
    assert all(cell in names for line in lines for cell in line.split("\t") if cell)


def test_revert_the_last_save_of_the_chosen_child(qtbot, window, services) -> None:
    page = registry(qtbot, window)
    child_id = page.model.child_id(0)
    first, second = save_twice(services, child_id)
    page.table.setFocus()
    page.table.selectRow(0)
    menu = window.edit_menu
    menu.refresh()
    assert menu.revert_action.isEnabled()
    seen: list[str] = []
    said: list[str] = []  # every status line: the revert's own is set on the GUI thread after the commit
    window.statusBar().messageChanged.connect(said.append)
    press_in_next_box(QMessageBox.StandardButton.Ok, seen)
    menu.revert_action.trigger()
    qtbot.waitUntil(lambda: any("撤销上一次保存" in text for text in said), timeout=10000)
    assert services.children.get(child_id).data.notes == first
    assert f"{first} → {second}" in seen[0]  # the box showed what the save changed before asking


def test_revert_in_the_child_form_reloads_it_and_a_cancel_changes_nothing(qtbot, window, services) -> None:
    page = registry(qtbot, window)
    child_id = page.model.child_id(0)
    first, second = save_twice(services, child_id)
    form = ChildForm(window, services.children.get(child_id), window)
    qtbot.addWidget(form)
    form.show()
    assert form.notes.toPlainText() == second
    texts = [a.text() for a in form.edit_menu.menu.actions() if not a.isSeparator()]
    assert "撤销上一次保存(&S)…" in texts and "复制(&C)" in texts

    seen: list[str] = []
    press_in_next_box(QMessageBox.StandardButton.Cancel, seen)
    form.edit_menu.revert_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert services.children.get(child_id).data.notes == second

    form.notes.setPlainText("打了还没存")
    press_in_next_box(QMessageBox.StandardButton.Ok, seen)
    form.edit_menu.revert_action.trigger()
    qtbot.waitUntil(lambda: form.notes.toPlainText() == first, timeout=10000)
    assert "尚未保存的修改将被放弃" in seen[-1]
    assert form.detail is not None and form.detail.version == services.children.get(child_id).version
    assert not form.form_undo.dirty()
    form.reject()


def test_a_stale_form_is_refused_with_the_reason(qtbot, window, services) -> None:
    page = registry(qtbot, window)
    child_id = page.model.child_id(0)
    save_twice(services, child_id)
    form = ChildForm(window, services.children.get(child_id), window)
    qtbot.addWidget(form)
    form.show()
    detail = services.children.get(child_id)  # another office saves while the form is open
    services.children.update(child_id, dataclasses.replace(detail.data, notes="别处改的"), detail.version)
    seen: list[str] = []
    press_in_next_box(QMessageBox.StandardButton.Ok, seen)  # the confirmation
    form.edit_menu.revert_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)
    press_in_next_box(QMessageBox.StandardButton.Ok, seen)  # the refusal
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert "未撤销任何内容" in seen[1]
    assert services.children.get(child_id).data.notes == "别处改的"
    form.form_undo.mark_clean()
    form.reject()
