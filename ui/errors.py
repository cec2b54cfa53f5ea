"""Showing errors: typed core errors in the user's language, anything else as an internal error.

A ValidationError lists every issue; a database error says what happened to the
database; unexpected exceptions keep the traceback in the dialog's details so a
coordinator can copy it into a bug report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from special_ed.errors import CancelledError, SpecialEdError, ValidationError
from ui import prefs


def describe(exc: BaseException, lang: str | None = None) -> str:
    """One paragraph for the user; validation errors list each issue on its own line."""
    lang = lang or prefs.language()
    if isinstance(exc, ValidationError):
        lines = [exc.message(lang)] + [f"• {issue.message(lang)}" for issue in exc.issues]
        return "\n".join(lines)
    if isinstance(exc, SpecialEdError):
        return exc.message(lang)
    return QCoreApplication.translate("Errors", "An unexpected error occurred: {0}").format(
        f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, exc: BaseException, trace: str = "") -> QMessageBox | None:
    """Non-blocking message box (open(), not exec()) so background callbacks never nest event loops."""
    if isinstance(exc, CancelledError):
        return None  # the user asked for it; the status bar says so
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, SpecialEdError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Could not complete the operation"))
    box.setText(describe(exc))
    if trace and not isinstance(exc, SpecialEdError):
        box.setDetailedText(trace)
    box.setObjectName("errorBox")
    box.open()
    return box
