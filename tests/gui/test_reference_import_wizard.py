"""The import wizard on the county's reference lists: choose 学校, download the template, preview, import.

The preview screenshot (docs/screenshots/import_reference_preview.png) is written when
SPECIAL_ED_SCREENSHOTS is set; it was looked at before committing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from special_ed.changes import Change
from special_ed.importing.reference_kinds import ReferenceKind
from ui.host import ServiceHost
from ui.importing import ImportWizard
from ui.operations import running_operations

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def badong(tmp_path: Path) -> Iterator[object]:
    from special_ed.bootstrap import build_app
    from tests.conftest import fixed_clock

    app = build_app(f"sqlite:///{tmp_path / 'badong.sqlite3'}", "协调员", clock=fixed_clock)
    app.county.init_county("422823")
    yield app
    app.close()


def fill(path: Path, rows: Sequence[Sequence[object]]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(path)


def test_wizard_imports_a_schools_file(qtbot, qtmodeltester, badong, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = badong
    host = ServiceHost(app)
    heard: list[object] = []
    host.changes.connect(heard.append)
    wizard = ImportWizard(host)
    qtbot.addWidget(wizard)
    wizard.resize(1366 - 80, 768 - 80)
    wizard.show()
    page = wizard.file_page
    assert not page.template.isEnabled()  # lists of people have no template here
    page.kind.setCurrentIndex(page.kind.findData(ReferenceKind.SCHOOLS.value))
    assert wizard.reference_kind() is ReferenceKind.SCHOOLS
    assert page.template.isEnabled() and not page.source.isVisible() and page.datum.isVisible()
    assert wizard.windowTitle() == "导入：学校"

    # a file of another kind is told which columns this list needs
    other = tmp_path / "儿童名单.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "身份证号", "出生日期"])
    book.save(other)
    page.path.setText(str(other))
    page.load_file()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)  # the file is read on a worker
    assert not page.isComplete()
    assert "找不到学校名单的表头（应有：学校名称、办学类型、所在乡镇）" in page.message.text()

    # 下载模板: the shipped template is saved where the user says, and becomes the file to import
    target = tmp_path / "我的学校.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.template.click()
    assert target.is_file() and page.path.text() == str(target)
    fill(target, [
        ("4228230101", "信陵镇中心小学", "小学", "信陵镇", "解放路 1 号", "31.04", "110.34"),
        ("", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "", None, None),
        ("", "东瀼口镇中心小学", "九年一贯制学校", "东瀼口镇", "", None, None),
        ("", "溪丘湾乡中心小学", "小学", "溪丘湾乡", "", "110.45", "31.12"),  # columns swapped: a warning
        ("42282301", "官渡口镇初级中学", "初级中学", "官渡口镇", "", None, None),
        ("", "外县小学", "小学", "巴山镇", "", None, None),
        ("", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "", None, None),
        ("", "野三关镇幼儿园", "幼儿园", "野三关镇", "", "51.5", "-0.12"),  # no county positions yet: China's box
    ])  # fmt: skip
    page.load_file()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    assert page.sheet.currentText() == "学校" and page.isComplete(), page.message.text()

    wizard.next()  # reads the header on a worker, then moves on
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING, timeout=20000)
    mapping_page = wizard.mapping_page
    qtmodeltester.check(mapping_page.model)
    assert mapping_page.isComplete() and not mapping_page.save.isVisible()
    assert mapping_page.model.index(1, 2).data() == "学校名称"
    # unmapping a required column is caught before the preview
    mapping_page.model.setData(mapping_page.model.index(3, 2), "", Qt.ItemDataRole.EditRole)
    assert not mapping_page.isComplete() and "所在乡镇" in mapping_page.note.text()
    mapping_page.model.setData(mapping_page.model.index(3, 2), "township", Qt.ItemDataRole.EditRole)
    assert mapping_page.isComplete()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    preview = wizard.preview
    assert (preview.summary.valid, preview.summary.warned, preview.summary.rejected) == (3, 1, 4)
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    reasons = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert reasons[5] == "纬度、经度两列填反了，已按纬度 31.12、经度 110.45 读取"
    assert "学校标识码应为 10 位数字" in reasons[6]
    assert "乡镇“巴山镇”不是本县的乡镇（街道）" in reasons[7]
    assert "与第 3 行重复" in reasons[8]
    assert "不在中国境内" in reasons[9]
    bad_town = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 7)
    assert model.index(bad_town, 3 + 3).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert "Validating" not in wizard.preview_page.summary.text()
    if os.environ.get("SPECIAL_ED_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(SHOTS / "import_reference_preview.png"))

    # the rejects report, then the import in one transaction
    rejects = tmp_path / "拒收.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rejects), ""))
    wizard.preview_page._export_rejects()
    assert openpyxl.load_workbook(rejects).worksheets[0].max_row == 2 + 4
    assert wizard.nextId() == ImportWizard.IMPORT
    wizard.next()
    assert "将在一个事务中导入 4 行（拒收的 4 行不导入）" in wizard.import_page.status.text()
    with qtbot.waitSignal(wizard.imported, timeout=20000) as signal:
        wizard.import_page.run_import()
    assert signal.args[0].created == 4
    assert "已添加 4 条到学校名单" in wizard.import_page.status.text()
    schools = {s.name: s for s in app.reference.schools()}
    assert set(schools) == {"信陵镇中心小学", "巴东县特殊教育学校", "东瀼口镇中心小学", "溪丘湾乡中心小学"}
    assert (schools["溪丘湾乡中心小学"].lat, schools["溪丘湾乡中心小学"].lon) == (31.12, 110.45)
    qtbot.waitUntil(lambda: any(c.touches(Change.REFERENCE) for c in heard), timeout=5000)  # type: ignore[attr-defined]


def test_each_reference_tab_opens_the_wizard_on_its_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("reference")
    qtbot.waitUntil(lambda: bool(page.lists.townships), timeout=20000)
    for tab, kind, label in ((page.schools, ReferenceKind.SCHOOLS, "导入…"),
                             (page.teams, ReferenceKind.TEAMS, "导入…"),
                             (page.villages, ReferenceKind.VILLAGES, "导入坐标…")):  # fmt: skip
        button = next(b for b in tab.findChildren(QPushButton) if b.text() == label)
        button.click()
        wizard = page.wizard
        assert wizard.reference_kind() is kind and wizard.isVisible()
        assert wizard.file_page.template.isEnabled()
        wizard.reject()
