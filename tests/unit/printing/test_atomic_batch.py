"""Atomic output, unwritable folders, batch rendering with progress, merging and cancellation."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from special_ed.errors import CancelledError, SpecialEdError
from special_ed.printing import batch as batch_module
from special_ed.printing.atomic import atomic_output, write_atomically
from special_ed.printing.batch import child_filename, run_batch, safe_name
from special_ed.printing.fonts import FontChoice
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import empty_child, specimen_child
from special_ed.progress import SilentProgress


def test_atomic_output_leaves_nothing_when_the_writer_fails(tmp_path: Path) -> None:
    target = tmp_path / "file.pdf"
    with pytest.raises(RuntimeError), atomic_output(target) as fh:
        fh.write(b"%PDF-half")
        raise RuntimeError("renderer crashed")
    assert list(tmp_path.iterdir()) == []
    write_atomically(target, b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole" and [p.name for p in tmp_path.iterdir()] == ["file.pdf"]


def test_unwritable_folder_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SpecialEdError) as caught, atomic_output(blocker / "sub" / "file.pdf"):
        pass
    assert caught.value.code == "print.folder_unwritable"
    assert "无法写入文件夹" in caught.value.message("zh")


def test_safe_file_names() -> None:
    assert safe_name('a/b:c*?"<>|') == "a_b_c______"
    assert child_filename(empty_child(7, "周小明")) == "周小明_7.pdf"


class Recording(SilentProgress):
    """What the batch reported, (done, total, child's name) per file; cancels after ``cancel_at`` files."""

    def __init__(self, cancel_at: int | None = None) -> None:
        super().__init__()
        self.cancel_at = cancel_at
        self.seen: list[tuple[int, int, str]] = []

    def advance(self, step: int = 1, label: str = "") -> None:
        self.seen.append((self.done + step, self.total, label))
        if self.cancel_at is not None and self.done + step >= self.cancel_at:
            self.cancel()
        super().advance(step, label)


def kids(n: int) -> list:  # type: ignore[type-arg]
    towns = ["龙溪镇", "大昌镇"]
    return [specimen_child(i, f"学生{i:02d}", township=towns[i % 2]) for i in range(1, n + 1)]


def test_batch_one_file_per_child_in_township_folders(
    tmp_path: Path, fonts: FontChoice, options: PrintOptions
) -> None:
    progress = Recording()
    result = run_batch(kids(4), 4, tmp_path, options, fonts, workers=1, progress=progress)
    assert [d for d, _, _ in progress.seen] == [1, 2, 3, 4] and {t for _, t, _ in progress.seen} == {4}
    assert progress.seen[0][2].startswith("学生")  # each step is labelled with the child's name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["大昌镇", "龙溪镇"]  # no staging folder left
    assert len(result.files) == 4 and all(p.stat().st_size > 10_000 for p in result.files)
    assert result.pages == sum(len(PdfReader(p).pages) for p in result.files)
    assert result.pages_per_second > 0


def test_batch_on_a_process_pool(tmp_path: Path, fonts: FontChoice, options: PrintOptions) -> None:
    result = run_batch(kids(3), 3, tmp_path, options, fonts, workers=2)
    assert result.children == 3 and len(result.files) == 3
    assert "学生02" in (PdfReader(tmp_path / "龙溪镇" / "学生02_WS-SJ-2026-0002.pdf").pages[1].extract_text())


def test_batch_merged_with_bookmarks(tmp_path: Path, fonts: FontChoice, options: PrintOptions) -> None:
    result = run_batch(kids(3), 3, tmp_path, options, fonts, merged=True, workers=1)
    [merged] = result.files
    assert [p.name for p in tmp_path.iterdir()] == [merged.name]
    reader = PdfReader(merged)
    assert len(reader.pages) == result.pages
    outline = reader.outline
    assert [o.title for o in outline if not isinstance(o, list)] == ["大昌镇", "龙溪镇"]
    children = [o.title for group in outline if isinstance(group, list) for o in group]
    assert children == ["学生01", "学生03", "学生02"]  # townships in pinyin order: da chang, long xi
    under_longxi = outline[3]  # [大昌镇, [its children], 龙溪镇, [its children]]
    assert isinstance(under_longxi, list)
    page = reader.get_destination_page_number(under_longxi[0])
    assert "学生02" in reader.pages[page].extract_text() and "第1页共" in "".join(
        reader.pages[page].extract_text().split()
    )


def test_cancel_leaves_no_output(tmp_path: Path, fonts: FontChoice, options: PrintOptions) -> None:
    progress = Recording(cancel_at=2)
    with pytest.raises(CancelledError) as caught:
        run_batch(kids(5), 5, tmp_path, options, fonts, workers=1, progress=progress)
    assert caught.value.code == "print.cancelled" and caught.value.params == {"done": 2, "total": 5}
    assert "已取消" in caught.value.message("zh")
    assert list(tmp_path.iterdir()) == []


def test_cancel_of_a_merged_batch_on_the_pool(
    tmp_path: Path, fonts: FontChoice, options: PrintOptions
) -> None:
    progress = Recording()
    progress.cancel()
    with pytest.raises(CancelledError):
        run_batch(kids(4), 4, tmp_path, options, fonts, merged=True, workers=2, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_child_names_the_child_and_leaves_nothing(
    tmp_path: Path, fonts: FontChoice, options: PrintOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch_module.render_child_file

    def fail_on_second(child, opts, fnts, target: io.BytesIO) -> int:  # type: ignore[no-untyped-def]
        if child.child_id == 2:
            raise KeyError("domain")
        return real(child, opts, fnts, target)

    monkeypatch.setattr(batch_module, "render_child_file", fail_on_second)
    with pytest.raises(SpecialEdError) as caught:
        run_batch(kids(3), 3, tmp_path, options, fonts, workers=1)
    assert caught.value.code == "print.render_failed" and caught.value.params["name"] == "学生02"
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_print(tmp_path: Path, fonts: FontChoice, options: PrintOptions) -> None:
    with pytest.raises(SpecialEdError) as caught:
        run_batch([], 0, tmp_path, options, fonts)
    assert caught.value.code == "print.nothing_to_print"


def test_a_merged_duplex_batch_starts_every_child_on_a_front(
    tmp_path: Path, fonts: FontChoice, options: PrintOptions
) -> None:
    from dataclasses import replace

    result = run_batch(kids(3), 3, tmp_path, replace(options, duplex=True), fonts, merged=True, workers=1)
    reader = PdfReader(result.files[0])
    starts = [
        reader.get_destination_page_number(o)
        for group in reader.outline
        if isinstance(group, list)
        for o in group
    ]
    assert starts and all(start % 2 == 0 for start in starts)  # pages 1, 3, 5 … (0-based even)
    single = run_batch(kids(3), 3, tmp_path / "single", options, fonts, workers=1)
    odd = sum(1 for pages in single.file_pages.values() if pages % 2)
    assert odd > 0  # the specimen file has an odd number of pages: the test means something
    assert len(reader.pages) - result.pages == odd  # one blank back after each odd-length file
    assert len(reader.pages) % 2 == 0
