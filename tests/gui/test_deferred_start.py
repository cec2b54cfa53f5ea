"""The deferred start (window first, database behind it) keeps what the window does once a database is
open: 文件 → 备份/恢复, today's automatic backup, and a damaged file's read-only warning instead of it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from special_ed.bootstrap import DatabaseOpener
from special_ed.secret_store import MemoryKeyring, SecretStore

pytestmark = pytest.mark.gui
PASS = "correct horse battery"


def _idle(qtbot: Any) -> None:
    from ui.operations import running_operations

    qtbot.waitUntil(lambda: running_operations() == 0, timeout=60000)


def _start(qtbot: Any, services: Any) -> Any:
    """ui.app.run_gui's deferred path: the skeleton shown, then the database "opened" on a worker."""
    import ui.app as app_module
    from ui.startup import StartPlan

    session = app_module.Session(None, "", owned=False, opener=DatabaseOpener())
    qtbot.addWidget(session.window)
    session.window.show()
    session.window.after_show()  # as run_gui does at once: nothing to check or back up yet
    assert session.window.backups is None
    assert session.window.findChild(type(session.window.file_menu.menuAction()), "action_backup") is None
    session.open_in_background(
        StartPlan(lambda _p: services, owned=False, explicit=True, set_up_county=False)
    )
    qtbot.waitUntil(lambda: session.window.current_page() is not None, timeout=60000)
    return session


@pytest.fixture
def backup_folder(tmp_path: Path) -> Path:
    from ui import backup_ui, prefs

    folder = tmp_path / "U盘"
    folder.mkdir()
    prefs.prefs().setValue(backup_ui.FOLDER_KEY, str(folder))
    return folder


