"""The features meet in the main window: 五有 marks and filter in the registry, records and printing
opened from a child's row, the home-teaching page in the navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from special_ed.domain.completeness import Mark
from ui.operations import running_operations


def _registry(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.show_page("registry")
    qtbot.waitUntil(lambda: running_operations() == 0 and page.model.rowCount() > 0, timeout=10000)
    return page


def test_registry_shows_five_marks_for_home_children_only(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _registry(qtbot, window)
    model = page.model
    col = model.column_index("files")
    assert model.headerData(col, Qt.Orientation.Horizontal) == "五有"
    expected = services.compliance.completeness_marks()
    home_rows = [r for r in range(model.rowCount()) if model.child_id(r) in expected]
    other_rows = [r for r in range(model.rowCount()) if model.child_id(r) not in expected]
    assert home_rows and other_rows
    row = home_rows[0]
    text = model.data(model.index(row, col))
    marks = expected[model.child_id(row)]
    assert text.split() == [f"{m.item.label[0]}{ {Mark.PRESENT: '✓', Mark.INCOMPLETE: '△', Mark.MISSING: '✗'}[m.mark]}"
                            for m in marks]
    assert "方案" in model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(other_rows[0], col)) == ""


def test_files_incomplete_filter_matches_the_records(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _registry(qtbot, window)
    incomplete = set(services.compliance.incomplete_children())
    home = set(services.compliance.completeness_marks())
    assert incomplete and incomplete <= home
    page.filter_bar.files_incomplete.setChecked(True)
    qtbot.waitUntil(lambda: running_operations() == 0 and page.model.total == len(incomplete), timeout=10000)
    while page.model.canFetchMore():
        page.model.fetch_more_now()
    shown = {page.model.child_id(r) for r in range(page.model.rowCount())}
    assert shown == incomplete
    page.filter_bar.files_incomplete.setChecked(False)
    qtbot.waitUntil(lambda: running_operations() == 0 and page.model.total == 565, timeout=10000)


def test_records_and_print_open_from_the_selected_child(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from ui.printing.batch_dialog import BatchPrintDialog
    from ui.printing.preview_dialog import PrintPreviewDialog
    from ui.records.dialog import ChildRecordsDialog

    page = _registry(qtbot, window)
    assert not page.action_buttons["records"].isEnabled()
    home_child = next(iter(services.compliance.completeness_marks()))
    page.filter_bar.search.setText(services.children.get(home_child).data.name)
    page.filter_bar.flush()
    qtbot.waitUntil(lambda: running_operations() == 0 and page.model.row_of(home_child) is not None, timeout=10000)
    assert page.select_child(home_child)
    assert page.action_buttons["records"].isEnabled() and page.action_buttons["print"].isEnabled()
    page.action_buttons["records"].click()
    page.action_buttons["print"].click()
    window.trigger("print_batch")
    records = page.findChildren(ChildRecordsDialog)
    previews = page.findChildren(PrintPreviewDialog)
    batches = page.findChildren(BatchPrintDialog)
    assert [d.child_id for d in records] == [home_child] and [d.child_id for d in previews] == [home_child]
    assert len(batches) == 1 and batches[0].filter == page.model.filter
    assert records[0].isVisible() and previews[0].isVisible()
    # let the dialogs' background work finish before the database closes
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30000)
    for dialog in (*records, *previews, *batches):
        dialog.reject()


def test_home_teaching_page_is_in_the_navigation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("home_teaching")
    qtbot.waitUntil(lambda: page.compliance.report is not None, timeout=30000)
    assert window.nav.currentItem().text() == "送教上门"
    assert set(window.page_commands()) == {"refresh", "print_batch"}


def test_import_wizard_and_cross_check_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.importing.wizard import ImportWizard

    window.trigger("import")
    assert window.current_key() == "registry"
    wizards = window.current_page().findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].reject()
    page = window.show_page("check")
    assert type(page).__name__ == "CheckPage"
    assert window.nav.currentItem().text() == "三查比对"
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def test_closing_the_window_stops_a_running_solve(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("schedule")
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    page.solve_button.click()
    assert page.busy
    window.close()
    assert not page.busy and running_operations() == 0


def test_placement_review_starts_from_the_current_team_and_school(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from special_ed.domain.enums import Placement
    from ui.placement.placement_dialog import PlacementDialog

    child = next(iter(services.compliance.completeness_marks()))
    detail = services.children.get(child)
    assert detail.placement == Placement.HOME.value and detail.team_id is not None
    dialog = PlacementDialog(window, child, window)
    qtbot.addWidget(dialog)
    assert dialog.team.currentData() == detail.team_id
    assert dialog.home_school.currentData() == detail.placement_school_id
    assert dialog.kind() is Placement.HOME
