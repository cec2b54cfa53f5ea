"""Per-user UI preferences (language, geometry, last view, chosen columns) in QSettings.

INI format on every platform, so that tests can redirect it to a temporary folder and
a coordinator's preferences can be copied between PCs as one file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "SpecialEd"
APPLICATION = "special-ed"

LANGUAGES = ("zh", "en")


def prefs() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def language() -> str:
    value = str(prefs().value("ui/language", "zh"))
    return value if value in LANGUAGES else "zh"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    prefs().setValue("ui/language", lang)


def string_list(key: str) -> list[str] | None:
    """A stored list of strings, or None when never stored (QSettings returns str for 1 item)."""
    store = prefs()
    if not store.contains(key):
        return None
    raw = store.value(key)
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        return [raw]
    return [str(x) for x in raw]
