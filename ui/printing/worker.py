"""Run one print job on a worker thread and report back on the GUI thread through signals.

(PySide6 6.12.0 leaked a reference to True on every emit and aborted long batches; the project
pins PySide6 below 6.12 and tests/gui/test_qt_runtime.py guards against the fault.)
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal


class PrintJob(QThread):
    """``work(report)`` runs off the GUI thread; ``report(done, total, name)`` becomes the progress signal."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Callable[[Callable[[int, int, str], None]], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work

    def report(self, done: int, total: int, name: str) -> None:
        self.progressed.emit(done, total, name)

    def run(self) -> None:
        try:
            result = self._work(self.report)
        except Exception as exc:  # every failure goes back to the dialog, which words it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
