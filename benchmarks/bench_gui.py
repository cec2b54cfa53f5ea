"""GUI speed at 100,000 children: cold start, first page, re-filter after a keystroke, sort.

    python benchmarks/bench_gui.py [--db URL] [--children 100000]

Without --db a SQLite file in the temp folder is filled once with `special-ed demo --children N`
and reused. With SPECIAL_ED_TEST_PG set, the same figures are measured on that PostgreSQL
database too (filled with the demo county when empty). Goals: start < 1.5 s, filter/sort < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ensure_demo(url: str, children: int) -> None:
    from special_ed.bootstrap import build_app
    from special_ed.results.registry import RegistryFilter

    app = build_app(url, "bench")
    try:
        count = app.registry.count(RegistryFilter(include_archived=True))
    finally:
        app.close()
    if count == 0:
        print(f"filling {url} with {children} children …", flush=True)
        subprocess.run([sys.executable, "-m", "special_ed", "--db", url, "demo", "--children", str(children)],
                       cwd=ROOT, check=True)
    elif count < children:
        print(f"note: {url} holds {count} children (fewer than {children})")


def cold_start(url: str) -> dict[str, float]:
    """A fresh interpreter that imports everything, opens the database, shows the window with its first page."""
    code = f"""
import time; t0 = time.perf_counter()
import os, sys; sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtCore import QSettings
import tempfile
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from ui.app import make_qapplication, build_window
qapp = make_qapplication([sys.argv[0]])
t1 = time.perf_counter()
from special_ed.bootstrap import build_app
services = build_app({url!r}, "bench")
t2 = time.perf_counter()
window = build_window(services, services.info.display)
window.show()
qapp.processEvents()
t3 = time.perf_counter()
page = window.current_page()
from PySide6.QtCore import QEventLoop
loop = QEventLoop()
page.model.loaded.connect(loop.quit)
if page.model.loading:
    loop.exec()
qapp.processEvents()
t4 = time.perf_counter()
assert page.model.rowCount() > 0, "no rows shown"
print("FIGURES", t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0, page.model.total)
"""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    line = next(x for x in out.stdout.splitlines() if x.startswith("FIGURES"))
    qt, db, window, rows, total, count = (float(x) for x in line.split()[1:])
    return {"qt_s": qt, "open_db_s": db, "window_s": window, "rows_s": rows, "in_process_s": total,
            "process_wall_s": wall, "children": count}


def interactive(url: str, repeat: int = 5) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from special_ed.bootstrap import build_app
    from ui.app import build_window, make_qapplication

    qapp: QApplication = make_qapplication([sys.argv[0]])
    services = build_app(url, "bench")
    window = build_window(services, services.info.display)
    window.show()
    page = window.show_page("registry")
    model = page.model

    def until_loaded(action) -> float:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        model.failed.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)
        started = time.perf_counter()
        action()
        loop.exec()
        elapsed = (time.perf_counter() - started) * 1000
        model.loaded.disconnect(loop.quit)
        model.failed.disconnect(loop.quit)
        return elapsed

    figures: dict[str, list[float]] = {}

    def measure(name: str, action) -> None:  # type: ignore[no-untyped-def]
        figures.setdefault(name, []).append(until_loaded(action))

    bar = page.filter_bar
    for _ in range(repeat):
        started = time.perf_counter()
        model.reload_now()
        figures.setdefault("first page (sync, 200 rows)", []).append((time.perf_counter() - started) * 1000)
        for text in ("z", "zy", "zyx", "王", "50023720150"):
            def type_and_flush(t: str = text) -> None:
                bar.search.setText(t)
                bar.flush()  # the 250 ms typing debounce is not counted: it is deliberate

            measure(f"search '{text}'", type_and_flush)
        measure("clear search", lambda: (bar.search.setText(""), bar.flush()))
        measure("township filter", lambda: bar.township.setCurrentIndex(5))
        measure("+ level filter", lambda: bar.level.setCurrentIndex(3))
        measure("clear filters", bar.clear)
        for key in ("name", "age", "township", "placement", "school"):
            column = model.column_index(key)
            measure(f"sort by {key} desc", lambda c=column: page.table.sortByColumn(c, Qt.SortOrder.DescendingOrder))
        measure("sort back by name", lambda: page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        for _page in range(3):
            loop = QEventLoop()
            model.more_loaded.connect(loop.quit)
            started = time.perf_counter()
            model.fetchMore()
            loop.exec()
            model.more_loaded.disconnect(loop.quit)
            figures.setdefault("scroll: next page (background)", []).append((time.perf_counter() - started) * 1000)
    window.close()
    services.close()
    qapp.processEvents()
    return figures


def report(title: str, url: str) -> None:
    print(f"\n== {title}: {url}")
    start = cold_start(url)
    shown = start["qt_s"] + start["open_db_s"] + start["window_s"]
    print(f"cold start: window shown after {shown:.2f} s, first page of children in it after "
          f"{start['in_process_s']:.2f} s (process wall incl. interpreter start/exit {start['process_wall_s']:.2f} s)\n"
          f"  Python+Qt {start['qt_s']:.2f} s, open database {start['open_db_s']:.2f} s, "
          f"build+show window {start['window_s']:.2f} s, first page {start['rows_s']:.2f} s; "
          f"{int(start['children'])} children")
    for name, values in interactive(url).items():
        print(f"  {name:34s} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a cached SQLite file)")
    parser.add_argument("--children", type=int, default=100_000)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.gettempdir()) / f'special-ed-bench-{args.children}.sqlite3'}"
    ensure_demo(url, args.children)
    report("SQLite" if url.startswith("sqlite") else "database", url)
    pg = os.environ.get("SPECIAL_ED_TEST_PG")
    if pg and not args.db:
        ensure_demo(pg, args.children)
        report("PostgreSQL", pg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
