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
