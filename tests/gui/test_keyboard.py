"""The registry by keyboard: Down from the search box into the list, Enter opens, Delete asks to archive."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.child_form import ArchiveDialog, ChildForm


def registry(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.show_page("registry")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    return page


def test_down_from_the_search_box_moves_into_the_list(qtbot, window) -> None:
    page = registry(qtbot, window)
    page.focus_search()
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or QApplication.focusWidget() is page.table
    assert page.selected_child_id() == page.model.child_id(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_child_id() == page.model.child_id(1)  # the list's own arrows go on from there
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is page.filter_bar.search  # up from the first row goes back


def test_enter_opens_the_chosen_child(qtbot, window) -> None:
    page = registry(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(2)
    chosen = page.selected_child_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.findChild(ChildForm)
    assert form is not None and form.isVisible()
    assert form.detail is not None and form.detail.id == chosen
    form.reject()


def test_delete_asks_to_archive_and_deletes_nothing(qtbot, window, services) -> None:
    page = registry(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(0)
    chosen = page.selected_child_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.findChild(ArchiveDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # a reason is needed first
    dialog.reject()
    assert services.children.get(chosen).archived_at is None


def test_ctrl_n_opens_a_new_child_form(qtbot, window) -> None:
    page = registry(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = next((f for f in page.findChildren(ChildForm) if f.detail is None), None)
    assert form is not None and form.isVisible()
    form.reject()


def test_the_search_boxs_own_example_finds_someone_in_the_demo(qtbot, window, services) -> None:
    """The placeholder's example of pinyin initials ("zsl" found nobody) finds demo children."""
    import re

    from special_ed.results.registry import RegistryFilter

    page = registry(qtbot, window)
    example = re.search(r"[a-z]{2,}", page.filter_bar.search.placeholderText())
    assert example is not None
    assert services.registry.count(RegistryFilter(text=example.group())) > 0
