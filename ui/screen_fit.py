"""Every window fits the screen it opens on, keeps the size a person gave it, and never opens cut off.

Office laptops have 1366×768 screens, and 1920×1080 ones run at 125 % or 150 % (1536×864 or
1280×720 in Qt's device-independent pixels); a dialog sized for a developer's monitor opened
there with its buttons below the taskbar. ``ScreenFit`` is installed once on the application
(ui.app): when a dialog or wizard is shown it takes the size that dialog had last time if that
still fits this screen, else its own default size, in both cases bounded by the screen's
available area less the window frame, and moves it fully onto the screen; when it is hidden its
size is remembered under its object name. Content taller than that scrolls (the long forms sit
in scroll areas), so nothing is cut. The main window does the same for itself (``fit_size``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

from ui import prefs

# Window decorations Qt cannot know before the window is mapped: a Windows 10/11 title bar is
# about 31 px at 100 % and borders add 8; a little more keeps the bottom edge off the taskbar.
FRAME = QSize(16, 40)


def screen_for(widget: QWidget) -> QScreen:
    parent = widget.parentWidget()
    for candidate in (parent.window().screen() if parent is not None else None, widget.screen()):
        if candidate is not None:
            return candidate
    primary = QGuiApplication.primaryScreen()
    assert primary is not None  # a GUI without a screen does not start
    return primary


def usable_area(widget: QWidget) -> QRect:
    """The part of the widget's screen a window's contents may use (taskbar and frame left out)."""
    area = screen_for(widget).availableGeometry()
    return QRect(area.topLeft(), area.size() - FRAME)


def fit_size(wanted: QSize, area: QRect) -> QSize:
    return wanted.boundedTo(area.size())


def fits(size: QSize, area: QRect) -> bool:
    return size.width() <= area.width() and size.height() <= area.height()


def _key(window: QWidget) -> str:
    return f"windows/{window.objectName() or type(window).__name__}/size"


def remembered_size(window: QWidget) -> QSize | None:
    value = prefs.prefs().value(_key(window))
    return value if isinstance(value, QSize) and value.isValid() else None


def centred(size: QSize, over: QRect) -> QPoint:
    return QPoint(
        over.left() + (over.width() - size.width()) // 2, over.top() + (over.height() - size.height()) // 2
    )


def place(window: QWidget, area: QRect) -> None:
    """Size ``window`` for ``area`` (the remembered size when it fits) and keep it inside."""
    remembered = remembered_size(window)
    wanted = remembered if remembered is not None and fits(remembered, area) else window.size()
    size = fit_size(wanted.expandedTo(window.minimumSizeHint().boundedTo(area.size())), area)
    if size != window.size():
        window.resize(size)
        if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):  # Qt centred it at its old size
            parent = window.parentWidget()
            over = parent.window().frameGeometry() if parent is not None else area
            window.move(centred(size, over))
    frame = QRect(window.pos(), size)
    if not area.contains(frame):
        x = min(max(frame.left(), area.left()), area.right() - size.width() + 1)
        y = min(max(frame.top(), area.top()), area.bottom() - size.height() + 1)
        window.move(QPoint(x, y))


def _ours(window: QWidget) -> bool:
    """The program's own dialogs keep their size; Qt's message boxes and file dialogs size themselves."""
    return type(window).__module__.startswith("ui.")


class ScreenFit(QObject):
    """Application-wide event filter: dialogs fit the screen when shown, sizes kept when hidden."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDialog) and watched.isWindow():
            if event.type() == QEvent.Type.Show:
                place(watched, usable_area(watched))
            elif event.type() == QEvent.Type.Hide and not watched.isMaximized() and _ours(watched):
                prefs.prefs().setValue(_key(watched), watched.size())
        return False


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: on a short screen it scrolls instead of being cut."""
    area = QScrollArea()
    area.setObjectName(f"{content.objectName() or 'content'}Scroll")
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
