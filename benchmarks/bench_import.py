"""Import benchmarks: validation speed, cross-check speed, and peak memory on a 1,000,000-row file.

    python benchmarks/bench_import.py            # full sizes (goals: 100k rows < 30 s, 4×100k < 10 s)
    python benchmarks/bench_import.py --quick    # 10× smaller, for a quick look while developing

Files are generated into a temporary folder (or --workdir, where they are reused). Memory is
measured in a child process per file as peak RSS (VmHWM; tracemalloc slows reading a
hundredfold, so it is not used), so each figure is that of one import alone, and it includes
what the Rust and C libraries allocate, which tracemalloc would not see.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from special_ed.importing.columns import guess_mapping
from special_ed.importing.crosscheck import CheckRules, ChildSnapshot, SourceRecord, cross_check
from special_ed.importing.samples import (
    HOUSEHOLD_HEADER,
    SCHOOL_HEADER,
    federation_rows,
    household_rows,
    make_people,
    school_rows,
    write_csv,
    write_federation_xlsx,
    write_xlsx,
)
from special_ed.importing.sources import Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import RowValidator

TODAY = date(2026, 11, 28)


def validate_file(path: Path, source: Source, streaming: bool | None = None) -> dict[str, float]:
    started = time.perf_counter()
    with SheetTable(path, streaming=streaming) as table:
        validator = RowValidator(guess_mapping(table.columns), source, today=TODAY)
        for _ in validator.run(table.rows()):
            pass
    s = validator.summary
    return {"seconds": time.perf_counter() - started, "rows": s.total, "valid": s.valid, "warned": s.warned,
            "rejected": s.rejected}  # fmt: skip


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, is not inherited from the
    parent at fork, so the figure is that of the child alone."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_memory(path: Path, source: Source, streaming: bool | None) -> dict[str, float]:
    """Run one validation in a fresh interpreter and report its peak memory."""
    code = (
        "import json,sys;"
        f"sys.path.insert(0,{str(Path(__file__).resolve().parents[1])!r});"
        "from pathlib import Path;"
        "from benchmarks.bench_import import validate_file;"
        "from special_ed.importing.sources import Source;"
        "from benchmarks.bench_import import peak_rss_mb;"
        "base=peak_rss_mb();"
        f"r=validate_file(Path({str(path)!r}),Source({source.value!r}),{streaming!r});"
        "r['rss_peak_mb']=peak_rss_mb();"
        "r['rss_before_mb']=base;"
        "print(json.dumps(r))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_store(path: Path, work: Path) -> dict[str, float]:
    """Read, validate and store a list in SQLite through the import service (one transaction)."""
    from special_ed.bootstrap import build_app

    db = work / "bench_import.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    app = build_app(f"sqlite:///{db}", "bench")
    try:
        service = app.importing
        started = time.perf_counter()
        preview = service.preview(path, Source.FEDERATION)
        validated = time.perf_counter()
        result = service.commit(preview)
        done = time.perf_counter()
    finally:
        app.close()
    return {"validate": validated - started, "store": done - validated, "total": done - started,
            "rows": result.stored}  # fmt: skip


def store_streamed(path: Path, source: Source, db: Path) -> dict[str, float]:
    """What `special-ed import` does with an agency list: stream it into SQLite in one transaction."""
    from special_ed.bootstrap import build_app

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    app = build_app(f"sqlite:///{db}", "bench")
    try:
        started = time.perf_counter()
        result = app.importing.store_streamed(path, source)
        return {"seconds": time.perf_counter() - started, "rows": result.stored}
    finally:
        app.close()


def measure_store_memory(path: Path, source: Source, db: Path) -> dict[str, float]:
    code = (
        "import json,sys;"
        f"sys.path.insert(0,{str(Path(__file__).resolve().parents[1])!r});"
        "from pathlib import Path;"
        "from benchmarks.bench_import import store_streamed, peak_rss_mb;"
        "from special_ed.importing.sources import Source;"
        f"r=store_streamed(Path({str(path)!r}),Source({source.value!r}),Path({str(db)!r}));"
        "r['rss_peak_mb']=peak_rss_mb();"
        "print(json.dumps(r))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_cross_check(n: int) -> dict[str, float]:
    people = make_people(n, seed=1)
    lists: dict[Source, list[SourceRecord]] = {}
    for offset, source in enumerate(
        (Source.FEDERATION, Source.SCHOOL_REGISTER, Source.HOUSEHOLD, Source.POVERTY)
    ):
        # Overlapping but not identical lists, as in a real county: each drops a different tenth.
        chosen = [p for i, p in enumerate(people) if i % 10 != offset]
        lists[source] = [
            SourceRecord(
                source,
                i,
                p.name,
                p.resident_id,
                p.sex,
                p.birth_date,
                p.township,
                p.village,
                p.certificate_no if source is Source.FEDERATION else None,
                (),
                p.school,
                None,
                source is Source.POVERTY or None,
            )
            for i, p in enumerate(chosen)
        ]
    children = [
        ChildSnapshot(
            i, p.name, p.resident_id, p.sex, p.birth_date, p.township, ("mainstream", "home", None)[i % 3]
        )
        for i, p in enumerate(people[: n // 5])
    ]
    started = time.perf_counter()
    report = cross_check(lists, children, CheckRules(today=TODAY))
    elapsed = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "records": report.records,
        "persons": report.persons,
        "findings": len(report.findings),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--skip-million", action="store_true", help="skip the 1,000,000-row memory runs")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_import_"))
    work.mkdir(parents=True, exist_ok=True)
    n_validate, n_check, n_big = 100_000 // scale, 100_000 // scale, 1_000_000 // scale

    people = make_people(n_validate, seed=2)
    fed = work / f"federation_{n_validate}.xlsx"
    if not fed.exists():
        write_federation_xlsx(fed, federation_rows(people))
    gbk = work / f"household_{n_validate}.csv"
    if not gbk.exists():
        write_csv(gbk, HOUSEHOLD_HEADER, household_rows(people), encoding="gbk")
    for label, path, source in (("xlsx (残联, merged header)", fed, Source.FEDERATION),
                                ("csv GBK (户籍)", gbk, Source.HOUSEHOLD)):  # fmt: skip
        r = validate_file(path, source)
        rate = r["rows"] / r["seconds"]
        print(f"read+validate {label}: {r['rows']:,} rows in {r['seconds']:.1f} s ({rate:,.0f} rows/s); "
              f"valid {r['valid']:,}, warned {r['warned']:,}, rejected {r['rejected']:,}  [goal < 30 s]")  # fmt: skip

    r = bench_store(fed, work)
    print(
        f"import into SQLite (残联 xlsx → source list, one transaction): {r['rows']:,} rows, "
        f"read+validate {r['validate']:.1f} s + store {r['store']:.1f} s = {r['total']:.1f} s  [goal < 30 s]"
    )

    r = bench_cross_check(n_check)
    print(f"cross-check 4 lists × {n_check:,} (+{n_check // 5:,} children): {r['records']:,} records, "
          f"{r['persons']:,} persons, {r['findings']:,} findings in {r['seconds']:.2f} s  [goal < 10 s]")  # fmt: skip

    if args.skip_million:
        return
    big_people = make_people(n_big, seed=3)
    big_csv = work / f"household_{n_big}.csv"
    if not big_csv.exists():
        write_csv(big_csv, HOUSEHOLD_HEADER, household_rows(big_people), encoding="gbk")
    big_xlsx = work / f"school_{n_big}.xlsx"
    if not big_xlsx.exists():
        write_xlsx(big_xlsx, SCHOOL_HEADER, school_rows(big_people))
    del big_people
    m = measure_store_memory(big_csv, Source.HOUSEHOLD, work / "bench_million.sqlite3")
    print(
        f"import {m['rows']:,.0f}-row GBK csv into SQLite as `special-ed import household` does (streamed, one "
        f"transaction): peak RSS {m['rss_peak_mb']:.0f} MB, {m['seconds']:.0f} s"
    )
    for label, path, source, streaming in (
        ("csv GBK", big_csv, Source.HOUSEHOLD, None),
        ("xlsx (streaming reader)", big_xlsx, Source.SCHOOL_REGISTER, True),
    ):
        m = measure_memory(path, source, streaming)
        size = path.stat().st_size / 2**20
        print(
            f"peak memory, {label} {m['rows']:,.0f} rows ({size:.0f} MB file): peak RSS {m['rss_peak_mb']:.0f} MB "
            f"(after imports, before reading: {m['rss_before_mb']:.0f} MB); read+validate {m['seconds']:.0f} s"
        )


if __name__ == "__main__":
    main()
