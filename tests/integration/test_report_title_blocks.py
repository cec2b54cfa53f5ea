"""Every report's title block names the county profile's bodies (printing.issuer): a renamed
authority or centre changes the title, 填报单位 and seals of every report, in xlsx and PDF alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader

AS_OF = date(2026, 11, 20)


def test_title_blocks_follow_the_county_profile(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    app.county.save_profile("巫山县", "巫山县教育和体育局", "巫山县特殊教育资源中心", "023-57681234")
    unit = "巫山县教育和体育局（巫山县特殊教育资源中心）"
    for key, _name in app.reports.names():
        report = app.reports.build(key, 2026, None, AS_OF)
        assert report.title.startswith("巫山县"), key
        assert report.unit == unit, key
        assert report.seals == ("巫山县教育和体育局", "巫山县特殊教育资源中心"), key
    report = app.reports.build("disability-enrolment", 2026, None, AS_OF)
    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    app.reports.write(report, xlsx)
    app.reports.write(report, pdf)
    cells = [str(c.value) for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row if c.value]
    assert f"填报单位：{unit}" in cells
    assert cells[-2:] == ["巫山县教育和体育局（盖章）", "巫山县特殊教育资源中心（盖章）"]
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert f"填报单位：{unit}" in text
    assert "巫山县教育和体育局（盖章）巫山县特殊教育资源中心（盖章）" in text
    # the county's name itself comes from the profile too
    app.county.save_profile("巫山县（试点）", "巫山县教育和体育局", "巫山县特殊教育资源中心", "")
    renamed = app.reports.build("dropout-monthly", 2026, None, AS_OF, month="2026-10")
    assert renamed.title.startswith("巫山县（试点）控辍保学月报表")


def test_a_report_pdf_keeps_the_binding_margin_setting(demo_app: Any, tmp_path: Path) -> None:
    """The reports are filed like the children's papers: the 装订边距 setting moves their text too."""
    import pytest

    from tests.unit.printing.test_binding_margin import text_x_mm

    app = demo_app
    app.settings.save(app.settings.get().with_changes(print_binding_mm=22))
    pdf = app.reports.write(app.reports.build("disability-enrolment", 2026, None, AS_OF), tmp_path / "r.pdf")
    left, _line = text_x_mm(pdf.read_bytes(), 1)
    assert left == pytest.approx(22.0, abs=0.05)
