"""The registry page: lazy paging, SQL-side filtering and sorting, search by pinyin initials, columns, export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from special_ed.domain.enums import FamilyFlag, Level, Placement
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.names import initials_of
from ui.registry.model import RegistryModel


def registry_page(window):
    return window.show_page("registry")


def wait_loaded(qtbot, page, action) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        action()


def test_model_passes_qt_model_tester(qtmodeltester, services) -> None:
    model = RegistryModel(services.registry, "zh")
    model.reload_now()
    assert model.total == 565
    assert model.rowCount() == RegistryModel.PAGE_SIZE  # only the first page is held
    qtmodeltester.check(model)


def test_scrolling_fetches_more_pages_in_the_background(qtbot, services) -> None:
    model = RegistryModel(services.registry, "zh")
    model.reload_now()
    while model.canFetchMore():
        with qtbot.waitSignal(model.more_loaded, timeout=5000):
            model.fetchMore()
        assert not model.canFetchMore() or model.rowCount() % RegistryModel.PAGE_SIZE == 0
    assert model.rowCount() == 565
    assert len({model.child_id(r) for r in range(model.rowCount())}) == 565


def test_search_by_pinyin_initials_finds_the_child(qtbot, window, services) -> None:
    page = registry_page(window)
    first = services.registry.page(RegistryQuery(limit=1)).rows[0]
    initials = initials_of(first.name)
    wait_loaded(qtbot, page, lambda: qtbot.keyClicks(page.filter_bar.search, initials))
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert first.name in names
    assert all(initials_of(n).startswith(initials) for n in names)
    assert str(page.model.total) in window.counts_label.text()


def test_search_by_resident_id_fragment(qtbot, window, services) -> None:
    page = registry_page(window)
    child = services.registry.page(RegistryQuery(limit=1, offset=10)).rows[0]
    fragment = child.resident_id[8:16]
    wait_loaded(qtbot, page, lambda: page.filter_bar.search.setText(fragment))
    ids = {page.model.child_id(r) for r in range(page.model.rowCount())}
    assert child.id in ids
    assert page.model.total == services.registry.count(RegistryFilter(text=fragment))


def test_filters_combine_and_match_the_database(qtbot, window, services) -> None:
    page = registry_page(window)
    bar = page.filter_bar
    township_id = bar.township.itemData(3)
    wait_loaded(qtbot, page, lambda: bar.township.setCurrentIndex(3))
    wait_loaded(qtbot, page, lambda: bar.level.setCurrentIndex(bar.level.findData(Level.SEVERE.value)))
    wait_loaded(qtbot, page, lambda: bar.flag_boxes[FamilyFlag.REGISTERED_POOR].setChecked(True))
    expected = services.registry.count(
        RegistryFilter(
            township_id=township_id, level=Level.SEVERE, flags=frozenset({FamilyFlag.REGISTERED_POOR})
        )
    )
    assert page.model.total == expected
    rows = [
        page.model.data(page.model.index(r, page.model.column_index("level")))
        for r in range(page.model.rowCount())
    ]
    assert set(rows) <= {"重度"}
    assert "符合" in window.counts_label.text()
    wait_loaded(qtbot, page, bar.clear)
    assert page.model.total == 565


def test_sort_by_column_is_done_by_the_database(qtbot, window) -> None:
    page = registry_page(window)
    column = page.model.column_index("placement")
    wait_loaded(qtbot, page, lambda: page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder))
    values = [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]
    assert values[0] == Placement.SPECIAL_SCHOOL.label  # "special_school" > "mainstream" > "home"
    age = page.model.column_index("age")
    wait_loaded(qtbot, page, lambda: page.table.sortByColumn(age, Qt.SortOrder.AscendingOrder))
    ages = [int(page.model.data(page.model.index(r, age))) for r in range(page.model.rowCount())]
    assert ages == sorted(ages)


def test_chosen_columns_are_remembered(qtbot, window, services) -> None:
    page = registry_page(window)
    menu = page.column_menu()
    village = next(a for a in menu.actions() if a.objectName() == "column_village")
    assert village.isChecked()
    village.setChecked(False)
    assert page.table.horizontalHeader().isSectionHidden(page.model.column_index("village"))
    from ui.registry.page import RegistryPage

    again = RegistryPage(window)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(again.model.column_index("village"))
    assert not again.table.horizontalHeader().isSectionHidden(again.model.column_index("name"))


def test_export_writes_the_filtered_view(qtbot, window, tmp_path: Path) -> None:
    page = registry_page(window)
    bar = page.filter_bar
    wait_loaded(
        qtbot, page, lambda: bar.placement.setCurrentIndex(bar.placement.findData(Placement.HOME.value))
    )
    from ui.registry.export import export_view

    target = tmp_path / "view.xlsx"
    op = export_view(window, page, page.model, page._visible_columns(), target, ask_full=False)
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "姓名"
    assert len(rows) - 1 == page.model.total == 135
    placement_col = rows[0].index("安置方式")
    assert {r[placement_col] for r in rows[1:]} == {"送教上门"}


def test_filter_applied_before_the_choices_arrive_is_kept(qtbot, window, services) -> None:
    from ui.operations import running_operations
    from ui.registry.page import RegistryPage

    township = services.reference.townships()[4]
    page = RegistryPage(window)  # its townships are still being loaded in the background
    qtbot.addWidget(page)
    page.open_with(filter=RegistryFilter(township_id=township.id, level=Level.MILD))
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    assert page.filter_bar.township.currentData() == township.id
    assert page.model.total == services.registry.count(RegistryFilter(township_id=township.id, level=Level.MILD))


def test_unsortable_column_keeps_the_current_order(qtbot, window) -> None:
    page = registry_page(window)
    flags = page.model.column_index("flags")
    before = [page.model.child_id(r) for r in range(10)]
    page.table.sortByColumn(flags, Qt.SortOrder.AscendingOrder)
    assert page.table.horizontalHeader().sortIndicatorSection() == 0
    assert [page.model.child_id(r) for r in range(10)] == before
    assert "不能按此列排序" in window.statusBar().currentMessage()
