"""Print preview and batch print dialogs on a small SQLite demo county (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtPrintSupport import QPrinter

from special_ed.bootstrap import App, build_app
from special_ed.persistence import models as m
from special_ed.results.registry import RegistryFilter
from special_ed.services.demo import generate_demo
from ui.host import ServiceHost
from ui.printing import BatchPrintDialog, PrintPreviewDialog
from ui.printing.pdf_pages import print_pages

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    path = tmp_path_factory.mktemp("gui-db") / "county.sqlite3"
    app = build_app(f"sqlite:///{path}", "tester", clock=lambda: datetime(2026, 11, 28, 10))
    generate_demo(app.ctx, children=24)
    yield app
    app.close()


def home_child(app: App) -> int:
    from sqlalchemy import select

    with app.uow("read") as uow:
        found = uow.session.scalar(select(m.Child.id).where(m.Child.placement == "home").limit(1))
    assert found is not None
    return int(found)


def test_preview_renders_saves_and_switches_document(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(ServiceHost(county), home_child(county))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.viewer.source is not None, timeout=20000)
    assert dialog.viewer.source is not None and dialog.viewer.source.page_count == dialog._pages > 1
    assert "共" in dialog.status.text() and "打码" in dialog.status.text()
    saved = dialog.save_to(tmp_path / "档案")
    assert saved.name == "档案.pdf" and len(PdfReader(saved).pages) == dialog._pages
    assert dialog.folder_button.isEnabled()
    dialog.document.setCurrentIndex(1)  # the placement notice
    qtbot.waitUntil(lambda: dialog._pages == 1 and dialog.print_button.isEnabled(), timeout=20000)
    assert "入学安置意见书" in "".join(PdfReader(dialog.viewer.source.path).pages[0].extract_text().split())
    dialog.full.setChecked(True)
    qtbot.waitUntil(lambda: "完整打印" in dialog.status.text(), timeout=20000)
    dialog.close()


def test_pages_print_through_a_qprinter(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(ServiceHost(county), home_child(county))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.viewer.source is not None, timeout=20000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    seen: list[int] = []
    printed = print_pages(dialog.viewer.source, printer, 1, 2, lambda n: seen.append(n) or True)
    assert printed == 2 and seen == [1, 2]
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    dialog.close()


def test_batch_dialog_prints_and_opens_folder_button(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BatchPrintDialog(ServiceHost(county), RegistryFilter(placement=None), workers=1)
    qtbot.addWidget(dialog)
    assert dialog.count == 24
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.merged.setChecked(True)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.folder_button.isEnabled(), timeout=60000)
    assert dialog.progress.value() == 24 and "完成" in dialog.current.text()
    [merged] = list((tmp_path / "out").iterdir())
    assert merged.suffix == ".pdf" and len(PdfReader(merged).outline) > 0


def test_batch_dialog_cancel_leaves_nothing(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BatchPrintDialog(ServiceHost(county), RegistryFilter(), workers=1)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.start_button.click()
    assert dialog.running and not dialog.close_button.isEnabled()
    dialog.cancel_button.click()  # well before 24 files are done
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60000)
    assert "已取消" in dialog.current.text()
    assert list((tmp_path / "out").iterdir()) == []


def test_monthly_summary_dialog(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from ui.printing import MonthlySummaryDialog

    dialog = MonthlySummaryDialog(ServiceHost(county))
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(2026, 11, 1))
    dialog.by.setCurrentIndex(1)  # by township
    dialog.file.setText(str(tmp_path / "summary.pdf"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=30000)
    text = "".join(PdfReader(tmp_path / "summary.pdf").pages[0].extract_text().split())
    assert "2026年11月送教上门情况汇总" in text and "已生成" in dialog.status.text()
    dialog.file.setText(str(tmp_path / "summary.txt"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=30000)
    assert ".pdf" in dialog.status.text()  # the clear message for a wrong file type


def test_progress_signals_do_not_leak_references_to_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12/CPython 3.11: emit() under-counts its bool result; thousands of emits used to abort.

    A batch reports every file through the operation's progress token, so that path is the one to guard."""
    import sys

    from PySide6.QtWidgets import QWidget

    from ui.operations import Operation

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[int] = []

    def work(progress) -> None:  # type: ignore[no-untyped-def]
        progress.set_total(5000)
        for _ in range(5000):
            progress.advance(1, "x")

    before = sys.getrefcount(True)
    op = Operation(parent, work, delay_ms=None, on_progress=lambda done, total, name: seen.append(done))
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None
    assert abs(sys.getrefcount(True) - before) < 10  # without the fix: -5000
    assert seen[-1] == 5000


def test_records_dialog_prints_the_service_agreement(qtbot, county: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from ui.operations import running_operations
    from ui.printing.preview_dialog import AGREEMENT
    from ui.records.dialog import ChildRecordsDialog

    child = home_child(county)
    records = ChildRecordsDialog(ServiceHost(county), child)
    qtbot.addWidget(records)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    button = records.findChild(QPushButton, "printAgreement")
    assert button is not None and button.isEnabled()
    button.click()
    preview = records.findChild(PrintPreviewDialog)
    assert preview is not None and preview.kind == AGREEMENT
    qtbot.waitUntil(lambda: preview.viewer.source is not None, timeout=20000)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(preview.viewer.source.path).pages)
    name = county.children.get(child).data.name
    assert "送教上门服务协议" in text and name in text and "乙方（监护人）" in text
    saved = preview.save_to(tmp_path / "协议")
    assert saved.name == "协议.pdf" and preview.default_name().startswith("送教服务协议")
    preview.close()
    records.close()
