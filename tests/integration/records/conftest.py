"""Records tests: a demo county copied per test: generating it once per session keeps the records tests quick."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 20, 10, 0, 0)  # a Friday in the 2026 autumn term


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    path = tmp_path_factory.mktemp("records_demo") / "demo.sqlite3"
    app = build_app(f"sqlite:///{path}", "测试员", clock=clock)
    generate_demo(app.ctx, seed=7, reference=date(2026, 9, 1))
    app.close()
    return path


@pytest.fixture
def rec_app(demo_template: Path, tmp_path: Path) -> Iterator[object]:
    from special_ed.bootstrap import build_app

    path = tmp_path / "db.sqlite3"
    shutil.copy(demo_template, path)
    app = build_app(f"sqlite:///{path}", "测试员", clock=clock)
    yield app
    app.close()