def test_backup_menu_is_built_once_the_database_is_open_and_works(
    qtbot: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    session = _start(qtbot, services)
    window = session.window
    names = [a.objectName() or ("―" if a.isSeparator() else a.text()) for a in window.file_menu.actions()]
    at = names.index("action_open_database")
    # in its place: after opening a database, before Quit, each group set off by a separator
    assert names[at : at + 6] == [
        "action_open_database",
        "―",
        "action_backup",
        "action_restore",
        "action_auto_backup",
        "―",
    ]
    assert names.count("action_backup") == 1
    assert window.backups.label.text() == "自动备份未开启"  # the status bar's backup age is there too

    out = tmp_path / "手动.sebak"
    window.backups.backup_now(out, PASS)
    _idle(qtbot)
    assert out.exists() and "已备份" in window.statusBar().currentMessage()
    asked: list[str] = []

    def question(*a: Any) -> QMessageBox.StandardButton:
        asked.append(a[2])
        return QMessageBox.StandardButton.No  # keep working in the county's own database

    monkeypatch.setattr(QMessageBox, "question", question)
    target = tmp_path / "恢复.sqlite3"
    window.backups.restore(out, target, PASS)
    _idle(qtbot)
    assert target.exists() and asked and str(target) in asked[0] and "现在打开它吗" in asked[0]
    assert session.window is window and session.services is services
    session.close()


def test_deferred_start_writes_todays_automatic_backup(
    qtbot: Any, services: Any, backup_folder: Path
) -> None:
    services.backups.secrets = SecretStore(MemoryKeyring())
    assert services.backups.save_passphrase(PASS)
    session = _start(qtbot, services)
    qtbot.waitUntil(lambda: any(backup_folder.glob("*.sebak")), timeout=60000)
    _idle(qtbot)
    (written,) = backup_folder.glob("*.sebak")
    assert services.backups.verify(written, PASS).counts["children"] > 0
    assert session.window.backups.label.text().startswith("最新备份：今天")
    session.close()


@pytest.fixture
def damaged(demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    from special_ed.bootstrap import build_app

    path = tmp_path / "damaged.sqlite3"
    shutil.copy(demo_template, path)
    with sqlite3.connect(path) as conn:  # one file, so that overwriting its pages damages the county
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(len(data) // page // 2, len(data) // page // 2 + 3):
        data[n * page + 8 : n * page + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    app = build_app(str(path), "tester")
    assert app.info.damaged
    yield app
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(60000)
    app.close()


def test_a_damaged_file_warns_read_only_and_gets_no_automatic_backup(
    qtbot: Any, damaged: Any, backup_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    damaged.backups.secrets = SecretStore(MemoryKeyring())
    assert damaged.backups.save_passphrase(PASS)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    session = _start(qtbot, damaged)
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "只读" in warned[0] and "只读" in session.window.statusBar().currentMessage()
    _idle(qtbot)
    assert list(backup_folder.iterdir()) == []  # never a damaged file over the good backups
    session.close()


def test_a_backup_given_at_start_opens_its_restore_dialog_once_the_database_is_open(
    qtbot: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: Any
) -> None:
    """``special-ed FILE.sebak`` (a double-clicked backup): the restore dialog for that file, then the
    restore into a new file in the data folder, and the window switched to it when the coordinator says so
    (the database it started on untouched)."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

    import ui.app as app_module
    from ui.backup_ui import RestoreDialog
    from ui.startup import StartPlan

    backup = tmp_path / "县里的备份.sebak"
    services.backups.backup_to(backup, PASS)
    monkeypatch.setattr("special_ed.locations.default_data_dir", lambda: tmp_path / "data")
    asked: list[str] = []

    def question(*a: Any) -> QMessageBox.StandardButton:
        asked.append(a[2])
        return QMessageBox.StandardButton.Yes  # open the restored county

    monkeypatch.setattr(QMessageBox, "question", question)
    session = app_module.Session(None, "", owned=False, opener=DatabaseOpener(), backup=backup)

    def tidy() -> None:  # not qtbot.addWidget: the skeleton window is deleted when the session switches
        session.window.close()
        session.close()

    request.addfinalizer(tidy)
    session.window.show()
    session.open_in_background(
        StartPlan(lambda _p: services, owned=False, explicit=True, set_up_county=False)
    )

    def dialog() -> RestoreDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=60000)
    restore = dialog()
    assert restore is not None and restore.source == backup
    assert restore.target_path() == tmp_path / "data" / "县里的备份.sqlite3"  # suggested beside the data
    ok = restore.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and restore.hint.text() == "请输入密码。"
    restore.passphrase_edit.setText(PASS)
    assert ok.isEnabled()
    ok.click()
    skeleton = session.window
    qtbot.waitUntil(lambda: session.window is not skeleton, timeout=60000)
    restored = tmp_path / "data" / "县里的备份.sqlite3"
    assert restored.exists() and "县里的备份.sqlite3" in asked[0]
    # the window switched to the restored county, the given database stays as it was (and open: not ours)
    assert session.services is not services and session.services.info.path == restored
    assert session.owned and session.window.db_label.text() == session.services.info.display
    qtbot.waitUntil(lambda: session.window.current_page() is not None, timeout=60000)
    _idle(qtbot)
    assert "565" in session.window.counts_label.text()
    assert session.backup is None  # offered once


def test_a_file_that_is_no_backup_is_said_before_any_passphrase(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "照片.sebak"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert window.backups.ask_restore(bad) is None
    assert warned == ["这不是本程序的备份文件"]
    assert window.backups.ask_restore(tmp_path / "没有.sebak") is None
    assert "备份文件不存在" in warned[1]


def test_an_empty_database_opened_behind_the_window_starts_with_choosing_its_county(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first-run county set-up (county's issue) keeps its place in the deferred start: after the
    database is open and before its first page."""
    import ui.app as app_module
    import ui.county_setup
    from ui.startup import StartPlan

    empty = DatabaseOpener().open(f"sqlite:///{tmp_path / 'new-county.sqlite3'}")
    asked: list[bool] = []

    def exec_(dialog: Any) -> int:
        asked.append(session.window.current_page() is None)  # no page yet when the county is asked for
        return 0  # "Later"

    monkeypatch.setattr(ui.county_setup.CountySetupDialog, "exec", exec_)
    session = app_module.Session(None, "", owned=False, opener=DatabaseOpener())
    qtbot.addWidget(session.window)
    session.window.show()
    session.open_in_background(StartPlan(lambda _p: empty, owned=False, explicit=True))
    qtbot.waitUntil(lambda: session.window.current_page() is not None, timeout=60000)
    assert asked == [True]
    _idle(qtbot)
    session.close()
    empty.close()
