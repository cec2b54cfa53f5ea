"""The small wrong things of daily use, each checked as a person meets it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def empty_county(tmp_path: Path) -> Iterator[object]:
    from special_ed.bootstrap import build_app

    app = build_app(f"sqlite:///{tmp_path / 'empty.sqlite3'}", "coordinator")
    yield app
    from ui.app import drain_workers

    drain_workers()
    app.close()


def test_statistics_of_a_county_without_children_give_no_rate_and_no_nan(qtbot, empty_county) -> None:
    """统计 showed 入学率 100.0 % (and Qt's NaN warnings, which fail this test) with nobody counted."""
    from ui.main_window import MainWindow
    from ui.operations import running_operations

    window = MainWindow(empty_county, "empty")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("coverage")
    qtbot.waitUntil(lambda: running_operations() == 0 and page.report is not None, timeout=10000)
    assert page.figures["school_age"].text() == "0"
    assert page.figures["rate"].text() == "—"
    assert "没有" in page.figures["rate"].toolTip()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    assert page.report.enrolment_rate is None


def test_file_dialogs_start_in_the_documents_folder(qtbot, window, monkeypatch, tmp_path) -> None:
    """They started in the program's folder (the working directory)."""
    from PySide6.QtWidgets import QFileDialog

    from ui.file_dialogs import documents_folder, start_path

    asked: list[str] = []

    def fake_save(_parent, _title, where, _filter="", *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(where)
        return "", ""  # the person cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_save)
    work = tmp_path / "program folder"
    work.mkdir()
    monkeypatch.chdir(work)
    page = window.show_page("registry")
    page.export()
    from ui.importing.wizard import ImportWizard

    wizard = ImportWizard(window, window)
    qtbot.addWidget(wizard)
    wizard.page(0)._browse()
    documents = str(documents_folder())
    assert len(asked) == 2 and all(where.startswith(documents) for where in asked), asked
    assert not any(where.startswith(str(work)) for where in asked)
    assert start_path("名册.xlsx") == str(documents_folder() / "名册.xlsx")
    assert list(work.iterdir()) == []  # cancelled: nothing written anywhere


def test_a_rejection_reason_is_shown_before_any_warning_in_the_import_preview(qtmodeltester) -> None:
    """A long warning first pushed the reason for rejecting the row out of the column."""
    from PySide6.QtCore import Qt

    from special_ed.errors import Issue
    from special_ed.importing.columns import ColumnMapping
    from special_ed.importing.validation import ValidatedRow
    from ui.importing.models import PreviewModel

    warning = Issue("import.text_normalised", "name", {"value": "张　三 ", "normalised": "张三"}, "warning")
    rejection = Issue("required", "name")
    model = PreviewModel([ValidatedRow(5, ["张　三 "], {}, [warning, rejection])], ColumnMapping(["姓名"], {0: "name"}))
    qtmodeltester.check(model)
    shown = model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    assert shown.startswith("拒收：" + rejection.message("zh"))
    assert "提醒：" + warning.message("zh") in shown
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == "拒收"


def test_open_folder_says_where_the_files_are_when_no_file_manager_answers(qtbot, monkeypatch, tmp_path) -> None:
    """打开文件夹 silently did nothing on a PC without a file manager."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.printing.pdf_pages import open_folder

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_folder(parent, tmp_path) is False
    box = parent.findChild(QMessageBox, "noFileManager")
    assert box is not None and str(tmp_path) in box.text() and "没有文件管理器" in box.text()
    box.close()
