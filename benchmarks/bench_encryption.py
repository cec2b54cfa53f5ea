"""What encryption at rest (SQLCipher) costs: opening, the registry's first page, an import.

    python benchmarks/bench_encryption.py                              # 10,000 children, 10,000 rows
    python benchmarks/bench_encryption.py --children 100000 --rows 100000

Three kinds of file, each built the same way (the demo county with --children children):

* plain     — ``sqlite:///`` (what tools and tests use);
* keyring   — encrypted with a random key from the keyring (the default): SQLCipher gets a raw key;
* passphrase — encrypted with a passphrase (PCs without a keyring): PBKDF2-HMAC-SHA512 with
  256,000 iterations, done once per process by ``special_ed.db_key``.

Printed per kind: opening the database (build_app: checks, key, schema; median of 3), the first
page of the registry right after opening (cold) and warm (median of 5), storing an agency list of
--rows rows in one transaction (``store_streamed``, as ``special-ed import`` does), and file size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from special_ed.bootstrap import build_app
from special_ed.db_key import PASSPHRASE_ENV, encrypted_url, plain_url
from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_csv
from special_ed.importing.sources import Source
from special_ed.secret_store import MemoryKeyring, SecretStore
from special_ed.services.demo import generate_demo
from special_ed.services.registry import RegistryQuery

PASS = "a passphrase for the benchmark"


def ms(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def kinds(work: Path, store: SecretStore) -> dict[str, tuple[Callable[[Path], str], dict[str, Any]]]:
    from keyring.backends import fail

    return {
        "plain": (plain_url, {}),
        "keyring": (encrypted_url, {"secrets": store}),
        "passphrase": (encrypted_url, {"secrets": SecretStore(fail.Keyring()), "db_passphrase": PASS}),
    }


def bench(work: Path, children: int, rows: int) -> list[dict[str, float | str]]:
    store = SecretStore(MemoryKeyring())
    csv = work / f"school_{rows}.csv"
    if not csv.exists():
        write_csv(csv, SCHOOL_HEADER, school_rows(make_people(rows, seed=5)), encoding="gb18030")
    results: list[dict[str, float | str]] = []
    for kind, (make_url, options) in kinds(work, store).items():
        path = work / f"{kind}.sqlite3"
        url = make_url(path)
        app = build_app(url, "bench", **options)
        started = time.perf_counter()
        generate_demo(app.ctx, children=children)
        generated = time.perf_counter() - started
        app.close()

        opens, cold = [], []
        for _ in range(3):
            t = time.perf_counter()
            opened = build_app(url, "bench", **options)
            opens.append((time.perf_counter() - t) * 1000)
            cold.append(ms(lambda a=opened: a.registry.page(RegistryQuery(limit=100))))
            opened.close()
        app = build_app(url, "bench", **options)
        app.registry.page(RegistryQuery(limit=100))
        warm = statistics.median(
            [ms(lambda a=app: a.registry.page(RegistryQuery(limit=100))) for _ in range(5)]
        )
        app.close()

        target = work / f"{kind}-import.sqlite3"
        imp = build_app(make_url(target), "bench", **options)
        t = time.perf_counter()
        stored = imp.importing.store_streamed(csv, Source.SCHOOL_REGISTER).stored
        imported = time.perf_counter() - t
        imp.close()
        row: dict[str, float | str] = {
            "kind": kind,
            "generate_s": generated,
            "open_ms": statistics.median(opens),
            "first_page_cold_ms": statistics.median(cold),
            "first_page_warm_ms": warm,
            "import_s": imported,
            "imported_rows": stored,
            "size_mb": path.stat().st_size / 1e6,
        }
        results.append(row)
        print(
            f"[{kind:>10}] {children:,} children: open {row['open_ms']:.0f} ms, first page "
            f"{row['first_page_cold_ms']:.0f} ms cold / {warm:.1f} ms warm; import {stored:,} rows "
            f"{imported:.1f} s; file {row['size_mb']:.0f} MB (generated in {generated:.0f} s)",
            flush=True,
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    import os

    os.environ.pop(PASSPHRASE_ENV, None)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        bench(args.workdir, args.children, args.rows)
        return
    with tempfile.TemporaryDirectory(prefix="bench_enc_") as tmp:
        bench(Path(tmp), args.children, args.rows)


if __name__ == "__main__":
    main()
