"""Texts of Qt's own dialogs that Qt's zh_CN catalogue (qtbase_zh_CN.qm) leaves in English.

Qt's catalogue is loaded first (ui.i18n); ours is installed after it and is therefore asked
first, so translating a (context, source, disambiguation) triple of Qt's here — with its Chinese
in the glossary — fills the gap: the non-native file dialog said "Look in:", "Files of type:"
and "Folder", the print dialog "Page Set:". The contexts are the classes Qt's own sources
translate them under. The calls are written out literally so that pyside6-lupdate collects them;
tests/gui/test_qt_chinese.py opens the dialogs and fails on any English left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_gaps() -> list[str]:
    """The filled texts as they are shown now (Chinese once the catalogues are installed)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        # the file dialog's 类型 column and its side bar (Qt 6 names them in the icon provider)
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Unknown"),
        translate("QPrintSettingsOutput", "Page &Set:"),
        translate("QPageSetupWidget", "Pages &per sheet:"),
        translate("QPageSetupWidget", "Page &order:"),
    ]
