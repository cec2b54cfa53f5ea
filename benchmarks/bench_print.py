"""Printing speed: one child's file with a full term of records, and the demo county as a batch.

Goals (issue 5): one file < 0.3 s; the county's 565 files < 60 s on 2 cores.

    python benchmarks/bench_print.py                 # both, 565 children, all cores
    python benchmarks/bench_print.py --children 60   # a quick run while developing
    python benchmarks/bench_print.py --merged        # the batch as one merged PDF with bookmarks

The single-file figure renders the specimen file (a home-taught child with a
full autumn term: 18 visits, 19 lesson plans, three assessments, scheme, plan,
summary) with the font already loaded, as in a running application, and
separately times the same child built from the database by the service. The
batch builds a fresh demo county in a temporary SQLite file and prints every
child through PrintingService.print_batch (the same path as the CLI and UI);
with ``--specimen-batch`` every child of the batch is a full-term specimen
instead, the worst case.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from special_ed.printing.batch import run_batch
from special_ed.printing.child_file import render_child_file
from special_ed.printing.fonts import choose_fonts
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import specimen_child, specimen_issuer


def bench_single(repeat: int) -> None:
    t0 = time.perf_counter()
    fonts = choose_fonts()
    font_load = time.perf_counter() - t0
    child = specimen_child()
    options = PrintOptions(issuer=specimen_issuer())
    times, cpu, pages = [], [], 0
    for _ in range(repeat + 1):
        buffer = io.BytesIO()
        started, started_cpu = time.perf_counter(), time.process_time()
        pages = render_child_file(child, options, fonts, buffer)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    times, cpu = times[1:], cpu[1:]  # the first render warms ReportLab's caches
    median = statistics.median(times)
    print(f"font: {Path(fonts.body.path).name or fonts.body.name}, loaded in {font_load:.2f} s (once per process)")
    print(f"one full-term file: {pages} pages, {len(child.visits)} visits, {len(child.lesson_plans)} lesson plans")
    print(f"  median {median:.3f} s, best {min(times):.3f} s, worst {max(times):.3f} s over {repeat} runs"
          f" -> {pages / median:.0f} pages/s  [goal < 0.3 s: {'met' if median < 0.3 else 'MISSED'}]")
    # CPU time is what the file costs; wall time also counts other programs sharing the cores.
    print(f"  CPU time per file: median {statistics.median(cpu):.3f} s; load average {os.getloadavg()[0]:.1f}")


def bench_from_database(repeat: int) -> None:
    """The same full term stored in a demo database, read and rendered by the service (as the UI does)."""
    from benchmarks.print_seed import seed_full_term
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(f"sqlite:///{Path(tmp) / 'county.sqlite3'}", "bench", clock=datetime.now)
        generate_demo(app.ctx, children=60, extensions=())  # the seed below is the full term
        child_id = seed_full_term(app)
        service = app.printing
        service.render_child(child_id)
        times, pages = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            _, pages, _ = service.render_child(child_id)
            times.append(time.perf_counter() - started)
        app.close()
    median = statistics.median(times)
    print(f"same term from the database (read + build + render): {pages} pages, median {median:.3f} s"
          f" [goal < 0.3 s: {'met' if median < 0.3 else 'MISSED'}]")


def bench_batch(children: int, workers: int, merged: bool, specimen: bool) -> None:
    from special_ed.bootstrap import build_app
    from special_ed.results.registry import RegistryFilter
    from special_ed.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        if specimen:
            towns = ["龙溪镇", "大昌镇", "巫峡镇", "福田镇"]
            kids = [specimen_child(i, f"学生{i:03d}", township=towns[i % 4]) for i in range(1, children + 1)]
            fonts = choose_fonts()
            started = time.perf_counter()
            result = run_batch(kids, len(kids), out, PrintOptions(issuer=specimen_issuer()), fonts, merged=merged,
                               workers=workers)
            elapsed = time.perf_counter() - started
            label = "full-term specimen files"
        else:
            app = build_app(f"sqlite:///{Path(tmp) / 'county.sqlite3'}", "bench", clock=datetime.now)
            t0 = time.perf_counter()
            generate_demo(app.ctx, children=children)
            print(f"demo county with {children} children generated in {time.perf_counter() - t0:.1f} s")
            service = app.printing
            service.fonts()
            started = time.perf_counter()
            outcome = service.print_batch(RegistryFilter(), out, merged=merged, workers=workers)
            elapsed = time.perf_counter() - started
            result = outcome.result
            label = "demo-county files from the database"
            app.close()
        size = sum(p.stat().st_size for p in out.rglob("*.pdf"))
        goal = 60.0 * children / 565
        print(f"batch of {result.children} {label} ({'merged' if merged else 'one PDF per child'}), "
              f"{workers} worker(s): {result.pages} pages in {elapsed:.1f} s -> {result.pages / elapsed:.0f} pages/s, "
              f"{elapsed / result.children * 1000:.0f} ms per file, {size / 1e6:.1f} MB")
        print(f"  [goal for {children} files on 2 cores: < {goal:.0f} s: {'met' if elapsed < goal else 'MISSED'}]")


def nine_page_pdf(folder: Path) -> Path:
    """The specimen child's file, made 9 pages long (pages repeated) like the file in issue 16."""
    import pypdfium2 as pdfium

    buffer = io.BytesIO()
    render_child_file(specimen_child(), PrintOptions(issuer=specimen_issuer()), choose_fonts(), buffer)
    source = pdfium.PdfDocument(buffer.getvalue())
    nine = pdfium.PdfDocument.new()
    while len(nine) < 9:
        nine.import_pages(source, list(range(min(len(source), 9 - len(nine)))))
    path = folder / "nine-pages.pdf"
    nine.save(str(path))
    return path


