"""The printed 一人一档's 五有 table says what the screen and ``special-ed files`` say, item for item.

An inspector compares the paper with the records dialog: for every
home-taught child of the demo county each of the five items must carry the
same mark (齐全 / 不完整 / 缺失) with the same reasons, because all three read
:func:`special_ed.domain.completeness.marks` over the same facts.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from datetime import datetime

import pytest
from pypdf import PdfReader

from special_ed.bootstrap import App, build_app
from special_ed.domain.completeness import ItemMark, Mark
from special_ed.services.demo import generate_demo
from special_ed.services.printing_model import MARK_WORDS, FileBuilder
from special_ed.services.records_cli import _files

NOW = datetime(2026, 11, 28, 10, 0)
SYMBOL = {"●": "齐全", "◐": "不完整", "○": "缺失"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    path = tmp_path_factory.mktemp("db") / "county.sqlite3"
    application = build_app(f"sqlite:///{path}", "tester", clock=lambda: NOW)
    generate_demo(application.ctx)  # the demo county as shipped: 565 children, every feature's records
    yield application
    application.close()


@pytest.fixture(scope="module")
def screen(app: App) -> dict[int, tuple[ItemMark, ...]]:
    marks = app.compliance.completeness_marks()
    assert len(marks) >= 100  # the demo county teaches well over a hundred children at home
    return marks


def words(ms: tuple[ItemMark, ...]) -> list[tuple[str, str, str]]:
    return [(m.item.label, MARK_WORDS[m.mark], m.reason_text("zh")) for m in ms]


def test_every_home_taught_childs_paper_marks_equal_the_screen(
    app: App, screen: dict[int, tuple[ItemMark, ...]]
) -> None:
    ids = sorted(screen)
    with app.ctx.uow("read") as uow:  # the builder the print jobs use, for the whole county at once
        printed = {f.child_id: f for f in FileBuilder(uow, app.ctx.settings(), app.ctx.today(), issuer=app.printing.issuer()).build(ids)}
    assert set(printed) == set(ids)
    not_present = 0
    for cid in ids:
        summary = printed[cid].term_summary
        assert summary is not None, cid
        paper = [(i.item, i.status, i.reason) for i in summary.file_items]
        assert paper == words(screen[cid]), printed[cid].name
        not_present += sum(m.mark is not Mark.PRESENT for m in screen[cid])
    # The demo county has gaps (e.g. too few assessments), so marks other than 齐全 are compared too.
    assert not_present
    assert any(m.mark is Mark.INCOMPLETE and m.reasons for ms in screen.values() for m in ms)


def test_the_files_command_prints_the_same_marks(
    app: App, screen: dict[int, tuple[ItemMark, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _files(app, argparse.Namespace(term=None, incomplete=False, lang="zh")) == 0
    lines = capsys.readouterr().out.splitlines()
    names = {c.child_id: c.name for c in app.compliance.report().children}
    by_name = {line.split("\t")[0]: line for line in lines}
    assert len(lines) == len(screen)
    for cid, ms in screen.items():
        _, shown, reasons = by_name[names[cid]].split("\t")
        marks = [(item[1:], SYMBOL[item[0]]) for item in shown.split(" ")]
        assert marks == [(label, word) for label, word, _ in words(ms)]
        expected = "；".join(
            f"{m.item.label}：{m.reason_text('zh')}" for m in ms if m.mark is not Mark.PRESENT
        )
        assert reasons == expected


def test_the_rendered_file_prints_the_reasons(app: App, screen: dict[int, tuple[ItemMark, ...]]) -> None:
    cid, ms = next((c, ms) for c, ms in sorted(screen.items()) if any(m.mark is Mark.INCOMPLETE for m in ms))
    data, _, _ = app.printing.render_child(cid)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    for label, word, reason in words(ms):
        assert f"{label}{word}{''.join(reason.split())}" in text
