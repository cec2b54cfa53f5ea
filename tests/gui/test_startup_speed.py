"""Start-up imports only what the first page needs; the database opens after the window is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from special_ed.bootstrap import DatabaseOpener
from ui.selfcheck import DEFERRED_MODULES

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "reportlab",
    "ortools",
    "openpyxl",
    "alembic",
    "python_calamine",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
)


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("SPECIAL_ED_DB", None)
    return env


def _loaded_after(tmp_path: Path, modules: str, watch: tuple[str, ...]) -> list[str]:
    code = f"import sys, {modules}\nprint(' '.join(m for m in {watch!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True, check=True
    )
    return out.stdout.split()


def test_importing_the_main_window_imports_no_heavy_library(tmp_path: Path) -> None:
    # What is needed to show the window: not even SQLAlchemy (the database opens after it is shown).
    assert (
        _loaded_after(
            tmp_path, "ui.app, ui.main_window, ui.startup, ui.default_pages", (*HEAVY, "sqlalchemy")
        )
        == []
    )
    # The first page itself: none of the libraries other features need.
    assert _loaded_after(tmp_path, "ui.registry.page", HEAVY) == []


@pytest.mark.slow
def test_window_is_shown_before_the_database_is_opened(tmp_path: Path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "county.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "special_ed", "--db", str(db), "demo", "--children", "30"],
        env=env,
        capture_output=True,
        check=True,
        cwd=tmp_path,
    )
    report = tmp_path / "report.json"
    env["SPECIAL_ED_SELF_CHECK"] = str(report)
    subprocess.run(
        [sys.executable, "-m", "special_ed_launcher", "--db", str(db)],
        env=env,
        capture_output=True,
        check=True,
        cwd=tmp_path,
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    # Shown as a skeleton before SQLAlchemy (and so the database) was even imported …
    assert data["deferred_loaded_when_shown"] == []
    # … and the first page came up without the libraries only other features need.
    assert "30" in data["counts"] and data["page"] == "RegistryPage"
    assert [m for m in data["deferred_loaded_after_first_page"] if m in HEAVY] == []
    assert set(HEAVY) <= set(DEFERRED_MODULES)


def test_skeleton_then_pages_once_the_database_is_attached(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(None, "", opening=True)
    qtbot.addWidget(window)
    window.show()
    assert window.opening_label is not None and window.stack.currentWidget() is window.opening_label
    assert not window.nav.isEnabled()
    assert window.current_page() is None  # nothing is created before the database is open
    window.attach_services(services, services.info.display)
    assert window.opening_label is None and window.nav.isEnabled()
    page = window.current_page()
    assert page is not None and window.stack.currentWidget() is page
    assert window.db_label.text() == services.info.display


@pytest.mark.parametrize("accepted", [True, False])
def test_deferred_start_logs_in_over_the_skeleton_before_any_data(  # type: ignore[no-untyped-def]
    qtbot, services, monkeypatch: pytest.MonkeyPatch, accepted: bool
) -> None:
    import ui.app as app_module
    import ui.login
    from ui.startup import StartPlan

    asked: list[object] = []

    def log_in(svc, parent=None):  # type: ignore[no-untyped-def]
        asked.append(parent)
        return accepted

    monkeypatch.setattr(ui.login, "log_in", log_in)
    monkeypatch.setattr(app_module.QApplication, "quit", lambda *a: None)
    session = app_module.Session(None, "", owned=False, opener=DatabaseOpener())
    qtbot.addWidget(session.window)
    session.window.show()
    session.open_in_background(StartPlan(lambda _p: services, owned=False, explicit=True))
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    assert asked == [session.window]  # the login dialog is modal to the skeleton window
    if accepted:
        qtbot.waitUntil(lambda: session.window.current_page() is not None, timeout=30000)
        assert session.services is services and session.idle is not None
    else:
        assert session.window.current_page() is None  # refused: no child was ever shown
        assert session.services is None and not session.window.isVisible()


def test_a_given_database_that_cannot_open_exits_with_the_command_lines_error_code() -> None:
    import ui.app as app_module
    from special_ed import cli

    assert app_module.EXIT_ERROR == cli.EXIT_ERROR  # a copy: ui may not import the command line
