"""First run: the three ways to start, server URL building, connection test messages, the demo county."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from special_ed.bootstrap import DatabaseOpener
from special_ed.results.registry import RegistryFilter
from ui.first_run import DEMO, EMPTY, SERVER, FirstRunDialog, describe_url, postgres_url
from ui.startup import open_choice


def test_postgres_url_quotes_credentials_and_hides_password() -> None:
    url = postgres_url("db.county.local", 5432, "special_ed", "coord", "p@ss:w/rd")
    assert url == "postgresql+psycopg://coord:p%40ss%3Aw%2Frd@db.county.local:5432/special_ed"
    assert describe_url(url) == "postgresql://coord@db.county.local:5432/special_ed"


def test_dialog_choices(qtbot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path, DatabaseOpener().check)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.choice.kind == DEMO and dialog.choice.path == tmp_path / "demo-county.sqlite3"

    dialog = FirstRunDialog(tmp_path, DatabaseOpener().check)
    qtbot.addWidget(dialog)
    dialog.empty_radio.setChecked(True)
    assert dialog.file_box.isEnabled() and not dialog.server_box.isEnabled()
    dialog.file_edit.setText(str(tmp_path / "office.sqlite3"))
    dialog._accept()
    # a new file is created encrypted (SQLCipher)
    assert dialog.choice.kind == EMPTY
    assert dialog.choice.url == f"sqlite+pysqlcipher:///{tmp_path / 'office.sqlite3'}"
    assert dialog.choice.path == tmp_path / "office.sqlite3"

    dialog = FirstRunDialog(tmp_path, DatabaseOpener().check)
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    dialog.user.clear()
    dialog._accept()
    assert dialog.choice is None and dialog.test_result.text() == "请填写用户名。"
    dialog.user.setText("coord")
    dialog._accept()
    assert dialog.choice.kind == SERVER


def test_unreachable_server_is_reported_in_chinese(qtbot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path, DatabaseOpener().check)
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("nobody")
    op = dialog.test_connection()
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert dialog.test_result.text().startswith("连接失败：")
    assert dialog.test_button.isEnabled()


def test_empty_and_demo_databases_open(qtbot, tmp_path: Path) -> None:
    from ui.first_run import DatabaseChoice

    empty = open_choice(DatabaseChoice(EMPTY, f"sqlite:///{tmp_path / 'new' / 'office.sqlite3'}"), DatabaseOpener())
    assert empty.registry.count(RegistryFilter()) == 0
    empty.close()
    demo = open_choice(DatabaseChoice(DEMO, f"sqlite:///{tmp_path / 'demo.sqlite3'}"), DatabaseOpener())
    assert demo.registry.count(RegistryFilter()) == 565
    demo.close()


def test_new_encrypted_database_asks_for_a_passphrase_without_keyring(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """No keyring (this machine): the first-run choice asks for a passphrase twice on the GUI thread,
    creates the file encrypted, and opens it again only with the same passphrase."""
    from keyring.backends import fail

    import ui.startup as startup
    from special_ed.db_key import PASSPHRASE_ENV, looks_encrypted
    from special_ed.errors import DatabaseError
    from special_ed.secret_store import SecretStore
    from ui.first_run import DatabaseChoice

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(startup, "secret_store", lambda: SecretStore(fail.Keyring()))
    path = tmp_path / "office.sqlite3"
    asked: list[bool] = []
    typed = {"value": "correct horse battery"}

    def ask(_parent, where, new):
        assert where == path
        asked.append(new)
        return typed["value"]

    monkeypatch.setattr(startup, "ask_database_passphrase", ask)
    url = f"sqlite+pysqlcipher:///{path}"
    app = open_choice(DatabaseChoice(EMPTY, url), DatabaseOpener())
    assert app.info.encrypted and app.registry.count(RegistryFilter()) == 0
    app.close()
    assert asked == [True] and looks_encrypted(path)
    again = open_choice(DatabaseChoice(EMPTY, url), DatabaseOpener())
    again.close()
    assert asked == [True, False]
    typed["value"] = "wrong passphrase"
    try:
        open_choice(DatabaseChoice(EMPTY, url), DatabaseOpener())
    except DatabaseError as exc:
        assert exc.code == "db.wrong_key"
    else:
        raise AssertionError("a wrong passphrase opened the database")
    typed["value"] = None
    try:
        open_choice(DatabaseChoice(EMPTY, url), DatabaseOpener())
    except DatabaseError as exc:
        assert exc.code == "db.key_cancelled" and "没有输入数据库口令" in exc.message("zh")
    else:
        raise AssertionError("a cancelled passphrase opened the database")


@pytest.mark.passphrase_dialog
def test_database_passphrase_dialog_is_chinese(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.startup import ask_database_passphrase

    seen: dict[str, str] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        dialog.first.setText("correct horse battery")
        dialog.second.setText("correct horse battery")
        dialog.accept()

    QTimer.singleShot(50, fill)
    assert ask_database_passphrase(None, tmp_path / "x.sqlite3", True) == "correct horse battery"
    assert seen["title"] == "数据库口令"


# single-user mode has full rights: the administrators' pages (账户, 审计) are listed too
EXPECTED_PAGES = ["儿童名册", "评估安置", "送教上门", "送教工作量", "送教排程", "统计", "三查比对", "基础数据", "设置", "账户", "审计", "控辍保学"]


def test_main_window_menus_have_shortcuts(window) -> None:
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(type(window.toolbar.actions()[0]))}
    assert shortcuts["action_new_child"] == "Ctrl+N"
    assert shortcuts["action_export"] == "Ctrl+E"
    assert shortcuts["action_page_registry"] == "Ctrl+1"
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == EXPECTED_PAGES
    assert shortcuts["action_page_settings"] == f"Ctrl+{EXPECTED_PAGES.index('设置') + 1}"
    assert shortcuts["action_print_batch"] == "Ctrl+Shift+P"
    assert shortcuts["action_import"] == "Ctrl+I"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert Qt.ToolButtonStyle.ToolButtonTextBesideIcon == window.toolbar.toolButtonStyle()


def test_open_database_switches_the_window(qtbot, services, tmp_path: Path, monkeypatch) -> None:
    import ui.startup
    from ui.app import Session
    from ui.first_run import DatabaseChoice

    session = Session(services, services.info.display, owned=False, opener=DatabaseOpener())
    qtbot.addWidget(session.window)
    first = session.window
    assert first.findChild(type(first.toolbar.actions()[0]), "action_open_database") is not None
    other = open_choice(DatabaseChoice(EMPTY, f"sqlite:///{tmp_path / 'other.sqlite3'}"), DatabaseOpener())
    monkeypatch.setattr(ui.startup, "choose_database", lambda _opener: (other, other.info.display, True))
    session.switch_database()
    assert session.window is not first and session.services is other
    assert session.window.db_label.text().endswith("other.sqlite3")
    qtbot.addWidget(session.window)
    session.close()
