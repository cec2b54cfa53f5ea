"""A county that is not the demo's, from an empty database to a month's schedule — through the widgets.

The GUI twin of tests/e2e/test_county_from_nothing.py: the first-run dialog (the real ``exec()`` of
the start-up path) chooses 巴东县 from the official lists; on 基础数据 the school, its teachers and a
team come in through the import wizard from the shipped templates; then a child is added by hand
in the child form, assessed, placed 送教上门 with that team, given a 方案 and a visit in the 五有 file, and the
print preview writes the child's PDF; the village's coordinates come in through the wizard and
送教排程 computes next month's routes and writes them to the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from special_ed.domain.enums import Delivery, GoalKind, Level, Placement
from special_ed.domain.identifiers import make_resident_id
from special_ed.importing.reference_kinds import ReferenceKind
from special_ed.services.registry import RegistryFilter, RegistryQuery
from ui.child_form import ChildForm
from ui.operations import running_operations

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Any]:
    from special_ed.bootstrap import build_app

    app = build_app(f"sqlite:///{tmp_path / '新县.sqlite3'}", "协调员")
    yield app
    app.close()


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def on_next_modal(act: Callable[[Any], None]) -> None:
    """Drive the next modal dialog (opened with exec()) once it is up."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def import_list(qtbot: Any, page: Any, tab: Any, kind: ReferenceKind, rows: Sequence[Sequence[object]],
                folder: Path, monkeypatch: Any) -> Any:  # fmt: skip
    """基础数据 → 导入… → 下载模板… → fill it in → preview → import, as a coordinator does."""
    label = "导入坐标…" if kind is ReferenceKind.VILLAGES else "导入…"
    next(b for b in tab.findChildren(QPushButton) if b.text() == label).click()
    wizard = page.wizard
    assert wizard.reference_kind() is kind
    target = folder / kind.template_name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    wizard.file_page.template.click()
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(target)
    wizard.file_page.load_file()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)  # the file is read on a worker
    assert wizard.file_page.isComplete(), wizard.file_page.message.text()
    wizard.next()  # reads the header on a worker, then moves on
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING, timeout=20000)
    assert wizard.mapping_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert wizard.preview.summary.rejected == 0, [r.issues for r in wizard.preview.rows]
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20000) as signal:
        wizard.import_page.run_import()
    wizard.accept()
    return signal.args[0]


