"""Records GUI tests: Chinese UI, a demo county copied per test, and a freshly placed home-taught child."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 20, 10, 0, 0)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="session")
def records_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    path = tmp_path_factory.mktemp("records_gui") / "demo.sqlite3"
    app = build_app(f"sqlite:///{path}", "测试员", clock=clock)
    generate_demo(app.ctx, seed=7, reference=date(2026, 9, 1))
    app.close()
    return path


@pytest.fixture
def gui_app(records_demo_file: Path, tmp_path: Path, qapp: Any) -> Iterator[Any]:
    from special_ed.bootstrap import build_app
    from ui.i18n import install_translators

    assert install_translators(qapp, "zh")  # the application's catalogue, as at start-up
    path = tmp_path / "db.sqlite3"
    shutil.copy(records_demo_file, path)
    app = build_app(f"sqlite:///{path}", "测试员", clock=clock)
    yield app
    from tests.gui.conftest import drain_workers

    drain_workers()
    app.close()


@pytest.fixture
def new_home_child(gui_app: Any) -> int:
    """A child assessed as severe and placed in home teaching on 1 October 2026, with no records at all."""
    from special_ed.domain.child import ChildInput
    from special_ed.domain.enums import Level, Placement, Sex, TeacherRole
    from special_ed.domain.placement import PlacementInput
    from special_ed.results.placement import AssessmentInput

    app = gui_app
    town = app.reference.townships()[0]
    child = app.children.create(ChildInput("新送教", Sex.FEMALE, date(2016, 5, 1), town.id)).id
    app.placement.record_assessment(child, AssessmentInput(date(2026, 9, 20), Level.SEVERE, "专家委员会"))
    team = next(t for t in app.reference.teams() if TeacherRole.SPECIAL_ED in t.roles)
    app.placement.place(
        child, PlacementInput(Placement.HOME, date(2026, 10, 1), school_id=team.school_id, team_id=team.id)
    )
    return int(child)
