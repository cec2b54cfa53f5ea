"""The document framework shared by every printed document.

A4 with a binding margin on the left (and a dashed 装订线) — as wide as the 装订边距 setting, and
on the right of the even pages when the file is printed on both sides, so the back of every sheet
is bound on the same edge as its front — a running header
with the county and the responsible school, and a footer with
"第 X 页 共 Y 页" and the print date. The page total is only known after the
last page, so :class:`NumberedCanvas` keeps each page's drawing state and
writes the pages out at ``save()`` (two passes over the pages, one layout);
bookmarks made on a page are replayed then too, so the outline points at
the right page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from special_ed.printing.fonts import FontChoice

PAGE_WIDTH, PAGE_HEIGHT = A4
BINDING_MARGIN = 30 * mm  # left: room for the archive binder (the default of the 装订边距 setting)
RIGHT_MARGIN = 18 * mm
BINDING_MM_RANGE = (10, 40)  # what the setting allows: the outer margin stays at least 8 mm
TOP_MARGIN = 26 * mm
BOTTOM_MARGIN = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - BINDING_MARGIN - RIGHT_MARGIN

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#8c1c13")  # the red rule of official documents
GRID = colors.HexColor("#7a7a7a")
HEAD_FILL = colors.HexColor("#eef1f5")
LABEL_FILL = colors.HexColor("#f5f6f8")
MUTED = colors.HexColor("#666666")

CHINESE_NUMERALS = "一二三四五六七八九十"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 11 → 十一, 20 → 二十 (section numbers never pass 99)."""
    if n <= 10:
        return CHINESE_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CHINESE_NUMERALS[tens - 1]
    return head + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")


def cn_date(value: date | None, empty: str = "") -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else empty


