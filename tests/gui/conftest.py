"""GUI test set-up: offscreen Qt and per-test QSettings, so no test sees a developer's preferences."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_prefs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


_TEMPLATE: dict[str, Path] = {}


def drain_workers() -> None:
    """Let background queries finish before their database closes (a worker on a disposed engine crashes)."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(60000)
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo county per test session; each test works on its own copy."""
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    app = build_app(f"sqlite:///{path}", "tester")
    generate_demo(app.ctx)
    app.close()
    return path


@pytest.fixture
def services(demo_template: Path, tmp_path: Path) -> Iterator[object]:
    import shutil

    from special_ed.bootstrap import build_app

    copy = tmp_path / "county.sqlite3"
    shutil.copy(demo_template, copy)
    app = build_app(f"sqlite:///{copy}", "tester")
    yield app
    drain_workers()
    app.close()


@pytest.fixture
def window(qtbot, services):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(services, services.info.display)
    qtbot.addWidget(win)
    win.show()
    from ui.operations import running_operations

    # the first page and the filter choices arrive in the background
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    return win


@pytest.fixture(autouse=True)
def chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """Tests see what users see: the zh_CN catalogue installed, as ui.app does at start."""
    from ui.i18n import install_translators

    install_translators(qapp, "zh")
    return qapp


@pytest.fixture(autouse=True)
def _database_passphrase_answered(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new encrypted file (a restore's target, 新建空数据库) on a PC without a usable keyring asks
    for its passphrase in a modal dialog; a test that does not answer it waits forever (it hung CI).
    Tests answer it here unless they test that dialog itself; a test may still patch its own."""
    if request.node.get_closest_marker("passphrase_dialog") is not None:
        return
    monkeypatch.setattr("ui.startup.ask_database_passphrase", lambda _parent, _path, _new: "测试口令-2026-12")


MODAL_LIMIT_S = 90.0


@pytest.fixture(autouse=True)
def _no_modal_left_waiting(qapp: object) -> Iterator[None]:
    """A modal dialog that no test answers would wait forever (``exec()`` never returns): after
    MODAL_LIMIT_S it is rejected and the test fails naming it, so CI reports it instead of hanging."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: dict[int, float] = {}
    left: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        first = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first > MODAL_LIMIT_S:
            left.append(f"{type(modal).__name__} “{modal.windowTitle()}”")
            seen.pop(id(modal), None)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if left:
        pytest.fail("a modal dialog was left waiting for an answer: " + "; ".join(left))
