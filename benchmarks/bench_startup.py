"""Start-up: the main window against a bare PySide6 window, measured in the same run.

    python benchmarks/bench_startup.py [--runs 5] [--children 100000] [--skip-large]

Each run starts fresh interpreters, alternating: (1) a bare QMainWindow shown, (2) the application
(`python -m special_ed_launcher --db URL`: the launcher, the same path a coordinator's start takes) with its self-check
(`SPECIAL_ED_SELF_CHECK`), which records when the main window was shown and when its first page had
loaded. Times are from the parent's launch of the process (interpreter start included, as a person
waits for it). Printed: medians, and the ratio main window / bare window (goal: ≤ 3), for the demo county
(565 children) and for a county of --children children (a SQLite file in the temp folder, filled once
and reused, shared with bench_gui.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
window.show()
app.processEvents()
print("SHOWN", time.time())
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONPATH=str(ROOT),
        # Bytecode cached (in the temp folder, not the checkout) as an installed or frozen build has it:
        # with PYTHONDONTWRITEBYTECODE every start would compile the application's modules again.
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bare_window(home: Path) -> float:
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", BARE], env=environment(home), capture_output=True, text=True, check=True
    )
    shown = float(next(x for x in out.stdout.splitlines() if x.startswith("SHOWN")).split()[1])
    return shown - launched


def main_window(home: Path, url: str) -> tuple[float, float, dict[str, object]]:
    report = home / "report.json"
    report.unlink(missing_ok=True)
    env = environment(home)
    env["SPECIAL_ED_SELF_CHECK"] = str(report)
    launched = time.time()
    subprocess.run(
        [sys.executable, "-m", "special_ed_launcher", "--db", url],
        cwd=home,
        env=env,
        capture_output=True,
        check=True,
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    return float(data["shown_at"]) - launched, float(data["loaded_at"]) - launched, data


def ensure_county(url: str, children: int) -> None:
    from benchmarks.bench_gui import ensure_demo

    ensure_demo(url, children)


def measure(label: str, url: str, runs: int, home: Path) -> dict[str, float]:
    main_window(home, url)  # warm the file cache, upgrade the schema if needed
    bare, shown, loaded = [], [], []
    for _ in range(runs):
        bare.append(bare_window(home))
        s, ld, data = main_window(home, url)
        shown.append(s)
        loaded.append(ld)
    figures = {
        "bare_s": statistics.median(bare),
        "main_shown_s": statistics.median(shown),
        "first_page_s": statistics.median(loaded),
    }
    figures["ratio"] = figures["main_shown_s"] / figures["bare_s"]
    print(
        f"{label}: bare window {figures['bare_s']:.3f} s, main window shown {figures['main_shown_s']:.3f} s, "
        f"first page loaded {figures['first_page_s']:.3f} s — ratio {figures['ratio']:.2f}× (goal ≤ 3×); "
        f"{data['counts']}"
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--skip-large", action="store_true", help="only the demo county")
    parser.add_argument(
        "--large-db", type=Path, help="the large county's SQLite file (default: in the temp folder)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        demo = home / "demo.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "special_ed", "--db", str(demo), "demo"],
            cwd=home,
            env=environment(home),
            check=True,
            capture_output=True,
        )
        measure("demo county (565 children)", f"sqlite:///{demo}", args.runs, home)
        if not args.skip_large:
            large = args.large_db or Path(tempfile.gettempdir()) / f"special-ed-bench-{args.children}.sqlite3"
            url = f"sqlite:///{large}"
            ensure_county(url, args.children)
            measure(f"{args.children:,} children", url, args.runs, home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
