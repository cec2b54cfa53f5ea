"""The Chinese UI is the default: its catalogue must be complete, current and loadable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import ui.app as app_module
from ui import i18n
from ui.i18n import catalogue_path, install_translators, qt_catalogue_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from update_translations import LANGS, QM_DIR, TS_DIR, sources, tool, unfinished  # noqa: E402


def test_zh_cn_catalogue_has_no_unfinished_entries() -> None:
    assert unfinished(TS_DIR / LANGS["zh_CN"]) == []


def test_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """Re-run lupdate into a copy: if the code has strings the shipped .ts lacks, they show as unfinished."""
    copy = tmp_path / "check_zh_CN.ts"
    copy.write_bytes((TS_DIR / LANGS["zh_CN"]).read_bytes())
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == []


def test_chinese_is_loaded_by_default(qapp) -> None:
    assert install_translators(qapp, "zh")
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    install_translators(qapp, "zh")


def test_catalogues_are_package_data_not_source_tree_files() -> None:
    """The .qm the app loads is the one update_translations writes, inside the ui package."""
    path = catalogue_path("zh")
    assert path.is_file()
    assert path.parent == QM_DIR
    assert path.parent.parent == ROOT / "ui"


def test_qt_own_chinese_catalogue_is_found(qapp) -> None:
    """File dialogs and standard buttons are Qt's texts: qtbase_zh_CN.qm from the running PySide6."""
    path = qt_catalogue_path("zh")
    assert path is not None and path.name == "qtbase_zh_CN.qm"
    install_translators(qapp, "zh")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "missing"])
def test_damaged_catalogue_is_reported_in_chinese_not_a_silent_english_ui(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    good = catalogue_path("zh").read_bytes()
    bad = tmp_path / "special_ed_zh_CN.qm"
    if damage == "garbage":
        bad.write_bytes(b"not a catalogue" * 100)
    elif damage == "truncated":
        bad.write_bytes(good[:16])
    elif damage == "empty":
        bad.write_bytes(b"")
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: bad)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.delenv(app_module.SELF_CHECK_ENV, raising=False)
    try:
        app_module.make_qapplication(["special-ed"])
        assert len(shown) == 1
        assert "界面翻译文件缺失或已损坏" in shown[0] and str(bad) in shown[0]
    finally:
        monkeypatch.undo()
        assert install_translators(qapp, "zh")


def test_intact_catalogue_reports_no_problem() -> None:
    assert i18n.catalogue_problem("zh") is None
    assert i18n.catalogue_problem("en") is None


def test_every_english_text_has_one_chinese_wording() -> None:
    """The glossary has no context: a second line for the same text would silently win everywhere
    ("Class hours delivered" was both 实送课时 and 已送课时)."""
    seen: dict[str, tuple[int, str]] = {}
    twice = []
    glossary = TS_DIR / "zh_CN.glossary.tsv"
    for number, line in enumerate(glossary.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        source, chinese = line.split("\t", 1)
        if source in seen and seen[source][1] != chinese:
            twice.append(f"{source}: line {seen[source][0]} {seen[source][1]} / line {number} {chinese}")
        seen.setdefault(source, (number, chinese))
    assert twice == []
    assert seen["Class hours delivered"][1] == "实送课时"
