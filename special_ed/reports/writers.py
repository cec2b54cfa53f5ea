"""Write a :class:`Report` to xlsx (openpyxl) or PDF (ReportLab), with the official title block.

Title block: the title centred in bold, then 填报单位 left and 统计时段 right; the table; the
total row; notes; 填表人 / 审核人 / 制表日期 at the foot and, right-aligned under them, the seal
lines of the county profile's bodies — the layout of the forms counties file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import SpecialEdError
from special_ed.printing.atomic import atomic_output
from special_ed.printing.fonts import FontChoice, choose_fonts, ensure_registered
from special_ed.reports.model import DATE, FLOAT, INT, PERCENT, Report
from special_ed.safe_cells import CellGuard


def write(report: Report, path: Path, font_path: str, binding_mm: float) -> Path:
    """``font_path`` and ``binding_mm`` (装订边距): the print settings, which the PDF keeps like every other paper."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(report, path)
    elif suffix == ".pdf":
        write_pdf(report, path, choose_fonts(font_path or None), binding_mm)
    else:
        raise SpecialEdError("report.format", path=str(path))
    return path


def _show(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == PERCENT and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    if kind == FLOAT and isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_xlsx(report: Report, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = report.title[-31:]
    n = len(report.columns)
    last = get_column_letter(n)
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"] = report.title
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    half = max(1, n // 2)
    sheet.merge_cells(f"A2:{get_column_letter(half)}2")
    sheet["A2"] = f"填报单位：{report.unit}"
    if n > half:
        sheet.merge_cells(f"{get_column_letter(half + 1)}2:{last}2")
    right = sheet.cell(row=2, column=min(n, half + 1))
    right.value = (
        f"统计时段：{report.period}" if n > half else f"{sheet['A2'].value}　统计时段：{report.period}"
    )
    right.alignment = Alignment(horizontal="right")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="EEF1F5")
    for i, col in enumerate(report.columns, start=1):
        cell = sheet.cell(row=3, column=i, value=col.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        width = max(6.0, min(40.0, 2.2 * len(col.header) + 2, 9 * col.width + 4))
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A4"
    r = 4
    body = [*report.rows, *([report.total] if report.total else [])]
    for index, row in enumerate(body):
        for i, (value, col) in enumerate(zip(row, report.columns, strict=True), start=1):
            cell = sheet.cell(row=r, column=i)
            if value is not None and col.kind in (INT, FLOAT, PERCENT):
                cell.value = value
                if col.kind == PERCENT:
                    cell.number_format = "0.0%"
            elif isinstance(value, date) and col.kind == DATE:
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = _show(value, col.kind)
                cell.number_format = "@"
            cell.border = border
            if report.total and index == len(body) - 1:
                cell.font = Font(bold=True)
        r += 1
    for note in report.notes:
        sheet.cell(row=r, column=1, value=f"注：{note}")
        r += 1
    r += 1
    foot = "　　".join(f"{s}：" + "　" * 6 for s in report.signatures)
    sheet.cell(row=r, column=1, value=f"{foot}制表日期：{_show(report.made_on, DATE)}")
    for seal in report.seals:  # the bodies that seal the form, at the right-hand side of the foot
        r += 1
        cell = sheet.cell(row=r, column=n, value=f"{seal}（盖章）")
        cell.alignment = Alignment(horizontal="right")
    # Names, notes and townships come from agency lists and forms: no text may become a formula.
    guard = CellGuard()
    for cells in sheet.iter_rows():
        for cell in cells:
            guard.neutralise(cell)
    try:
        with atomic_output(path) as fh:
            book.save(fh)
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def write_pdf(report: Report, path: Path, fonts: FontChoice, binding_mm: float) -> None:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from special_ed.printing.framework import CONTENT_WIDTH, PageDecor, cn_date, esc, new_document

    ensure_registered(fonts)
    made = report.made_on or date.today()
    decor = PageDecor(report.title, report.period, report.unit, made, binding=binding_mm * mm, mirrored=False)
    with atomic_output(path) as fh:
        doc, b = new_document(fh, decor, fonts, report.title)
        s = b.s
        story: list[Any] = [Paragraph(esc(report.title), s.subtitle), Spacer(1, 3 * mm)]
        right = ParagraphStyle("r", parent=s.cell, alignment=TA_RIGHT)
        head = Table(
            [
                [
                    Paragraph(esc(f"填报单位：{report.unit}"), s.cell),
                    Paragraph(esc(f"统计时段：{report.period}"), right),
                ]
            ],
            colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45],
        )
        head.setStyle(
            TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        )
        story += [head, Spacer(1, 2 * mm)]
        numeric = [i for i, c in enumerate(report.columns) if c.kind in (INT, FLOAT, PERCENT, DATE)]
        rows = [[_show(v, c.kind) for v, c in zip(r, report.columns, strict=True)] for r in report.rows]
        if report.total:
            rows.append([_show(v, c.kind) for v, c in zip(report.total, report.columns, strict=True)])
        if not rows:
            rows = [["（无记录）", *[""] * (len(report.columns) - 1)]]
        size = 9 if len(report.columns) <= 8 else 7.5
        table = b.table(
            [c.header for c in report.columns], rows, [c.width for c in report.columns], numeric, size=size
        )
        if report.total:
            table.setStyle(TableStyle([("FONT", (0, -1), (-1, -1), fonts.heading.name, size)]))
        story.append(table)
        for note in report.notes:
            story.append(Paragraph(esc(f"注：{note}"), s.note))
        story.append(Spacer(1, 6 * mm))
        foot = "　　　　".join(f"{x}：________" for x in report.signatures)
        story.append(Paragraph(esc(f"{foot}　　　　制表日期：{cn_date(made)}"), s.cell))
        if report.seals:
            story.append(Spacer(1, 6 * mm))
            story += [Paragraph(esc(f"{seal}（盖章）"), right) for seal in report.seals]
        doc.render(story)
