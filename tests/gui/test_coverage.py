"""Coverage page: models, numbers that open the registry on exactly those children, and numbers that move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from special_ed.domain.child import ChildInput
from special_ed.domain.enums import Placement, Sex
from special_ed.domain.identifiers import make_resident_id
from special_ed.results.registry import RegistryFilter, RegistryQuery


def coverage_page(qtbot, window):
    page = window.show_page("coverage")
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    return page


def refreshed(qtbot, page):
    """The page recomputes by itself after a service commits: the unit of work publishes the change
    and the window relays it, nobody tells the page."""
    return qtbot.waitSignal(page.report_ready, timeout=10000)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:
    page = coverage_page(qtbot, window)
    for model in (page.townships, page.matrix, page.exceptions):
        qtmodeltester.check(model)


def test_figures_match_the_registry_they_open(qtbot, window, services) -> None:
    page = coverage_page(qtbot, window)
    report = page.report
    assert page.figures["school_age"].text() == str(report.school_age)
    assert report.school_age > 0 and report.placed <= report.school_age
    registry = window.page("registry") or window.show_page("registry")
    window.show_page("coverage")
    for key, expected in (("school_age", report.school_age), ("placed", report.placed)):
        with qtbot.waitSignal(registry.model.loaded, timeout=10000):
            page.figures[key].click()
        assert window.current_key() == "registry"
        assert registry.model.total == expected
        assert registry.filter_bar.base_label.isVisibleTo(registry)
    township = report.townships[0]
    with qtbot.waitSignal(registry.model.loaded, timeout=10000):
        page.chart.sets[Placement.HOME.value].clicked.emit(
            len(report.townships) - 1
        )  # top bar = first township
    expected = sum(n for (_lv, pl), n in township.by_level_placement.items() if pl == Placement.HOME.value)
    assert registry.model.total == expected
    assert registry.filter_bar.township.currentData() == township.township_id


def test_numbers_change_with_the_records(qtbot, window, services) -> None:
    page = coverage_page(qtbot, window)
    before = page.report
    placed = services.registry.page(
        RegistryQuery(before.base_filter().with_changes(placed=True), limit=1)
    ).rows[0]
    with refreshed(qtbot, page):
        services.children.archive(placed.id, "迁出本县")
    assert page.report.school_age == before.school_age - 1
    assert page.report.placed == before.placed - 1

    township = services.reference.townships()[0]
    birth = date(before.reference_date.year - 8, 3, 1)
    with refreshed(qtbot, page):
        new_id = services.children.create(
            ChildInput(
                name="覃小雨",
                sex=Sex.FEMALE,
                birth_date=birth,
                township_id=township.id,
                resident_id=make_resident_id("500237", birth, 222),
            )
        ).id
    assert page.report.uncovered == before.uncovered + 1
    assert page.figures["uncovered"].text() == str(before.uncovered + 1)
    registry = window.page("registry")
    for key, expected in (("placed", page.report.placed), ("uncovered", page.report.uncovered),
                          ("school_age", page.report.placed + page.report.uncovered + page.report.excepted)):
        with qtbot.waitSignal(registry.model.loaded, timeout=10000):
            page.figures[key].click()
        assert registry.model.total == expected, key
    window.show_page("coverage")
    row = next(
        r
        for r in range(page.exceptions.rowCount())
        if page.exceptions.data(page.exceptions.index(r, 0)) == "覃小雨"
    )
    assert page.exceptions.data(page.exceptions.index(row, 4)) == "未记录原因"

    page.exceptions_view.selectRow(row)
    dialog = page.record_exception()
    dialog.reason.setPlainText("在县医院住院治疗")
    with qtbot.waitSignal(page.report_ready, timeout=10000):
        dialog.ok.click()
    assert page.report.uncovered == before.uncovered
    assert page.report.excepted == before.excepted + 1
    assert services.registry.count(RegistryFilter(child_ids=(new_id,))) == 1


def test_export_report(qtbot, window, tmp_path: Path) -> None:
    page = coverage_page(qtbot, window)
    from ui.coverage.export import export_report

    target = tmp_path / "coverage.xlsx"
    op = export_report(window, page, page.report, target)
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    book = load_workbook(target)
    assert book.sheetnames == ["概况", "按乡镇", "程度×安置", "未安置名单"]
    summary = {r[0]: r[1] for r in book["概况"].iter_rows(values_only=True)}
    assert summary["适龄残疾儿童"] == page.report.school_age
    towns = list(book["按乡镇"].iter_rows(values_only=True))
    assert len(towns) == len(page.report.townships) + 2
