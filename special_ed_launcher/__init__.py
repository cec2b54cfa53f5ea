"""``special-ed``: the desktop program without a sub-command, the command line with one.

The console entry point lives here, outside both the core and the GUI: it is the one module that
wires the two together, so that ``special_ed`` never imports the GUI and ``ui`` never reaches the
core's composition root (nor, through it, SQLAlchemy). ``special-ed`` (or
``python -m special_ed_launcher``) opens the window; ``special-ed schedule --month …`` and
every other sub-command are handed, argv unchanged, to :func:`special_ed.cli.main`, which stays
Qt-free (``python -m special_ed`` is that command line alone).

GUI options: ``--db`` / ``--user`` / ``--lang`` as on the command line, ``--demo`` for a fresh
demo county, ``gui [Qt options…]`` to pass options to Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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


def open_gui(options: argparse.Namespace, qt_args: list[str]) -> int:
    import os

    try:
        from ui.app import run_gui
    except ImportError as exc:  # PySide6 missing or broken on this machine
        raise SpecialEdError("gui.unavailable", detail=str(exc)) from exc
    if options.demo:
        options.db = cli.fresh_demo_url()
    factory = cli.AppFactory(options)
    factory.gui_login = True  # with accounts, the window asks for the password in its own dialog
    try:
        if options.demo:
            from special_ed.services.demo import generate_demo

            generate_demo(factory().ctx)
        # A database named on the command line (or in SPECIAL_ED_DB) is opened as given; otherwise
        # the GUI opens the remembered one or asks with the first-run dialog.
        explicit = options.demo or bool(options.db or os.environ.get("SPECIAL_ED_DB"))
        return int(
            run_gui(
                factory if explicit else None,
                demo=options.demo,
                argv=[sys.argv[0], *qt_args],
                opener=factory.opener,
            )
        )
    finally:
        factory.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
