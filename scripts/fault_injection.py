"""kill -9 at random points of an import, a restore and a transfer, many times; count how many runs
ended all-or-nothing (goal: all of them).

    python scripts/fault_injection.py                   # 10 runs of each, SQLite targets
    python scripts/fault_injection.py --runs 50 --pg postgresql+psycopg://postgres@127.0.0.1:55505/postgres

Each run starts the real command line (`special-ed import|restore|transfer`) in a subprocess,
kills it with SIGKILL after a random delay between 0 and the time a complete run takes, and then
looks at the target: an import must have stored either none or all of the list's rows; a restore
or a transfer must have left either no database (an empty one, for PostgreSQL) or one equal table
by table to the source (row counts and digests). The target must also pass integrity_check, and
the next run must succeed — so leftovers of the killed one do not block it.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASS = "fault injection passphrase"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "SPECIAL_ED_BACKUP_PASSPHRASE": PASS}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "special_ed", *args]


def run_killed(command: list[str], delay: float) -> int | None:
    """Start ``command``, SIGKILL it after ``delay`` seconds; its exit code if it finished first."""
    proc = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - started


def digests(url: str) -> dict[str, tuple[int, str]]:
    from sqlalchemy import create_engine

    from special_ed.backup.dump import data_tables, reflect, table_digest

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: table_digest(conn, t) for t in data_tables(reflect(conn))}
    finally:
        engine.dispose()


def sqlite_ok(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


class Scenario:
    def __init__(self, work: Path, pg: str | None) -> None:
        self.work = work
        self.pg = pg
        self.source = work / "source.sqlite3"
        self.backup = work / "source.sebak"
        self.list_file = work / "学籍.csv"

    def prepare(self, children: int, rows: int) -> None:
        from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_csv

        subprocess.run(cli("--db", str(self.source), "demo", "--children", str(children)), env=ENV, check=True,
                       capture_output=True)  # fmt: skip
        subprocess.run(cli("--db", str(self.source), "backup", "--out", str(self.backup)), env=ENV, check=True,
                       capture_output=True)  # fmt: skip
        write_csv(self.list_file, SCHOOL_HEADER, school_rows(make_people(rows, seed=3)), encoding="utf-8")
        self.expected = digests(f"sqlite:///{self.source}")

    # -- import -------------------------------------------------------------------------------
    def import_run(self, delay: float) -> tuple[bool, str]:
        db = self.work / f"import-{uuid.uuid4().hex[:6]}.sqlite3"
        subprocess.run(cli("--db", str(db), "db", "upgrade"), env=ENV, check=True, capture_output=True)
        run_killed(cli("--db", str(db), "import", "school-register", str(self.list_file)), delay)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT count(*) FROM source_rows").fetchone()[0]
        ok = stored in (0, self.rows) and sqlite_ok(db)
        again = subprocess.run(cli("--db", str(db), "import", "school-register", str(self.list_file)), env=ENV,
                               capture_output=True)  # fmt: skip
        ok = ok and again.returncode in (0, 3)
        return ok, f"{stored} rows stored"

    # -- restore ------------------------------------------------------------------------------
    def restore_run(self, delay: float) -> tuple[bool, str]:
        target = self.work / f"restore-{uuid.uuid4().hex[:6]}.sqlite3"
        run_killed(cli("--db", str(target), "restore", str(self.backup)), delay)
        if not target.exists():
            state, ok = "nothing", True
        else:
            ok = sqlite_ok(target) and digests(f"sqlite:///{target}") == self.expected
            state = "complete" if ok else "PARTIAL"
            target.unlink()
        again = subprocess.run(cli("--db", str(target), "restore", str(self.backup)), env=ENV, capture_output=True)
        ok = ok and again.returncode == 0 and digests(f"sqlite:///{target}") == self.expected
        leftovers = list(self.work.glob(f".{target.name}.restoring-*"))
        return ok and not leftovers, state + (f", {len(leftovers)} staging files left" if leftovers else "")

    # -- transfer -----------------------------------------------------------------------------
    def transfer_run(self, delay: float) -> tuple[bool, str]:
        if self.pg:
            from tests.conftest import _pg_database

            holder = _pg_database(self.pg)
            url = next(holder)
        else:
            holder, url = None, f"sqlite:///{self.work / f'transfer-{uuid.uuid4().hex[:6]}.sqlite3'}"
        try:
            run_killed(cli("--db", str(self.source), "transfer", "--to", url), delay)
            state = digests(url)
            if not any(n for n, _ in state.values()):
                verdict, ok = "nothing", True
            else:
                ok = state == self.expected
                verdict = "complete" if ok else "PARTIAL"
            return ok, verdict
        finally:
            if holder is not None:
                holder.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--children", type=int, default=200)
    parser.add_argument("--rows", type=int, default=20_000, help="rows of the imported list")
    parser.add_argument("--pg", help="a PostgreSQL server URL: transfer into fresh databases on it")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=["import", "restore", "transfer"], nargs="+")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fault_"))
    scenario = Scenario(work, args.pg)
    scenario.rows = args.rows
    print(f"preparing in {work} …", flush=True)
    scenario.prepare(args.children, args.rows)
    probes: dict[str, tuple[Callable[[float], tuple[bool, str]], list[str]]] = {
        "import": (scenario.import_run, cli("--db", str(work / "t.sqlite3"), "import", "school-register",
                                            str(scenario.list_file))),
        "restore": (scenario.restore_run, cli("--db", str(work / "t2.sqlite3"), "restore", str(scenario.backup))),
        "transfer": (scenario.transfer_run, cli("--db", str(scenario.source), "transfer", "--to",
                                                f"sqlite:///{work / 't3.sqlite3'}")),
    }  # fmt: skip
    subprocess.run(cli("--db", str(work / "t.sqlite3"), "db", "upgrade"), env=ENV, check=True, capture_output=True)
    failures = 0
    for name, (run, full_command) in probes.items():
        if args.only and name not in args.only:
            continue
        full = timed(full_command)
        good = 0
        for i in range(args.runs):
            delay = rng.uniform(0.05, full * 1.1)
            ok, state = run(delay)
            good += ok
            print(f"{name:8} run {i + 1:>3}: killed after {delay:5.2f} s of {full:5.2f} s → {state}"
                  f"{'' if ok else '  ← NOT all-or-nothing'}", flush=True)  # fmt: skip
        failures += args.runs - good
        print(f"{name}: {good} of {args.runs} runs all-or-nothing", flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
