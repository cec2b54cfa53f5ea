"""Windows fit small screens: 1366×768, and 1920×1080 at 125 % and 150 %; sizes kept where they fit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from ui import prefs
from ui.screen_fit import FRAME, ScreenFit, fit_size, place, remembered_size

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("screen", ["1366x768", "1536x864@1.25", "1280x720@1.5"])
def test_every_window_fits_and_no_button_lies_outside_the_screen(screen: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screen_fit.py"), screen],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    shown = [line for line in proc.stdout.splitlines() if "×" in line]
    assert len(shown) >= 30  # the main window's pages and every dialog were opened
    assert any(line.startswith("records_") for line in shown)


class Form(QDialog):
    """A dialog of the program's own (ui.*) that would like 1100×760, like the records dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fitTestDialog")
        QVBoxLayout(self).addWidget(QPushButton("保存"))
        self.resize(1100, 760)


Form.__module__ = "ui.test_form"


def test_a_dialog_bigger_than_the_screen_is_bounded_and_kept_on_it(qtbot) -> None:
    dialog = Form()
    qtbot.addWidget(dialog)
    area = QRect(0, 0, 1366 - FRAME.width(), 728 - FRAME.height())
    dialog.move(200, 100)
    place(dialog, area)
    assert dialog.size() == QSize(1100, 688)
    assert area.contains(QRect(dialog.pos(), dialog.size()))


def test_the_size_a_person_chose_comes_back_where_it_fits(qtbot) -> None:
    dialog = Form()
    qtbot.addWidget(dialog)
    fit = ScreenFit()
    dialog.installEventFilter(fit)
    dialog.show()
    dialog.resize(700, 500)
    dialog.hide()  # remembered on hiding
    assert remembered_size(dialog) == QSize(700, 500)
    big = QRect(0, 0, 1300, 700)
    fresh = Form()
    qtbot.addWidget(fresh)
    place(fresh, big)
    assert fresh.size() == QSize(700, 500)  # fits: as the person left it
    prefs.prefs().setValue("windows/fitTestDialog/size", QSize(1600, 1000))  # from a bigger monitor
    other = Form()
    qtbot.addWidget(other)
    place(other, big)
    assert other.size() == QSize(1100, 700)  # its default, bounded by this screen
    prefs.prefs().remove("windows/fitTestDialog/size")


def test_fit_size_never_exceeds_the_area() -> None:
    assert fit_size(QSize(1280, 800), QRect(0, 0, 1350, 688)) == QSize(1280, 688)
    assert fit_size(QSize(600, 400), QRect(0, 0, 1350, 688)) == QSize(600, 400)
