"""A PC that lacks something the GUI needs gets a clear message, never a silent English UI or a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.app as app_module
from special_ed.errors import SpecialEdError
from special_ed_launcher import check_display

ROOT = Path(__file__).resolve().parents[2]


def test_no_chinese_font_is_said_in_both_languages(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "has_chinese_font", lambda: False)
    monkeypatch.delenv(app_module.SELF_CHECK_ENV, raising=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    app_module.make_qapplication(["special-ed"])
    assert len(shown) == 1
    assert "No Chinese font" in shown[0] and "本机没有中文字体" in shown[0]
    assert "fonts-wqy-microhei" in shown[0]


def test_a_chinese_font_is_found_here(qapp) -> None:
    assert app_module.has_chinese_font()  # CI installs fonts-wqy-microhei


def test_no_display_is_a_chinese_message_not_a_qt_abort() -> None:
    with pytest.raises(SpecialEdError) as caught:
        check_display({}, "linux")
    assert "没有可用的图形显示" in caught.value.message("zh")
    check_display({"DISPLAY": ":0"}, "linux")
    check_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    check_display({}, "win32")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is an X11 matter")
def test_gui_without_display_exits_with_the_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    subprocess.run(
        [sys.executable, "-m", "special_ed", "--db", str(tmp_path / "x.sqlite3"), "db", "upgrade"],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    )
    proc = subprocess.run(
        [sys.executable, "-m", "special_ed_launcher", "--db", str(tmp_path / "x.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "没有可用的图形显示" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_system_library_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """libGL or libxkbcommon absent: PySide6's import fails; the message names the library."""
    import builtins

    import special_ed_launcher as launcher
    from special_ed import cli

    real_import = builtins.__import__

    def failing(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "ui.app":
            raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--db", str(tmp_path / "x.sqlite3"), "db", "upgrade"]) == 0
    capsys.readouterr()
    code = launcher.main(["--db", str(tmp_path / "x.sqlite3")])
    assert code == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "缺少系统库 libGL.so.1" in err and "README" in err
