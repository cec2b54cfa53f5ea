"""Latin words left in a Chinese window: what the walkthrough and the GUI tests fail on.

A word is a run of Latin letters standing alone; proper names (products, formats, standards),
units and the Alt-key letters of menus ("文件(&F)") are allowed, and paths, file names, file
patterns and shortcuts are not words. Everything a window shows is looked at: titles, labels,
buttons, menus, tabs, tooltips, placeholders, combo items, headers and the first rows of every
table, list and tree (so values such as "mainstream → home" in a history are caught too).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

# A Latin word standing alone: letters not glued to digits, so "A4", "3.5mm" and an ID number's
# final X are not words; paths, URLs, file patterns and shortcuts are removed before looking.
LATIN_WORD = re.compile(r"(?<![A-Za-z0-9_.-])[A-Za-z]+(?![A-Za-z0-9_])")
NOT_WORDS = re.compile(
    r"\S*[/\\]\S*|\S*\*\.\S*|\S+\.(?:sqlite3?|xlsx|xls|csv|pdf|png|json|txt)\b|\t.*$"
    r"|(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+|\b(?:Enter|Esc|Tab|Delete|Del|PgUp|PgDn|F\d+)\b",  # keys, as printed on them
    re.MULTILINE,
)
TAG = re.compile(r"<[^>]*>")  # rich text's markup is not shown
MNEMONIC = re.compile(r"\(&?[A-Za-z0-9]\)")
# Latin words that are right in the Chinese UI: proper names (products, formats, standards) and units.
ALLOWED = {
    "English",
    "Excel",
    "WPS",
    "PDF",
    "CSV",
    "xlsx",
    "xls",
    "csv",
    "pdf",
    "SQLite",
    "sqlite",
    "PostgreSQL",
    "Python",
    "Qt",
    "PySide",
    "UTF",
    "GB",
    "GBK",
    "GB18030",
    "SHA",
    "YYYY",
    "MM",
    "DD",
    "OR",
    "Tools",
    "PyVRP",
    "OpenStreetMap",
    "OSM",
    "ID",
    "jpeg",
    "png",
    "tiff",
    "webp",
    "mm",
    "cm",
    "km",
    "kg",
    "min",
    "dpi",
    "pt",
    "KB",
    "MB",
    "h",
    "in",
    "x",
    "JIS",
    "ANSI",
    # coordinate systems, named as the maps and phones name them: WGS-84 (GPS), GCJ-02, BD-09
    "WGS",
    "GPS",
    "GCJ",
    "BD",
    "hxy",  # the search box's example of pinyin initials, which is what a person types there
    # the published scale codes of 中国残联《孤独症儿童发展评估表》: scores are entered as these letters
    "P",
    "E",
    "F",
    "X",
}
ALLOWED_PHRASES = ("Qt for Python",)


def latin_words(text: str) -> list[str]:
    """Latin words in ``text`` that are neither a proper name nor a unit."""
    text = MNEMONIC.sub(
        " ", TAG.sub(" ", text)
    )  # 文件(&F): the Alt key's letter, as Chinese programs show it
    text = NOT_WORDS.sub(" ", text.replace("&&", "").replace("&", ""))
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    return [word for word in LATIN_WORD.findall(text) if word not in ALLOWED]


def shown_texts(widget: QWidget) -> list[str]:
    """Every text ``widget`` and its children show: titles, labels, buttons, menus, tabs, tooltips,
    placeholders, combo items, headers and the first rows of every table, list and tree."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QSpinBox,
        QTabWidget,
        QTextEdit,
    )

    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QMenu):
            texts.append(child.title())
        if isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(child.placeholderText())
        if isinstance(child, (QTextEdit, QPlainTextEdit)) and child.isReadOnly():
            texts.append(child.toPlainText())
        if isinstance(child, QSpinBox):
            texts += [child.prefix(), child.suffix()]
        if isinstance(child, QAbstractSpinBox):
            texts.append(child.specialValueText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = child.rootIndex()  # a file dialog's view shows one folder of its model
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for row in range(min(model.rowCount(root), 30)):
                for column in range(columns):
                    index = model.index(row, column, root)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            texts.append(value)
        texts += [action.text() for action in child.actions()]
        texts += [action.toolTip() for action in child.actions() if action.toolTip() != action.text()]
        texts.append(child.toolTip())
    return [text for text in texts if text]


# Texts that are this PC's data, not the program's words: printer queues and their drivers' names.
USER_DATA: set[str] = set()


def printers_data() -> set[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    names: set[str] = set()
    for info in QPrinterInfo.availablePrinters():
        names |= {info.printerName(), info.description(), info.makeAndModel(), info.location()}
    return {name for name in names if name}


def english_left(widget: QWidget) -> set[str]:
    """Texts shown by ``widget`` and its children that still contain a Latin word."""
    return {text for text in shown_texts(widget) if text not in USER_DATA and latin_words(text)}
