"""Start the desktop application: QApplication, translators, style, database choice, main window.

Started by :mod:`special_ed_launcher`. ``app_factory()`` builds the core's App for the database named
on the command line (or in SPECIAL_ED_DB, or a fresh demo county); without one (None) the GUI
opens the remembered database or asks with the first-run dialog. Either way the App comes from
:func:`special_ed.bootstrap.build_app`; the GUI never opens the database itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import prefs
from ui.i18n import install_translators
from ui.screen_fit import ScreenFit
from ui.style import apply_style

if TYPE_CHECKING:
    from special_ed.bootstrap import App
    from ui.main_window import MainWindow
    from ui.startup import Opener

AppFactory = Callable[[], "App"]
# Set to a file name, the GUI writes what it showed (title, language, catalogues) there once the first page
# has loaded, and quits: how CI and docs/packaging.md check that an installed or frozen build really works.
SELF_CHECK_ENV = "SPECIAL_ED_SELF_CHECK"


def make_qapplication(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(list(argv) or [sys.argv[0]])
    qapp.setOrganizationName(prefs.ORGANISATION)
    qapp.setApplicationName(prefs.APPLICATION)
    from special_ed import __version__

    qapp.setApplicationVersion(__version__)
    if not install_translators(qapp, prefs.language()):
        report_catalogue_problem(prefs.language())
    apply_display_name(qapp)
    apply_style(qapp)
    if not qapp.findChildren(ScreenFit):
        qapp.installEventFilter(ScreenFit(qapp))  # every dialog fits the screen it opens on
    return qapp


def report_catalogue_problem(lang: str) -> None:
    """Say in Chinese why the UI is English (a damaged or missing .qm), on stderr and in a message box."""
    from ui.i18n import catalogue_problem

    problem = catalogue_problem(lang)
    if problem is None:
        return
    print(problem, file=sys.stderr)
    if not os.environ.get(SELF_CHECK_ENV):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, "特教安置与送教上门", problem)


def apply_display_name(qapp: QApplication) -> None:
    """The program's name people see: a window without a title of its own (a progress window)
    is titled with it, and other titles end with it, instead of the technical "special-ed"."""
    qapp.setApplicationDisplayName(
        QCoreApplication.translate("MainWindow", "Special Education Placement and Home Teaching")
    )


def build_window(
    services: App,
    database_label: str,
    on_open_database: Callable[[], None] | None = None,
    demo: bool = False,
) -> MainWindow:
    """The main window with every page of ui.default_pages."""
    from ui.main_window import MainWindow

    return MainWindow(services, database_label, on_open_database, demo=demo)


class Session:
    """The open database and its window; File → Open switches both without restarting."""

    def __init__(self, services: App, label: str, owned: bool, opener: Opener, demo: bool = False) -> None:
        self.services = services
        self.opener = opener  # opens the database File → Open chooses
        self.owned = owned  # the CLI closes the App its factory built; we close the ones we built
        self.window = build_window(services, label, self.switch_database, demo=demo)
        self.idle = self._watch_idle()

    def _watch_idle(self) -> Any:
        from ui.login import IdleLock

        return IdleLock(self.window, self.services)

    def switch_database(self) -> None:
        from ui.login import log_in
        from ui.startup import choose_database

        chosen = choose_database(self.opener)
        if chosen is None:
            return  # cancelled: keep working where we were
        if not log_in(chosen[0]):
            if chosen[2]:
                chosen[0].close()
            return
        old_window, old_services, old_owned = self.window, self.services, self.owned
        self.idle.stop()
        self.services, label, self.owned = chosen
        old_window.save_state()
        self.window = build_window(self.services, label, self.switch_database)
        self.idle = self._watch_idle()
        self.window.show()
        self.window.after_show()
        offer_drafts_soon(self.window)
        old_window.hide()
        old_window.deleteLater()
        if old_owned:
            drain_workers()
            old_services.close()

    def close(self) -> None:
        self.idle.stop()
        drain_workers()
        if self.owned:
            self.services.close()


def offer_drafts_soon(window: Any) -> None:
    """Once the window is up: forms left unsaved last time (a crash, a power cut) are offered back."""
    from PySide6.QtCore import QTimer

    from ui.drafts import offer_drafts

    QTimer.singleShot(0, lambda: offer_drafts(window, window))


def drain_workers(timeout_ms: int = 10000) -> None:
    """Wait for background queries before their database is closed: a worker left on a disposed
    engine would fail, or crash the interpreter on the way out."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_gui(app_factory: AppFactory | None, demo: bool, argv: Sequence[str], opener: Opener) -> int:
    """``opener`` opens the databases chosen while the program runs (the core's ``DatabaseOpener``,
    handed over by the launcher, so that the GUI never imports the composition root)."""
    from ui.startup import open_services

    qapp = make_qapplication(argv)
    from ui.login import log_in

    opened = open_services(app_factory, opener, demo)
    if opened is None:
        return 0
    services, label, owned = opened
    if not log_in(services):
        if owned:
            services.close()
        return 0
    session = Session(services, label, owned, opener, demo=demo)
    session.window.show()
    session.window.after_show()
    report = os.environ.get(SELF_CHECK_ENV)
    if report:
        from ui.selfcheck import report_and_quit

        report_and_quit(qapp, session.window, Path(report))
    elif not demo:  # the demo starts afresh each time: its drafts would name children it no longer has
        offer_drafts_soon(session.window)
    try:
        code = qapp.exec()
    finally:
        session.close()
    return int(code)
