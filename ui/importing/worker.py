"""Run a slow core call through the main window's operation machinery (ui.operations).

The core functions take ``progress(done, total)`` and ``cancelled()`` callbacks; this adapter
turns them into the :class:`ui.operations.Progress` token, so the wizard and the check page
get the same delayed, cancelable progress dialog as every other page. A cancel raises
``CancelledError`` inside the core's unit of work, which rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from special_ed.progress import Progress
from ui.operations import Operation

TaskFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class BackgroundTask(QObject):
    """One run of ``fn``; emits ``done(result)`` or ``error(exception)`` on the GUI thread."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, label: str, fn: TaskFn) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._fn = fn
        self.operation: Operation | None = None

    def _work(self, token: Progress) -> Any:
        def progress(done: int, total: int) -> None:
            if total and token.total != total:
                token.set_total(total)
            # advance() also raises CancelledError once the user has pressed Cancel.
            token.advance(max(0, done - token.done))

        return self._fn(progress, lambda: token.cancelled)

    def start(self) -> None:
        self.operation = Operation(
            self._parent,
            self._work,
            self.done.emit,
            lambda exc, _trace: self.error.emit(exc),
            label=self._label,
        )

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.token.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the worker is done (closing a window while it writes)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
