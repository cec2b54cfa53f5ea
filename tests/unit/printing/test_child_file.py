"""The per-child file: sections, 五送 text, embedded font, page numbers, masking, empty sections."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from special_ed.printing.child_file import render_child_file
from special_ed.printing.fonts import FontChoice
from special_ed.printing.framework import chinese_ordinal
from special_ed.printing.model import FIVE_DELIVERIES, MAINSTREAM
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import empty_child, specimen_child, specimen_issuer
from tests.unit.printing.pdftext import page_texts, squash

HOME_SECTIONS = [
    "学生基本信息",
    "家庭情况",
    "残疾情况与评估结果",
    "安置决定及变更记录",
    "送教上门服务协议",
    "送教小组",
    "个别化教育方案",
    "学期送教计划",
    "教案",
    "送教上门记录",
    "学期总结",
    "档案材料目录",
]


def render(child, options: PrintOptions, fonts: FontChoice) -> tuple[bytes, int]:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    pages = render_child_file(child, options, fonts, buffer)
    return buffer.getvalue(), pages


@pytest.fixture(scope="module")
def home_pdf(fonts: FontChoice) -> tuple[bytes, int]:
    from datetime import date

    return render(specimen_child(), PrintOptions(issuer=specimen_issuer(), print_date=date(2026, 11, 28)), fonts)


def test_text_has_name_sections_and_five_deliveries(home_pdf: tuple[bytes, int]) -> None:
    data, _ = home_pdf
    text = squash("".join(page_texts(data)))
    assert "向小雨" in text and "特殊教育学生个人档案" in text
    for number, title in enumerate(HOME_SECTIONS, start=1):
        assert f"{chinese_ordinal(number)}、{title}" in text, title  # numbered 一、二、… in print order
    for kind in FIVE_DELIVERIES:
        assert kind in text
    assert "第一学期" in text and "巫山县龙溪镇中心小学" in text


def test_every_page_is_numbered_x_of_total(home_pdf: tuple[bytes, int]) -> None:
    data, pages = home_pdf
    texts = page_texts(data)
    assert len(texts) == pages > 10
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页共{pages}页" in squash(text), number
        assert "打印日期：2026年11月28日" in squash(text)


def test_font_is_embedded_truetype_and_no_standard_font(home_pdf: tuple[bytes, int]) -> None:
    data, _ = home_pdf
    reader = PdfReader(io.BytesIO(data))
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            seen.add(font["/BaseFont"])
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert seen and all(re.match(r"/[A-Z]{6}\+", name) for name in seen)  # subset-embedded


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_confirms_embedding(home_pdf: tuple[bytes, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "file.pdf"
    path.write_bytes(home_pdf[0])
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert "TrueType" in row and " yes yes " in row, row
        assert "Type 3" not in row


def test_bookmarks_follow_sections(home_pdf: tuple[bytes, int]) -> None:
    reader = PdfReader(io.BytesIO(home_pdf[0]))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "一、学生基本信息" and "十、送教上门记录" in titles
    # The bookmark points at the page where the section is printed.
    visits = next(
        item for item in reader.outline if not isinstance(item, list) and item.title == "十、送教上门记录"
    )
    page = reader.get_destination_page_number(visits)
    assert "送教上门记录" in squash(reader.pages[page].extract_text())


def test_identifiers_are_masked_by_default(home_pdf: tuple[bytes, int]) -> None:
    child = specimen_child()
    text = squash("".join(page_texts(home_pdf[0])))
    assert child.resident_id not in text
    assert child.resident_id[:6] + "********" + child.resident_id[-4:] in text
    for guardian in child.guardians:
        assert guardian.phone not in text
    assert "139****1234" in text


def test_full_identifiers_only_when_the_job_opts_in(fonts: FontChoice, options: PrintOptions) -> None:
    child = specimen_child()
    data, _ = render(child, replace(options, full_identifiers=True), fonts)
    text = squash("".join(page_texts(data)))
    assert child.resident_id in text and "13908761234" in text


def test_child_without_records_says_so_in_every_section(fonts: FontChoice, options: PrintOptions) -> None:
    data, pages = render(empty_child(), options, fonts)
    text = squash("".join(page_texts(data)))
    for title in HOME_SECTIONS:
        assert title in text
    for what in (
        "监护人",
        "家庭情况",
        "评估",
        "安置",
        "送教小组",
        "个别化教育方案",
        "学期计划",
        "教案",
        "送教",
        "学期总结",
        "档案材料",
    ):
        assert f"（暂无{what}记录）" in text, what
    assert f"第1页共{pages}页" in text


def test_mainstream_child_gets_the_parts_that_apply(fonts: FontChoice, options: PrintOptions) -> None:
    child = specimen_child()
    child = replace(child, placement=MAINSTREAM, visits=[], lesson_plans=[], term_plan=None)
    text = squash("".join(page_texts(render(child, options, fonts)[0])))
    assert "、送教上门服务协议" not in text and "、送教上门记录" not in text and "、送教小组" not in text
    assert "个别化教育方案" in text and "学期总结" in text and "档案材料目录" in text
