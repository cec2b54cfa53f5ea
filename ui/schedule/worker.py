"""Run a scheduling job off the GUI thread; cancellation is cooperative (checked between teams)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from special_ed.errors import CancelledError, SpecialEdError

# job(progress(done, total), cancelled() -> bool) -> result
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # SpecialEdError (typed, worded by the page) or another exception
    cancelled = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._job(lambda done, total: self.progressed.emit(done, total), self._stop.is_set)
        except CancelledError:
            self.cancelled.emit()
        except SpecialEdError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # never let a worker die silently: the page shows it
            self.failed.emit(exc)
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
