"""Pages refresh from what the services committed, whoever wrote: a schedule saved on the 送教排程 page
changes the 送教上门 page's figures without either page knowing the other."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from special_ed.changes import Change
from ui.default_pages import default_pages
from ui.main_window import MainWindow
from ui.operations import running_operations


@pytest.fixture
def window(qtbot: Any, sqlite_demo_app: Any) -> MainWindow:
    pages = [p for p in default_pages() if p.key in ("home_teaching", "schedule")]
    win = MainWindow(sqlite_demo_app, "test", pages=pages)
    qtbot.addWidget(win)
    win.show()
    return win


def test_saving_a_schedule_refreshes_the_home_teaching_page(
    qtbot: Any, window: MainWindow, sqlite_demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home: Any = window.show_page("home_teaching")
    compliance = home.compliance
    qtbot.waitUntil(lambda: compliance.report is not None and not compliance.background.busy, timeout=30_000)
    before = compliance.report
    summary_before = compliance.summary.text()

    schedule: Any = window.show_page("schedule")
    schedule.time_limit = 1.0
    schedule.month.setDate(QDate(2026, 11, 1))  # the clock says 2026-11-20: most of the month is past
    qtbot.waitUntil(lambda: schedule.scenario is not None and not schedule.busy, timeout=60_000)
    schedule.solve()
    qtbot.waitUntil(lambda: schedule.plan is not None and not schedule.busy, timeout=120_000)
    past = sum(len(r.stops) for r in schedule.plan.routes if r.date < sqlite_demo_app.ctx.today())
    assert past > 0
    assert compliance.report is before  # computing a plan writes nothing: no refresh

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.changes, timeout=60_000) as published:
        schedule.save()
    assert published.args[0].touches(Change.VISITS)  # from the unit of work, not from the page
    qtbot.waitUntil(lambda: compliance.report is not before and not compliance.background.busy, timeout=30_000)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=30_000)

    after = compliance.report
    expected = sqlite_demo_app.compliance.report(compliance.term.currentData(), sqlite_demo_app.ctx.today())
    # the planned visits dated before today are "planned but not logged" in the figures on screen
    assert after.county.not_logged == before.county.not_logged + past
    assert after.county.not_logged == expected.county.not_logged
    assert compliance.summary.text() != summary_before
