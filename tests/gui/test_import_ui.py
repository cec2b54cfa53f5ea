"""The import wizard and the 三查 page, offscreen: mapping, preview, duplicates, cancel, follow-ups.

Screenshots of the mapping and preview steps and of the check page are written to
docs/screenshots/ when SPECIAL_ED_SCREENSHOTS is set (they were looked at before committing).
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.importing.check_service import CheckService
from special_ed.importing.samples import federation_rows, make_people, write_federation_xlsx, write_xlsx
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source
from special_ed.persistence.models import Child
from special_ed.results.checks import RESOLVED
from ui.host import ServiceHost
from ui.importing import CheckPage, ImportWizard
from ui.operations import running_operations

# The offscreen platform cannot propagate size hints of top-level dialogs; harmless here.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(widget: QWidget, name: str) -> None:
    if os.environ.get("SPECIAL_ED_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30000)


def next_page(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Next on the file page: the header is read on a worker, then the wizard moves on by itself."""
    before = wizard.currentId()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=30000)


def child_count(app) -> int:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(Child.id))) or 0)


def federation_file(tmp_path: Path) -> Path:
    people = make_people(40, seed=21)
    rows = [list(r) for r in federation_rows(people)]
    rows[2][3] = "5.00237E+17"  # Excel cut the ID
    rows[5][2] = "女" if rows[5][2] == "男" else "男"  # sex disagrees with the ID
    rows[7][3] = " " + str(rows[7][3]).lower() + " "  # spaces: normalised with a warning
    rows[9][7] = make_certificate(people[0].resident_id, 5, 1)  # someone else's certificate
    path = tmp_path / "县残联名单.xlsx"
    write_federation_xlsx(path, rows)
    return path


def test_wizard_mapping_and_preview(qtbot, qtmodeltester, sqlite_demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    wizard = ImportWizard(ServiceHost(app))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.source.setCurrentIndex(page.source.findData(Source.FEDERATION.value))
    page.path.setText(str(federation_file(tmp_path)))
    page.load_file()
    settle(qtbot)  # the file is read on a worker
    assert page.sheet.currentText() == "残疾人名单" and page.isComplete()
    next_page(qtbot, wizard)
    mapping_page = wizard.mapping_page
    qtmodeltester.check(mapping_page.model)
    assert mapping_page.isComplete()
    assert wizard.mapping.column_of("certificate_no") == 7
    # The user corrects one column: 监护人 should not be imported.
    mapping_page.model.setData(mapping_page.model.index(10, 2), "", Qt.ItemDataRole.EditRole)
    assert wizard.mapping.column_of("guardian_name") is None
    shoot(wizard, "import_mapping.png")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    preview = wizard.preview
    assert (preview.summary.valid, preview.summary.warned, preview.summary.rejected) == (36, 1, 3)
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    qtmodeltester.check(wizard.preview_page.proxy)
    # Row 7 of the data (Excel row 7) is the cut ID: red, with the reason in the tooltip.
    cut = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 7)
    id_cell = model.index(cut, 3 + 3)
    assert id_cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert "Excel" in id_cell.data(Qt.ItemDataRole.ToolTipRole)
    wizard.preview_page.filter.setCurrentIndex(1)  # only rejected
    assert wizard.preview_page.proxy.rowCount() == 3
    wizard.preview_page.filter.setCurrentIndex(0)
    wizard.preview_page.view.scrollTo(model.index(cut, 0))
    shoot(wizard, "import_preview.png")
    assert wizard.nextId() == ImportWizard.IMPORT  # no duplicates for an agency list
    wizard.next()
    # the GUI says, as the CLI does, that this list takes the previous one's place
    assert "会替换此前导入的残联名单" in wizard.import_page.status.text()
    with qtbot.waitSignal(wizard.imported, timeout=20000) as signal:
        wizard.import_page.run_import()
    assert signal.args[0].stored == 37
    assert wizard.import_page.result.stored == 37
    assert "替换了此前导入的残联名单" in wizard.import_page.status.text()


