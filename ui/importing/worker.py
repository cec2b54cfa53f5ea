"""Run a slow core call on a worker thread behind a cancelable progress dialog.

The core functions take ``progress(done, total)`` and ``cancelled()`` callbacks; the worker
forwards progress to the GUI thread through a signal and answers ``cancelled()`` from a flag
the dialog's Cancel button sets. The result or the error comes back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

TaskFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: TaskFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancel_flag = threading.Event()

    def run(self) -> None:
        try:
            result = self._fn(lambda done, total: self.progressed.emit(done, total), self.cancel_flag.is_set)
        except BaseException as exc:  # handed to the GUI thread, which words it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One run of ``fn`` with a modal progress dialog; emits ``done(result)`` or ``error(exception)``."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, title: str, label: str, fn: TaskFn) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.runner = _Runner(fn, self)
        self.runner.progressed.connect(self._progress)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.runner.start()

    def cancel(self) -> None:
        self.runner.cancel_flag.set()
        self.dialog.setLabelText(self.tr("正在取消，已写入的内容将全部撤销……"))

    def wait(self, msecs: int = 60_000) -> bool:
        return self.runner.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        if not total:
            self.dialog.setLabelText(self.tr("已读取 %n 行……", "", done))

    def _finish(self) -> None:
        self.runner.wait()
        self.dialog.reset()
        self.dialog.hide()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.error.emit(exc)
