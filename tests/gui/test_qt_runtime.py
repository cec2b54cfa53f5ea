"""Guards against Qt binding faults that would crash a long session rather than fail a feature test."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(int)
    thing = Signal(object)


def test_emitting_signals_leaks_no_references(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 dropped a reference to True on every emit and aborted after ~1,000 of them.
    emitter = _Emitter()
    got: list[object] = []
    emitter.number.connect(got.append)
    emitter.thing.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.number.emit(i)
        emitter.thing.emit({"i": i})
    assert len(got) == 400
    assert abs(sys.getrefcount(True) - before) < 5


def test_qtpdf_and_qtcharts_are_available() -> None:
    from PySide6 import QtCharts, QtPdf, QtPdfWidgets  # noqa: F401 - the print preview and charts need them
