"""Which database to open at start: the command line's, the remembered one, or the user's first-run choice.

Order: ``--demo`` or an explicit ``--db``/``SPECIAL_ED_DB`` wins; else the database chosen
last time (QSettings); else the default SQLite file if it exists; else the first-run dialog.
A database known at start (``plan_start``) is opened in the background behind the main window's
skeleton (ui.app.Session.open_in_background); the first-run dialog's choice opens (and a demo county is
generated) in the background with a progress dialog before the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from special_ed.db_key import file_url
from special_ed.errors import DatabaseError, SpecialEdError
from special_ed.locations import DEFAULT_DB_NAME, default_data_dir
from special_ed.progress import NO_PROGRESS, Progress
from ui import prefs
from ui.errors import describe
from ui.first_run import DEMO, DatabaseChoice, FirstRunDialog
from ui.operations import Operation

if TYPE_CHECKING:
    from special_ed.bootstrap import App

T = TypeVar("T")
DB_KEY = "database/url"


def data_dir() -> Path:
    # The same folder as the core's (special_ed.locations: no Qt, no SQL, so the UI may import it).
    return default_data_dir()


class Opener(Protocol):
    """Opens an App by URL: the core's ``special_ed.bootstrap.DatabaseOpener``, handed over by the
    launcher, so that the GUI never imports the composition root (nor, through it, SQLAlchemy)."""

    def open(
        self,
        url: str,
        make_demo: bool = False,
        progress: Progress = NO_PROGRESS,
        passphrase: str | None = None,
    ) -> App: ...

    def check(self, url: str) -> None: ...


def database_passphrase(
    url: str, store: Any = None, parent: QWidget | None = None, ask: Any = None
) -> str | None:
    """The passphrase an encrypted file needs from the person (asked here, on the GUI thread, before
    the database opens in the background); None when none is needed (the keyring has its key, or
    ``SPECIAL_ED_DB_PASSPHRASE`` is set). Cancelling raises ``db.key_cancelled``."""
    from special_ed.db_key import is_encrypted_url, needs_passphrase

    if not is_encrypted_url(url):
        return None
    path = Path(url.split(":///", 1)[1])
    store = store if store is not None else secret_store()
    if not needs_passphrase(path, store):
        return None
    new = not (path.exists() and path.stat().st_size > 0)
    typed = (ask or ask_database_passphrase)(parent, path, new)
    if not typed:
        raise DatabaseError("db.key_cancelled", path=str(path))
    return str(typed)


def ask_database_passphrase(parent: QWidget | None, path: Path, new: bool) -> str | None:
    from ui.backup_ui import PassphraseDialog

    if new:
        message = QCoreApplication.translate(
            "Startup",
            "This computer has no system keyring to keep the key of the new encrypted database {0}. "
            "Choose a passphrase for it: it will be asked for each time the database is opened, and "
            "without it nobody can open the database.",
        ).format(str(path))
    else:
        message = QCoreApplication.translate(
            "Startup", "The database {0} is encrypted. Its passphrase:"
        ).format(str(path))
    dialog = PassphraseDialog(
        parent,
        confirm=new,
        message=message,
        title=QCoreApplication.translate("Startup", "Database passphrase"),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def run_blocking(work: Callable[[Progress], T], label: str) -> T:
    """Run work in the background with the progress dialog, waiting in a local event loop (before the window)."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    op = Operation(
        None,
        work,
        lambda value: outcome.setdefault("value", value),
        lambda exc, _trace: outcome.setdefault("error", exc),
        label=label,
    )
    op.finished.connect(loop.quit)
    if op.running:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return cast(T, outcome.get("value"))  # None only when the work was cancelled


class StartPlan:
    """A database known at start (given, remembered, or the default file): opened after the window shows."""

    def __init__(
        self,
        work: Callable[[Progress], App],
        owned: bool,
        explicit: bool,
        set_up_county: bool = True,
        remember: str = "",
    ) -> None:
        self.work = work  # runs on a worker thread, returns the App
        self.owned = owned  # we built it, so we close it
        self.explicit = explicit  # --demo/--db/SPECIAL_ED_DB: a failure ends the start instead of asking
        self.set_up_county = set_up_county  # not for the demo
        self.remember = remember  # a remembered URL, kept again once it opened (its password to the keyring)

    def opened(self, services: App) -> None:
        """On the GUI thread once the database is open (and the login passed), before its pages show."""
        if self.remember:
            remember_url(self.remember)  # a password typed at the prompt is kept in the keyring
        if self.set_up_county:
            ensure_county(services)


