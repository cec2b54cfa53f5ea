"""The plan as a workbook: every stop, a summary per team, and what could not be planned (and why)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from special_ed.errors import SpecialEdError
from special_ed.private_files import make_private
from special_ed.safe_cells import CellGuard
from special_ed.scheduling.messages import reason_text
from special_ed.scheduling.model import Scenario, hhmm
from special_ed.scheduling.plan import Plan

_HEAD = {
    "zh": (("送教路线", "小组汇总", "未安排"),
           ("小组", "日期", "星期", "顺序", "儿童编号", "儿童", "到达", "开始", "结束", "路程(分钟)", "路程(公里)", "备注"),
           ("小组", "出车天数", "送教次数", "路程(分钟)", "路程(公里)"),
           ("儿童编号", "儿童", "缺少次数", "原因")),
    "en": (("Routes", "Teams", "Unscheduled"),
           ("Team", "Date", "Weekday", "Order", "Child ID", "Child", "Arrive", "Start", "End", "Leg (min)",
            "Leg (km)", "Note"),
           ("Team", "Days out", "Visits", "Travel (min)", "Travel (km)"),
           ("Child ID", "Child", "Missing", "Reason")),
}
_WEEKDAYS = {"zh": "一二三四五六日", "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}


def write_xlsx(plan: Plan, scenario: Scenario, path: str | Path, lang: str = "zh") -> None:
    names, route_head, team_head, miss_head = _HEAD["zh" if lang == "zh" else "en"]
    wb = Workbook()
    guard = CellGuard()  # names come from the database and scenario files: never a live formula
    ws = wb.active
    ws.title = names[0]
    ws.append(guard.row(ws, route_head))
    back = "返回驻地" if lang == "zh" else "back to base"
    approx = "村中心坐标" if lang == "zh" else "village centre"
    for r in plan.sorted_routes():
        team = scenario.team(r.team)
        wd = _WEEKDAYS["zh" if lang == "zh" else "en"][r.date.weekday()]
        for i, s in enumerate(r.stops, start=1):
            ws.append(guard.row(ws, [team.name, r.date, wd, i, s.child, scenario.child(s.child).name, hhmm(s.arrive),
                       hhmm(s.start), hhmm(s.end), s.leg_min, round(s.leg_km, 1), approx if s.approximate else ""]))
        ws.append(guard.row(ws, [team.name, r.date, wd, "", "", back, hhmm(r.return_), "", "", r.return_leg_min,
                   round(r.return_leg_km, 1), ""]))
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd"
    ts = wb.create_sheet(names[1])
    ts.append(guard.row(ts, team_head))
    for team in scenario.teams:
        routes = [r for r in plan.routes if r.team == team.id]
        ts.append(guard.row(ts, [team.name, len(routes), sum(len(r.stops) for r in routes), sum(r.travel_min for r in routes),
                   round(sum(r.km for r in routes), 1)]))
    ts.append(guard.row(ts, ["合计" if lang == "zh" else "Total", len(plan.routes), plan.visits, plan.travel_min,
               round(plan.km, 1)]))
    us = wb.create_sheet(names[2])
    us.append(guard.row(us, miss_head))
    for u in plan.unscheduled:
        us.append(guard.row(us, [u.child, scenario.child(u.child).name, u.missing, reason_text(u.reason, lang)]))
    for sheet in (ws, ts, us):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for col in sheet.columns:
            width = max(len(str(c.value or "")) for c in col)
            sheet.column_dimensions[col[0].column_letter].width = min(40, 4 + 1.6 * width)
    try:
        wb.save(str(path))
        make_private(path)
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
