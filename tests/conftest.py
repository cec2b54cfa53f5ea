"""Shared fixtures. Tests run headless: Qt gets the offscreen platform before anything imports it."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SPECIAL_ED_LANG", "zh")
# The user-data folder (the default database, drafts, pre-upgrade copies) is the suite's own: a test
# that opens the default file must not find, or leave, a county in the developer's or the CI's home.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="special-ed-test-data-")

import pytest

atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)

PG_ENV = "SPECIAL_ED_TEST_PG"  # a server URL, e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres
FIXED_NOW = datetime(2026, 11, 20, 10, 0, 0)


def fixed_clock() -> datetime:
    return FIXED_NOW


_ROOT = Path(__file__).resolve().parent.parent
_ROOT_AT_START = {p.name for p in _ROOT.iterdir()}
# what the tools the suite runs keep beside the project (hypothesis' examples, mypy's and the linters' caches)
_TOOL_CACHES = {".hypothesis", ".mypy_cache", ".ruff_cache", ".import_linter_cache", ".pytest_cache", "__pycache__"}


@pytest.fixture(autouse=True)
def _nothing_left_in_the_repository() -> Iterator[None]:
    """A test that writes into the working folder fails by name.

    Stray files here (a folder ``file:``, a SQLite file named like a PostgreSQL test
    database) meant a path or URL was misread; they were found only by chance.
    """
    yield
    stray = {p.name for p in _ROOT.iterdir()} - _ROOT_AT_START - _TOOL_CACHES
    if stray:
        _ROOT_AT_START.update(stray)  # only the test that wrote it fails
        pytest.fail(f"test left {sorted(stray)} in {_ROOT}", pytrace=False)


def _pg_database(server_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Every integration test runs on SQLite and, when a server is configured, on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL server for this run")
    yield from _pg_database(server)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def app(db_url: str):  # type: ignore[no-untyped-def]
    from special_ed.bootstrap import build_app

    application = build_app(db_url, "测试员", clock=fixed_clock)
    yield application
    application.close()


@pytest.fixture
def demo_app(app):  # type: ignore[no-untyped-def]
    from special_ed.services.demo import generate_demo

    generate_demo(app.ctx, seed=7, reference=date(2026, 9, 1))
    return app


@pytest.fixture
def sqlite_demo_app(sqlite_url: str):  # type: ignore[no-untyped-def]
    """The demo county on SQLite only (GUI tests, where one backend is enough)."""
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    application = build_app(sqlite_url, "测试员", clock=fixed_clock)
    generate_demo(application.ctx, seed=7, reference=date(2026, 9, 1))
    yield application
    application.close()
