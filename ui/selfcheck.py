"""The GUI's self-check: what an installed or frozen build showed, written to a file, then quit.

``SPECIAL_ED_SELF_CHECK=report.json special-ed --demo`` opens the application as usual, waits until
the first page has loaded, writes a JSON report (window title, the catalogues in use, the page shown,
how long the window took) and quits with 0. CI runs it against the wheel and the frozen build; a county's
technician can run it to see why an installation shows English (docs/packaging.md).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from ui import i18n, prefs

# How long to wait for the first page's background query before reporting anyway.
PAGE_TIMEOUT_MS = 60000
POLL_MS = 10
# What start-up must not wait for: imported only when a feature needs it (or, for SQLAlchemy, on the
# worker thread that opens the database after the window is shown).
DEFERRED_MODULES = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "ortools",
    "openpyxl",
    "python_calamine",
    "xlrd",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
)


def deferred_loaded() -> list[str]:
    return [name for name in DEFERRED_MODULES if name in sys.modules]


# Texts whose translation shows which catalogue is in effect: ours, and Qt's own (file dialogs, buttons).
# Kept out of tr() on purpose: lupdate must not copy Qt's texts into our catalogue.
PROBES = {
    "file_menu": ("MainWindow", "&File"),
    "qt_cancel": ("QPlatformTheme", "Cancel"),
    "look_in": ("QFileDialog", "Look in:"),
}


def collect(window: Any) -> dict[str, Any]:
    lang = prefs.language()
    qt_catalogue = i18n.qt_catalogue_path(lang)
    page = window.current_page() if hasattr(window, "current_page") else None
    return {
        "title": window.windowTitle(),
        "language": lang,
        "catalogue": str(i18n.catalogue_path(lang)),
        "qt_catalogue": str(qt_catalogue) if qt_catalogue else None,
        "catalogue_problem": i18n.catalogue_problem(lang),
        **{key: QCoreApplication.translate(context, text) for key, (context, text) in PROBES.items()},
        "page": type(page).__name__ if page is not None else None,
        "status": window.statusBar().currentMessage() if hasattr(window, "statusBar") else "",
        "counts": window.counts_label.text() if hasattr(window, "counts_label") else "",
        "database": getattr(window, "database_label", ""),
        "platform": QApplication.platformName(),
        "dialogs": open_dialogs(),
    }


def open_dialogs() -> list[dict[str, str]]:
    """The dialogs on screen (a restore dialog for a .sebak given at start, a warning), with their labels."""
    from PySide6.QtWidgets import QDialog, QLabel

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return [
        {
            "name": dialog.objectName(),
            "title": dialog.windowTitle(),
            "text": "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.text()),
        }
        for dialog in shown
    ]


class SelfCheck:
    """Created right after the main window's show(): records when it was shown (wall clock, for
    benchmarks/bench_startup.py) and what was imported by then; ``start()`` reports once the first page
    has loaded (no background work left) and quits."""

    def __init__(self, qapp: QApplication, window: Any, out: Path) -> None:
        qapp.processEvents()  # the window's first layout and paint, as the bare-window benchmark does
        self.shown_at = time.time()
        self.loaded_when_shown = deferred_loaded()
        self.qapp, self.window, self.out = qapp, window, out
        self.started = time.monotonic()

    def start(self) -> None:
        QTimer.singleShot(0, self._poll)

    def _busy(self) -> bool:
        """Background work running or not yet reported back, or a start-up dialog (a .sebak's restore)
        about to be shown. An operation counts until its result has reached the window: a worker that
        has finished leaves its result queued for the GUI thread, and that result may start the next
        query (the first page's), so an idle thread pool alone is no proof that the page has loaded."""
        from ui.operations import running_operations

        pending = int(getattr(self.window, "pending_start_dialogs", 0))
        threads = QThreadPool.globalInstance().activeThreadCount()
        return threads > 0 or running_operations() > 0 or pending > 0

    def _poll(self) -> None:
        waited_ms = (time.monotonic() - self.started) * 1000
        if self._busy() and waited_ms < PAGE_TIMEOUT_MS:
            QTimer.singleShot(POLL_MS, self._poll)  # the database's opening or the first page's query runs
            return
        QCoreApplication.processEvents()  # deliver the finished work's results to the window
        if self._busy() and waited_ms < PAGE_TIMEOUT_MS:
            QTimer.singleShot(POLL_MS, self._poll)  # a result started more work (the page's query)
            return
        loaded_at = time.time()
        data = collect(self.window)
        data["shown_at"] = self.shown_at
        data["loaded_at"] = loaded_at
        data["deferred_loaded_when_shown"] = self.loaded_when_shown
        data["deferred_loaded_after_first_page"] = deferred_loaded()
        data["seconds_to_report"] = round(time.monotonic() - self.started, 3)
        self.out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        self.qapp.quit()
