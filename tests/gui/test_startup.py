"""First run: the three ways to start, server URL building, connection test messages, the demo county."""

from __future__ import annotations

from pathlib import Path

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
    assert dialog.choice.kind == EMPTY and dialog.choice.url == f"sqlite:///{tmp_path / 'office.sqlite3'}"

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