def children_file(app, tmp_path: Path, n: int) -> Path:  # type: ignore[no-untyped-def]
    towns = app.reference.townships()
    rows: list[list[object]] = []
    for i in range(n):
        birth = date(2015, 2, 1) + timedelta(days=i * 5)
        rid = make_resident_id("500237", birth, 700 + i % 200)
        rows.append(
            [
                f"导入{i}",
                "男" if int(rid[16]) % 2 else "女",
                rid,
                birth.isoformat(),
                towns[i % len(towns)].name,
            ]
        )
    with app.uow("read") as uow:
        known = uow.session.scalars(
            select(Child).where(Child.resident_id.is_not(None)).order_by(Child.id)
        ).first()
        rows.append([known.name, "男" if known.sex == "M" else "女", known.resident_id, known.birth_date.isoformat(),
                     towns[0].name])  # fmt: skip
    path = tmp_path / "儿童.xlsx"
    write_xlsx(path, ["姓名", "性别", "身份证号", "出生日期", "乡镇"], rows)
    return path


def test_wizard_duplicates_and_cancel(qtbot, qtmodeltester, sqlite_demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    before = child_count(app)
    wizard = ImportWizard(ServiceHost(app))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(children_file(app, tmp_path, 400)))
    wizard.file_page.load_file()
    settle(qtbot)
    next_page(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert wizard.nextId() == ImportWizard.DUPLICATES
    wizard.next()
    dups = wizard.duplicates_page.model
    qtmodeltester.check(dups)
    assert dups.rowCount() >= 1
    wizard.next()
    page = wizard.import_page
    page.run_import()
    wizard.task.cancel()  # the user presses 取消 straight away
    qtbot.waitUntil(lambda: page.start.isEnabled(), timeout=20000)
    assert "未作任何更改" in page.status.text()
    assert child_count(app) == before
    page.run_import()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    assert page.result.created == 400 and page.result.updated == 0
    assert child_count(app) == before + 400


def test_check_page_follow_up(qtbot, qtmodeltester, sqlite_demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    service = ImportService(app.ctx)
    service.commit(service.preview(federation_file(tmp_path), Source.FEDERATION))
    page = CheckPage(ServiceHost(app))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.run_check()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    dropout = next(i for i in page.items if i.kind.value == "dropout_suspected")
    page.select(dropout.id)
    page.step.setCurrentIndex(0)
    page.who.setText("村委会王主任")
    page.result.setPlainText("该户 2025 年起在外务工，孩子随迁")
    page._add_follow_up()  # written off the GUI thread, then the page reloads
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30000)
    page.select(dropout.id)
    assert page.history.count() == 1
    shoot(page, "import_check.png")
    page.resolution.setText("已核实在外省随迁就读")
    page._resolve()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30000)
    stored = {i.id: i for i in CheckService(app.ctx).findings()}[dropout.id]
    assert stored.status == RESOLVED and len(stored.follow_ups) == 1
    page.status_filter.setCurrentIndex(2)  # 全部: resolved findings are listed too
    page.who.setText("")
    page.select(dropout.id)
    page._add_follow_up()
    qtbot.waitUntil(lambda: "不能为空" in page.panel_message.text(), timeout=30000)


def test_file_page_says_why_a_file_cannot_be_read(qtbot, sqlite_demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ServiceHost(sqlite_demo_app))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    big5 = tmp_path / "big5.csv"
    big5.write_bytes("姓名,身份證號\n陳大文,110105\n".encode("big5"))
    page.path.setText(str(big5))
    page.load_file()
    settle(qtbot)
    assert "编码" in page.message.text() and not page.isComplete()
    page.path.setText(str(tmp_path / "没有这个文件.xlsx"))
    page.load_file()
    settle(qtbot)
    assert "找不到文件" in page.message.text() and not page.isComplete()


def test_children_mapping_needs_a_township_column(qtbot, sqlite_demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "无乡镇.xlsx"
    write_xlsx(path, ["姓名", "身份证号"], [["张三", make_resident_id("500237", date(2015, 1, 1), 1)]])
    wizard = ImportWizard(ServiceHost(sqlite_demo_app))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load_file()
    settle(qtbot)
    next_page(qtbot, wizard)
    assert not wizard.mapping_page.isComplete()
    assert "乡镇" in wizard.mapping_page.note.text()
