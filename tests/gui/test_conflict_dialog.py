"""Two offices edit one child: the conflict dialog shows both values; choosing field by field loses nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from ui.child_form import ChildForm
from ui.conflict_dialog import ConflictDialog

pytestmark = pytest.mark.gui


def _idle(qtbot: Any) -> None:
    from ui.operations import running_operations

    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def test_stale_form_merges_field_by_field(qtbot: Any, window: Any, services: Any, monkeypatch: Any) -> None:
    from special_ed.results.registry import RegistryQuery

    cid = services.registry.page(RegistryQuery()).rows[0].id
    form = ChildForm.open_existing(window, cid, window)
    assert form is not None
    qtbot.addWidget(form)
    # office A saves a new phone for the first guardian and a new address meanwhile
    other = services.children.get(cid)
    data = other.data
    if not data.guardians:
        pytest.skip("the first demo child has no guardian")
    data.guardians[0] = replace(data.guardians[0], phone="13700001111")
    data.address = "对方写的地址"
    services.children.update(cid, data, other.version)
    # this office, on the older form, changes the address too and the notes
    form.address.setText("我写的地址")
    form.notes.setPlainText("我加的备注")
    seen: dict[str, Any] = {}

    def exec_(dialog: ConflictDialog) -> int:
        seen["fields"] = {c.field: (c.mine, c.theirs, c.default_theirs) for c in dialog._choices}
        dialog.choose("address", theirs=False)  # both changed it: keep mine
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    form.save()
    _idle(qtbot)
    assert seen["fields"]["address"] == ("我写的地址", "对方写的地址", False)
    mine_g, theirs_g, default_theirs = seen["fields"]["guardians"]
    assert "13700001111" not in mine_g
    assert "13700001111" in theirs_g and default_theirs  # only they changed it: theirs by default
    assert seen["fields"]["notes"][2] is False  # only I changed it: mine by default
    saved = services.children.get(cid)
    assert saved.data.address == "我写的地址" and saved.data.notes == "我加的备注"
    assert saved.data.guardians[0].phone == "13700001111"  # the other office's change kept
    assert not form.isVisible()
