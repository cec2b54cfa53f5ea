"""Route sheets: one page per team and week, each day's stops in order with times, legs and a column for
the guardian's signature, so the team can carry it in the car and hand it in as the visit record."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from special_ed.errors import SpecialEdError
from special_ed.scheduling.export.fonts import cjk_font
from special_ed.scheduling.model import Scenario, hhmm
from special_ed.scheduling.plan import Plan, Route

WEEKDAYS = "一二三四五六日"


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def write_route_sheets(
    plan: Plan,
    scenario: Scenario,
    path: str | Path,
    members: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
) -> int:
    """Write the PDF; ``members`` (team → teacher names) and ``places`` (child → address) are optional.

    Returns the number of pages (team-weeks)."""
    font = cjk_font()
    title = ParagraphStyle("t", fontName=font, fontSize=15, leading=20)
    sub = ParagraphStyle("s", fontName=font, fontSize=10, leading=14, textColor=colors.HexColor("#444444"))
    day_style = ParagraphStyle("d", fontName=font, fontSize=11, leading=15, spaceBefore=6)
    cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=11)
    weeks: dict[tuple[str, date], list[Route]] = defaultdict(list)
    for r in plan.sorted_routes():
        weeks[(r.team, _monday(r.date))].append(r)
    story: list[object] = []
    for n, ((team_id, monday), routes) in enumerate(sorted(weeks.items())):
        team = scenario.team(team_id)
        if n:
            story.append(PageBreak())
        sunday = monday + timedelta(days=6)
        story.append(Paragraph(f"送教上门路线单　{team.name}", title))
        story.append(
            Paragraph(
                f"{monday:%Y年%m月%d日} — {sunday:%m月%d日}（{plan.year}年{plan.month}月排程）"
                + (f"　成员：{members[team_id]}" if members and team_id in members else ""),
                sub,
            )
        )
        story.append(Spacer(1, 3 * mm))
        for r in routes:
            head = Paragraph(
                f"{r.date:%m月%d日} 星期{WEEKDAYS[r.date.weekday()]}　{hhmm(r.depart)} 从驻地出发，"
                f"{hhmm(r.return_)} 返回；{len(r.stops)} 户，路程 {r.travel_min} 分钟、{r.km:.1f} 公里",
                day_style,
            )
            rows: list[list[object]] = [
                ["顺序", "儿童", "住址", "路程", "到达", "送教时间", "家长签字", "备注"]
            ]
            for i, s in enumerate(r.stops, start=1):
                child = scenario.child(s.child)
                home = child.home
                where = (places or {}).get(s.child) or (
                    home.place if home and home.place else f"{home.lat:.4f}, {home.lon:.4f}" if home else ""
                )
                note = "坐标为村中心，请核实" if s.approximate else ""
                rows.append(
                    [
                        str(i),
                        Paragraph(child.name, cell),
                        Paragraph(where, cell),
                        f"{s.leg_min} 分 / {s.leg_km:.1f} km",
                        hhmm(s.arrive),
                        f"{hhmm(s.start)}–{hhmm(s.end)}",
                        "",
                        Paragraph(note, cell),
                    ]
                )
            rows.append(
                [
                    "",
                    "返回驻地",
                    "",
                    f"{r.return_leg_min} 分 / {r.return_leg_km:.1f} km",
                    hhmm(r.return_),
                    "",
                    "",
                    "",
                ]
            )
            table = Table(
                rows,
                colWidths=[12 * mm, 30 * mm, 62 * mm, 32 * mm, 18 * mm, 28 * mm, 45 * mm, 40 * mm],
                repeatRows=1,
            )
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), font),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f7f7f7")]),
                        ("TEXTCOLOR", (0, -1), (-1, -1), colors.HexColor("#555555")),
                        ("TOPPADDING", (0, 1), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                    ]
                )
            )
            story.append(KeepTogether([head, Spacer(1, 1.5 * mm), table]))
    if not story:
        story.append(Paragraph(f"{plan.year}年{plan.month}月没有安排送教路线", title))
    try:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=landscape(A4),
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=12 * mm,
            title=f"送教路线单 {plan.month_key}",
            author="special-ed",
        )
        doc.build(story)
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return len(weeks)
