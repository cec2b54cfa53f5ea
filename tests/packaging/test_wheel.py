"""The wheel carries everything the application reads: installed (not editable) into a fresh virtual
environment and run outside the source tree, the UI comes up in Chinese and a child's file prints.

The fresh environment reuses the shared environment's installed dependencies through a .pth line
(so PySide6 is not downloaded again) and gets the wheel with ``pip install --no-deps``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, assert_chinese_gui, assert_pdf, check, gui_report

pytestmark = [pytest.mark.slow, pytest.mark.gui]


def build_wheel(out: Path) -> Path:
    """Build from a copy of the tracked sources, so nothing is written into the checkout."""
    src = out / "src"
    listed = subprocess.run(
        [
            "git",
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
            "special_ed",
            "ui",
            "special_ed_launcher",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in [*filter(None, listed.split("\0")), "pyproject.toml", "README.md"]:
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    wheels = out / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("special_ed-*.whl")
    return wheel


def make_venv(where: Path) -> Path:
    """A virtual environment whose own site-packages comes first, the shared one's packages after it."""
    venv.EnvBuilder(with_pip=False, symlinks=sys.platform != "win32").create(where)
    python = where / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A plain path line: the shared environment's own .pth files (its editable install of this
    # project among them) are not processed, so only the wheel provides special_ed and ui.
    Path(site, "shared-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return python


def test_wheel_installs_a_chinese_app_that_prints(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "build")
    names = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(wheel)], capture_output=True, text=True, check=True
    ).stdout
    assert "ui/translations/special_ed_zh_CN.qm" in names
    assert "special_ed/persistence/migrations/alembic.ini" in names
    assert "special_ed_launcher/__init__.py" in names  # the console entry point, outside both packages
    # Every data file the packages hold in the checkout is in the wheel (a new one needs package-data).
    tracked = subprocess.run(
        ["git", "ls-files", "special_ed", "ui", "special_ed_launcher"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    data = [name for name in tracked if not name.endswith((".py", ".pyi")) and "__pycache__" not in name]
    assert [name for name in data if name not in names] == []

    python = make_venv(tmp_path / "venv")
    home = tmp_path / "home"
    home.mkdir()
    check([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], home)
    where = check(
        [
            str(python),
            "-c",
            "import special_ed, ui.i18n as i; print(special_ed.__file__); print(i.catalogue_path('zh'))",
        ],
        home,
    ).stdout.split()
    for path in where:
        assert Path(path).is_relative_to(tmp_path / "venv"), where  # the wheel's copy, not the checkout

    scripts = python.parent
    cli = str(scripts / ("special-ed.exe" if sys.platform == "win32" else "special-ed"))
    assert_chinese_gui(gui_report([cli], home))

    db = home / "county.sqlite3"
    check([cli, "--db", str(db), "demo", "--children", "40"], home)
    out = home / "child.pdf"
    check([cli, "--db", str(db), "print", "child", "1", "--out", str(out)], home)
    assert_pdf(out)
