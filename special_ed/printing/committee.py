"""The expert committee's signatures under a placement decision.

A placement decided at a committee sitting prints the members who sat, as the sitting
recorded them (name, field, unit), each with a blank cell to sign; a placement recorded
without a sitting prints blank rows for the members to fill in and sign by hand. Either
way the paper names people of the committee, never the login that typed the decision in.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from special_ed.printing.framework import CONTENT_WIDTH, GRID, HEAD_FILL, INK, Blocks, cn_date, esc
from special_ed.printing.model import PlacementRecord

BLANK_ROWS = 5  # a county committee seats five to seven; five rows leave room on a one-page notice
_WIDTHS = (10, 24, 24, 62, 40)  # 序号, 姓名, 专业领域, 工作单位, 签字 (relative)
HEADER = ("序号", "姓名", "专业领域", "工作单位", "签字")


def committee_signatures(
    placement: PlacementRecord | None, committee: str, blocks: Blocks, row_height: float = 9 * mm
) -> list[Flowable]:
    """The members' table for ``placement`` (its sitting's members, or blank rows to sign by hand)."""
    s = blocks.s
    sitting = placement.sitting if placement is not None else None
    if sitting is not None and sitting.members:
        where = f"，{sitting.place}" if sitting.place else ""
        caption = f"{committee}评估会议（{cn_date(sitting.held_on)}{where}）参会成员："
        rows = [[str(i), m.name, m.field, m.unit, ""] for i, m in enumerate(sitting.members, start=1)]
    else:
        caption = f"{committee}参加评估的成员（本人填写并签字）："
        rows = [[str(i), "", "", "", ""] for i in range(1, BLANK_ROWS + 1)]
    scale = CONTENT_WIDTH / sum(_WIDTHS)
    widths = [w * scale for w in _WIDTHS]
    body = [[blocks.fit(v, s.cell, widths[c]) for c, v in enumerate(r)] for r in rows]
    table = Table(
        [list(HEADER), *body],
        colWidths=widths,
        rowHeights=[7 * mm] + [row_height] * len(body),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), s.cell.fontName, 9, s.cell.leading),
                ("FONT", (0, 0), (-1, 0), s.cell_head.fontName, 9, s.cell_head.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("ALIGN", (0, 1), (2, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [KeepTogether([Paragraph(esc(caption), s.cell), Spacer(1, 1.5 * mm), table])]


def members_sentence(placement: PlacementRecord | None, committee: str) -> str:
    """One sentence naming the sitting that decided ``placement`` and its members; "" without a sitting."""
    sitting = placement.sitting if placement is not None else None
    if sitting is None or not sitting.members:
        return ""
    names = "、".join(f"{m.name}（{m.field}）" if m.field else m.name for m in sitting.members)
    return f"本安置意见经{committee}{cn_date(sitting.held_on)}评估会议研究决定，参会成员：{names}。"


def hand_signature_lines(committee: str, blocks: Blocks, slots: int = BLANK_ROWS + 1) -> list[Flowable]:
    """Blank lines for the members to sign by hand, two a row (a placement decided outside a sitting)."""
    s = blocks.s
    half = CONTENT_WIDTH / 2
    widths = [24 * mm, half - 28 * mm, 4 * mm] * 2
    rows = [["委员（签字）：", "", "", "委员（签字）：", "", ""] for _ in range((slots + 1) // 2)]
    style = [
        ("FONT", (0, 0), (-1, -1), s.cell.fontName, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
        ("LINEBELOW", (4, 0), (4, -1), 0.6, INK),
    ]
    table = Table(
        rows, colWidths=widths, rowHeights=[8 * mm] * len(rows), hAlign="LEFT", style=TableStyle(style)
    )
    caption = Paragraph(esc(f"参加评估的{committee}成员："), s.cell)
    return [KeepTogether([caption, table])]
