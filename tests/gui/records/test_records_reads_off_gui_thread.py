"""Opening a child's records sends no SQL on the GUI thread: the title, every tab and the marks are
read through host.run, and they do arrive."""

from __future__ import annotations

from typing import Any

from special_ed.domain.completeness import Mark
from tests.gui.gui_thread import sql_on_gui_thread
from ui.host import ServiceHost
from ui.operations import running_operations
from ui.records import ChildRecordsDialog


def test_opening_the_records_dialog_reads_nothing_on_the_gui_thread(
    qtbot: Any, gui_app: Any, new_home_child: int
) -> None:
    app, child = gui_app, new_home_child
    app.ctx.settings()  # the window has read the county's settings at start; the context holds them
    with sql_on_gui_thread(app.engine) as seen:
        dialog = ChildRecordsDialog(ServiceHost(app), child)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
        dialog.scheme.year.setCurrentIndex(
            (dialog.scheme.year.currentIndex() + 1) % dialog.scheme.year.count()
        )
        dialog.plan.term.setCurrentIndex((dialog.plan.term.currentIndex() + 1) % dialog.plan.term.count())
        dialog.term.setCurrentIndex((dialog.term.currentIndex() + 1) % dialog.term.count())
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    assert seen == [], seen[:3]
    # ... and what was read off the thread reached the widgets
    assert dialog.windowTitle() == "新送教的档案"
    assert "新送教" in dialog.title.text()
    assert dialog.plan.months.rowCount() > 0
    assert dialog.visits.cells.rowCount() > 0
    dialog.term.setCurrentIndex(dialog.term.findData(app.compliance.term(as_of=app.ctx.today()).name))
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    assert "没有方案" in dialog.reasons.text()
    assert [label.property("mark") for label in dialog.marks.labels.values()] == [Mark.MISSING.value] * 5
