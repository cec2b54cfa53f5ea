"""Background operations: results and typed errors arrive on the GUI thread; cancel works; the core's
change hub reaches the GUI thread as one signal."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from special_ed.changes import Change, ChangeHub, Changes
from special_ed.errors import SpecialEdError
from special_ed.progress import Progress
from ui.operations import ChangeRelay, Latest, Operation, OperationProgress


def test_result_is_delivered_on_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        seen["token"] = isinstance(progress, OperationProgress)
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    op = Operation(parent, work, done)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "token": True, "value": 42, "gui": True}
    assert op.result == 42


def test_changes_published_on_a_worker_arrive_on_the_gui_thread_as_one_signal(qtbot) -> None:
    hub = ChangeHub()
    holder = QWidget()
    qtbot.addWidget(holder)
    relay = ChangeRelay(hub, holder)
    received: list[tuple[Changes, bool]] = []
    relay.changes.connect(
        lambda c: received.append((c, QThread.currentThread() is QApplication.instance().thread()))
    )

    def work(_progress: Progress) -> None:  # what a unit of work does after each commit
        hub.publish(Changes.of(Change.VISITS))
        hub.publish(Changes.of(Change.SCHEDULE))

    op = Operation(holder, work)
    with qtbot.waitSignal(relay.changes, timeout=5000):
        pass
    assert op.error is None
    assert received == [(Changes.of(Change.VISITS, Change.SCHEDULE), True)]

    relay.close()  # the database is being closed: later commits reach nobody
    hub.publish(Changes.of(Change.CHILDREN))
    qtbot.wait(50)
    assert len(received) == 1


def test_a_deleted_relay_stops_listening(qtbot) -> None:
    hub = ChangeHub()
    holder = QWidget()
    relay = ChangeRelay(hub, holder)
    got: list[Changes] = []
    relay.changes.connect(got.append)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not hub._listeners, timeout=2000)
    hub.publish(Changes.of(Change.CHILDREN))  # must not touch the deleted QObject
    qtbot.wait(20)
    assert got == []


def test_latest_drops_a_superseded_result(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = Latest(owner, lambda work, done, label, failed: Operation(owner, work, done, failed, label=label))
    release = threading.Event()
    shown: list[str] = []

    def slow(_p: Progress) -> str:
        release.wait(5)
        return "old"

    first = latest.run(slow, shown.append)
    second = latest.run(lambda _p: "new", shown.append)
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    release.set()
    with qtbot.waitSignal(first.finished, timeout=5000):
        pass
    assert shown == ["new"] and first.token.cancelled


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
