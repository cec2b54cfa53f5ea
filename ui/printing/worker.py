"""Run one print job on a worker thread and report back on the GUI thread through signals."""

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

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except Exception as exc:  # every failure goes back to the dialog, which words it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
