"""The batch dialog prints straight to a printer and ends with the summary; 设置 holds the 装订边距."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from special_ed.bootstrap import App, build_app
from special_ed.services.demo import generate_demo
from special_ed.services.registry import RegistryFilter, RegistryQuery
from tests.integration.records.test_batch_to_printer import fake_cups
from ui.host import ServiceHost
from ui.printing import BatchPrintDialog

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name == "nt", reason="CUPS")]


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    path = tmp_path_factory.mktemp("gui-print") / "county.sqlite3"
    app = build_app(f"sqlite:///{path}", "tester", clock=lambda: datetime(2026, 11, 28, 10))
    generate_demo(app.ctx, children=5)
    yield app
    app.close()


def test_straight_to_the_printer_with_duplex_and_the_summary(
    qtbot, county: App, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    names = [r.name for r in county.registry.page(RegistryQuery(limit=10)).rows]
    jobs = fake_cups(tmp_path, refuse=sorted(names)[0])
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr("ui.printing.batch_dialog.available_printers", lambda: ["Office", "Archive"])
    dialog = BatchPrintDialog(ServiceHost(county), RegistryFilter(), workers=1)
    qtbot.addWidget(dialog)
    assert dialog.to_printer.isEnabled() and dialog.printer.currentText() == "Office"
    dialog.to_printer.setChecked(True)
    assert not dialog.folder.isEnabled()  # no folder: nothing is kept on disk
    dialog.duplex.setCurrentIndex(dialog.duplex.findData("long"))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60000)
    printed = dialog.last_printed
    assert printed is not None and printed.children == dialog.count - 1 == len(list(jobs.glob("*.pdf")))
    text = dialog.current.text()
    assert f"已送打印机“Office”：{printed.children} 名儿童的档案，共 {printed.pages} 页" in text
    assert "未打印 1 份" in text and "paper jam" in text
    assert all("sides=two-sided-long-edge" in p.read_text(encoding="utf-8") for p in jobs.glob("*.txt"))


def test_no_printer_leaves_the_choice_disabled(qtbot, county: App, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.printing.batch_dialog.available_printers", lambda: [])
    dialog = BatchPrintDialog(ServiceHost(county), RegistryFilter(), workers=1)
    qtbot.addWidget(dialog)
    assert not dialog.to_printer.isEnabled() and dialog.per_child.isChecked()
    assert "没有安装打印机" in dialog.to_printer.toolTip()


def test_the_binding_margin_is_a_setting_in_the_settings_page(qtbot, county: App) -> None:  # type: ignore[no-untyped-def]
    from ui.norms_editor import NormsEditor

    class Host(ServiceHost):
        def lang(self) -> str:
            return "zh"

        def show_status(self, text: str, timeout_ms: int = 5000) -> None:
            pass

    editor = NormsEditor(Host(county))
    qtbot.addWidget(editor)
    assert editor.binding.value() == 30
    editor.binding.setValue(24)
    assert editor.to_dict()["print_binding_mm"] == 24
    county.settings.save(editor.to_dict(), county.settings.versions())
    assert county.printing.options().binding_mm == 24
    editor.load()
    assert editor.binding.value() == 24
