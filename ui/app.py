"""Start the desktop application: QApplication, translators, style, database choice, main window.

``app_factory(url)`` builds the core's App (services) for a database URL, upgrading
the schema as needed; ``url=None`` means "the URL given on the command line or in
SPECIAL_ED_DB", which the CLI resolves. The GUI never opens the database itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QApplication

from ui import prefs
from ui.i18n import install_translators
from ui.style import apply_style

AppFactory = Callable[..., Any]


def make_qapplication(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(list(argv) or [sys.argv[0]])
    qapp.setOrganizationName(prefs.ORGANISATION)
    qapp.setApplicationName(prefs.APPLICATION)
    from special_ed import __version__

    qapp.setApplicationVersion(__version__)
    install_translators(qapp, prefs.language())
    apply_style(qapp)
    return qapp


def build_window(services: Any, database_label: str, on_open_database: Callable[[], None] | None = None) -> Any:
    """The main window with every page of ui.default_pages."""
    from ui.main_window import MainWindow

    return MainWindow(services, database_label, on_open_database)


class Session:
    """The open database and its window; File → Open switches both without restarting."""

    def __init__(self, services: Any, label: str, owned: bool) -> None:
        self.services = services
        self.owned = owned  # the CLI closes the App its factory built; we close the ones we built
        self.window = build_window(services, label, self.switch_database)

    def switch_database(self) -> None:
        from ui.startup import choose_database

        chosen = choose_database()
        if chosen is None:
            return  # cancelled: keep working where we were
        old_window, old_services, old_owned = self.window, self.services, self.owned
        self.services, label, self.owned = chosen
        old_window.save_state()
        self.window = build_window(self.services, label, self.switch_database)
        self.window.show()
        self.window.after_show()
        old_window.hide()
        old_window.deleteLater()
        if old_owned:
            drain_workers()
            old_services.close()

    def close(self) -> None:
        drain_workers()
        if self.owned:
            self.services.close()


def drain_workers(timeout_ms: int = 10000) -> None:
    """Wait for background queries before their database is closed: a worker left on a disposed
    engine would fail, or crash the interpreter on the way out."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_gui(app_factory: AppFactory, demo: bool, argv: Sequence[str]) -> int:
    from ui.startup import open_services

    qapp = make_qapplication(argv)
    opened = open_services(app_factory, demo)
    if opened is None:
        return 0
    session = Session(*opened)
    session.window.show()
    session.window.after_show()
    try:
        code = qapp.exec()
    finally:
        session.close()
    return int(code)
