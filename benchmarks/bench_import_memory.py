"""Peak memory of an import, csv and xlsx, at 100,000 and 1,000,000 rows (goal: < 500 MB).

    python benchmarks/bench_import_memory.py                      # 100,000 and 1,000,000 rows
    python benchmarks/bench_import_memory.py --rows 100000        # one size
    python benchmarks/bench_import_memory.py --workdir /tmp/mem   # keep (and reuse) the files

Each figure is one fresh interpreter's peak resident memory (VmHWM) while it does what
`special-ed import school-register FILE` does: read the file as a stream, validate every row and
store the list in SQLite in one transaction. It includes what calamine, the XML parser and SQLite
allocate. The xlsx is written by openpyxl in write-only mode with a shared-strings-free layout, as
the school-register system exports it; the csv is GB18030 as Excel's "CSV" on a Chinese Windows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import import measure_store_memory
from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_csv, write_xlsx
from special_ed.importing.sources import Source

GOAL_MB = 500


def make_files(work: Path, rows: int) -> dict[str, Path]:
    files = {"csv": work / f"school_{rows}.csv", "xlsx": work / f"school_{rows}.xlsx"}
    people = None
    for kind, path in files.items():
        if path.exists():
            continue
        people = people or make_people(rows, seed=5)
        started = time.perf_counter()
        if kind == "csv":
            write_csv(path, SCHOOL_HEADER, school_rows(people), encoding="gb18030")
        else:
            write_xlsx(path, SCHOOL_HEADER, school_rows(people))
        print(f"  made {path.name} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s",
              flush=True)  # fmt: skip
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", default=["csv", "xlsx"], choices=["csv", "xlsx"])
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_mem_"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for rows in args.rows:
        files = make_files(work, rows)
        for kind in args.kinds:
            r = measure_store_memory(files[kind], Source.SCHOOL_REGISTER, work / f"mem_{kind}_{rows}.sqlite3")
            r.update(kind=kind, file_rows=rows, file_mb=round(files[kind].stat().st_size / 1e6, 1))
            results.append(r)
            verdict = "ok" if r["rss_peak_mb"] < GOAL_MB else f"OVER {GOAL_MB} MB"
            print(f"{kind:5} {rows:>9,} rows  {r['file_mb']:>6} MB file  stored {int(r['rows']):>9,}  "
                  f"{r['seconds']:6.1f} s  peak {r['rss_peak_mb']:6.0f} MB  {verdict}", flush=True)  # fmt: skip
    print(json.dumps(results))


if __name__ == "__main__":
    main()
