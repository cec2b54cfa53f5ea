"""The 三查 page's first load and the import wizard's file and header reads run on a worker: no SQL
and no file read on the GUI thread, and what they read reaches the widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ui.importing.wizard as wizard_module
from special_ed.importing.samples import federation_rows, make_people, write_federation_xlsx
from special_ed.importing.sources import Source
from tests.gui.gui_thread import record_threads, sql_on_gui_thread
from ui.host import ServiceHost
from ui.importing import CheckPage, ImportWizard
from ui.operations import running_operations

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30000)


def test_the_check_page_loads_off_the_gui_thread(qtbot: Any, sqlite_demo_app: Any, monkeypatch: Any) -> None:
    app = sqlite_demo_app
    from special_ed.importing.check_service import CheckService

    threads: list[bool] = []
    monkeypatch.setattr(CheckService, "findings", record_threads(CheckService.findings, threads))
    with sql_on_gui_thread(app.engine) as seen:
        page = CheckPage(ServiceHost(app))
        qtbot.addWidget(page)
        settle(qtbot)
    assert threads == [False] and seen == [], seen[:3]
    assert page.summary.text() and page.lists_label.text()  # the counts and the lists compared arrived


def test_the_wizard_reads_the_file_and_its_header_off_the_gui_thread(
    qtbot: Any, sqlite_demo_app: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "县残联名单.xlsx"
    write_federation_xlsx(path, [list(r) for r in federation_rows(make_people(12, seed=3))])
    opened: list[bool] = []  # each SheetTable the wizard opens: on the GUI thread?
    monkeypatch.setattr(wizard_module, "SheetTable", record_threads(wizard_module.SheetTable, opened))
    app = sqlite_demo_app
    with sql_on_gui_thread(app.engine) as seen:
        wizard = ImportWizard(ServiceHost(app))  # the presets are read on a worker too
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.file_page
        page.source.setCurrentIndex(page.source.findData(Source.FEDERATION.value))
        page.path.setText(str(path))
        page.load_file()
        assert not page.isComplete()  # Next waits for the file
        settle(qtbot)
        assert page.sheet.currentText() == "残疾人名单" and page.isComplete()
        wizard.next()  # the header is read on a worker; the mapping page opens when it arrives
        assert wizard.currentId() == ImportWizard.FILE
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=30000)
    assert opened == [False, False]  # the sheets, then the header and sample rows
    assert seen == [], seen[:3]
    assert wizard.mapping.column_of("certificate_no") == 7 and wizard.samples
    assert wizard.table_info[0] == path and wizard.table_info[1] == "残疾人名单"
