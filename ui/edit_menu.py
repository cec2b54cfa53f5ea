"""编辑 menu: undo/redo of the focused form, 撤销上一次保存 of the current record, and the clipboard.

One builder serves the main window and the child form, so the same words and shortcuts work in both:

- 撤销/重做 (Ctrl+Z, Ctrl+Y): the focused form's QUndoStack (a widget with a ``form_undo``
  attribute, found from the focus upwards); else the focused text field's own undo.
- 撤销上一次保存 (Ctrl+Alt+Z): the record of the focused form or of the current page (a widget with
  ``revert_target()``, from the focus upwards, then the main window's current page). The last save
  is read and shown first, then reverted after 确定 (both off the GUI thread); the service checks
  the version and refuses, with its reason, when someone changed the record since.
- 剪切/复制/粘贴/全选 (Ctrl+X/C/V/A): the focused text field, spin box or editable combo box; in a
  table, 复制 copies the selected cells as tab-separated rows (paste them into Excel) and 全选 selects all.

Actions are enabled only when they would do something, so no shortcut is silently swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from special_ed.progress import Progress
from special_ed.results.revert import LastSave, RevertResult
from ui import prefs
from ui.form_undo import FormUndo
from ui.pages import WorkHost


@dataclass(frozen=True)
class RevertTarget:
    """A record 撤销上一次保存 can act on; ``version`` is what the form shows (None: as read now)."""

    table: str
    record_id: int
    version: int | None = None
    on_reverted: Callable[[RevertResult], None] | None = None
    unsaved: bool = False  # the form has typed changes that a revert throws away


def _text_widget(widget: QWidget | None) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
    """The text editor behind the focus: a field itself, a spin box's or an editable combo box's line."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def _read_only(editor: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    return editor.isReadOnly()


