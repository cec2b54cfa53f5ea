"""Background operations: run a callable on a worker thread, report on the GUI thread.

Borrowed idea (Anki's CollectionOp): an operation returns an :class:`Outcome` whose
:class:`Changes` say what kind of data it touched; the window broadcasts the changes
and every page refreshes only what it shows. A progress dialog appears only when the
work takes longer than ``delay_ms`` (so quick saves do not flash a dialog), and its
Cancel button sets the :class:`Progress` token the work polls.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from special_ed.errors import CancelledError

T = TypeVar("T")

# Kinds of data an operation can change; pages subscribe to the ones they show.
CHILDREN = "children"
PLACEMENTS = "placements"
ASSESSMENTS = "assessments"
SETTINGS = "settings"
AREAS = "areas"


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        return cls(frozenset(kinds))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes


class Progress:
    """Token handed to the work: report progress, and poll for cancellation."""

    def __init__(self, op_id: int) -> None:
        self._op_id = op_id
        self._cancel = threading.Event()
        self.total = 0
        self.done = 0

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
        _the_relay().progress.emit(self._op_id, self.done, total, "")

    def advance(self, step: int = 1, label: str = "") -> None:
        self.done += step
        _the_relay().progress.emit(self._op_id, self.done, self.total, label)
        self.check()


class _Relay(QObject):
    """One long-lived QObject on the GUI thread; workers emit on it and queued delivery brings
    the payload to the GUI thread. Being immortal, it can never be deleted under a worker."""

    progress = Signal(int, int, int, str)  # operation id, done, total, label
    succeeded = Signal(int, object)
    failed = Signal(int, object, str)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.progress.connect(
            lambda op_id, done, total, label: _dispatch(op_id, "_show_progress", done, total, label),
            Qt.ConnectionType.QueuedConnection,
        )
        _relay.succeeded.connect(
            lambda op_id, result: _dispatch(op_id, "_succeeded", result), Qt.ConnectionType.QueuedConnection
        )
        _relay.failed.connect(
            lambda op_id, exc, trace: _dispatch(op_id, "_failed", exc, trace),
            Qt.ConnectionType.QueuedConnection,
        )
    return _relay


def _dispatch(op_id: int, method: str, *args: object) -> None:
    operation = _RUNNING.get(op_id)
    if operation is not None:
        getattr(operation, method)(*args)


class _Task(QRunnable):
    def __init__(self, op_id: int, work: Callable[[Progress], Any], token: Progress) -> None:
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
            outcome: tuple[Any, ...] = (relay.failed, self._op_id, exc, traceback.format_exc())
        else:
            outcome = (relay.succeeded, self._op_id, result)
        with contextlib.suppress(RuntimeError):  # the application quit while the work ran: nobody to tell
            outcome[0].emit(*outcome[1:])


class Operation(QObject):
    """One running piece of work; ``finished`` fires on the GUI thread after the callbacks."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException, str], None] | None = None,
        *,
        label: str = "",
        delay_ms: int | None = 300,  # None: never show a dialog (quiet background queries)
        on_changes: Callable[[Changes], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        # No Qt parent: the operation lives in _RUNNING until it finishes, then Python frees it.
        super().__init__(None)
        _the_relay()  # created on the GUI thread, before any worker needs it
        self.op_id = next(_IDS)
        self.token = Progress(self.op_id)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_changes = on_changes
        self._label = label
        self._parent_widget = parent
        self._dialog: QProgressDialog | None = None
        self.result: Any = None
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
            dialog.setValue(self.token.done)
        dialog.show()
        self._dialog = dialog

    def _cancel_requested(self) -> None:
        self.token.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, label: str) -> None:
        if total:
            self.token.total = total
        if self._dialog is None:
            return
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        if label:
            self._dialog.setLabelText(label)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _succeeded(self, result: object) -> None:
        self._close()
        self.result = result
        try:
            value = result.value if isinstance(result, Outcome) else result
            if self._on_success is not None:
                self._on_success(value)
            if isinstance(result, Outcome) and result.changes and self._on_changes is not None:
                self._on_changes(result.changes)
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
        self.finished.emit()


# Operations keep themselves alive until finished (Python would otherwise collect them).
_RUNNING: dict[int, Operation] = {}
_IDS = itertools.count(1)


def running_operations() -> int:
    return len(_RUNNING)
