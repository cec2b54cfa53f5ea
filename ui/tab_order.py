"""Tab through a form in reading order: the fixes every dialog needs, in one place.

Qt's defaults trap or waste the Tab key in a form: a multi-line text field types a tab
character instead of moving on, a table moves from cell to cell and never lets go, a scroll
area takes a Tab stop of its own, and a dialog's buttons are visited in the order they were
created rather than the order they stand in. :func:`tidy_tab_order` fixes these under a
widget (call it once the widget is built); the arrows still move within a table, and
Ctrl+Tab still types a tab in a text field.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


def tidy_tab_order(root: QWidget) -> None:
    for plain in root.findChildren(QPlainTextEdit):
        if not plain.isReadOnly():
            plain.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        if not rich.isReadOnly():
            rich.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    scrolls = root.findChildren(QScrollArea)
    if isinstance(root, QScrollArea):
        scrolls.append(root)
    for scroll in scrolls:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside scroll it into view
    for box in root.findChildren(QDialogButtonBox):
        order_buttons(box)


def order_buttons(box: QDialogButtonBox) -> None:
    """A button box's buttons in the order its layout shows them (left to right)."""
    layout = box.layout()
    if layout is None:
        return
    buttons = [
        w
        for i in range(layout.count())
        if (item := layout.itemAt(i)) is not None
        and isinstance(w := item.widget(), QAbstractButton)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for first, second in itertools.pairwise(buttons):
        QWidget.setTabOrder(first, second)
