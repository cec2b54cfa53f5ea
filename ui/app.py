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
    from ui.login import IdleLock
    from ui.main_window import MainWindow
    from ui.operations import Operation
    from ui.startup import Opener, StartPlan

AppFactory = Callable[[], "App"]
# Set to a file name, the GUI writes what it showed (title, language, catalogues) there once the first page
# has loaded, and quits: how CI and docs/packaging.md check that an installed or frozen build really works.
SELF_CHECK_ENV = "SPECIAL_ED_SELF_CHECK"
# The exit code of a start whose given database (--db, --demo) could not be opened: the command line's
# special_ed.cli.EXIT_ERROR (not imported: the CLI module reaches the composition root).
EXIT_ERROR = 2


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
    report_missing_chinese_font(prefs.language())
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


# Both languages: without a Chinese font the Chinese half would itself be drawn as empty boxes.
NO_CHINESE_FONT = (
    "No Chinese font is installed, so Chinese text shows as empty boxes.\n"
    "Linux: sudo apt-get install fonts-wqy-microhei (or fonts-noto-cjk); Windows: add the 中文 (简体) language "
    "features in Settings.\n\n"
    "本机没有中文字体，界面中的汉字会显示为方框。请安装中文字体（如 fonts-wqy-microhei）后重新启动。\n"
    "打印不受影响：PDF 使用内置的宋体（STSong-Light）。"
)


def has_chinese_font() -> bool:
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def report_missing_chinese_font(lang: str) -> None:
    if lang != "zh" or has_chinese_font():
        return
    print(NO_CHINESE_FONT, file=sys.stderr)
    if not os.environ.get(SELF_CHECK_ENV):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, "Special Education · 特教安置与送教上门", NO_CHINESE_FONT)


def apply_display_name(qapp: QApplication) -> None:
    """The program's name people see: a window without a title of its own (a progress window)
    is titled with it, and other titles end with it, instead of the technical "special-ed"."""
    qapp.setApplicationDisplayName(
        QCoreApplication.translate("MainWindow", "Special Education Placement and Home Teaching")
    )


def build_window(
    services: App | None,
    database_label: str,
    on_open_database: Callable[[], None] | None = None,
    demo: bool = False,
    opening: bool = False,
    on_open_url: Callable[[str], None] | None = None,
) -> MainWindow:
    """The main window with every page of ui.default_pages (a skeleton while ``opening``)."""
    from ui.main_window import MainWindow

    return MainWindow(
        services, database_label, on_open_database, demo=demo, opening=opening, on_open_url=on_open_url
    )


