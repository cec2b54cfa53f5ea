"""Qt translators: the application's own .qm files plus Qt's for standard dialogs.

The source strings are English; Chinese (zh_CN) is the default UI language and its
translation must be complete (tests/gui/test_translations.py enforces it).

Every catalogue is found the same way in a source checkout, an installed wheel and a
frozen (PyInstaller) build: ours through ``importlib.resources`` (package data of
``ui.translations``), Qt's own ``qtbase_zh_CN.qm`` next to the PySide6 that is running.
Nothing is looked up by a path relative to the source tree.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_NAME = {"zh": "special_ed_zh_CN", "en": "special_ed_en"}
QT_LOCALE = {"zh": "zh_CN", "en": "en"}
QT_CATALOGUE = "qtbase"

# Shown when our Chinese catalogue cannot be loaded: it cannot come from the catalogue itself, and a
# silent English UI would leave a county coordinator guessing.
CATALOGUE_PROBLEM = (
    "界面翻译文件缺失或已损坏，程序只能以英文界面运行：\n{path}\n\n"
    "请重新安装本程序（安装包会恢复这个文件），或把上面的文件从另一台电脑的同一版本复制过来。"
)

_installed: list[QTranslator] = []


def catalogue_path(lang: str) -> Path:
    """The application's compiled catalogue for a language (a real file in every kind of install)."""
    name = QM_NAME.get(lang, QM_NAME["zh"]) + ".qm"
    return Path(str(resources.files("ui.translations").joinpath(name)))


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues may be, best first.

    QLibraryInfo knows for a pip-installed PySide6 (``PySide6/Qt/translations`` on Linux and macOS,
    ``PySide6/translations`` on Windows); a frozen build keeps the same layout under its bundle
    folder, where QLibraryInfo may still point at the build machine, so both are tried.
    """
    found: list[Path] = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found += [package / "Qt" / "translations", package / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found += [Path(bundle) / "PySide6" / "Qt" / "translations", Path(bundle) / "PySide6" / "translations"]
    unique: list[Path] = []
    for folder in found:
        if folder not in unique:
            unique.append(folder)
    return unique


def qt_catalogue_path(lang: str) -> Path | None:
    """Qt's own catalogue (file dialogs' "Look in:", "Files of type:", standard buttons) for a language."""
    if lang == "en":
        return None  # Qt's source texts are English
    name = f"{QT_CATALOGUE}_{QT_LOCALE.get(lang, 'zh_CN')}.qm"
    for folder in qt_translation_dirs():
        if (folder / name).is_file():
            return folder / name
    return None


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Replace any previously installed translators; True when the app's own catalogue loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QT_LOCALE.get(lang, "zh_CN")))
    qt_path = qt_catalogue_path(lang)
    if qt_path is not None:
        qt_base = QTranslator(app)
        if qt_base.load(str(qt_path)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    own = QTranslator(app)
    loaded = own.load(str(catalogue_path(lang))) and _intact(own, lang)
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    return loaded or lang == "en"  # English needs no catalogue: the source texts are English


def catalogue_problem(lang: str) -> str | None:
    """The Chinese message for a missing or damaged catalogue of ours, None when it loads (or for English)."""
    if lang == "en":
        return None
    path = catalogue_path(lang)
    probe = QTranslator()
    if path.is_file() and probe.load(str(path)) and _intact(probe, lang):
        return None
    return CATALOGUE_PROBLEM.format(path=path)


def _intact(translator: QTranslator, lang: str) -> bool:
    """A catalogue that loads may still be cut short: it must translate the main window's menus."""
    if lang == "en":
        return True
    return not translator.isEmpty() and bool(translator.translate("MainWindow", "&File"))
