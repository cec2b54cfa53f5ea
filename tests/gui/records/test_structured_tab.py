"""量表评估 tab: the demo child's two administrations, the profile chart, entering scores, printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from sqlalchemy import func, select

from special_ed.persistence import models as m
from ui.host import ServiceHost
from ui.operations import running_operations
from ui.records.dialog import ChildRecordsDialog


def _assessed_child(app: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.min(m.StructuredAssessment.child_id))))


def _count(app: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(m.StructuredAssessment.id))))


def _wait(qtbot: Any, tab: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def test_profile_of_the_latest_against_the_previous(qtbot: Any, qtmodeltester: Any, gui_app: Any) -> None:
    dialog = ChildRecordsDialog(ServiceHost(gui_app), _assessed_child(gui_app))
    qtbot.addWidget(dialog)
    tab = dialog.structured
    _wait(qtbot, tab)
    assert tab.list_model.rowCount() == 2
    assert tab.profile is not None and tab.profile.previous is not None
    assert tab.chart.series_count == 2  # this time and last time on one 剖面图
    assert tab.domain_model.rowCount() == len(tab.profile.scored.domains)
    assert tab.goal_model.rowCount() >= 1
    for model in (tab.list_model, tab.domain_model, tab.goal_model, tab.items_model):
        qtmodeltester.check(model)


def test_entering_scores_saves_and_off_scale_writes_nothing(qtbot: Any, gui_app: Any, tmp_path: Path) -> None:
    dialog = ChildRecordsDialog(ServiceHost(gui_app), _assessed_child(gui_app))
    qtbot.addWidget(dialog)
    tab = dialog.structured
    _wait(qtbot, tab)
    tab.instrument.setCurrentIndex(tab.instrument.findData("id_learning"))
    assert tab.items_model.rowCount() > 0 and "3＝3 分" in tab.scale_note.text()
    before = _count(gui_app)
    tab.assessor.setText("王老师")
    tab.items_model.setData(tab.items_model.index(0, 2), "7", Qt.ItemDataRole.EditRole)
    tab.save()
    _wait(qtbot, tab)
    assert _count(gui_app) == before  # refused: 7 is not on the 3/2/1/0 scale
    tab.items_model.setData(tab.items_model.index(0, 2), "2", Qt.ItemDataRole.EditRole)
    tab.save()
    _wait(qtbot, tab)
    assert _count(gui_app) == before + 1
    target = tmp_path / "result.pdf"
    tab.print_to(target)
    _wait(qtbot, tab)
    assert target.read_bytes().startswith(b"%PDF")


def test_county_adds_an_item(qtbot: Any, gui_app: Any) -> None:
    dialog = ChildRecordsDialog(ServiceHost(gui_app), _assessed_child(gui_app))
    qtbot.addWidget(dialog)
    tab = dialog.structured
    _wait(qtbot, tab)
    tab.instrument.setCurrentIndex(tab.instrument.findData("cdpf_autism"))
    rows = tab.items_model.rowCount()
    tab.new_domain.setCurrentIndex(tab.new_domain.findData("language"))
    tab.new_item.setText("能说出自己的名字")
    tab.add_item()
    _wait(qtbot, tab)
    assert tab.items_model.rowCount() == rows + 1
    assert any(r.text == "能说出自己的名字" for r in tab.items_model.rows)