class Session:
    """The open database and its window; File → Open switches both without restarting.

    ``services=None``: the window is shown at once as a skeleton and the database opens in the
    background (``open_in_background``), so start-up does not wait for SQLAlchemy, the schema check
    or the first query; the login (when the database has accounts) follows over the skeleton.
    ``opener`` opens the database File → Open chooses.
    """

    def __init__(
        self,
        services: App | None,
        label: str,
        owned: bool,
        opener: Opener,
        demo: bool = False,
        backup: Path | None = None,
    ) -> None:
        self.services = services
        self.opener = opener
        self.backup = backup  # a .sebak given on the command line: its restore dialog once a database is open
        self.owned = owned  # the CLI closes the App its factory built; we close the ones we built
        self.demo = demo
        self.exit_code = 0
        self.opening: Operation[App] | None = None
        self.window = build_window(
            services,
            label,
            self.switch_database,
            demo=demo,
            opening=services is None,
            on_open_url=self.open_url,
        )
        self.idle: IdleLock | None = self._watch_idle(services) if services is not None else None

    def _watch_idle(self, services: App) -> IdleLock:
        from ui.login import IdleLock

        return IdleLock(self.window, services)

    def open_in_background(self, plan: StartPlan) -> None:
        """Open ``plan``'s database on a worker thread; then log in over the skeleton, set up the county
        of an empty database, and show the remembered page with the database's start-up checks."""
        from ui.operations import Operation

        def opened(services: App) -> None:
            from ui.login import log_in

            self.opening = None
            if not log_in(services, self.window):
                if plan.owned:
                    services.close()
                self._give_up(0)
                return
            plan.opened(services)
            self._attach(services, services.info.display, plan.owned)

        def failed(exc: BaseException, _trace: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            from ui.login import log_in
            from ui.startup import open_failed_message

            self.opening = None
            title = QCoreApplication.translate("Startup", "Cannot open the database")
            QMessageBox.warning(self.window, title, open_failed_message(exc))
            chosen = None if plan.explicit else _choose_database(self.opener)
            if chosen is None:
                self._give_up(EXIT_ERROR if plan.explicit else 0)
                return
            if not log_in(chosen[0], self.window):
                if chosen[2]:
                    chosen[0].close()
                self._give_up(0)
                return
            self._attach(*chosen)

        self.owned = plan.owned
        self.opening = Operation(
            self.window,
            plan.work,
            opened,
            failed,
            label=QCoreApplication.translate("Startup", "Opening the database…"),
            delay_ms=None,  # the window itself says so; no dialog flashing on every start
        )

    def _attach(self, services: App, label: str, owned: bool) -> None:
        self.services, self.owned = services, owned
        self.window.attach_services(services, label)
        self.window.after_show()  # the damaged-file warning, or today's automatic backup
        self.idle = self._watch_idle(services)
        if not self.demo and not os.environ.get(SELF_CHECK_ENV):
            offer_drafts_soon(self.window)
        self.offer_restore()

    def offer_restore(self) -> None:
        """The restore dialog for the backup file the program was started with (once, after the window's
        own start-up dialogs: a damaged file's warning, the automatic backup's passphrase)."""
        backups, path = self.window.backups, self.backup
        if backups is None or path is None:
            return
        self.backup = None
        from PySide6.QtCore import QTimer

        # counted until the dialog (or the "not a backup" message) is up, so that the self-check, which
        # reports once no work is pending, cannot report in the moment between this call and the timer
        self.window.pending_start_dialogs += 1

        def ask() -> None:
            self.window.pending_start_dialogs -= 1  # the next line shows the dialog before any event runs
            backups.ask_restore(path)

        QTimer.singleShot(0, ask)

    def _give_up(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        QApplication.quit()

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
        self._switch_to(*chosen)

    def open_url(self, url: str) -> None:
        """Switch the window to the database at ``url`` (one just restored from a backup), as File → Open
        does after its dialog: opened in the background, logged in to, remembered for the next start."""
        from PySide6.QtWidgets import QMessageBox

        from special_ed.errors import SpecialEdError
        from ui.errors import describe
        from ui.login import log_in
        from ui.startup import database_passphrase, remember_url, run_blocking

        opener = self.opener
        try:
            secret = database_passphrase(url, parent=self.window)  # an encrypted file without a keyring
            services = run_blocking(
                lambda _p: opener.open(url, passphrase=secret),
                QCoreApplication.translate("Startup", "Opening the database…"),
            )
        except SpecialEdError as exc:
            title = QCoreApplication.translate("Startup", "Cannot open the database")
            QMessageBox.warning(self.window, title, describe(exc))
            return
        if not log_in(services, self.window):
            services.close()
            return
        remember_url(url)
        self._switch_to(services, services.info.display, True)

    def _switch_to(self, services: App, label: str, owned: bool) -> None:
        old_window, old_services, old_owned = self.window, self.services, self.owned
        if self.idle is not None:
            self.idle.stop()
        self.services, self.owned = services, owned
        old_window.save_state()
        self.window = build_window(services, label, self.switch_database, on_open_url=self.open_url)
        self.idle = self._watch_idle(services)
        self.window.show()
        self.window.after_show()
        offer_drafts_soon(self.window)
        old_window.hide()
        old_window.deleteLater()
        if old_owned and old_services is not None:
            drain_workers()
            old_services.close()

    def close(self) -> None:
        if self.idle is not None:
            self.idle.stop()
        drain_workers()
        if self.owned and self.services is not None:
            self.services.close()


def _choose_database(opener: Opener) -> tuple[App, str, bool] | None:
    from ui.startup import choose_database

    return choose_database(opener)


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


def run_gui(
    app_factory: AppFactory | None,
    demo: bool,
    argv: Sequence[str],
    opener: Opener,
    backup: Path | None = None,
) -> int:
    """``app_factory``: the launcher's, for a database named on the command line (or the demo); None:
    the remembered database, the default file, or (nothing known yet) the first-run dialog. ``opener``
    opens the databases chosen while the program runs (the core's ``DatabaseOpener``, handed over by the
    launcher, so that the GUI never imports the composition root). ``backup``: a .sebak file to restore
    (its dialog opens once a database is open)."""
    from ui.startup import plan_start

    qapp = make_qapplication(argv)
    plan = plan_start(app_factory, opener, demo)
    if plan is None:  # first start: the first-run dialog (and login), then the window on what was chosen
        from ui.login import log_in

        opened = _choose_database(opener)
        if opened is None:
            return 0
        services, label, owned = opened
        if not log_in(services):
            if owned:
                services.close()
            return 0
        session = Session(services, label, owned, opener, demo=demo, backup=backup)
    else:  # the window at once, its database opening (and the login) behind it
        session = Session(None, "", plan.owned, opener, demo=demo, backup=backup)
    session.window.show()
    session.window.after_show()
    qapp.processEvents()  # lay out and paint the skeleton before the worker competes for the interpreter
    check = None
    report = os.environ.get(SELF_CHECK_ENV)
    if report:
        from ui.selfcheck import SelfCheck

        check = SelfCheck(qapp, session.window, Path(report))
    if plan is not None:
        session.open_in_background(plan)
    else:
        # the demo starts afresh each time: its drafts would name children it no longer has
        if not demo and check is None:
            offer_drafts_soon(session.window)
        session.offer_restore()
    if check is not None:
        check.start()
    try:
        code = qapp.exec()
    finally:
        session.close()
    return int(code) or session.exit_code
