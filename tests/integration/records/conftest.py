"""Records tests: a demo county copied per test on SQLite, and built per test on PostgreSQL when a server is set."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PG_ENV, _pg_database

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


@pytest.fixture(params=["sqlite", "postgresql"])
def rec_app(request: pytest.FixtureRequest, demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    if request.param == "sqlite":
        path = tmp_path / "db.sqlite3"
        shutil.copy(demo_template, path)
        app = build_app(f"sqlite:///{path}", "测试员", clock=clock)
        yield app
        app.close()
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL server for this run")
    for url in _pg_database(server):
        app = build_app(url, "测试员", clock=clock)
        generate_demo(app.ctx, seed=7, reference=date(2026, 9, 1))
        yield app
        app.close()
