"""基础数据 page: the demo's lists searchable; a village added and a team edited through the page's dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from special_ed.domain.enums import TeacherRole
from ui.operations import running_operations

pytestmark = pytest.mark.gui


def _page(qtbot: Any, window: Any) -> Any:
    page = window.show_page("reference")
    qtbot.waitUntil(lambda: running_operations() == 0 and page.villages.model.rowCount() > 0, timeout=10000)
    return page


def test_lists_and_search(qtbot, qtmodeltester, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    assert page.villages.model.rowCount() == 340
    assert page.schools.model.rowCount() == len(services.reference.schools())
    assert page.teams.model.rowCount() == len(services.reference.teams())
    for tab in (page.villages, page.schools, page.teachers, page.teams):
        qtmodeltester.check(tab.model)
    page.villages.search.setText("圣泉")
    names = {page.villages.proxy.index(r, 1).data() for r in range(page.villages.proxy.rowCount())}
    assert "圣泉社区" in names and all("圣泉" in n for n in names)
    assert "26 个乡镇，340 个村（社区）" in page.status_text()


def test_add_a_village_from_the_page(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    page.villages.view.selectRow(0)  # the new village goes to the selected village's township
    township = page.villages.selected()[0].township_id
    code = next(t.code for t in services.reference.townships() if t.id == township)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新建村村民委员会", True))
    page.add_village()
    qtbot.waitUntil(
        lambda: running_operations() == 0 and page.villages.model.rowCount() == 341, timeout=10000
    )
    added = next(v for v in services.reference.villages() if v.name == "新建村")
    assert not added.official and added.township_id == township and added.code == f"{code}X01"
    row = next(r for r in range(page.villages.model.rowCount()) if page.villages.model.row(r).id == added.id)
    assert page.villages.model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_team_dialog_saves_members_leader_and_townships(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from ui.reference_page import TeamDialog

    page = _page(qtbot, window)
    team = services.reference.teams()[0]
    dialog = TeamDialog(page.lists, team, "zh", page)
    qtbot.addWidget(dialog)
    towns = dialog.towns
    for r in range(towns.rowCount()):
        if towns.item(r).text() in ("高唐街道", "龙门街道"):
            towns.item(r).setCheckState(Qt.CheckState.Checked)
    values = dialog.values()
    assert set(values["teacher_ids"]) == {m.id for m in team.members}
    services.reference.save_team(**values, team_id=team.id)
    saved = services.reference.team(team.id)
    gaotang = next(t.id for t in services.reference.townships() if t.name == "高唐街道")
    assert gaotang in saved.township_ids and saved.leader_id == team.leader_id
    assert all(m.role is not TeacherRole.DRIVER for m in saved.members if m.id == saved.leader_id)


def test_coordinates_dialog_says_what_it_assumed(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from special_ed.domain.coordinates import Datum, wgs84_to_gcj02
    from ui.reference_page import CoordinatesDialog

    dialog = CoordinatesDialog(services.reference, "圣泉社区")
    qtbot.addWidget(dialog)
    village = services.reference.villages()[0]
    gcj = wgs84_to_gcj02(village.lat, village.lon)
    dialog.text.setText(f"{gcj[1]:.7f},{gcj[0]:.7f}")  # as 高德 copies it: longitude first
    dialog.datum.setCurrentIndex(dialog.datum.findData(Datum.GCJ02.value))
    assert dialog.point is not None
    assert abs(dialog.point.lat - village.lat) < 1e-5 and abs(dialog.point.lon - village.lon) < 1e-5
    text = dialog.result_label.text()
    assert "GCJ-02" in text and "经度在前" in text
    dialog.text.setText("29.56, 106.55")  # 重庆主城, far outside the demo county
    assert dialog.point is None and "公里" in dialog.result_label.text()
