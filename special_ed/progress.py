"""The one progress/cancel protocol for long work, shared by the GUI, the CLI and the services.

Services that may run for more than ~50 ms take a ``progress: Progress`` argument
(default :data:`NO_PROGRESS`), call ``set_total`` once, ``advance`` between steps and
``check`` where stopping is safe. The GUI passes a token whose Cancel button makes
``check`` raise :class:`~special_ed.errors.CancelledError`; the CLI passes a console bar.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Protocol, TextIO

from special_ed.errors import CancelledError


class Progress(Protocol):
    @property
    def cancelled(self) -> bool: ...

    def set_total(self, total: int) -> None: ...

    def advance(self, step: int = 1, label: str = "") -> None:
        """Count ``step`` units done (``label`` says what is being done) and honour a cancel."""
        ...

    def check(self) -> None:
        """Raise :class:`CancelledError` if cancellation was asked for."""
        ...


class SilentProgress:
    """Counts and honours cancel(), shows nothing: tests, scripts, nested steps."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.total = 0
        self.done = 0
        self.label = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def set_total(self, total: int) -> None:
        self.total = total

    def advance(self, step: int = 1, label: str = "") -> None:
        self.done += step
        if label:
            self.label = label
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise CancelledError()


class ConsoleProgress(SilentProgress):
    """A one-line bar on stderr when it is a terminal; Ctrl+C is the CLI's cancel."""

    def __init__(self, stream: TextIO | None = None, min_interval: float = 0.1) -> None:
        super().__init__()
        self._stream = stream or sys.stderr
        self._interactive = bool(getattr(self._stream, "isatty", lambda: False)())
        self._min_interval = min_interval
        self._last = 0.0

    def advance(self, step: int = 1, label: str = "") -> None:
        super().advance(step, label)
        now = time.monotonic()
        if self._interactive and (now - self._last >= self._min_interval or self.done >= self.total > 0):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        width = 30
        if self.total:
            filled = min(width, width * self.done // self.total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"\r[{bar}] {self.done}/{self.total} {self.label}"
        else:
            text = f"\r{self.done} {self.label}"
        self._stream.write(text[:100].ljust(100))
        self._stream.flush()

    def finish(self) -> None:
        if self._interactive and self._last:
            self._stream.write("\n")
            self._stream.flush()


class _NoProgress:
    """Ignores everything and never cancels: the default for callers that do not watch."""

    cancelled = False

    def set_total(self, total: int) -> None:
        pass

    def advance(self, step: int = 1, label: str = "") -> None:
        pass

    def check(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()
