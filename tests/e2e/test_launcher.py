"""The console entry point: ``special-ed`` / ``python -m special_ed_launcher`` open the GUI without a sub-command and hand
every sub-command to the Qt-free core command line (``python -m special_ed``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from special_ed_launcher import wants_gui

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "PYTHONPATH": str(ROOT),
        **env,
    }
    environment.pop("SPECIAL_ED_DB", None)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=home,
        timeout=300,
        encoding="utf-8",
    )


def shown_at_start(*args: str, home: Path) -> dict[str, Any]:
    """Start the window with ``args`` under the self-check and return what it reported."""
    report = home / "gui-report.json"
    proc = run("-m", "special_ed_launcher", *args, home=home, SPECIAL_ED_SELF_CHECK=str(report))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    shown: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return shown


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
        (["--db", "x.sqlite3", "restore", "b.sebak"], False, []),  # the command line's restore stays
    ],
)
def test_the_launcher_decides_between_window_and_command_line(
    argv: list[str], gui: bool, qt_args: list[str]
) -> None:
    decided = wants_gui(argv)
    assert (decided is not None) is gui
    if decided is not None:
        options, rest = decided
        assert rest == qt_args
        assert options.demo is ("--demo" in argv)
        assert options.db == ("x.sqlite3" if "--db" in argv else None)


def test_the_core_command_line_never_loads_qt_and_says_how_to_open_the_window(tmp_path: Path) -> None:
    probe = (
        "import sys; from special_ed.cli import main; code = main([]); "
        "print(code, any(m == 'PySide6' or m.startswith(('PySide6.', 'ui')) for m in sys.modules))"
    )
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
    bad = run(
        "-m", "special_ed_launcher", "--db", str(db), "demo", home=tmp_path
    )  # errors stay the core's one line
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "空数据库" in bad.stderr


def test_the_launcher_opens_the_window_on_a_demo_county(tmp_path: Path) -> None:
    shown = shown_at_start("--demo", home=tmp_path)
    assert shown["page"] == "RegistryPage" and "示范数据" in shown["title"]
    assert "565" in shown["counts"]  # the first page loaded the demo county's children


@pytest.mark.parametrize(
    ("argv", "qt_args"),
    [
        ([r"C:\Users\王老师\Desktop\县备份.sebak"], []),  # what double-clicking a backup runs
        (["--db", "x.sqlite3", "县备份.SEBAK"], []),
        (["gui", "-style", "fusion", "县备份.sebak"], ["-style", "fusion"]),
    ],
)
def test_a_backup_file_on_the_command_line_opens_the_window_for_it(
    argv: list[str], qt_args: list[str]
) -> None:
    decided = wants_gui(argv)
    assert decided is not None
    options, rest = decided
    given = next(token for token in argv if token.lower().endswith(".sebak"))
    assert rest == qt_args and options.backup is not None and str(options.backup) == given
    assert wants_gui([])[0].backup is None  # type: ignore[index]


def test_the_installers_association_runs_what_the_launcher_reads_as_a_backup() -> None:
    """packaging/windows/special-ed.iss: double-clicking a .sebak runs special-ed.exe "FILE"."""
    import re
    import shlex

    script = (ROOT / "packaging" / "windows" / "special-ed.iss").read_text(encoding="utf-8-sig")
    assert "#ifdef WithBackupAssociation" not in script and "ChangesAssociations=yes" in script
    assert re.search(r'Subkey: "Software\\Classes\\\.sebak"; .*ValueData: "SpecialEd\.Backup"', script)
    command = re.search(r'SpecialEd\.Backup\\shell\\open\\command";.*ValueData: "(.*)"$', script, re.M)
    assert command is not None
    argv = shlex.split(command.group(1).replace('""', '"'))  # Inno Setup doubles quotes inside a string
    assert argv[0] == r"{app}\{#AppExe}" and argv[1:] == ["%1"]
    decided = wants_gui([r"D:\备份 2026\巫山县.sebak" if a == "%1" else a for a in argv[1:]])
    assert decided is not None and decided[0].backup is not None and decided[1] == []


def test_starting_with_a_backup_shows_its_restore_dialog_over_the_county(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    assert run("-m", "special_ed", "--db", str(db), "demo", "--children", "20", home=tmp_path).returncode == 0
    backup = tmp_path / "巫山县 备份.sebak"
    made = run(
        "-m",
        "special_ed",
        "--db",
        str(db),
        "backup",
        "--out",
        str(backup),
        home=tmp_path,
        SPECIAL_ED_BACKUP_PASSPHRASE="correct horse battery",
    )
    assert made.returncode == 0, made.stderr
    shown = shown_at_start("--db", str(db), str(backup), home=tmp_path)
    assert shown["page"] == "RegistryPage" and "20" in shown["counts"]  # the county's own database, open
    (dialog,) = [d for d in shown["dialogs"] if d["name"] == "restoreDialog"]
    assert dialog["title"] == "从备份恢复" and str(backup) in dialog["text"]


def test_starting_with_a_file_that_is_no_backup_says_so(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    assert run("-m", "special_ed", "--db", str(db), "demo", "--children", "20", home=tmp_path).returncode == 0
    bad = tmp_path / "照片.sebak"
    bad.write_bytes(b"\xff\xd8\xff\xe0 a photograph")
    shown = shown_at_start("--db", str(db), str(bad), home=tmp_path)
    assert [d for d in shown["dialogs"] if "这不是本程序的备份文件" in d["text"]]
    assert not [d for d in shown["dialogs"] if d["name"] == "restoreDialog"]
