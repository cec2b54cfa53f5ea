"""Accounts fixtures: a cheap KDF (tests log in hundreds of times), a movable clock, the demo county."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest

from special_ed.bootstrap import App, build_app
from special_ed.services.accounts import AccountInput, Kdf

FAST_KDF = Kdf(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_PASSWORD = "管理员-密码-2026"


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 10, 0, 0))


@pytest.fixture
def county(db_url: str, clock: FakeClock) -> Iterator[Callable[[], App]]:
    """The demo county with an administrator; calling it opens the database again (a new process)."""
    from special_ed.services.demo import generate_demo

    opened: list[App] = []

    def open_app() -> App:
        app = build_app(db_url, "安装员", clock=clock, kdf=FAST_KDF)
        opened.append(app)
        return app

    first = open_app()
    generate_demo(first.ctx, seed=7, children=150, reference=date(2026, 9, 1))
    first.accounts.create(AccountInput("admin", "admin", ADMIN_PASSWORD, display_name="系统管理员甲"))
    yield open_app
    for app in opened:
        app.close()


def login_as(open_app: Callable[[], App], login: str, password: str) -> App:
    app = open_app()
    app.accounts.login(login, password)
    return app
