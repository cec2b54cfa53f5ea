"""Smoke test of the frozen one-folder build (``python3 dev.py package`` → dist/special-ed/).

.ci/run builds it before the test suite, so CI always runs these; on a developer's machine they run
when dist/special-ed exists (build it first) and are skipped otherwise. SPECIAL_ED_FROZEN may name
another build folder (the Windows workflow points it at the installed copy).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, assert_chinese_gui, assert_pdf, check, gui_report

FOLDER = Path(os.environ.get("SPECIAL_ED_FROZEN") or ROOT / "dist" / "special-ed")
EXE = FOLDER / ("special-ed-cli.exe" if sys.platform == "win32" else "special-ed")
GUI_EXE = FOLDER / ("special-ed.exe" if sys.platform == "win32" else "special-ed")

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.slow,
    pytest.mark.skipif(not EXE.exists(), reason=f"no frozen build at {FOLDER} (python3 dev.py package)"),
]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("frozen-home")
    db = home / "county.sqlite3"
    proc = check([str(EXE), "--db", str(db), "demo", "--children", "80"], home)
    assert "80" in proc.stdout
    return home, db


def test_frozen_cli_reports_its_version_in_chinese_help(tmp_path: Path) -> None:
    assert "special-ed" in check([str(EXE), "--version"], tmp_path).stdout
    assert "数据库" in check([str(EXE), "--help"], tmp_path).stdout


def test_frozen_prints_a_childs_file(county: tuple[Path, Path]) -> None:
    home, db = county
    out = home / "child.pdf"
    check([str(EXE), "--db", str(db), "print", "child", "1", "--out", str(out)], home)
    assert_pdf(out)


def test_frozen_batch_print_runs_its_worker_processes(county: tuple[Path, Path]) -> None:
    """Batch printing spawns worker processes: in a frozen build they are the executable itself
    (multiprocessing.freeze_support), which would otherwise start a second CLI and fail."""
    home, db = county
    out = home / "batch"
    check([str(EXE), "--db", str(db), "print", "batch", "--workers", "2", "--out", str(out)], home)
    pdfs = list(out.rglob("*.pdf"))
    assert len(pdfs) >= 10, pdfs
    assert_pdf(pdfs[0])


def test_frozen_gui_opens_the_demo_in_chinese(tmp_path: Path) -> None:
    before = snapshot(FOLDER)
    assert_chinese_gui(gui_report([str(GUI_EXE)], tmp_path))
    # Nothing is written into the application's folder (Program Files, a read-only share): all data
    # goes to the user's folder, so a folder without write access is no obstacle.
    assert snapshot(FOLDER) == before


def test_frozen_schema_upgrade_finds_its_migrations(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    check([str(EXE), "--db", str(db), "db", "upgrade"], tmp_path)
    assert db.stat().st_size > 0
