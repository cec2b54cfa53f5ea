"""The schedule page on the demo county: load, solve in the background, browse, export, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def chinese(qapp):  # type: ignore[no-untyped-def]
    """Chinese is the default UI language; the assertions below read the Chinese texts."""
    from ui.i18n import install_translators

    install_translators(qapp, "zh")


def test_schedule_page_solves_browses_exports_and_saves(sqlite_demo_app, qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.host import ServiceHost
    from ui.schedule.page import SchedulePage

    page = SchedulePage(ServiceHost(sqlite_demo_app))
    qtbot.addWidget(page)
    page.time_limit = 1.0
    page.month.setDate(QDate(2026, 11, 1))
    page.load()
    qtbot.waitUntil(lambda: page.scenario is not None and not page.busy, timeout=60_000)
    assert page.plan is None and not page.save_button.isEnabled()
    assert page.team.count() == len(page.scenario.teams)

    page.solve()
    qtbot.waitUntil(lambda: page.plan is not None and not page.busy, timeout=120_000)
    assert page.plan.visits == sum(c.visits for c in page.scenario.children) and page.save_button.isEnabled()
    qtmodeltester.check(page.calendar_model)
    qtmodeltester.check(page.stops_model)

    first = page.plan.sorted_routes()[0]
    page.team.setCurrentIndex(page.team.findData(first.team))
    index = page.calendar_model.index_of(first.date)
    page.calendar.setCurrentIndex(index)
    assert f"{len(first.stops)} 户" in page.calendar_model.data(index)
    assert page.stops_model.rowCount() == len(first.stops) + 1
    assert page.map.scene().items()  # base, homes and route lines drawn

    with qtbot.waitSignal(page.export_to(tmp_path / "plan.xlsx").finished, timeout=60_000):
        pass
    written = sorted(tmp_path.glob("plan*"))
    assert "plan.xlsx" in page.summary.text()
    assert written == [tmp_path / "plan.xlsx"] and written[0].stat().st_size > 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.save()
    qtbot.waitUntil(lambda: page.saved and not page.busy, timeout=60_000)
    assert f"已写入 {page.plan.visits} 条" in page.summary.text()


def test_cancel_leaves_nothing_changed(sqlite_demo_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.host import ServiceHost
    from ui.schedule.page import SchedulePage

    page = SchedulePage(ServiceHost(sqlite_demo_app))
    qtbot.addWidget(page)
    page.time_limit = 30.0
    page.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    page.solve()
    assert page.busy
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.plan is None
    assert "已取消" in page.summary.text()


def test_replan_shows_what_changed(sqlite_demo_app, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from special_ed.persistence import models as m
    from ui.host import ServiceHost
    from ui.schedule.page import SchedulePage

    page = SchedulePage(ServiceHost(sqlite_demo_app))
    qtbot.addWidget(page)
    page.time_limit = 1.0
    page.month.setDate(QDate(2026, 11, 1))
    page.load()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    page.solve()
    qtbot.waitUntil(lambda: page.plan is not None and not page.busy, timeout=120_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.save()
    qtbot.waitUntil(lambda: page.saved and not page.busy, timeout=60_000)
    route = page.plan.sorted_routes()[-1]
    with sqlite_demo_app.uow("write") as uow:
        uow.add(m.TeamLeave(team_id=int(route.team), day=route.date, reason="培训"))
        uow.commit()
    assert page.replan_button.isEnabled()
    page.replan(route.date)
    qtbot.waitUntil(lambda: not page.saved and not page.busy, timeout=120_000)
    assert not any(r.team == route.team and r.date == route.date for r in page.plan.routes)
    texts = [page.changes.item(i).text() for i in range(page.changes.count())]
    assert texts and any("改期" in t for t in texts)
    with sqlite_demo_app.uow("read") as uow:
        assert uow.session.scalars(select(m.ScheduleRun)).first() is not None
