"""The one way the GUI runs work: a callable on a worker thread, its outcome on the GUI thread.

``Operation(parent, work, on_success, on_failure, label=...)`` runs ``work(progress)`` on the
Qt thread pool. ``progress`` is an :class:`OperationProgress`, which implements the core's
:class:`special_ed.progress.Progress` protocol — so the very same service call that the CLI
runs with a :class:`~special_ed.progress.ConsoleProgress` runs here behind a dialog. The
dialog appears only when the work takes longer than ``delay_ms`` (quick saves never flash
one), shows ``set_total``/``advance``, and its Cancel button makes ``check()`` raise
:class:`~special_ed.errors.CancelledError` inside the work (a unit of work then rolls back).

What the work *changed* is not the operation's business: the unit of work publishes the
kinds of every committed transaction on ``App.changes`` (a :class:`ChangeHub`), from
whichever thread committed. :class:`ChangeRelay` subscribes to that hub and re-emits each
batch on the GUI thread as a Qt signal carrying :class:`~special_ed.changes.Changes`; the
main window forwards it as ``host.changes`` and every page refreshes from the kinds it shows.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from special_ed.changes import ChangeHub, Changes
from special_ed.errors import CancelledError
from special_ed.progress import Progress

T = TypeVar("T")

Work = Callable[[Progress], T]
OnSuccess = Callable[[T], object]  # what a callback returns is ignored
OnFailure = Callable[[BaseException, str], object]


class OperationProgress:
    """The token handed to the work (the core's ``Progress`` protocol) plus ``cancel()`` for the dialog.

    Called on the worker thread; progress reaches the dialog through queued signals."""

    def __init__(self, op_id: int) -> None:
        self._op_id = op_id
        self._cancel = threading.Event()
        self.total = 0
        self.done = 0
        self.label = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`CancelledError` when the user pressed Cancel (call between steps)."""
        if self._cancel.is_set():
            raise CancelledError()

    def set_total(self, total: int) -> None:
        self.total = total
        _the_relay().progress.emit(self._op_id, self.done, total, self.label)

    def advance(self, step: int = 1, label: str = "") -> None:
        self.done += step
        if label:
            self.label = label
        _the_relay().progress.emit(self._op_id, self.done, self.total, label)
        self.check()


class _Relay(QObject):
    """One long-lived QObject on the GUI thread; workers emit on it and queued delivery brings
    the payload to the GUI thread. Being immortal, it can never be deleted under a worker."""

    progress = Signal(int, int, int, str)  # operation id, done, total, label
    succeeded = Signal(int, object)
    failed = Signal(int, object, str)
    published = Signal(int, object)  # change relay id, Changes


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        _relay.progress.connect(_on_progress, queued)
        _relay.succeeded.connect(_on_succeeded, queued)
        _relay.failed.connect(_on_failed, queued)
        _relay.published.connect(_on_published, queued)
    return _relay


def _on_progress(op_id: int, done: int, total: int, label: str) -> None:
    operation = _RUNNING.get(op_id)
    if operation is not None:
        operation._show_progress(done, total, label)


def _on_succeeded(op_id: int, result: object) -> None:
    operation = _RUNNING.get(op_id)
    if operation is not None:
        operation._succeeded(result)


def _on_failed(op_id: int, exc: BaseException, trace: str) -> None:
    operation = _RUNNING.get(op_id)
    if operation is not None:
        operation._failed(exc, trace)


def _on_published(relay_id: int, changes: Changes) -> None:
    relay = _RELAYS.get(relay_id)
    if relay is not None:
        relay._collect(changes)


class _Task(QRunnable):
    def __init__(self, op_id: int, work: Callable[[Progress], Any], token: OperationProgress) -> None:
        super().__init__()
        # Python owns the runnable (Operation keeps it); Qt must not delete it behind Python's back.
        self.setAutoDelete(False)
        self._op_id = op_id
        self._work = work
        self._token = token

    def run(self) -> None:
        relay = _the_relay()
        try:
            result = self._work(self._token)
        except BaseException as exc:  # delivered to the GUI thread, never lost on the worker
            with contextlib.suppress(RuntimeError):  # the application quit while the work ran
                relay.failed.emit(self._op_id, exc, traceback.format_exc())
        else:
            with contextlib.suppress(RuntimeError):
                relay.succeeded.emit(self._op_id, result)


class Operation(QObject, Generic[T]):
    """One running piece of work; ``finished`` fires on the GUI thread after the callbacks.

    Without ``on_failure`` a failure is shown in a message box (a cancel is not a failure
    worth a box: the work was stopped because the user asked)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Work[T],
        on_success: OnSuccess[T] | None = None,
        on_failure: OnFailure | None = None,
        *,
        label: str = "",
        delay_ms: int | None = 300,  # None: never show a dialog (quiet queries, or progress shown elsewhere)
        on_progress: Callable[[int, int, str], None] | None = None,  # (done, total, label) on the GUI thread
        pool: QThreadPool | None = None,
    ) -> None:
        # No Qt parent: the operation lives in _RUNNING until it finishes, then Python frees it.
        super().__init__(None)
        _the_relay()  # created on the GUI thread, before any worker needs it
        self.op_id = next(_IDS)
        self.token = OperationProgress(self.op_id)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._label = label
        self._parent_widget = parent
        self._dialog: QProgressDialog | None = None
        self.result: T | None = None
        self.error: BaseException | None = None
        self.running = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open_dialog)
        if delay_ms is not None:
            self._timer.start(delay_ms)
        _RUNNING[self.op_id] = self
        self._task = _Task(self.op_id, work, self.token)
        (pool or QThreadPool.globalInstance()).start(self._task)

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check()``; the failure callback then gets CancelledError."""
        self.token.cancel()

    def _open_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(
            self._label or self.tr("Working…"), self.tr("Cancel"), 0, 0, self._parent_widget
        )
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel_requested)
        if self.token.total:
            dialog.setMaximum(self.token.total)
            dialog.setValue(min(self.token.done, self.token.total))
        dialog.show()
        self._dialog = dialog

    def _cancel_requested(self) -> None:
        self.token.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None and self.running:
            self._on_progress(done, total, label)
        if self._dialog is None or self.token.cancelled:
            return
        if total:
            self._dialog.setMaximum(total)
            # setValue() of a modal dialog may process events; the operation may finish meanwhile
            self._dialog.setValue(min(done, total))
        if label and self._dialog is not None:
            self._dialog.setLabelText(f"{self._label}\n{label}" if self._label else label)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _succeeded(self, result: T) -> None:
        self._close()
        self.result = result
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._finish()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._close()
        self.error = exc
        try:
            if self._on_failure is not None:
                self._on_failure(exc, trace)
            else:
                from ui.errors import show_error

                show_error(self._parent_widget, exc, trace)
        finally:
            self._finish()

    def _finish(self) -> None:
        _RUNNING.pop(self.op_id, None)
        _retire(self._task)
        self.finished.emit()


