"""The console entry point: ``special-ed`` / ``python -m special_ed_launcher`` open the GUI without a sub-command and hand
every sub-command to the Qt-free core command line (``python -m special_ed``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from special_ed_launcher import wants_gui

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home),
                   "XDG_CONFIG_HOME": str(home), "PYTHONPATH": str(ROOT), **env}
    environment.pop("SPECIAL_ED_DB", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=environment, cwd=home,
                          timeout=300, encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "gui", "qt_args"),
    [
        ([], True, []),
        (["--demo"], True, []),
        (["--db", "x.sqlite3", "--user", "王老师"], True, []),
        (["gui", "-style", "fusion"], True, ["-style", "fusion"]),
        (["--db", "x.sqlite3", "schedule", "--month", "2026-11"], False, []),
        (["--version"], False, []),
        (["--help"], False, []),
        (["no-such-command"], False, []),
    ],
)
def test_the_launcher_decides_between_window_and_command_line(argv: list[str], gui: bool, qt_args: list[str]) -> None:
    decided = wants_gui(argv)
    assert (decided is not None) is gui
    if decided is not None:
        options, rest = decided
        assert rest == qt_args
        assert options.demo is ("--demo" in argv)
        assert options.db == ("x.sqlite3" if "--db" in argv else None)


def test_the_core_command_line_never_loads_qt_and_says_how_to_open_the_window(tmp_path: Path) -> None:
    probe = ("import sys; from special_ed.cli import main; code = main([]); "
             "print(code, any(m == 'PySide6' or m.startswith(('PySide6.', 'ui')) for m in sys.modules))")
    proc = run("-c", probe, home=tmp_path)
    assert proc.stdout.split() == ["2", "False"], proc.stderr
    hint = proc.stderr.strip()
    assert hint.count("\n") == 0 and "python -m special_ed_launcher" in hint and "桌面程序" in hint
    same = run("-m", "special_ed", home=tmp_path)
    assert same.returncode == 2 and same.stderr.strip() == hint


def test_sub_commands_go_through_the_launcher_to_the_core(tmp_path: Path) -> None:
    version = run("-m", "special_ed_launcher", "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("special-ed ")
    db = tmp_path / "county.sqlite3"
    demo = run("-m", "special_ed_launcher", "--db", str(db), "demo", "--children", "20", home=tmp_path)
    assert demo.returncode == 0 and "示范县已生成" in demo.stdout, demo.stderr
    bad = run("-m", "special_ed_launcher", "--db", str(db), "demo", home=tmp_path)  # errors stay the core's one line
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "空数据库" in bad.stderr


def test_the_launcher_opens_the_window_on_a_demo_county(tmp_path: Path) -> None:
    report = tmp_path / "gui-report.json"
    proc = run("-m", "special_ed_launcher", "--demo", home=tmp_path, SPECIAL_ED_SELF_CHECK=str(report))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["page"] == "RegistryPage" and "示范数据" in shown["title"]
    assert "565" in shown["counts"]  # the first page loaded the demo county's children
