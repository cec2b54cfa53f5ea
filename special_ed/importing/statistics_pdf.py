"""The county statistical table as a landscape A4 PDF, for the inspection folder.

Same table as the xlsx (``county_statistics_table``); the font comes from the printing
package's discovery (the configured font file first, then the machine's Chinese fonts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from special_ed.importing.statistics import LEVEL_KEYS, PLACEMENT_KEYS, county_statistics_table
from special_ed.printing.fonts import FontChoice
from special_ed.results.coverage import CoverageReport


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "percent":
        return f"{float(value) * 100:.1f}%"
    return str(value)


def write_county_statistics_pdf(
    path: str | Path, report: CoverageReport, fonts: FontChoice, printed_on: date, county: str = ""
) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    table = county_statistics_table(report)
    columns = list(table.columns)
    rows = [list(r) for r in table.rows]
    font = fonts.body.name
    title_style = ParagraphStyle("title", fontName=fonts.heading.name, fontSize=14, leading=18, alignment=1)
    note_style = ParagraphStyle("note", fontName=font, fontSize=8, leading=11)
    n_groups = len(PLACEMENT_KEYS)
    # Two header rows: level over placement, the other headings spanning both rows.
    top: list[str] = [columns[0].header, columns[1].header]
    low: list[str] = ["", ""]
    for _, level in LEVEL_KEYS:
        top += [level] + [""] * (n_groups - 1)
        low += [p for _, p in PLACEMENT_KEYS]
    tail = [c.header for c in columns[2 + len(LEVEL_KEYS) * n_groups :]]
    top += tail
    low += [""] * len(tail)
    body = [[_cell(v, c.kind) for v, c in zip(r, columns, strict=True)] for r in rows]
    head_style = ParagraphStyle(
        "head", fontName=font, fontSize=6.5, leading=8, alignment=1, wordWrap="CJK"
    )  # CJK wrapping: long headings break inside their narrow columns instead of overflowing
    data: list[list[Any]] = [
        [Paragraph(t, head_style) if t else "" for t in top],
        [Paragraph(t, head_style) if t else "" for t in low],
        *body,
    ]
    first_tail = 2 + len(LEVEL_KEYS) * n_groups
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 6.5),
        ("LEADING", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDEBF7")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
    ]
    for i in range(len(LEVEL_KEYS)):
        start = 2 + i * n_groups
        style.append(("SPAN", (start, 0), (start + n_groups - 1, 0)))
    for col in range(first_tail, len(columns)):
        style.append(("SPAN", (col, 0), (col, 1)))
    width = landscape(A4)[0] - 20 * mm
    first_widths = [22 * mm, 13 * mm]
    rest = (width - sum(first_widths)) / (len(columns) - 2)
    grid = Table(data, colWidths=[*first_widths, *([rest] * (len(columns) - 2))], repeatRows=2)
    grid.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title=table.caption, author=county,
    )  # fmt: skip
    story = [
        Paragraph(f"{county}{table.caption}", title_style),
        Spacer(1, 4 * mm),
        grid,
        Spacer(1, 3 * mm),
        Paragraph(
            f"入学率 = 已安置 ÷ 适龄残疾儿童。“有备案的未安置”指已记录原因（如医疗康复、经批准缓学）的儿童。"
            f"制表日期：{printed_on.isoformat()}",
            note_style,
        ),
    ]
    doc.build(story)
