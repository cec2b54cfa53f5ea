"""Batch printing: many children's files on all cores, with progress and cancellation.

Rendering is CPU-bound Python, so files are rendered in worker processes
(``spawn``: safe under a Qt GUI and the same on Windows); each worker
registers the chosen font once. Output goes to a hidden staging folder inside
the target folder and is moved into place only when every file is done, so a
cancelled or failed batch leaves nothing behind under the final names.
Either one PDF per child in a folder per township, or one merged PDF with a
bookmark per township and per child.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from special_ed.errors import CancelledError, SpecialEdError
from special_ed.printing.atomic import atomic_output, ensure_folder
from special_ed.printing.child_file import render_child_file
from special_ed.printing.fonts import FontChoice, ensure_registered
from special_ed.printing.model import ChildFile
from special_ed.printing.options import PrintOptions
from special_ed.private_files import make_private
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.services.names import pinyin_of

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(text: str) -> str:
    """A file or folder name valid on Windows too."""
    cleaned = _UNSAFE.sub("_", text).strip(" .")
    return cleaned or "_"


def child_filename(child: ChildFile) -> str:
    return safe_name(f"{child.name}_{child.archive_no or child.child_id}") + ".pdf"


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    children: int = 0
    pages: int = 0
    seconds: float = 0.0
    file_pages: dict[Path, int] = field(default_factory=dict)  # each written file's page count

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class _Rendered:
    child_id: int
    name: str
    township: str
    filename: str
    data: bytes
    pages: int


# ---- worker side -------------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _init_worker(options: PrintOptions, fonts: FontChoice, parent: int | None = None) -> None:
    if parent is not None:
        _exit_with_parent(parent)
    ensure_registered(fonts)
    _WORKER["options"] = options
    _WORKER["fonts"] = fonts


def _exit_with_parent(parent: int) -> None:
    """A worker whose coordinator was killed (kill -9, Task Manager) ends too, instead of rendering
    children's files for nobody: a daemon thread watches for the parent to go."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


STAGING_PREFIX = ".print-"
_OWNER = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but not ours to signal (or the platform cannot say): leave it
    return True