def spooled_bytes(job: str) -> int:
    """Size of what CUPS keeps for a job (PreserveJobFiles=Yes): the data the printer is sent from."""
    number = job.rsplit("-", 1)[-1]
    files = list(Path("/var/spool/cups").glob(f"d{int(number):05d}-*"))
    return sum(f.stat().st_size for f in files)


def newest_job(printer: str) -> str:
    import subprocess

    done = subprocess.run(["lpstat", "-W", "all", "-o", printer], capture_output=True, text=True, check=False)
    jobs = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    return max(jobs, key=lambda j: int(j.rsplit("-", 1)[-1])) if jobs else ""


def bench_spooler(printer: str) -> None:
    """A 9-page file reaching the spooler: the PDF itself through lp (now) against the pages painted
    onto a QPrinter (before: 1200 dpi colour; the fallback now: 300 dpi grey). Goal: < 5 s, < 5 MB."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from special_ed.printing.spool import PrintRequest, spool_pdf
    from ui.printing.pdf_pages import PageSource, print_pages

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-spool-"))
    pdf = nine_page_pdf(folder)
    print(f"9-page file to the CUPS queue {printer!r}: PDF {pdf.stat().st_size / 1e6:.2f} MB")
    started = time.perf_counter()
    done = spool_pdf(pdf, PrintRequest(printer, title="bench"))
    seconds = time.perf_counter() - started
    size = spooled_bytes(done.job)
    ok = seconds < 5 and size < 5e6
    print(f"  now, the PDF itself (lp): {seconds:.2f} s, {size / 1e6:.2f} MB spooled (job {done.job})"
          f"  [goal < 5 s and < 5 MB: {'met' if ok else 'MISSED'}]")
    source = PageSource(pdf)
    for label, mode, dpi, grey in (("before, pages as 1200-dpi colour images", QPrinter.PrinterMode.HighResolution, 0, False),
                                   ("fallback now, pages at 300 dpi grey", QPrinter.PrinterMode.ScreenResolution, 300, True)):
        printer_ = QPrinter(mode)
        printer_.setPrinterName(printer)
        if dpi:
            printer_.setResolution(dpi)
        if grey:
            printer_.setColorMode(QPrinter.ColorMode.GrayScale)
        printer_.setDocName("bench")
        started = time.perf_counter()
        printed = print_pages(source, printer_, 1, 9)
        seconds = time.perf_counter() - started
        time.sleep(1.0)
        size = spooled_bytes(newest_job(printer))
        print(f"  {label}: {printed} pages in {seconds:.2f} s, {size / 1e6:.2f} MB spooled")
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, default=565)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--merged", action="store_true")
    parser.add_argument("--specimen-batch", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--spooler", metavar="QUEUE", help="only: a 9-page file to this CUPS queue (see docs/printing.md)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPU(s); python {sys.version.split()[0]}")
    if args.spooler:
        bench_spooler(args.spooler)
        return
    bench_single(args.repeat)
    bench_from_database(args.repeat)
    if not args.skip_batch:
        bench_batch(args.children, args.workers, args.merged, args.specimen_batch)


if __name__ == "__main__":
    main()
