"""``special-ed``: the desktop program without a sub-command, the command line with one.

The console entry point lives here, outside both the core and the GUI: it is the one module that
wires the two together, so that ``special_ed`` never imports the GUI and ``ui`` never reaches the
core's composition root (nor, through it, SQLAlchemy). ``special-ed`` (or
``python -m special_ed_launcher``) opens the window; ``special-ed schedule --month …`` and
every other sub-command are handed, argv unchanged, to :func:`special_ed.cli.main`, which stays
Qt-free (``python -m special_ed`` is that command line alone).

GUI options: ``--db`` / ``--user`` / ``--lang`` as on the command line, ``--demo`` for a fresh
demo county, ``gui [Qt options…]`` to pass options to Qt, and a backup file (``special-ed FILE.sebak``,
what double-clicking one runs) to open its restore dialog.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from special_ed import cli
from special_ed.errors import SpecialEdError
from special_ed.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from special_ed.bootstrap import App


def _gui_options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="special-ed", add_help=False, parents=[cli.global_options()])
    parser.add_argument("--demo", action="store_true")
    parser.set_defaults(backup=None)
    return parser


def is_backup_file(token: str) -> bool:
    """A backup handed over by the desktop (double-clicked .sebak: ``special-ed FILE.sebak``)."""
    return token.lower().endswith(BACKUP_SUFFIX) and not token.startswith("-")


BACKUP_SUFFIX = ".sebak"


def wants_gui(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The GUI's options and Qt's arguments when argv asks for the window; None for the command line.

    ``options.backup``: a .sebak file given (``special-ed FILE.sebak``, or after ``gui``), whose restore
    dialog the window opens once its database is open."""
    try:
        options, rest = _gui_options().parse_known_args(list(argv))
    except SystemExit:  # a malformed global option: the command line says what is wrong
        return None
    if rest and rest[0] == "gui":
        rest = rest[1:]
    elif rest and not is_backup_file(rest[0]):
        return None  # a sub-command, --help, --version or an unknown option
    backups = [token for token in rest if is_backup_file(token)]
    if backups:
        options.backup = Path(backups[0])
    return options, [token for token in rest if not is_backup_file(token)]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    gui = wants_gui(args)
    if gui is None:
        return cli.main(args)
    options, qt_args = gui
    try:
        return open_gui(options, qt_args)
    except SpecialEdError as exc:
        print(cli.error_line(exc, options.lang), file=sys.stderr)
        return cli.EXIT_ERROR


def check_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """On Linux without a display Qt aborts the process with an English line: say it in Chinese first."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        raise SpecialEdError("gui.no_display")


# What the dynamic loader says when a library a Qt module links against is absent
MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")


def open_gui(options: argparse.Namespace, qt_args: list[str]) -> int:
    check_display()
    try:
        from ui.app import run_gui
    except ImportError as exc:  # PySide6 missing or broken on this machine
        missing = MISSING_LIBRARY.search(str(exc))
        if missing:  # Qt's own libraries load, a system library they need (libGL, libxkbcommon…) does not
            raise SpecialEdError("gui.missing_library", library=missing.group(1)) from exc
        raise SpecialEdError("gui.unavailable", detail=str(exc)) from exc
    if options.demo:
        options.db = cli.fresh_demo_url()
    factory = cli.AppFactory(options)
    factory.gui_login = True  # with accounts, the window asks for the password in its own dialog
    try:
        # A database named on the command line (or in SPECIAL_ED_DB) is opened as given; otherwise
        # the GUI opens the remembered one or asks with the first-run dialog. Either opens on a worker
        # thread behind the window's skeleton, so nothing here may touch the database (or SQLAlchemy).
        explicit = options.demo or bool(options.db or os.environ.get("SPECIAL_ED_DB"))
        app_factory = demo_opener(factory) if options.demo else factory
        return int(
            run_gui(
                app_factory if explicit else None,
                demo=options.demo,
                argv=[sys.argv[0], *qt_args],
                opener=LazyOpener(),
                backup=options.backup.resolve() if options.backup is not None else None,
            )
        )
    finally:
        factory.close()


class LazyOpener:
    """The core's ``DatabaseOpener`` (``cli.AppFactory.opener``), imported when a database is first opened
    or checked — on the worker behind the window — so that the window shows before SQLAlchemy loads."""

    def open(
        self,
        url: str,
        make_demo: bool = False,
        progress: Progress = NO_PROGRESS,
        passphrase: str | None = None,
    ) -> App:
        from special_ed.bootstrap import DatabaseOpener

        return DatabaseOpener().open(url, make_demo, progress, passphrase)

    def check(self, url: str) -> None:
        from special_ed.bootstrap import DatabaseOpener

        DatabaseOpener().check(url)


def demo_opener(factory: cli.AppFactory) -> Callable[[], Any]:
    """Opens the fresh demo database and generates its county (on the worker that opens it, once)."""

    def open_demo() -> Any:
        from special_ed.services.demo import generate_demo

        app = factory()
        generate_demo(app.ctx)
        return app

    return open_demo


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
