"""Walking a window with Tab, as a person does, and checking the fields come in reading order."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QTabBar, QWidget


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    name: str
    top: int
    left: int
    bottom: int


def describe(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return f"{type(widget).__name__}“{widget.text()}”"
    return type(widget).__name__


def tab_stops(root: QWidget, start: QWidget, frame: QWidget | None = None, limit: int = 300) -> list[Stop]:
    """Press Tab from ``start`` until the focus comes back round or leaves ``root``: the widgets
    visited, with their place in ``frame`` (default ``root``; a scroll area's content for a page
    that scrolls while Tab moves through it). A date field keeps the focus while Tab moves through
    its year, month and day: it is one stop."""
    frame = frame or root
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[Stop] = []
    seen: set[int] = set()
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or not (widget is root or root.isAncestorOf(widget)):
            break
        if not stops or stops[-1].widget is not widget:
            if id(widget) in seen:
                break  # round again
            seen.add(id(widget))
            corner = widget.mapTo(frame, QPoint(0, 0))
            stops.append(Stop(widget, describe(widget), corner.y(), corner.x(), corner.y() + widget.height()))
        _press_tab(widget)
    return stops


def _press_tab(widget: QWidget) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def focusable_fields(root: QWidget) -> list[QWidget]:
    """The visible, enabled input widgets under ``root`` that take the focus by Tab."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(
            w.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # a spin box's or combo box's own line edit is the box's stop
        if _inside_view(w) or (isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked()):
            continue  # a table's cell editor; of a group of radio buttons, Tab stops at the chosen one
        found.append(w)
    return found


def _inside_view(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def out_of_order(stops: list[Stop]) -> list[str]:
    """Pairs of consecutive stops where Tab goes up, or left within the same line."""
    wrong = []
    for a, b in itertools.pairwise(stops):
        if isinstance(b.widget, QTabBar) or isinstance(a.widget, QTabBar):
            continue
        same_line = b.top < a.bottom and a.top < b.bottom
        if (same_line and b.left < a.left) or (not same_line and b.top < a.top):
            wrong.append(f"{a.name} ({a.left},{a.top}) → {b.name} ({b.left},{b.top})")
    return wrong