def plan_start(app_factory: Callable[[], App] | None, opener: Opener, demo: bool = False) -> StartPlan | None:
    """What to open, decided without touching a database (fast); None: ask with the first-run dialog.

    ``app_factory`` is the launcher's, for a database named on the command line (or the demo);
    without one, the remembered database or the default file, opened with ``opener``."""
    if app_factory is not None:
        factory = app_factory
        return StartPlan(lambda _p: factory(), owned=False, explicit=True, set_up_county=not demo)
    remembered = remembered_url()
    if remembered is None:
        return None  # the server password was not given: the first-run dialog asks again
    default_file = data_dir() / DEFAULT_DB_NAME  # the same file as the CLI's default
    if remembered or default_file.exists():
        url = remembered or file_url(default_file)  # encrypted or plain, as the file is
        try:
            secret = database_passphrase(url)  # asked now, on the GUI thread, if no keyring holds the key
        except SpecialEdError:
            return None  # the passphrase was not given: the first-run dialog
        return StartPlan(
            lambda _p: opener.open(url, passphrase=secret), owned=True, explicit=False, remember=remembered
        )
    return None


def open_failed_message(exc: BaseException) -> str:
    text = describe(exc) if isinstance(exc, SpecialEdError) else str(exc)
    return (
        text + "\n\n" + QCoreApplication.translate("Startup", "Choose another database or create a new one.")
    )


def ensure_county(services: App) -> None:
    """An empty database starts with choosing its county (the lists, then the profile); "Later" skips it."""
    if services.county.profile().configured:
        return
    from ui.county_setup import CountySetupDialog

    CountySetupDialog(services, run_blocking).exec()


def secret_store() -> Any:
    from special_ed.secret_store import SecretStore

    return SecretStore()


def remember_url(url: str, store: Any = None) -> None:
    """Keep the database for next time; a server password goes to the OS keyring, never into QSettings."""
    from special_ed.db_secrets import remember

    store = store if store is not None else secret_store()
    try:
        bare = remember(url, store)
    except SpecialEdError:
        from special_ed.db_secrets import split_password

        bare = split_password(url)[0]  # the keyring refused: ask next time rather than write it down
    prefs.prefs().setValue(DB_KEY, bare)


def remembered_url(store: Any = None, ask: Any = None) -> str | None:
    """The remembered database ("" if none); None when its password is needed and was not given.

    A password an older version left in the preferences is moved out of them first.
    """
    from special_ed.db_secrets import needs_password, recall, split_password, with_password

    saved = str(prefs.prefs().value(DB_KEY, "") or "")
    if not saved:
        return ""
    store = store if store is not None else secret_store()
    if split_password(saved)[1] is not None:
        remember_url(saved, store)
        saved = str(prefs.prefs().value(DB_KEY, "") or "")
        if split_password(saved)[1] is not None:  # pragma: no cover - remember_url always strips it
            return None
    try:
        full = recall(saved, store)
    except SpecialEdError:
        full = None
    if full is not None:
        return full
    password = (ask or ask_password)(describe_url_for(saved))
    if password is None:
        return None
    return with_password(saved, password) if password or not needs_password(saved) else saved


def describe_url_for(url: str) -> str:
    from ui.first_run import describe_url

    return describe_url(url)


def ask_password(where: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("Startup", "Database password"),
        QCoreApplication.translate("Startup", "Password of the database server {0}:").format(where),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def choose_database(opener: Opener) -> tuple[App, str, bool] | None:
    """The first-run dialog, repeated until a database opens or the user cancels."""
    while True:
        dialog = FirstRunDialog(data_dir(), opener.check)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        choice = dialog.choice
        try:
            services = open_choice(choice, opener)
        except SpecialEdError as exc:
            QMessageBox.warning(
                None, QCoreApplication.translate("Startup", "Cannot open the database"), describe(exc)
            )
            continue
        remember_url(choice.url)
        if choice.kind != DEMO:
            ensure_county(services)
        return services, services.info.display, True


def open_choice(choice: DatabaseChoice, opener: Opener) -> App:
    path = choice.path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if choice.kind == DEMO and path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)  # the demo always starts the same
        return run_blocking(
            lambda p: opener.open(choice.url, make_demo=True, progress=p),
            QCoreApplication.translate("Startup", "Creating the demo county…"),
        )
    secret = database_passphrase(choice.url)
    return run_blocking(
        lambda _p: opener.open(choice.url, passphrase=secret),
        QCoreApplication.translate("Startup", "Opening the database…"),
    )
