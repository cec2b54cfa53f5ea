"""Opening the desktop app skips importing the command line's feature modules (fast start-up);
every sub-command and --help still has them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from special_ed.cli import opens_gui


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--demo"], True),
        (["--db", "x.sqlite3"], True),
        (["--db=x.sqlite3", "--lang", "en"], True),
        (["--user", "print", "gui"], True),  # "print" is the value of --user here
        (["gui", "-platform", "offscreen"], True),
        (["print", "child", "1", "--out", "a.pdf"], False),
        (["--db", "x", "schedule", "--month", "2027-03"], False),
        (["--help"], False),
        (["-h"], False),
    ],
)
def test_which_arguments_open_the_gui(argv: list[str], gui: bool) -> None:
    assert opens_gui(argv) is gui


def test_help_still_lists_the_feature_commands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "special_ed", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("print", "import", "schedule", "check"):
        assert command in out
