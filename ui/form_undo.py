"""Undo, redo and "leave without saving?" for a form whose whole content is one value.

A form gives three functions: ``read()`` (what is typed now, as a comparable value such as
a ChildInput), ``write(value)`` (show a value) and the widgets to watch. Each pause in typing
(``SETTLE_MS``) that changed the value becomes one QUndoStack command holding the value before
and after, so 撤销 puts back exactly what was shown, across fields, combo boxes, check boxes and
tables alike. ``dirty()`` compares with the value last loaded or saved; ``confirm_leave`` asks
before that is thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

T = TypeVar("T")
SETTLE_MS = 400


class _Snapshot(QUndoCommand, Generic[T]):
    def __init__(self, undo: FormUndo[T], before: T, after: T) -> None:
        super().__init__(QCoreApplication.translate("FormUndo", "edit"))
        self._undo, self._before, self._after = undo, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the edit happened: nothing to do the first time
            self._first = False
            return
        self._undo.show_value(self._after)

    def undo(self) -> None:
        self._undo.show_value(self._before)


class FormUndo(QObject, Generic[T]):
    edited = Signal()  # the form's value changed (after a pause in typing)

    def __init__(self, owner: QWidget, read: Callable[[], T], write: Callable[[T], None]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.read, self.write = read, write
        self.stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.settle)
        self._applying = False
        self.clean: T = read()
        self._last: T = self.clean

    # ---- watching --------------------------------------------------------------------------------

    def watch(self, root: QWidget) -> None:
        """Every editable widget under ``root``: a change starts the settle timer."""
        for widget in root.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.touched)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.touched)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self.touched)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(self.touched)
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.valueChanged.connect(self.touched)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self.touched)

    def watch_model(self, model: QAbstractItemModel) -> None:
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.touched)

    def touched(self, *_args: Any) -> None:
        if not self._applying:
            self._timer.start()
            if hasattr(self, "undo_action"):
                self.undo_action.setEnabled(True)  # the edit being typed can be taken back at once

    def settle(self) -> None:
        """Record what changed since the last settle as one undoable step."""
        self._timer.stop()
        if self._applying:
            return
        now = self.read()
        if now != self._last:
            before, self._last = self._last, now
            self.stack.push(_Snapshot(self, before, now))
            self.edited.emit()

    def show_value(self, value: T) -> None:
        self._applying = True
        try:
            self.write(value)
        finally:
            self._applying = False
        self._last = self.read()
        self.edited.emit()

    # ---- state -----------------------------------------------------------------------------------

    def dirty(self) -> bool:
        self.settle()
        return self.read() != self.clean

    def mark_clean(self) -> None:
        """The value now shown is what is stored (just loaded or saved)."""
        self._timer.stop()
        self.clean = self._last = self.read()
        self.stack.clear()

    def undo(self) -> None:
        self.settle()  # what was typed a moment ago is the step to take back
        self.stack.undo()

    def redo(self) -> None:
        self.settle()
        self.stack.redo()

    def edit_menu(self, parent: QWidget) -> QMenu:
        """编辑: 撤销 / 重做 for this form (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z)."""
        menu = QMenu(QCoreApplication.translate("FormUndo", "&Edit"), parent)
        menu.setObjectName("formEditMenu")
        self.undo_action = QAction(QCoreApplication.translate("FormUndo", "&Undo"), menu)
        self.undo_action.setObjectName("formUndo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(QCoreApplication.translate("FormUndo", "&Redo"), menu)
        self.redo_action.setObjectName("formRedo")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            parent.addAction(action)  # the shortcuts work wherever the focus is in the form
            menu.addAction(action)
        menu.aboutToShow.connect(self.settle)  # what was just typed is undoable from the menu too
        self.stack.indexChanged.connect(self._enable_actions)
        self._enable_actions()
        return menu

    def _enable_actions(self, *_args: Any) -> None:
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())


def confirm_leave(parent: QWidget, save: Callable[[], None]) -> bool:
    """Ask what to do with unsaved changes: True when the form may close now (discarded)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FormUndo", "Unsaved changes"),
        QCoreApplication.translate("FormUndo", "This form has changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsavedChanges")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        save()  # closes the form when the save succeeds; keeps it open with the messages otherwise
        return False
    return answer == QMessageBox.StandardButton.Discard
