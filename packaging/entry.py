"""The frozen application's entry point: the GUI with no arguments, the special-ed command line with them.

PyInstaller freezes this file (packaging/windows/special-ed.spec). ``freeze_support`` must run first:
batch printing and the route solver start ``spawn`` worker processes, which in a frozen build are this
same executable started again with multiprocessing's own arguments.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _attach_console() -> None:
    """Windows, windowed build started from a terminal with arguments: print to that terminal."""
    if os.name != "nt" or sys.stdout is not None or len(sys.argv) < 2:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def main() -> int:
    multiprocessing.freeze_support()
    _attach_console()
    from special_ed_launcher import main as launch

    return int(launch())


if __name__ == "__main__":
    sys.exit(main())
