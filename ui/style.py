"""Look and feel: Fusion everywhere (same on every office PC), a CJK-capable font, light accents."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Preferred CJK UI fonts by platform; the first one installed wins.
CJK_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)

STYLESHEET = """
QListWidget#navigation { border: none; background: palette(window); font-size: 11pt; }
QListWidget#navigation::item { padding: 6px 8px; border-radius: 4px; }
QListWidget#navigation::item:selected { background: #2f6db5; color: white; }
QLabel[role="fieldError"] { color: #b00020; }
QLabel[role="fieldWarning"] { color: #9a6700; }
QLabel[role="pageTitle"] { font-size: 14pt; font-weight: bold; }
QLabel[role="bigNumber"] { font-size: 20pt; font-weight: bold; color: #2f6db5; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] { border: 1px solid #b00020; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            break
    app.setStyleSheet(STYLESHEET)
