"""The app's own roster, exported with full values, imported back into an empty county: child by child.

    python benchmarks/bench_round_trip.py                    # 20,000 children
    python benchmarks/bench_round_trip.py --children 565

Generates the demo county, exports schools, teachers, teams and `children --full`, creates an empty
database of the same county (`county init CODE`), imports the four files with the command line, and
compares every child (keyed by 身份证号) field by field, guardians and their phones included. Prints the
time of each step and the number of children that differ (goal: 0).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from special_ed.bootstrap import build_app
from special_ed.cli import main as cli
from special_ed.services.demo import generate_demo
from tests.integration.test_children_round_trip import snapshot


def run(work: Path, children: int) -> int:
    source = f"sqlite:///{work / 'source.sqlite3'}"
    target = f"sqlite:///{work / 'target.sqlite3'}"
    t = time.perf_counter()
    app = build_app(source, "bench")
    generate_demo(app.ctx, children=children)
    code = app.county.profile().code
    app.close()
    print(f"generated {children:,} children in {time.perf_counter() - t:.0f} s", flush=True)
    files = {w: work / f"{w}.xlsx" for w in ("schools", "teachers", "teams", "children")}
    t = time.perf_counter()
    for what, path in files.items():
        extra = ["--full"] if what == "children" else []
        assert cli(["--db", source, "export", what, str(path), *extra]) == 0
    print(f"exported in {time.perf_counter() - t:.0f} s", flush=True)
    assert cli(["--db", target, "county", "init", code]) == 0
    t = time.perf_counter()
    for what in ("schools", "teachers", "teams", "children"):
        code_ = cli(["--db", target, "import", what, str(files[what])])
        assert code_ == 0, f"import {what}: exit code {code_}"
    print(f"imported in {time.perf_counter() - t:.0f} s", flush=True)
    before, after = snapshot(source), snapshot(target)
    differing = [rid for rid, row in before.items() if after.get(rid) != row]
    extra = set(after) - set(before)
    print(f"children: {len(before):,} exported, {len(after):,} imported; differing: {len(differing)}; "
          f"unexpected: {len(extra)}", flush=True)  # fmt: skip
    for rid in differing[:5]:
        print(f"  {rid}: " + ", ".join(f"{k}: {v!r} → {(after.get(rid) or {}).get(k)!r}"
                                        for k, v in before[rid].items()
                                        if (after.get(rid) or {}).get(k) != v))  # fmt: skip
    return len(differing) + len(extra)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_rt_") as tmp:
        sys.exit(1 if run(Path(tmp), args.children) else 0)


if __name__ == "__main__":
    main()