def esc(text: object) -> str:
    """Escape for ReportLab's paragraph mark-up; keep line breaks."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle


def make_styles(fonts: FontChoice) -> Styles:
    body_font, head_font = fonts.body.name, fonts.heading.name
    common: dict[str, Any] = {"fontName": body_font, "textColor": INK, "wordWrap": "CJK"}
    return Styles(
        title=ParagraphStyle(
            "title",
            fontName=head_font,
            fontSize=24,
            leading=34,
            alignment=TA_CENTER,
            textColor=INK,
            wordWrap="CJK",
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=head_font,
            fontSize=15,
            leading=22,
            alignment=TA_CENTER,
            textColor=INK,
            wordWrap="CJK",
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=head_font,
            fontSize=14,
            leading=20,
            spaceBefore=10,
            spaceAfter=4,
            textColor=INK,
            wordWrap="CJK",
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=head_font,
            fontSize=11.5,
            leading=17,
            spaceBefore=9,
            spaceAfter=3,
            textColor=INK,
            wordWrap="CJK",
        ),
        body=ParagraphStyle("body", fontSize=10.5, leading=17, firstLineIndent=21, spaceAfter=3, **common),
        cell=ParagraphStyle("cell", fontSize=9, leading=12.5, **common),
        cell_center=ParagraphStyle("cell_center", fontSize=9, leading=12.5, alignment=TA_CENTER, **common),
        cell_head=ParagraphStyle(
            "cell_head",
            fontName=head_font,
            fontSize=9,
            leading=12.5,
            alignment=TA_CENTER,
            textColor=INK,
            wordWrap="CJK",
        ),
        label=ParagraphStyle("label", fontSize=9, leading=12.5, alignment=TA_CENTER, **common),
        note=ParagraphStyle(
            "note",
            fontSize=9.5,
            leading=14,
            textColor=MUTED,
            fontName=body_font,
            wordWrap="CJK",
            leftIndent=21,
            spaceAfter=4,
        ),
        small=ParagraphStyle("small", fontSize=8, leading=11, alignment=TA_LEFT, **common),
    )


@dataclass(frozen=True)
class PageDecor:
    """What the running header and footer show."""

    header_left: str
    header_right: str
    footer_left: str
    print_date: date
    header_on_first_page: bool = False
    # The binding side's margin in points (the text block keeps its width), and whether the pages are
    # printed on both sides (even pages bound on the right). No default: every paper takes them from
    # the 装订边距/duplex settings (PrintOptions.page_layout); a default let papers forget them.
    binding: float = field(kw_only=True)
    mirrored: bool = field(kw_only=True)

    def left(self, page: int) -> float:
        """Where the text block starts on page ``page`` (1-based)."""
        if self.mirrored and page % 2 == 0:
            return float(PAGE_WIDTH - self.binding - CONTENT_WIDTH)
        return self.binding

    def binding_line(self, page: int) -> float:
        """The dashed 装订线: in the middle of the binding margin."""
        x = self.binding * 0.47
        return float(PAGE_WIDTH - x) if self.mirrored and page % 2 == 0 else x


class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """Defers each page until the total is known, then stamps "第 X 页 共 Y 页" on every page."""

    decor: PageDecor
    body_font: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **kw: Any) -> None:
        # The real page object only exists at save(); remember the bookmark for then.
        self._page_bookmarks.append((key, kw))

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            for key, kw in state["_page_bookmarks"]:
                rl_canvas.Canvas.bookmarkPage(self, key, **kw)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        decor = self.decor
        y = BOTTOM_MARGIN - 11 * mm
        left = decor.left(number)
        right = left + CONTENT_WIDTH
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(left, y + 5 * mm, right, y + 5 * mm)
        self.setFillColor(INK)
        self.setFont(self.body_font, 9)
        self.drawCentredString(left + CONTENT_WIDTH / 2, y, f"第 {number} 页 共 {total} 页")
        self.setFillColor(MUTED)
        self.setFont(self.body_font, 8)
        self.drawRightString(right, y, f"打印日期：{cn_date(decor.print_date)}")
        if decor.footer_left:
            self.drawString(left, y, decor.footer_left)
        self.restoreState()


def _draw_header_and_binding(canvas: NumberedCanvas, doc: BaseDocTemplate) -> None:
    decor: PageDecor = canvas.decor
    canvas.saveState()
    # The binding line: a dashed rule in the binding margin with 装 订 线 set vertically.
    x = decor.binding_line(doc.page)
    left = decor.left(doc.page)
    right = left + CONTENT_WIDTH
    canvas.setStrokeColor(colors.HexColor("#b0b0b0"))
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    mid = PAGE_HEIGHT / 2
    canvas.line(x, BOTTOM_MARGIN, x, mid - 22 * mm)
    canvas.line(x, mid + 22 * mm, x, PAGE_HEIGHT - TOP_MARGIN)
    canvas.setDash()
    canvas.setFillColor(colors.HexColor("#9a9a9a"))
    canvas.setFont(canvas.body_font, 9)
    for i, ch in enumerate("装订线"):
        canvas.drawCentredString(x, mid + 12 * mm - i * 12 * mm - 3, ch)
    if doc.page > 1 or decor.header_on_first_page:
        y = PAGE_HEIGHT - TOP_MARGIN + 8 * mm
        canvas.setFillColor(INK)
        canvas.setFont(canvas.body_font, 9)
        canvas.drawString(left, y, decor.header_left)
        canvas.drawRightString(right, y, decor.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(left, y - 3.4 * mm, right, y - 3.4 * mm)
    canvas.restoreState()


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that also becomes a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0, outline: str | None = None) -> None:
        super().__init__(esc(text), style)
        self.outline_title = outline or text
        self.outline_level = level


class ArchiveDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One frame per A4 page inside the margins; headings become outline entries."""

    def __init__(
        self, target: Any, decor: PageDecor, fonts: FontChoice, title: str, author: str = ""
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=decor.binding,
            rightMargin=PAGE_WIDTH - decor.binding - CONTENT_WIDTH,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            author=author,
            creator="特教安置与送教上门",
            subject=title,
        )
        self.decor = decor
        self.fonts = fonts

        def page(name: str, left: float, after: str) -> PageTemplate:
            frame = Frame(
                left,
                BOTTOM_MARGIN,
                CONTENT_WIDTH,
                PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"body-{name}",
            )
            return PageTemplate(
                id=name, frames=[frame], onPage=_draw_header_and_binding, autoNextPageTemplate=after
            )

        if decor.mirrored:  # fronts bound on the left, backs on the right
            self.addPageTemplates([page("odd", decor.left(1), "even"), page("even", decor.left(2), "odd")])
        else:
            self.addPageTemplates([page("page", decor.left(1), "page")])
        self._outline_count = 0
        self._outline_level = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key)
            # PDF outlines cannot skip a level (a sub-heading before any heading): clamp it.
            level = min(flowable.outline_level, self._outline_level + 1)
            self._outline_level = level
            self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=True)

    def render(self, story: list[Flowable]) -> None:
        decor, body_font = self.decor, self.fonts.body.name

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            # The initial font is the CJK face so no standard Latin font is referenced at all.
            kwargs["initialFontName"] = body_font
            canvas = NumberedCanvas(*args, **kwargs)
            canvas.decor = decor
            canvas.body_font = body_font
            return canvas

        self.build(story, canvasmaker=make_canvas)


