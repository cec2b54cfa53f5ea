"""``special-ed``: the desktop program without a sub-command, the command line with one.

The console entry point lives here, outside the core, so that ``special_ed`` never imports the
GUI: ``special-ed`` (or ``python -m ui``) opens the window; ``special-ed schedule --month …`` and
every other sub-command are handed, argv unchanged, to :func:`special_ed.cli.main`, which stays
Qt-free (``python -m special_ed`` is that command line alone).

GUI options: ``--db`` / ``--user`` / ``--lang`` as on the command line, ``--demo`` for a fresh
demo county, ``gui [Qt options…]`` to pass options to Qt.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from special_ed import cli
from special_ed.errors import SpecialEdError


def _gui_options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="special-ed", add_help=False, parents=[cli.global_options()])
    parser.add_argument("--demo", action="store_true")
    return parser


def wants_gui(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The GUI's options and Qt's arguments when argv asks for the window; None for the command line."""
    try:
        options, rest = _gui_options().parse_known_args(list(argv))
    except SystemExit:  # a malformed global option: the command line says what is wrong
        return None
    if not rest:
        return options, []
    if rest[0] == "gui":
        return options, rest[1:]
    return None  # a sub-command, --help, --version or an unknown option


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
        opener = demo_opener(factory) if options.demo else factory
        return int(run_gui(opener if explicit else None, demo=options.demo, argv=[sys.argv[0], *qt_args]))
    finally:
        factory.close()


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
