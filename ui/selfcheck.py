"""The GUI's self-check: what an installed or frozen build showed, written to a file, then quit.

``SPECIAL_ED_SELF_CHECK=report.json special-ed --demo`` opens the application as usual, waits until
the first page has loaded, writes a JSON report (window title, the catalogues in use, the page shown,
how long the window took) and quits with 0. CI runs it against the wheel and the frozen build; a county's
technician can run it to see why an installation shows English (docs/packaging.md).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from ui import i18n, prefs

# How long to wait for the first page's background query before reporting anyway.
PAGE_TIMEOUT_MS = 60000
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
    }


def report_and_quit(qapp: QApplication, window: Any, out: Path) -> None:
    started = time.monotonic()

    def finish() -> None:
        QThreadPool.globalInstance().waitForDone(PAGE_TIMEOUT_MS)
        QCoreApplication.processEvents()  # deliver the finished queries' results to the page
        data = collect(window)
        data["seconds_to_report"] = round(time.monotonic() - started, 3)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        qapp.quit()

    QTimer.singleShot(200, finish)
