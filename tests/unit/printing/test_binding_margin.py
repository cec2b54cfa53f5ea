"""装订边距 and duplex on paper: measured in the rendered PDF, not taken from the options."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from special_ed.domain.settings import Settings
from special_ed.errors import ValidationError
from special_ed.printing.agreement import AgreementTerms, render_agreement
from special_ed.printing.child_file import render_child_file
from special_ed.printing.fonts import choose_fonts
from special_ed.printing.notice import render_notice
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import specimen_child, specimen_issuer

A4_MM = 210.0
TEXT_BLOCK_MM = 210.0 - 30.0 - 18.0  # the text block keeps its width; the margins move around it
BINDING_LINE = "装订线"


def text_x_mm(pdf: bytes, page: int) -> tuple[float, list[float]]:
    """The leftmost x of the page's text (mm), and where the 装订线 characters stand."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append(((tm[4] * cm[0] + cm[4]) / 72 * 25.4, text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[page - 1].extract_text(visitor_text=visit)
    body = [x for x, t in found if t not in BINDING_LINE]
    return min(body), [x for x, t in found if t in BINDING_LINE]


def render(**options: object) -> bytes:
    buffer = io.BytesIO()
    pages = render_child_file(
        specimen_child(), PrintOptions(issuer=specimen_issuer(), **options), choose_fonts(), buffer
    )  # type: ignore[arg-type]
    assert pages >= 3
    return buffer.getvalue()


def test_the_default_binding_margin_is_30_mm_on_the_left_of_every_page() -> None:
    pdf = render()
    for page in (1, 2, 3):
        left, line = text_x_mm(pdf, page)
        assert left == pytest.approx(30.0, abs=0.05)
        assert line and all(x < 30.0 for x in line)  # the 装订线 is in the binding margin


def test_a_narrower_setting_moves_the_text_and_duplex_mirrors_the_even_pages() -> None:
    pdf = render(binding_mm=20, duplex=True)
    front, front_line = text_x_mm(pdf, 1)
    back, back_line = text_x_mm(pdf, 2)
    assert front == pytest.approx(20.0, abs=0.05)
    # the back of the sheet: bound on the right, so its right margin is the 20 mm binding margin
    assert A4_MM - (back + TEXT_BLOCK_MM) == pytest.approx(20.0, abs=0.05)
    assert back == pytest.approx(A4_MM - 20.0 - TEXT_BLOCK_MM, abs=0.05)
    assert all(x < 20.0 for x in front_line) and all(x > A4_MM - 20.0 for x in back_line)
    third, _ = text_x_mm(pdf, 3)
    assert third == pytest.approx(20.0, abs=0.05)  # the next front


def test_one_sided_pages_do_not_mirror() -> None:
    pdf = render(binding_mm=25)
    assert text_x_mm(pdf, 2)[0] == pytest.approx(25.0, abs=0.05)


def test_the_setting_is_checked_and_named_in_chinese() -> None:
    assert Settings.from_dict({"print_binding_mm": 25}).print_binding_mm == 25
    assert Settings().print_binding_mm == 30
    with pytest.raises(ValidationError) as bad:
        Settings.from_dict({"print_binding_mm": 60})
    assert "装订边距" in bad.value.issues[0].message("zh")


def _terms() -> AgreementTerms:
    return AgreementTerms(county="巫山县", school="巫山县特殊教育学校", centre="巫山县特殊教育指导中心",
                          authority="巫山县教育委员会", phone="", schedule="每月不少于 2 次", source="依据本县规定",
                          visit_time="", start=date(2026, 9, 1), end=date(2027, 8, 31), number="送教协议〔2026〕第 0001 号")  # fmt: skip


@pytest.mark.parametrize("paper", ["notice", "agreement"])
def test_the_notice_and_the_agreement_keep_the_binding_margin_too(paper: str) -> None:
    """Every paper the county prints takes the 装订边距 setting, not only the child's file."""
    options = PrintOptions(issuer=specimen_issuer(), binding_mm=22)
    buffer = io.BytesIO()
    if paper == "notice":
        render_notice(specimen_child(), options, choose_fonts(), buffer)
    else:
        render_agreement(specimen_child(), _terms(), options, choose_fonts(), buffer)
    left, line = text_x_mm(buffer.getvalue(), 1)
    assert left == pytest.approx(22.0, abs=0.05)
    assert [x for x in line if x < 22.0]  # the 装订线 in the margin (the notice's text has a 线 of its own)
