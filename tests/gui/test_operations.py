"""Background operations: results and typed errors arrive on the GUI thread; cancel works."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from special_ed.errors import SpecialEdError
from ui.operations import Changes, Operation, Outcome, Progress


def test_result_is_delivered_on_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    changes: list[Changes] = []

    def work(progress: Progress) -> Outcome[int]:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return Outcome(42, Changes.of("children"))

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    op = Operation(parent, work, done, on_changes=changes.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert changes == [Changes.of("children")]
    assert changes[0].touches("children", "settings") and not changes[0].touches("settings")


def test_typed_error_reaches_failure_callback(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise SpecialEdError("not_found", what="儿童", key="7")

    op = Operation(parent, work, on_failure=lambda exc, _trace: failures.append(exc))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert len(failures) == 1
    assert failures[0].message("zh") == "找不到儿童（7）"


def test_slow_work_shows_progress_dialog_and_can_be_cancelled(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        progress.set_total(1000)
        started.set()
        for _ in range(1000):
            time.sleep(0.01)
            progress.advance()

    op = Operation(parent, work, on_failure=lambda exc, _trace: failures.append(exc), delay_ms=50)
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    assert started.is_set()
    cancel_button = op.dialog.findChild(QPushButton)
    with qtbot.waitSignal(op.finished, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert [type(f).__name__ for f in failures] == ["CancelledError"]


def test_quick_work_shows_no_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    op = Operation(parent, lambda _p: 1, lambda _v: None, delay_ms=300)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert op.dialog is None
