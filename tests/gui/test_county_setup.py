"""First run on an empty database: choose the county from the official lists, fill in its profile, create it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from special_ed.progress import SilentProgress

pytestmark = pytest.mark.gui


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Any]:
    from special_ed.bootstrap import build_app

    app = build_app(f"sqlite:///{tmp_path / 'empty.sqlite3'}", "tester")
    yield app
    app.close()


def _now(work: Any, _label: str) -> Any:
    return work(SilentProgress())  # the start-up runs it in the background; here synchronously


def test_choose_by_lists_then_create(qtbot, empty) -> None:  # type: ignore[no-untyped-def]
    from ui.county_setup import CODE_ROLE, CountySetupDialog

    dialog = CountySetupDialog(empty, _now)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet
    dialog.province.setCurrentIndex(dialog.province.findData("42"))
    dialog.city.setCurrentIndex(dialog.city.findData("4228"))
    labels = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert "巴东县（422823）" in labels
    row = labels.index("巴东县（422823）")
    dialog.list.setCurrentIndex(dialog.proxy.index(row, 0))
    assert dialog.code == "422823" and ok.isEnabled()
    assert dialog.chosen.text() == "湖北省恩施土家族苗族自治州巴东县（422823）"
    assert (
        dialog.authority.currentText() == "巴东县教育局" and dialog.centre.text() == "巴东县特殊教育指导中心"
    )
    dialog.phone.setText("not a phone")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "电话" in dialog.message.text() and empty.reference.townships() == []  # refused, nothing written
    dialog.phone.setText("0718-4322222")
    dialog.authority.setCurrentText("巴东县教育和体育局")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = empty.county.profile()
    assert (profile.code, profile.issuing_authority, profile.phone) == (
        "422823",
        "巴东县教育和体育局",
        "0718-4322222",
    )
    assert len(empty.reference.townships()) == dialog.result_value.townships_total > 5
    assert dialog.proxy.index(row, 0).data(CODE_ROLE) == "422823"


def test_search_finds_a_county_anywhere(qtbot, empty) -> None:  # type: ignore[no-untyped-def]
    from ui.county_setup import CountySetupDialog

    dialog = CountySetupDialog(empty, _now)
    qtbot.addWidget(dialog)
    dialog.search.setText("巫山")  # (QTest cannot type Chinese; the signal is the same)
    assert dialog.proxy.rowCount() == 1 and dialog.proxy.index(0, 0).data() == "重庆市 巫山县（500237）"
    dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.authority.currentText() == "巫山县教育委员会"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert len(empty.reference.villages()) == 340
    dialog.search.clear()  # back to the lists
    assert dialog.proxy.rowCount() == len(empty.county.counties(dialog.city.currentData()))
