"""Accounts figures: the login (Argon2id with the production parameters) and the registry at 100,000
children for a township account against a coordinator.

    python3 benchmarks/bench_accounts.py [--children N] [--pg URL]

Goals (issue 11): one login 0.2–0.5 s; a township user's registry as fast as a coordinator's (the scope
is a WHERE clause on the township index, so it should be faster). Prints one line per measurement;
queries are the median of 5 runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from special_ed.bootstrap import App, build_app
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.accounts import AccountInput, Kdf
from special_ed.services.demo import generate_demo


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def _login(url: str, login: str, password: str) -> App:
    app = build_app(url)
    app.accounts.login(login, password)
    return app


def registry_figures(label: str, who: str, app: App) -> None:
    total = app.registry.count(RegistryFilter())
    print(f"[{label}] {who}: {total:,} children visible")
    print(f"[{label}] {who}: first page (100, by name): "
          f"{timed(lambda: app.registry.page(RegistryQuery(limit=100))):.1f} ms")
    print(f"[{label}] {who}: search 'zh' (pinyin initials): "
          f"{timed(lambda: app.registry.page(RegistryQuery(RegistryFilter(text='zh')))):.1f} ms")
    print(f"[{label}] {who}: sort by birth date desc: "
          f"{timed(lambda: app.registry.page(RegistryQuery(sort='birth_date', descending=True))):.1f} ms")
    print(f"[{label}] {who}: count school-age unplaced: "
          f"{timed(lambda: app.registry.count(RegistryFilter(unplaced=True))):.1f} ms")


def bench(url: str, label: str, children: int) -> None:
    setup = build_app(url, "bench")
    t = time.perf_counter()
    generate_demo(setup.ctx, children=children)
    print(f"[{label}] generate {children:,} children: {time.perf_counter() - t:.1f} s")
    town = setup.reference.townships()[5].name
    setup.accounts.create(AccountInput("admin", "admin", "bench-admin-1"))
    setup.accounts.login("admin", "bench-admin-1")
    setup.accounts.create(AccountInput("coord", "coordinator", "bench-coord-1"))
    setup.accounts.create(AccountInput("town", "township", "bench-town-1", township=town))
    setup.close()

    kdf = Kdf()
    stored = kdf.hash("a password of twenty")
    samples = []
    for _ in range(5):
        t = time.perf_counter()
        kdf.verify(stored, "a password of twenty")
        samples.append(time.perf_counter() - t)
    print(f"[{label}] Argon2id verify (t=2, 64 MiB, p=1): median {statistics.median(samples):.3f} s, "
          f"min {min(samples):.3f} s, max {max(samples):.3f} s")
    t = time.perf_counter()
    coord = _login(url, "coord", "bench-coord-1")
    print(f"[{label}] open + login (coordinator, first login): {time.perf_counter() - t:.3f} s")
    coord.accounts.change_own_password("bench-coord-1", "bench-coord-2")
    t = time.perf_counter()
    town_app = _login(url, "town", "bench-town-1")
    print(f"[{label}] open + login (township {town}): {time.perf_counter() - t:.3f} s")
    town_app.accounts.change_own_password("bench-town-1", "bench-town-2")
    registry_figures(label, "coordinator", coord)
    registry_figures(label, f"township {town}", town_app)
    coord.close()
    town_app.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SPECIAL_ED_TEST_PG"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "sqlite", args.children)
    if args.pg:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            bench(make_url(args.pg).set(database=name).render_as_string(hide_password=False), "postgresql",
                  args.children)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
