"""kill -9 during an import, a restore and a batch print (real subprocesses, killed at several
points): the target is all or nothing, no children's files stay behind, no worker outlives its parent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PASS = "kill nine passphrase"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPECIAL_ED_BACKUP_PASSPHRASE": PASS}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "special_ed", *args]


def killed_after(command: list[str], delay: float) -> None:
    proc = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("county") / "county.sqlite3"
    subprocess.run(cli("--db", str(path), "demo", "--children", "60"), env=ENV, check=True, capture_output=True)
    return path


def test_kill_during_import(tmp_path: Path) -> None:
    from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_csv

    rows = 6000
    listing = tmp_path / "学籍.csv"
    write_csv(listing, SCHOOL_HEADER, school_rows(make_people(rows, seed=3)), encoding="utf-8")
    for delay in (0.8, 2.0, 3.5, 5.0):
        db = tmp_path / f"import-{delay}.sqlite3"
        subprocess.run(cli("--db", str(db), "db", "upgrade"), env=ENV, check=True, capture_output=True)
        killed_after(cli("--db", str(db), "import", "school-register", str(listing)), delay)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT count(*) FROM source_rows").fetchone()[0]
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert stored in (0, rows), f"killed after {delay} s: {stored} of {rows} rows stored"


def test_kill_during_restore(county: Path, tmp_path: Path) -> None:
    from tests.integration.test_backup_restore import digests

    backup = tmp_path / "c.sebak"
    subprocess.run(cli("--db", str(county), "backup", "--out", str(backup)), env=ENV, check=True, capture_output=True)
    expected = digests(f"sqlite:///{county}")
    for delay in (0.5, 1.5, 2.5, 4.0):
        target = tmp_path / f"restored-{delay}.sqlite3"
        killed_after(cli("--db", str(target), "restore", str(backup)), delay)
        if target.exists():  # the rename is the last step: a file under the name is a complete one
            assert digests(f"sqlite:///{target}") == expected
            target.unlink()
        done = subprocess.run(cli("--db", str(target), "restore", str(backup)), env=ENV, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr  # the killed run's leftovers do not block the next
        assert digests(f"sqlite:///{target}") == expected
        assert not list(tmp_path.glob(f".{target.name}.restoring-*"))


def _children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process parents from /proc")
def test_kill_during_batch_print(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "打印"
    out.mkdir()
    for wait_for_files in (False, True):
        proc = subprocess.Popen(cli("--db", str(county), "print", "batch", "--out", str(out), "--workers", "2"),
                                env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and proc.poll() is None:
            workers = _children_of(proc.pid)
            staged = list(out.glob(".print-*/*/*.pdf"))
            if len(workers) >= 2 and (staged if wait_for_files else True):
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        workers = _children_of(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # no final files of a killed batch; its workers end by themselves
        assert not [p for p in out.rglob("*.pdf") if not any(part.startswith(".print-") for part in p.parts)]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not all(_gone(p) for p in workers):
            time.sleep(0.2)
        assert all(_gone(p) for p in workers), "a print worker outlived the killed batch"
    # the next batch removes the staging folders the killed ones left
    from special_ed.printing.batch import remove_stale_staging

    assert remove_stale_staging(out) >= 1
    assert not list(out.glob(".print-*"))
