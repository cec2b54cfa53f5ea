"""Qt translators: the application's own .qm files plus Qt's for standard dialogs.

The source strings are English; Chinese (zh_CN) is the default UI language and its
translation must be complete (tests/gui/test_translations.py enforces it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
QM_NAME = {"zh": "special_ed_zh_CN", "en": "special_ed_en"}
QT_LOCALE = {"zh": "zh_CN", "en": "en"}

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Replace any previously installed translators; True when the app's own catalogue loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QT_LOCALE.get(lang, "zh_CN")))
    qt_base = QTranslator(app)
    if qt_base.load(
        QLocale(QT_LOCALE.get(lang, "zh_CN")),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    own = QTranslator(app)
    loaded = own.load(QM_NAME.get(lang, QM_NAME["zh"]), str(TRANSLATIONS_DIR))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    return loaded
