"""Accounts figures: the login (Argon2id with the production parameters) and the registry at 100,000
children for a township account against a coordinator.

    python3 benchmarks/bench_accounts.py [--children N] [--pg URL]
    python3 benchmarks/bench_accounts.py --login-only [--runs N]   # the login alone, N runs, medians

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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.throwaway_pg import fresh_database
from benchmarks.timing import timed
from special_ed.bootstrap import App, build_app
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.accounts import AccountInput, Kdf
from special_ed.services.demo import generate_demo


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
    print(f"[{label}] Argon2id verify (t=4, 64 MiB, p=1): median {statistics.median(samples):.3f} s, "
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


def _spread(samples: list[float]) -> str:
    return (f"median {statistics.median(samples):.3f} s, min {min(samples):.3f} s, "
            f"max {max(samples):.3f} s ({len(samples)} runs)")


def login_figures(runs: int) -> None:
    """The login on its own: the KDF with the production parameters (and t=3 for comparison), the
    service's login (KDF + account query + audit row) and opening the database and logging in."""
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    password = "a password of twenty"
    for label, kdf in (("t=4, 64 MiB, p=1 (production)", Kdf()), ("t=3", Kdf(time_cost=3)),
                       ("t=2", Kdf(time_cost=2))):
        stored = kdf.hash(password)
        samples, cpu = [], []
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            assert kdf.verify(stored, password)
            samples.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        # CPU time is what the verify costs on a quiet machine; wall time includes the other load
        print(f"Argon2id verify ({label}): wall {_spread(samples)}; CPU median {statistics.median(cpu):.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'login.sqlite3'}"
        setup = build_app(url, "bench")
        generate_demo(setup.ctx, children=200)
        setup.accounts.create(AccountInput("admin", "admin", "bench-admin-1"))
        setup.accounts.login("admin", "bench-admin-1")
        setup.accounts.create(AccountInput("town", "township", "bench-town-1",
                                           township=setup.reference.townships()[0].name))
        setup.close()
        first = _login(url, "town", "bench-town-1")
        first.accounts.change_own_password("bench-town-1", "bench-town-2")
        first.close()
        service, opened = [], []
        app = build_app(url)
        for _ in range(runs):
            t = time.perf_counter()
            app.accounts.login("town", "bench-town-2")
            service.append(time.perf_counter() - t)
        app.close()
        for _ in range(runs):
            t = time.perf_counter()
            _login(url, "town", "bench-town-2").close()
            opened.append(time.perf_counter() - t)
        print(f"accounts.login (township account): {_spread(service)}")
        print(f"open the database + login: {_spread(opened)}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SPECIAL_ED_TEST_PG"))
    parser.add_argument("--login-only", action="store_true", help="measure the login alone")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if args.login_only:
        login_figures(args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "sqlite", args.children)
    if args.pg:
        with fresh_database(args.pg) as url:
            bench(url, "postgresql", args.children)


if __name__ == "__main__":
    main()
