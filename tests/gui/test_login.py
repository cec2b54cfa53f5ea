"""Login before the main window, wrong password, lock-out, idle lock (fake clock), a township's registry."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from special_ed.services.accounts import MAX_FAILURES, AccountInput, Kdf
from ui.login import ChangePasswordDialog, IdleLock, LoginDialog, log_in

FAST = Kdf(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_PW = "admin-pass-2026"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def accounts_db(demo_template: Path, tmp_path: Path) -> Path:
    """The demo county with an administrator and a township account (password already changed)."""
    from special_ed.bootstrap import build_app

    copy = tmp_path / "county.sqlite3"
    shutil.copy(demo_template, copy)
    app = build_app(f"sqlite:///{copy}", "installer", kdf=FAST)
    app.accounts.create(AccountInput("admin", "admin", ADMIN_PW))
    app.accounts.login("admin", ADMIN_PW)
    app.accounts.create(AccountInput("town", "township", "town-pass-1", "高唐街道专干", township="高唐街道"))
    app.close()
    return copy


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def locked_services(accounts_db: Path, clock: Clock) -> Iterator[object]:
    from special_ed.bootstrap import build_app

    app = build_app(f"sqlite:///{accounts_db}", kdf=FAST, clock=clock)
    yield app
    from tests.gui.conftest import drain_workers

    drain_workers()
    app.close()


def _type_login(qtbot, dialog: LoginDialog, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.login.setText(name)
    dialog.password.setText(password)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.busy is None, timeout=10000)


def test_login_dialog_logs_in_and_wrong_password_is_said_in_the_dialog(qtbot, locked_services) -> None:  # type: ignore[no-untyped-def]
    assert locked_services.actor.locked
    dialog = LoginDialog(locked_services)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_login(qtbot, dialog, "admin", "wrong-password")
    assert dialog.isVisible() and locked_services.actor.locked
    assert "密码不正确" in dialog.message.text()
    assert dialog.password.text() == ""  # the clear text is not kept in the field
    _type_login(qtbot, dialog, "admin", ADMIN_PW)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert locked_services.actor.name == "admin" and not locked_services.actor.locked


def test_a_locked_account_says_until_when(qtbot, locked_services, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(locked_services)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_FAILURES):
        _type_login(qtbot, dialog, "town", "wrong-password")
    assert "已锁定" in dialog.message.text() and "09:15" in dialog.message.text()
    _type_login(qtbot, dialog, "town", "town-pass-1")
    assert "已锁定" in dialog.message.text() and locked_services.actor.locked
    clock.now += timedelta(minutes=16)
    _type_login(qtbot, dialog, "town", "town-pass-1")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_must_change_then_township_registry_shows_only_the_township(qtbot, locked_services) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import running_operations

    locked_services.accounts.login("town", "town-pass-1")
    assert locked_services.actor.must_change_password
    change = ChangePasswordDialog(locked_services)
    qtbot.addWidget(change)
    change.show()
    change.old.setText("town-pass-1")
    change.new.setText("town-pass-2")
    change.again.setText("town-pass-2")
    change.buttons.accepted.emit()
    qtbot.waitUntil(lambda: change.busy is None, timeout=10000)
    assert change.result() == QDialog.DialogCode.Accepted
    assert not locked_services.actor.must_change_password

    win = MainWindow(locked_services, locked_services.info.display)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    page = win.show_page("registry")
    qtbot.waitUntil(lambda: page.model.total > 0, timeout=10000)
    model = page.model
    while model.canFetchMore():
        with qtbot.waitSignal(model.more_loaded, timeout=5000):
            model.fetchMore()
    from sqlalchemy import text

    from special_ed.results.registry import RegistryFilter

    with locked_services.engine.connect() as conn:
        expected = conn.scalar(text("SELECT COUNT(*) FROM children c JOIN townships t ON t.id = c.township_id "
                                    "WHERE t.name = '高唐街道' AND c.archived_at IS NULL"))
        everyone = conn.scalar(text("SELECT COUNT(*) FROM children WHERE archived_at IS NULL"))
    assert model.total == expected < everyone
    assert locked_services.registry.count(RegistryFilter()) == expected
    column = next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) in
                  ("乡镇（街道）", "乡镇"))
    towns = {model.index(r, column).data() for r in range(model.rowCount())}
    assert towns == {"高唐街道"}


def test_idle_lock_hides_the_window_and_asks_for_the_password(qtbot, locked_services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QMainWindow

    locked_services.accounts.login("admin", ADMIN_PW)
    window = QMainWindow()
    window.setCentralWidget(QLabel("张三 500237201501011234"))
    qtbot.addWidget(window)
    window.show()
    seconds = [0.0]
    quit_called: list[bool] = []
    lock = IdleLock(window, locked_services, clock=lambda: seconds[0], minutes=10,
                    on_quit=lambda: quit_called.append(True))
    seconds[0] = 9 * 60
    lock.check()
    assert not lock.locked
    qtbot.keyClick(window, Qt.Key.Key_A)  # input resets the idle time
    assert lock.last_input == 9 * 60
    seconds[0] = 9 * 60 + 10 * 60
    lock.check()
    assert lock.locked and lock.dialog is not None
    assert not window.centralWidget().isVisible()
    dialog = lock.dialog
    dialog.password.setText("wrong-password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.busy is None, timeout=10000)
    assert lock.locked and "密码不正确" in dialog.message.text()
    dialog.password.setText(ADMIN_PW)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not lock.locked, timeout=10000)
    assert window.centralWidget().isVisible() and not quit_called
    lock.stop()


def test_single_user_database_needs_no_login(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    assert log_in(services)


def test_the_idle_time_is_set_in_settings_by_an_administrator_and_applies_at_once(  # type: ignore[no-untyped-def]
        qtbot, locked_services) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.main_window import MainWindow
    from ui.operations import running_operations

    locked_services.accounts.login("admin", ADMIN_PW)
    plain = QMainWindow()
    plain.setCentralWidget(QLabel("张三"))
    qtbot.addWidget(plain)
    seconds = [0.0]
    lock = IdleLock(plain, locked_services, clock=lambda: seconds[0])  # the county's time, not a fixed one
    assert lock.minutes == 15 and lock.timer.isActive()
    win = MainWindow(locked_services, locked_services.info.display)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    editor = win.show_page("settings").norms
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    spin = editor.idle_lock
    assert spin.isEnabled() and spin.value() == 15 and (spin.minimum(), spin.maximum()) == (1, 120)
    assert "无须重启" in editor.idle_note.text()
    spin.setValue(3)
    editor.save()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    assert locked_services.settings.get(refresh=True).idle_lock_minutes == 3  # stored for every office
    seconds[0] = 3 * 60  # the lock built before the change uses the new time: no restart
    lock.check()
    assert lock.locked and any("3 分钟" in label.text() for label in lock.dialog.findChildren(QLabel))
    lock.dialog.reject()
    lock.stop()


def test_only_an_administrator_may_change_the_idle_time(qtbot, locked_services) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import running_operations

    locked_services.accounts.login("town", "town-pass-1")
    locked_services.accounts.change_own_password("town-pass-1", "town-pass-2")
    win = MainWindow(locked_services, locked_services.info.display)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    editor = win.show_page("settings").norms
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    assert not editor.idle_lock.isEnabled()
    assert "只有系统管理员" in editor.idle_note.text()


def test_a_township_users_coverage_page_lists_only_their_township(qtbot, locked_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from ui.coverage.export import write_report
    from ui.main_window import MainWindow
    from ui.operations import running_operations

    locked_services.accounts.login("town", "town-pass-1")
    locked_services.accounts.change_own_password("town-pass-1", "town-pass-2")
    win = MainWindow(locked_services, locked_services.info.display)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    page = win.show_page("coverage")
    qtbot.waitUntil(lambda: page.report is not None and running_operations() == 0, timeout=10000)
    model = page.townships
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["高唐街道", "高唐街道合计"]  # their township and their total: no other township with zeros
    combo = page.matrix_township
    assert [combo.itemText(i) for i in range(combo.count())] == ["高唐街道全部", "高唐街道"]
    assert page.chart.township_ids == [t.township_id for t in page.report.townships]
    assert page.chart.chart_.title().startswith("高唐街道适龄残疾儿童安置情况")  # not 各乡镇
    assert page.figures["school_age"].text() == str(page.report.townships[0].school_age)
    out = tmp_path / "coverage.xlsx"
    write_report(page.report, "zh", out)  # what 导出报表 writes
    sheet = load_workbook(out).worksheets[1]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["高唐街道", "高唐街道合计"]


def test_another_offices_new_idle_time_reaches_this_window_without_a_restart(  # type: ignore[no-untyped-def]
        qtbot, locked_services, accounts_db) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from special_ed.bootstrap import build_app
    from ui.operations import running_operations

    locked_services.accounts.login("admin", ADMIN_PW)
    window = QMainWindow()
    window.setCentralWidget(QLabel("张三"))
    qtbot.addWidget(window)
    seconds = [0.0]
    lock = IdleLock(window, locked_services, clock=lambda: seconds[0])
    assert lock.minutes == 15
    other_office = build_app(f"sqlite:///{accounts_db}", kdf=FAST)
    try:
        other_office.accounts.login("admin", ADMIN_PW)
        other_office.settings.set_idle_lock(4)
    finally:
        other_office.close()
    seconds[0] = 60.0
    lock.check()
    assert lock.refresh is None and lock.minutes == 15  # not re-read every check: every five minutes
    lock.last_input = seconds[0] = IdleLock.REFRESH_S + 1.0  # someone is working: no lock, but a refresh
    lock.check()
    assert lock.refresh is not None and not lock.locked
    qtbot.waitUntil(lambda: lock.refresh is None and running_operations() == 0, timeout=10000)
    assert lock.minutes == 4
    seconds[0] += 4 * 60
    lock.check()
    assert lock.locked
    lock.dialog.reject()
    lock.stop()