def remove_stale_staging(out_dir: Path) -> int:
    """Staging folders of batches whose process is gone (killed mid-batch): children's files that
    nobody will move into place. Removed at the start of the next batch into the same folder."""
    removed = 0
    for folder in out_dir.glob(f"{STAGING_PREFIX}*"):
        if not folder.is_dir():
            continue
        try:
            owner = int((folder / _OWNER).read_text().strip())
        except (OSError, ValueError):
            owner = 0
        if owner and _alive(owner):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _render(child: ChildFile) -> _Rendered:
    options = _WORKER["options"]
    fonts = _WORKER["fonts"]
    assert isinstance(options, PrintOptions) and isinstance(fonts, FontChoice)
    buffer = io.BytesIO()
    try:
        pages = render_child_file(child, options, fonts, buffer)
    except SpecialEdError:
        raise
    except Exception as exc:  # a bug or bad data in one child: name the child in the error
        raise SpecialEdError(
            "print.render_failed", name=child.name, detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    return _Rendered(
        child.child_id,
        child.name,
        child.township or "未填乡镇",
        child_filename(child),
        buffer.getvalue(),
        pages,
    )


# ---- coordinator ---------------------------------------------------------------------------------------


def _render_all(
    children: Iterable[ChildFile],
    options: PrintOptions,
    fonts: FontChoice,
    workers: int,
    progress: Progress,
) -> Iterator[_Rendered]:
    """Rendered files in completion order; in-process for one worker, else a bounded process pool."""
    if workers <= 1:
        _init_worker(options, fonts)
        for child in children:
            if progress.cancelled:
                return
            yield _render(child)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(options, fonts, os.getpid()),
    )
    pending: set[Future[_Rendered]] = set()
    source = iter(children)
    try:
        exhausted = False
        while True:
            # Keep a few files per worker in flight: memory stays flat and cancel takes effect quickly.
            while not exhausted and len(pending) < workers * 3 and not progress.cancelled:
                nxt = next(source, None)
                if nxt is None:
                    exhausted = True
                else:
                    pending.add(pool.submit(_render, nxt))
            if not pending or progress.cancelled:
                return
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def run_batch(
    children: Iterable[ChildFile],
    total: int,
    out_dir: Path,
    options: PrintOptions,
    fonts: FontChoice,
    merged: bool = False,
    workers: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> BatchResult:
    """Render every child's file into ``out_dir``; raises CancelledError("print.cancelled") when cancelled.

    ``progress`` counts files (labelled with the child's name); its cancel is honoured between files
    and leaves nothing under the final names."""
    out_dir = Path(out_dir)
    ensure_folder(out_dir)
    if total == 0:
        raise SpecialEdError("print.nothing_to_print")
    progress.set_total(total)
    workers = min(workers or default_workers(), max(1, total))
    started = time.perf_counter()
    remove_stale_staging(out_dir)
    staging = out_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
    try:
        staging.mkdir()
        (staging / _OWNER).write_text(str(os.getpid()))
    except OSError as exc:
        raise SpecialEdError(
            "print.folder_unwritable", folder=str(out_dir), reason=exc.strerror or str(exc)
        ) from exc
    result = BatchResult()
    rendered: list[_Rendered] = []
    moved = False
    try:
        for item in _render_all(children, options, fonts, workers, progress):
            result.children += 1
            result.pages += item.pages
            if merged:
                rendered.append(item)
            else:
                folder = staging / safe_name(item.township)
                folder.mkdir(exist_ok=True)
                (folder / item.filename).write_bytes(item.data)
                make_private(folder / item.filename)
                result.file_pages[out_dir / folder.name / item.filename] = item.pages
            if progress.cancelled:
                break  # the files in flight are dropped: nothing of a cancelled batch is kept
            try:
                progress.advance(1, item.name)
            except CancelledError:
                break  # reported below with how far the batch got
        if progress.cancelled:
            raise CancelledError("print.cancelled", done=result.children, total=total)
        if merged:
            target = out_dir / f"一人一档合订本_{options.print_date:%Y%m%d}.pdf"
            with atomic_output(target) as fh:
                merge_with_bookmarks(rendered, fh, duplex=options.duplex)
            result.files.append(target)
        else:
            result.files = _move_into_place(staging, out_dir)
        moved = True
    except OSError as exc:
        raise SpecialEdError(
            "print.folder_unwritable", folder=str(out_dir), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if not moved:
            rendered.clear()
    result.seconds = time.perf_counter() - started
    return result


def _move_into_place(staging: Path, out_dir: Path) -> list[Path]:
    files = []
    for folder in sorted(p for p in staging.iterdir() if p.is_dir()):
        final_folder = out_dir / folder.name
        final_folder.mkdir(exist_ok=True)
        for pdf in sorted(folder.iterdir()):
            target = final_folder / pdf.name
            os.replace(pdf, target)  # same file system: atomic, replaces an older print of the same file
            files.append(target)
    return files


def merge_with_bookmarks(rendered: list[_Rendered], target: IO[bytes], duplex: bool = False) -> None:
    """One PDF: townships in name order, children by name; a bookmark per township and per child.

    ``duplex``: a file with an odd number of pages is followed by a blank page, so every child's
    file starts on the front of a sheet (and can be taken out of the binder on its own)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    by_township: dict[str, list[_Rendered]] = {}
    for item in rendered:
        by_township.setdefault(item.township, []).append(item)
    # Chinese readers look things up in pinyin order, not in code-point order.
    for township in sorted(by_township, key=pinyin_of):
        parent = None
        for item in sorted(by_township[township], key=lambda r: (pinyin_of(r.name), r.child_id)):
            start = len(writer.pages)
            reader = PdfReader(io.BytesIO(item.data))
            for page in reader.pages:
                writer.add_page(page)
            if duplex and len(reader.pages) % 2:
                writer.add_blank_page()
            if parent is None:
                parent = writer.add_outline_item(title=township, page_number=start)
            writer.add_outline_item(title=item.name, page_number=start, parent=parent)
    writer.write(target)