# Operations keep themselves alive until finished (Python would otherwise collect them).
_RUNNING: dict[int, Operation[Any]] = {}
_IDS = itertools.count(1)

# A finished operation's runnable is kept a while longer. Its result reaches the GUI thread while the pool
# thread may still be inside the runnable's run() (returning from the emit); Python owns the runnable
# (autoDelete is off), so dropping the operation at once could free it under that thread.
_RETIRED: collections.deque[_Task] = collections.deque()
_RETIRE_MS = 2000


def _retire(task: _Task) -> None:
    _RETIRED.append(task)
    QTimer.singleShot(_RETIRE_MS, _RETIRED.popleft)


def running_operations() -> int:
    return len(_RUNNING)


def wait_for_operations(timeout_ms: int = 60_000) -> bool:
    """Block until every running operation has reported back (closing a window, tests)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    deadline = QDeadlineTimer(timeout_ms)
    while _RUNNING and not deadline.hasExpired():
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    return not _RUNNING


class ChangeRelay(QObject):
    """Adapts a core :class:`ChangeHub` into the ``changes`` Qt signal, always on the GUI thread.

    The hub calls its listeners on the committing thread (usually a worker). The listener only
    emits on the immortal relay, naming this object by id, so a commit that lands after the
    window closed finds nobody and is dropped instead of touching a deleted QObject.

    Each commit is re-emitted as soon as it reaches the GUI thread, and always before the
    operation that committed reports success (both travel through the same queue, in order):
    a page's refresh has started by the time the writer's ``on_success`` runs.
    """

    changes = Signal(object)  # Changes

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        relay = _the_relay()
        self.relay_id = next(_IDS)
        self._open = True
        relay_id = self.relay_id

        def listener(changes: Changes) -> None:  # any thread
            with contextlib.suppress(RuntimeError):
                relay.published.emit(relay_id, changes)

        unsubscribe = hub.subscribe(listener)
        self._unsubscribe = unsubscribe
        _RELAYS[relay_id] = self
        # the C++ side may go first (a parent deleted): stop listening then, without touching self
        self.destroyed.connect(lambda *_a: _forget(relay_id, unsubscribe))

    def close(self) -> None:
        """Stop listening (the database is being closed or switched)."""
        _forget(self.relay_id, self._unsubscribe)
        self._open = False

    def _collect(self, changes: Changes) -> None:
        if self._open:
            self.changes.emit(changes)


_RELAYS: dict[int, ChangeRelay] = {}


def _forget(relay_id: int, unsubscribe: Callable[[], None]) -> None:
    _RELAYS.pop(relay_id, None)
    unsubscribe()


class Latest(QObject):
    """The newest of one widget's background reads: starting another cancels the running one and
    drops its result (a term chosen, then another, shows the second term's figures — never the
    first's arriving late). Failures of the current read go to ``on_failure`` or a message box."""

    def __init__(self, owner: QWidget, run: Callable[..., Operation[Any]]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._run = run  # host.run
        self._generation = 0
        self.current: Operation[Any] | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None and self.current.running

    def run(
        self,
        work: Work[T],
        on_success: OnSuccess[T],
        label: str = "",
        on_failure: OnFailure | None = None,
    ) -> Operation[T]:
        if self.current is not None and self.current.running:
            self.current.cancel()
        self._generation += 1
        generation = self._generation

        def done(result: T) -> None:
            if generation == self._generation:
                self.current = None
                on_success(result)

        def failed(exc: BaseException, trace: str) -> None:
            if generation != self._generation:
                return  # superseded: its cancel or error no longer concerns anyone
            self.current = None
            if isinstance(exc, CancelledError):
                return
            if on_failure is not None:
                on_failure(exc, trace)
            else:
                from ui.errors import show_error

                show_error(self._owner, exc, trace)

        operation: Operation[T] = self._run(work, done, label, failed)
        self.current = operation
        return operation

    def cancel(self) -> None:
        """Forget the running read: its result is dropped when it arrives (nothing was written)."""
        if self.current is not None:
            self.current.cancel()
        self._generation += 1
        self.current = None
