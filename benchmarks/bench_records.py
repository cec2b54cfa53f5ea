"""Records figures at county scale: the registry's five 五有 marks, the compliance report and the due list.

    python benchmarks/bench_records.py [--children N]

Generates the demo county with N children (default 100,000; about a quarter are taught at home and get
two terms of records), then prints one line per measurement (median of 3 runs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import timed
from special_ed.bootstrap import build_app
from special_ed.services.demo import generate_demo


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=100_000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "bench_records.sqlite3"
    app = build_app(f"sqlite:///{path}", "bench", clock=lambda: datetime(2026, 11, 20, 10))
    t = time.perf_counter()
    summary = generate_demo(app.ctx, children=args.children, reference=date(2026, 9, 1))
    print(f"demo county with records: {summary.children} children, {summary.extras} "
          f"in {time.perf_counter() - t:.1f} s", flush=True)
    marks = app.compliance.completeness_marks(None)
    print(f"five marks for every home-taught child ({len(marks)}): "
          f"{timed(lambda: app.compliance.completeness_marks(None), runs=3):.0f} ms", flush=True)
    some = list(marks)[:200]
    print(f"five marks for a page of 200 children: {timed(lambda: app.compliance.completeness_marks(some), runs=3):.0f} ms",
          flush=True)
    print(f"'files incomplete' filter ids: {timed(lambda: app.compliance.incomplete_children(), runs=3):.0f} ms", flush=True)
    print(f"compliance report, current term: {timed(lambda: app.compliance.report(), runs=1):.0f} ms", flush=True)
    print(f"due this week / overdue list: {timed(lambda: app.compliance.due_list(), runs=1):.0f} ms", flush=True)
    app.close()


if __name__ == "__main__":
    main()
