"""Main window shell: registered pages only, lazy creation, commands follow the page, state persists."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from special_ed.changes import ChangeHub
from special_ed.services.context import Actor
from ui.main_window import MainWindow
from ui.pages import PageSpec

SP = QStyle.StandardPixmap


class ExportingPage(QWidget):
    counts_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.exported = 0
        QVBoxLayout(self).addWidget(QLabel("export me"))

    def commands(self) -> dict:
        return {"export": self.export}

    def export(self) -> None:
        self.exported += 1

    def status_text(self) -> str:
        return f"{self.exported} exported"


def no_database() -> Any:
    """The window shell needs only the change hub and the acting user (these pages read nothing)."""
    return SimpleNamespace(changes=ChangeHub(), actor=Actor("tester"))


def make_specs(created: list[str]) -> list[PageSpec]:
    def factory(key: str):
        def build(_host):
            created.append(key)
            return ExportingPage() if key == "a" else QLabel(key)

        return build

    return [
        PageSpec("a", lambda: "Page A", SP.SP_FileIcon, factory("a")),
        PageSpec("b", lambda: "Page B", SP.SP_DirIcon, factory("b")),
    ]


def test_pages_are_created_lazily_and_commands_follow_the_page(qtbot) -> None:
    created: list[str] = []
    window = MainWindow(no_database(), "/tmp/x.sqlite3", pages=make_specs(created))
    qtbot.addWidget(window)
    window.show()
    assert window.nav.count() == 2
    assert created == ["a"]
    export = window.findChild(type(window.toolbar.actions()[0]), "action_export")
    assert export.isEnabled()
    export.trigger()
    assert window.current_page().exported == 1
    assert window.counts_label.text() == "0 exported"  # refreshed when the page signals
    window.current_page().counts_changed.emit()
    assert window.counts_label.text() == "1 exported"

    page_b = window.findChild(type(export), "action_page_b")
    assert page_b.shortcut().toString() == "Ctrl+2"
    page_b.trigger()
    assert window.current_key() == "b"
    assert created == ["a", "b"]
    assert not export.isEnabled()  # page b cannot export: no dead button
    assert window.findChild(type(export), "action_new_child") is not None
    assert not window.findChild(type(export), "action_new_child").isEnabled()  # no registry page here


def test_last_page_and_geometry_are_remembered(qtbot) -> None:
    window = MainWindow(no_database(), "", pages=make_specs([]))
    qtbot.addWidget(window)
    window.show_page("b")
    window.resize(700, 500)
    window.close()
    again = MainWindow(no_database(), "", pages=make_specs([]))
    qtbot.addWidget(again)
    assert again.current_key() == "b"
    assert again.size().width() == 700


def test_about_shows_version_and_database(qtbot) -> None:
    window = MainWindow(no_database(), "/data/county.sqlite3", pages=make_specs([]))
    qtbot.addWidget(window)
    window.show_about()
    dialog = window.findChild(QWidget, "aboutDialog")
    text = dialog.findChild(QLabel, "aboutText").text()
    assert "/data/county.sqlite3" in text and "0.1.0" in text
    dialog.close()
