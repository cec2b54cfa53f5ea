"""Run one print job on a worker thread and report back on the GUI thread through signals.

PySide6 6.12 on CPython 3.11 returns the bool from ``SignalInstance.emit()``
without taking a reference, so every emit from Python steals one reference to
``True``; after a few thousand emits (a batch of 565 files emits 565 progress
signals) the interpreter aborts with "bool_dealloc". :func:`emit` detects the
fault once and gives the reference back, and does nothing on a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

_LEAKS: bool | None = None


class _Probe(QObject):
    ping = Signal(int)


def emit_leaks_a_bool() -> bool:
    """True when this PySide6 build's ``emit()`` under-counts the bool it returns (measured once)."""
    global _LEAKS
    if _LEAKS is None:
        probe = _Probe()
        before = sys.getrefcount(True) + sys.getrefcount(False)
        for _ in range(8):
            probe.ping.emit(0)
        after = sys.getrefcount(True) + sys.getrefcount(False)
        _LEAKS = after < before
        if _LEAKS:  # give back what the probe itself took
            for _ in range(before - after):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return _LEAKS


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` without the reference leak described above."""
    result = signal.emit(*args)
    if isinstance(result, bool) and emit_leaks_a_bool():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


class PrintJob(QThread):
    """``work(report)`` runs off the GUI thread; ``report(done, total, name)`` becomes the progress signal."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Callable[[Callable[[int, int, str], None]], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        emit_leaks_a_bool()  # measure on the GUI thread, before the worker starts emitting

    def report(self, done: int, total: int, name: str) -> None:
        emit(self.progressed, done, total, name)

    def run(self) -> None:
        try:
            result = self._work(self.report)
        except Exception as exc:  # every failure goes back to the dialog, which words it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            emit(self.failed, exc)
        else:
            emit(self.succeeded, result)
