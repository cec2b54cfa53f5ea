"""Small helpers shared by the records screens: language, dates, errors, mark colours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from special_ed.domain.completeness import Mark
from special_ed.errors import SpecialEdError, ValidationError

if TYPE_CHECKING:
    from ui.operations import Latest, Operation
    from ui.pages import WorkHost

T = TypeVar("T")

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


def read(reader: Latest, work: Callable[[], T], done: Callable[[T], object]) -> Operation[T]:
    """Run one records read off the GUI thread (``reader`` keeps only the newest); ``done`` fills the widgets.

    A read that fails says why in the records' message box; nothing was written."""
    widget = reader.parent()
    return reader.run(
        lambda _p: work(),
        done,
        QCoreApplication.translate("Records", "Reading the records…"),
        lambda exc, _trace: show_error(widget if isinstance(widget, QWidget) else None, exc),
    )


def write(
    host: WorkHost,
    widget: QWidget,
    work: Callable[[], T],
    done: Callable[[T], object],
    on_error: Callable[[BaseException], None] | None = None,
) -> Operation[T]:
    """Run one records write (one unit of work) off the GUI thread; ``done(result)`` on the GUI thread.

    The error — a typed one, nothing written — goes to ``on_error`` (forms word it in place) or to
    the records' message box. Pages showing what was written refresh from the commit's changes."""

    def failed(exc: BaseException, _trace: str) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            show_error(widget, exc)

    return host.run(lambda _p: work(), done, QCoreApplication.translate("Records", "Saving…"), failed)