def test_a_new_county_through_the_window(qtbot, empty, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.county_setup import CountySetupDialog
    from ui.main_window import MainWindow
    from ui.startup import ensure_county

    app = empty
    assert not app.county.profile().configured

    # ---- first run: the county from the official lists, then its profile ----------------------------
    def choose_badong(dialog: Any) -> None:
        assert isinstance(dialog, CountySetupDialog)
        dialog.province.setCurrentIndex(dialog.province.findData("42"))
        dialog.city.setCurrentIndex(dialog.city.findData("4228"))
        dialog.select_code("422823")
        assert dialog.authority.currentText() == "巴东县教育局"
        dialog.phone.setText("0718-4322222")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_next_modal(choose_badong)
    ensure_county(app)  # what the start-up runs on an empty database
    profile = app.county.profile()
    assert (profile.code, profile.name, profile.phone) == ("422823", "巴东县", "0718-4322222")

    window = MainWindow(app, app.info.display)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)

    # ---- 基础数据: school, teachers and a team through the import wizard --------------------------------
    page = window.show_page("reference")
    qtbot.waitUntil(lambda: bool(page.lists.townships) and running_operations() == 0, timeout=20000)
    town = next(t for t in page.lists.townships if t.name == "信陵镇")
    assert import_list(qtbot, page, page.schools, ReferenceKind.SCHOOLS, [
        ("4228230099", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "信陵镇江北路 8 号", "31.045", "110.345"),
    ], tmp_path, monkeypatch).created == 1  # fmt: skip
    assert import_list(qtbot, page, page.teachers, ReferenceKind.TEACHERS, [
        ("谭老师", "巴东县特殊教育学校", "特教教师", "13900001111", "是"),
        ("向老师", "巴东县特殊教育学校", "普通教师", "", "是"),
    ], tmp_path, monkeypatch).created == 2  # fmt: skip
    assert import_list(qtbot, page, page.teams, ReferenceKind.TEAMS, [
        ("信陵送教组", "巴东县特殊教育学校", "谭老师", "向老师", "", "信陵镇"),
    ], tmp_path, monkeypatch).created == 1  # fmt: skip
    qtbot.waitUntil(lambda: page.teams.model.rowCount() == 1, timeout=20000)  # the page heard the imports
    assert page.schools.model.rowCount() == 1 and page.teachers.model.rowCount() == 2
    team = app.reference.teams()[0]
    assert team.name == "信陵送教组" and team.township_ids == (town.id,)

    # ---- a child added by hand ------------------------------------------------------------------------
    window.findChild(type(window.toolbar.actions()[0]), "action_new_child").trigger()
    form = window.findChild(ChildForm)
    assert form is not None and form.isVisible()
    form.name.setText("谭小明")
    form.sex.setCurrentIndex(form.sex.findData("M"))
    form.birth_date.setDate(QDate(2015, 5, 6))
    form.resident_id.setText(make_resident_id("422823", QDate(2015, 5, 6).toPython(), 11))
    form.township.setCurrentIndex(form.township.findData(town.id))
    assert form.village.count() > 1  # the official villages of 信陵镇
    form.village.setCurrentIndex(1)
    registry = window.page("registry")
    with qtbot.waitSignal(registry.model.loaded, timeout=20000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    found = app.registry.page(RegistryQuery(RegistryFilter(text="谭小明"))).rows
    assert [r.name for r in found] == ["谭小明"]
    child = found[0].id
    assert app.children.get(child).data.village_id is not None
    with qtbot.waitSignal(registry.model.loaded, timeout=20000):
        registry.filter_bar.apply(RegistryFilter(child_ids=(child,)))
    assert registry.select_child(child)

    # ---- assessed, then placed 送教上门 with the imported team --------------------------------------------
    from ui.placement.assessment_dialog import AssessmentDialog
    from ui.placement.placement_dialog import PlacementDialog

    qtbot.mouseClick(registry.action_buttons["assess"], Qt.MouseButton.LeftButton)
    assess = registry.findChild(AssessmentDialog)
    assess.level.setCurrentIndex(assess.level.findData(Level.SEVERE.value))
    assess.members.setText("谭老师、巴东县人民医院李医生、信陵镇社工")
    assess.findings["运动"].setPlainText("不能独立行走")
    assess.save()
    settle(qtbot)
    assert app.children.get(child).data.level is Level.SEVERE

    qtbot.mouseClick(registry.action_buttons["place"], Qt.MouseButton.LeftButton)
    dialog = registry.findChild(PlacementDialog)
    assert dialog.kind() is Placement.HOME
    assert [dialog.team.itemData(i) for i in range(1, dialog.team.count())] == [team.id]  # covers 信陵镇
    dialog.team.setCurrentIndex(dialog.team.findData(team.id))
    assert "谭老师" in dialog.team_members.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    placement = app.placement.history(child)[0]
    assert placement.kind is Placement.HOME and placement.team_id == team.id

    # ---- a visit in the child's 五有 file ------------------------------------------------------------------
    from ui.records.dialog import ChildRecordsDialog
    from ui.records.visit_form import VisitDialog

    qtbot.mouseClick(registry.action_buttons["records"], Qt.MouseButton.LeftButton)
    records = registry.findChild(ChildRecordsDialog)
    assert records is not None
    settle(qtbot)
    day = max(QDate.currentDate(), QDate(placement.effective_date))

    # 方案: the child's individual scheme with a measurable goal
    scheme = records.scheme
    for edit in scheme.levels.values():
        edit.setPlainText("能在提示下完成部分活动")
    scheme.add_goal(GoalKind.LONG_TERM)
    scheme.goals_view.closePersistentEditor(scheme.goals_view.currentIndex())
    scheme.goals.setData(scheme.goals.index(0, 2), "独立用勺进食")
    scheme.goals.setData(scheme.goals.index(0, 3), "10 次中 8 次独立完成")
    scheme.agreed.setChecked(True)
    scheme.guardian.setText("谭大山")
    scheme.reviewed.setChecked(True)
    operation = scheme.save()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    assert operation.error is None
    assert [[g.text for g in x.goals] for x in app.records.schemes(child)] == [["独立用勺进食"]]

    def log_visit(form: Any) -> None:
        assert isinstance(form, VisitDialog)
        form.day.setDate(day)
        form.start.setTime(QTime(9, 0))
        form.end.setTime(QTime(10, 30))
        form.delivery_boxes[Delivery.REHAB].setChecked(True)
        form.delivery_notes[Delivery.REHAB].setText("被动操 20 分钟")
        form.delivery_boxes[Delivery.SKILLS].setChecked(True)
        form.guardian_name.setText("谭大山")
        form.guardian_confirmed.setChecked(True)
        form.save()

    on_next_modal(log_visit)
    records.visits.new()  # the 新增送教记录 button's slot: exec() until the form is saved
    settle(qtbot)
    assert records.visits.model.rowCount() == 1
    records.close()

    # ---- the child's file as PDF -----------------------------------------------------------------------
    from ui.printing.preview_dialog import PrintPreviewDialog

    qtbot.mouseClick(registry.action_buttons["print"], Qt.MouseButton.LeftButton)
    preview = registry.findChild(PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.viewer.source is not None, timeout=60000)
    saved = preview.save_to(tmp_path / "谭小明档案")
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(saved).pages)
    assert "谭小明" in text and "巴东县" in text and "巴东县教育局" in text and "送教上门" in text
    assert "独立用勺进食" in text and "被动操20分钟" in text  # the 方案 and the visit, as saved
    assert "示范县" not in text and "巫山" not in text
    preview.close()

    # ---- the child's village on the map, then next month's routes on 送教排程 ---------------------------
    village = next(v for v in app.reference.villages(town.id) if v.id == app.children.get(child).data.village_id)
    assert import_list(qtbot, page, page.villages, ReferenceKind.VILLAGES, [
        ("", "信陵镇", village.name, "31.052", "110.338"),
    ], tmp_path, monkeypatch).updated == 1  # fmt: skip
    schedule: Any = window.show_page("schedule")
    schedule.time_limit = 2.0
    today = app.ctx.today()
    first = date(today.year + today.month // 12, today.month % 12 + 1, 1)  # next month, all ahead
    schedule.month.setDate(QDate(first))
    qtbot.waitUntil(lambda: schedule.scenario is not None and not schedule.busy, timeout=60000)
    assert [c.id for c in schedule.scenario.children] == [str(child)]
    schedule.solve()
    qtbot.waitUntil(lambda: schedule.plan is not None and not schedule.busy, timeout=120000)
    stops = [s for r in schedule.plan.routes for s in r.stops]
    assert stops and {s.child for s in stops} == {str(child)}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    schedule.save()
    qtbot.waitUntil(lambda: schedule.saved and running_operations() == 0, timeout=60000)
    planned = [r for r in app.visits.visits(child_id=child) if r.visit.day >= first]
    assert len(planned) == len(stops)
