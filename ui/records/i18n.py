"""The records screens' own translation catalogue (source strings are English; Chinese is the default).

Kept beside the application's catalogue so this feature could be built in parallel;
``ensure_translator`` installs it once per language, following ``QLocale()`` (which
the application sets from the user's choice before any window opens).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUE = "records_zh_CN"

_state: dict[str, QTranslator | str | None] = {"lang": None, "translator": None}


def ensure_translator() -> bool:
    """Install (or remove) the Chinese records catalogue to match the current locale; True if Chinese."""
    app = QCoreApplication.instance()
    chinese = QLocale().language() == QLocale.Language.Chinese
    wanted = "zh" if chinese else "en"
    if app is None or _state["lang"] == wanted:
        return chinese
    old = _state["translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    if chinese:
        translator = QTranslator(app)
        if translator.load(CATALOGUE, str(TRANSLATIONS_DIR)):
            app.installTranslator(translator)
            _state["translator"] = translator
    _state["lang"] = wanted
    return chinese
