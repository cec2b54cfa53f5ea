"""No English in the Chinese UI: Qt's own dialogs, window titles, and the whole walkthrough."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from latin_words import english_left, latin_words  # noqa: E402


def test_latin_words_allows_names_units_and_menu_letters_only() -> None:
    assert latin_words("导出 Excel(&E)… Ctrl+E\tCtrl+E") == []
    assert latin_words("A4 纸，边距 3.5mm，身份证号 11010119900307001X，文件 名册.xlsx，/tmp/a b/c") == []
    assert latin_words("安置：mainstream → home") == ["mainstream", "home"]
    assert latin_words("Files of type:") == ["Files", "of", "type"]


def test_qt_file_dialog_speaks_chinese(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "文档"
    (folder / "名单").mkdir(parents=True)
    (folder / "名册.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf);;* (*)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(folder))])
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件类型(&T)："} <= labels
    # sizes come from the system locale (English on this test machine), the rest must be Chinese
    left = {text for text in english_left(dialog) if "byte" not in text}
    assert left == set()


def test_qt_print_dialog_speaks_chinese(qtbot) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    import latin_words

    latin_words.USER_DATA |= latin_words.printers_data()  # a CUPS queue's own name is not ours
    assert english_left(dialog) == set()
    assert "页面范围(&S)：" in {label.text() for label in dialog.findChildren(QLabel)}


def test_untitled_windows_carry_the_programs_chinese_name(qapp) -> None:
    from ui.app import apply_display_name

    apply_display_name(qapp)
    assert qapp.applicationDisplayName() == "特教安置与送教上门"
    assert latin_words(qapp.applicationDisplayName()) == []


def test_the_progress_window_of_background_work_is_titled(qtbot) -> None:
    """Every page's background work (records included) shows the one operation's progress window."""
    import threading

    from ui.operations import Operation

    owner = QLabel()
    qtbot.addWidget(owner)
    release = threading.Event()
    op = Operation(owner, lambda _p: release.wait(10), delay_ms=0)
    qtbot.waitUntil(lambda: op.dialog is not None, timeout=5000)
    dialog = owner.findChild(QProgressDialog)
    assert dialog is not None and dialog.windowTitle() == QCoreApplication.translate("Operation", "Please wait")
    assert dialog.windowTitle() == "请稍候" and dialog.labelText() == "正在处理…"
    release.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass


def test_walkthrough_finds_no_latin_word_in_any_chinese_window(tmp_path: Path) -> None:
    """Every page and dialog of the demo county, as scripts/walkthrough.py opens them, in Chinese."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "walkthrough.py"), str(tmp_path / "shots")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=230,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "English in" not in proc.stdout
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 30
