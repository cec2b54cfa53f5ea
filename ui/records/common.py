"""Small helpers shared by the records screens: language, dates, errors, mark colours."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from special_ed.domain.completeness import Mark
from special_ed.errors import SpecialEdError, ValidationError

MARK_COLORS = {
    Mark.PRESENT: QColor("#2e7d32"),
    Mark.INCOMPLETE: QColor("#ef8f00"),
    Mark.MISSING: QColor("#c62828"),
}
MARK_SYMBOLS = {Mark.PRESENT: "●", Mark.INCOMPLETE: "◐", Mark.MISSING: "○"}


def lang() -> str:
    """The core's message language follows the UI locale (Chinese unless English was chosen)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def to_qtime(t: time | None) -> QTime:
    return QTime(t.hour, t.minute) if t else QTime()


def from_qtime(value: QTime) -> time | None:
    return time(value.hour(), value.minute()) if value.isValid() else None


def describe(exc: BaseException) -> str:
    code_lang = lang()
    if isinstance(exc, ValidationError):
        lines = [f"• {issue.message(code_lang)}" for issue in exc.issues]
        return "\n".join(lines) or exc.message(code_lang)
    if isinstance(exc, SpecialEdError):
        return exc.message(code_lang)
    return f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Non-blocking box: the typed error in the user's language, every validation issue on its own line."""
    box = QMessageBox(parent)
    box.setObjectName("recordsError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Records", "Not saved"))
    box.setText(describe(exc))
    box.open()
    return box