# ---- building blocks -------------------------------------------------------------------------------------


class Blocks:
    """Flowable factories bound to one document's styles, so section code stays short."""

    def __init__(self, styles: Styles) -> None:
        self.s = styles
        self._section = 0

    def section(self, title: str) -> list[Flowable]:
        """ "一、title" with a rule; kept with what follows by a conditional page break."""
        self._section += 1
        text = f"{chinese_ordinal(self._section)}、{title}"
        return [
            CondPageBreak(60 * mm),
            Heading(text, self.s.h1, level=0, outline=text),
            HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=0, spaceAfter=6),
        ]

    def subsection(self, title: str) -> list[Flowable]:
        return [CondPageBreak(30 * mm), Heading(title, self.s.h2, level=1)]

    def para(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.s.body)

    def empty(self, what: str) -> Paragraph:
        """The explicit "nothing recorded" line: sections never silently disappear."""
        return Paragraph(esc(f"（暂无{what}记录）"), self.s.note)

    def cell(self, text: object, center: bool = False) -> Paragraph:
        return Paragraph(esc(text), self.s.cell_center if center else self.s.cell)

    @staticmethod
    def fit(text: object, style: ParagraphStyle, width: float) -> Paragraph | str:
        """A plain string when the text fits on one line, else a wrapping paragraph.

        Plain table cells draw several times faster than paragraphs, and most
        cells (dates, names, counts) are short: this keeps a batch of hundreds
        of files within its time budget. Alignment and font then come from the
        table style, which every table here sets.
        """
        value = "" if text is None else str(text)
        room = width - 6.5
        # Lines that each fit (numbered teaching steps, the five 送 of a visit) stay plain too.
        if all(stringWidth(line, style.fontName, style.fontSize) <= room for line in value.split("\n")):
            return value
        return Paragraph(esc(value), style)

    def fields(
        self, pairs: Sequence[tuple[str, object]], columns: int = 2, label_width: float = 24 * mm
    ) -> Table:
        """Label/value grid, ``columns`` pairs per row; a value may span with a (label, value, "wide")."""
        value_width = (CONTENT_WIDTH - columns * label_width) / columns
        widths = [label_width, value_width] * columns
        rows: list[list[Any]] = []
        spans: list[tuple[int, int]] = []
        row: list[Any] = []
        for label, value in pairs:
            row += [self.fit(label, self.s.label, label_width), self.fit(value, self.s.cell, value_width)]
            if len(row) == 2 * columns:
                rows.append(row)
                row = []
        if row:
            start = len(row) - 1
            row += [""] * (2 * columns - len(row))
            if isinstance(row[start], str):  # the value now spans the rest of the row: re-fit to that width
                row[start] = self.fit(row[start], self.s.cell, CONTENT_WIDTH - label_width)
            spans.append((len(rows), start))
            rows.append(row)
        style: list[Any] = [
            # Tables set their own cell font; without this they reference Helvetica on every page.
            ("FONT", (0, 0), (-1, -1), self.s.cell.fontName, 9, self.s.cell.leading),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for c in range(0, 2 * columns, 2):
            style.append(("ALIGN", (c, 0), (c, -1), "CENTER"))
        style.append(("TEXTCOLOR", (0, 0), (-1, -1), INK))
        spanned = dict(spans)
        for r in range(len(rows)):
            for c in range(0, 2 * columns, 2):
                # A value that spans to the row's end covers the later label cells: leave them unshaded.
                if r in spanned and c > spanned[r]:
                    break
                style.append(("BACKGROUND", (c, r), (c, r), LABEL_FILL))
        for r, c in spans:
            style.append(("SPAN", (c, r), (-1, r)))
        table = Table(rows, colWidths=widths, style=TableStyle(style))
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        center_cols: Sequence[int] = (),
        size: float = 9,
    ) -> Table:
        """A data table that splits across pages with its header row repeated; ``size`` for wide tables."""
        head_style = self.s.cell_head
        cell, centre = self.s.cell, self.s.cell_center
        if size != 9:
            head_style = ParagraphStyle("h", parent=head_style, fontSize=size, leading=size * 1.35)
            cell = ParagraphStyle("c", parent=cell, fontSize=size, leading=size * 1.35)
            centre = ParagraphStyle("cc", parent=centre, fontSize=size, leading=size * 1.35)
        scale = CONTENT_WIDTH / sum(widths)
        col_widths = [w * scale for w in widths]
        head = [self.fit(h, head_style, w) for h, w in zip(header, col_widths, strict=True)]
        body = [
            [
                c
                if isinstance(c, Flowable)
                else self.fit(c, centre if i in center_cols else cell, col_widths[i])
                for i, c in enumerate(r)
            ]
            for r in rows
        ]
        table = Table([head, *body], colWidths=col_widths, repeatRows=1, splitByRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.s.cell.fontName, size, cell.leading),
                    ("FONT", (0, 0), (-1, 0), head_style.fontName, size, head_style.leading),
                    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                    *[("ALIGN", (c, 1), (c, -1), "CENTER") for c in center_cols],
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5 if size >= 9 else 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 if size >= 9 else 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3 if size >= 9 else 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3 if size >= 9 else 2),
                ]
            )
        )
        return table

    def signatures(
        self, parties: Sequence[str], with_date: bool = True, row_height: float = 13 * mm
    ) -> Flowable:
        """Signature lines: "party（签字）：______  日期：____年__月__日", one row each."""
        rows = []
        for party in parties:
            # Plain strings, not paragraphs: paragraphs would collapse the blanks left for handwriting.
            row = [f"{party}（签字）：", ""]
            if with_date:
                row += ["日期：", "　　　　年　　　月　　　日"]
            rows.append(row)
        widths = [54 * mm, 48 * mm, 14 * mm, 44 * mm] if with_date else [54 * mm, 80 * mm]
        table = Table(rows, colWidths=widths, rowHeights=[row_height] * len(rows), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.s.cell.fontName, 10),
                    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        # A bare table (not KeepTogether) so callers can nest it in their own KeepTogether blocks.
        table.spaceBefore = 4 * mm
        return table


def new_document(
    target: Any, decor: PageDecor, fonts: FontChoice, title: str, author: str = ""
) -> tuple[ArchiveDocTemplate, Blocks]:
    doc = ArchiveDocTemplate(target, decor, fonts, title, author)
    return doc, Blocks(make_styles(fonts))
