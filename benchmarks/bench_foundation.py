"""Foundation figures: generating 100,000 children, first page, and filters at 100,000 children.

    python3 dev.py bench foundation [--children N] [--pg URL]

Prints one line per measurement (median of 5 runs for the queries). With --pg (or SPECIAL_ED_TEST_PG)
the same runs on a fresh PostgreSQL database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.throwaway_pg import fresh_database
from benchmarks.timing import timed
from special_ed.bootstrap import build_app
from special_ed.domain.enums import Level
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.demo import generate_demo


def bench(url: str, label: str, children: int) -> None:
    app = build_app(url, "bench")
    t = time.perf_counter()
    generate_demo(app.ctx, children=children)
    print(f"[{label}] generate {children:,} children: {time.perf_counter() - t:.1f} s")
    town = app.reference.townships()[5].id
    print(f"[{label}] first page (100, sorted by name): "
          f"{timed(lambda: app.registry.page(RegistryQuery(limit=100))):.1f} ms")
    print(f"[{label}] filter by township, first page: "
          f"{timed(lambda: app.registry.page(RegistryQuery(RegistryFilter(township_id=town)))):.1f} ms")
    print(f"[{label}] filter by level (severe), first page: "
          f"{timed(lambda: app.registry.page(RegistryQuery(RegistryFilter(level=Level.SEVERE)))):.1f} ms")
    print(f"[{label}] search 'zh' (pinyin initials), first page: "
          f"{timed(lambda: app.registry.page(RegistryQuery(RegistryFilter(text='zh')))):.1f} ms")
    print(f"[{label}] sort by birth date desc, first page: "
          f"{timed(lambda: app.registry.page(RegistryQuery(sort='birth_date', descending=True))):.1f} ms")
    app.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SPECIAL_ED_TEST_PG"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "sqlite", args.children)
    if args.pg:
        with fresh_database(args.pg) as url:
            bench(url, "postgresql", args.children)


if __name__ == "__main__":
    main()
