"""Run slow reads off the GUI thread with a delayed, cancelable progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

DELAY_MS = 300  # quick work never flashes a dialog


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """One background read at a time per owner; a newer request supersedes (and discards) an older one."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self._generation = 0
        self._dialog: QProgressDialog | None = None
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        label: str = "",
    ) -> None:
        self._generation += 1
        generation = self._generation
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            if generation == self._generation:
                self._close_dialog()

        def done(result: Any) -> None:
            finish()
            if generation == self._generation:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if generation == self._generation:
                on_failed(exc)

        relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(DELAY_MS, lambda: self._show_dialog(generation, label))
        QThreadPool.globalInstance().start(_Job(work, relay))

    def _show_dialog(self, generation: int, label: str) -> None:
        if generation != self._generation or not self._relays or self._dialog is not None:
            return
        text = label or QCoreApplication.translate("Records", "Working…")
        dialog = QProgressDialog(text, QCoreApplication.translate("Records", "Cancel"), 0, 0, self.owner)
        dialog.setWindowTitle(QCoreApplication.translate("Records", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def cancel(self) -> None:
        """Forget the running read: its result is discarded when it arrives; nothing was written."""
        self._generation += 1
        self._close_dialog()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Tests: block until background work has reported back."""
        pool = QThreadPool.globalInstance()
        ok = pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        return ok