def _has_selection(editor: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    if isinstance(editor, QLineEdit):
        return editor.hasSelectedText()
    return editor.textCursor().hasSelection()


def _can_undo(editor: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    if isinstance(editor, QLineEdit):
        return editor.isUndoAvailable()
    return editor.document().isUndoAvailable()


def _can_redo(editor: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    if isinstance(editor, QLineEdit):
        return editor.isRedoAvailable()
    return editor.document().isRedoAvailable()


def _view_copy_text(view: QAbstractItemView) -> str:
    """The selected cells of a table, row by row, tab-separated (what Excel pastes as cells)."""
    selection = view.selectionModel()
    if selection is None:
        return ""
    indexes = sorted(selection.selectedIndexes(), key=lambda i: (i.row(), i.column()))
    header = getattr(view, "isColumnHidden", None)
    rows: dict[int, list[str]] = {}
    for index in indexes:
        if header is not None and header(index.column()):
            continue
        value = index.data()
        rows.setdefault(index.row(), []).append("" if value is None else str(value))
    return "\n".join("\t".join(cells) for _row, cells in sorted(rows.items()))


class EditMenu(QObject):
    """The actions of one window's 编辑 menu (``window`` receives the shortcuts)."""

    def __init__(
        self,
        window: QWidget,
        host: WorkHost,
        menu: QMenu | None = None,
        *,
        form_undo: FormUndo[Any] | None = None,
        page: Callable[[], QWidget | None] | None = None,
        status: Callable[[str], None] | None = None,
    ) -> None:
        """``status`` shows a line to the user (the main window's status bar); default a message box."""
        super().__init__(window)
        self.window, self.host, self._page = window, host, page
        self._status = status
        self.menu = (
            menu if menu is not None else QMenu(QCoreApplication.translate("EditMenu", "&Edit"), window)
        )
        if menu is None:
            self.menu.setObjectName("editMenu")
        self.form_undo = form_undo
        if form_undo is not None:  # the form's own menu already holds its 撤销/重做 (see FormUndo.edit_menu)
            self.undo_action, self.redo_action = form_undo.undo_action, form_undo.redo_action
        else:
            self.undo_action = self._action(
                "editUndo",
                QCoreApplication.translate("EditMenu", "&Undo"),
                QKeySequence.StandardKey.Undo,
                self.undo,
            )
            self.redo_action = self._action(
                "editRedo",
                QCoreApplication.translate("EditMenu", "&Redo"),
                QKeySequence.StandardKey.Redo,
                self.redo,
            )
        self.menu.addSeparator()
        self.revert_action = self._action(
            "editRevertLastSave",
            QCoreApplication.translate("EditMenu", "Revert the last &save…"),
            "Ctrl+Alt+Z",
            self.revert_last_save,
        )
        self.menu.addSeparator()
        self.cut_action = self._action(
            "editCut", QCoreApplication.translate("EditMenu", "Cu&t"), QKeySequence.StandardKey.Cut, self.cut
        )
        self.copy_action = self._action(
            "editCopy",
            QCoreApplication.translate("EditMenu", "&Copy"),
            QKeySequence.StandardKey.Copy,
            self.copy,
        )
        self.paste_action = self._action(
            "editPaste",
            QCoreApplication.translate("EditMenu", "&Paste"),
            QKeySequence.StandardKey.Paste,
            self.paste,
        )
        self.menu.addSeparator()
        self.select_all_action = self._action(
            "editSelectAll",
            QCoreApplication.translate("EditMenu", "Select &all"),
            QKeySequence.StandardKey.SelectAll,
            self.select_all,
        )
        self.menu.aboutToShow.connect(self.refresh)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.refresh()

    def _action(self, name: str, text: str, keys: Any, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works wherever the focus is in the window
        self.menu.addAction(action)
        return action

    # ---- what the actions act on -----------------------------------------------------------------

    def _focus(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.window or self.window.isAncestorOf(focus)):
            return focus
        return None

    def _undo_source(self) -> FormUndo[Any] | None:
        if self.form_undo is not None:
            return self.form_undo
        widget = self._focus()
        while widget is not None:
            found = getattr(widget, "form_undo", None)
            if isinstance(found, FormUndo):
                return found
            widget = widget.parentWidget()
        return None

    def _revert_offers(self) -> list[Callable[[], object]]:
        """The ``revert_target`` methods of the focused widget's ancestors, then of the current page."""
        widget: QWidget | None = self._focus() or self.window
        candidates: list[QWidget] = []
        while widget is not None:
            candidates.append(widget)
            widget = widget.parentWidget()
        page = self._page() if self._page is not None else None
        if page is not None:
            candidates.append(page)
        methods = [getattr(c, "revert_target", None) for c in candidates]
        return [method for method in methods if callable(method)]

    def revert_target(self) -> RevertTarget | None:
        for method in self._revert_offers():
            target = method()
            if isinstance(target, RevertTarget):
                return target
        return None

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not (isValid(self) and isValid(self.window)):  # the window is gone: stop listening
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_changed)
            return
        self.refresh()

    def refresh(self) -> None:
        if self.form_undo is None:
            source = self._undo_source()
            editor = _text_widget(self._focus())
            if source is not None:
                source.settle()
                self.undo_action.setEnabled(source.stack.canUndo())
                self.redo_action.setEnabled(source.stack.canRedo())
            else:
                self.undo_action.setEnabled(editor is not None and _can_undo(editor))
                self.redo_action.setEnabled(editor is not None and _can_redo(editor))
        # enabled where a form or page offers it; with nothing chosen yet it says what to choose
        self.revert_action.setEnabled(bool(self._revert_offers()))
        focus = self._focus()
        editor = _text_widget(focus)
        view = focus if isinstance(focus, QAbstractItemView) else None
        writable = editor is not None and not _read_only(editor)
        self.cut_action.setEnabled(writable and editor is not None and _has_selection(editor))
        selection = view.selectionModel() if view is not None else None
        self.copy_action.setEnabled(
            (editor is not None and _has_selection(editor))
            or (selection is not None and selection.hasSelection())
        )
        # not asking the clipboard here: on X11 that is a round trip to another program on every
        # focus change; pasting an empty clipboard does nothing
        self.paste_action.setEnabled(writable)
        self.select_all_action.setEnabled(editor is not None or view is not None)

    # ---- undo, redo --------------------------------------------------------------------------------

    def undo(self) -> None:
        source = self._undo_source()
        if source is not None:
            source.undo()
        elif (editor := _text_widget(self._focus())) is not None:
            editor.undo()
        self.refresh()

    def redo(self) -> None:
        source = self._undo_source()
        if source is not None:
            source.redo()
        elif (editor := _text_widget(self._focus())) is not None:
            editor.redo()
        self.refresh()

    # ---- clipboard ---------------------------------------------------------------------------------

    def cut(self) -> None:
        if (editor := _text_widget(self._focus())) is not None:
            editor.cut()
        self.refresh()

    def copy(self) -> None:
        focus = self._focus()
        if (editor := _text_widget(focus)) is not None:
            editor.copy()
        elif isinstance(focus, QAbstractItemView):
            text = _view_copy_text(focus)
            if text:
                QGuiApplication.clipboard().setText(text)
        self.refresh()

    def paste(self) -> None:
        if (editor := _text_widget(self._focus())) is not None:
            editor.paste()
        self.refresh()

    def select_all(self) -> None:
        focus = self._focus()
        if (editor := _text_widget(focus)) is not None:
            editor.selectAll()
        elif isinstance(focus, QAbstractItemView):
            focus.selectAll()
        self.refresh()

    def show_status(self, text: str) -> None:
        if self._status is not None:
            self._status(text)
        else:
            QMessageBox.information(self.window, QCoreApplication.translate("EditMenu", "Revert the last save"), text)

    # ---- 撤销上一次保存 -------------------------------------------------------------------------------

    def revert_last_save(self) -> None:
        target = self.revert_target()
        if target is None:
            self.show_status(
                QCoreApplication.translate(
                    "EditMenu", "Choose a record first: its last save is what is reverted."
                )
            )
            return
        revert = self.host.services.revert

        def read(_progress: Progress) -> LastSave:
            last: LastSave = revert.last_save(target.table, target.record_id)
            return last

        self.host.run(
            read,
            lambda last: self._confirm(target, last),
            QCoreApplication.translate("EditMenu", "Reading the last save…"),
        )

    def _confirm(self, target: RevertTarget, last: LastSave) -> None:
        lang = prefs.language()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("EditMenu", "Revert the last save"),
            QCoreApplication.translate(
                "EditMenu", "Put back what this record held before the save of {0} at {1}?"
            ).format(last.user, last.at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("revertLastSave")
        details = "\n".join(last.lines(lang))
        unsaved = (
            QCoreApplication.translate("EditMenu", "What is typed in the form and not saved is discarded.")
            if target.unsaved
            else ""
        )
        box.setInformativeText(
            "\n\n".join(
                p
                for p in (
                    QCoreApplication.translate("EditMenu", "That save changed:") + "\n" + details,
                    unsaved,
                )
                if p
            )
        )
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("EditMenu", "Revert"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: self._answered(target, last, answer))
        box.open()

    def _answered(self, target: RevertTarget, last: LastSave, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Ok:
            return
        revert = self.host.services.revert
        version = target.version if target.version is not None else last.version

        def work(_progress: Progress) -> RevertResult:
            result: RevertResult = revert.revert(target.table, target.record_id, version)
            return result

        def done(result: RevertResult) -> None:
            self.show_status(
                QCoreApplication.translate(
                    "EditMenu", "The last save was reverted ({0} change(s) put back)."
                ).format(result.rows)
            )
            if target.on_reverted is not None:
                target.on_reverted(result)
            self.refresh()

        self.host.run(work, done, QCoreApplication.translate("EditMenu", "Reverting the last save…"))
