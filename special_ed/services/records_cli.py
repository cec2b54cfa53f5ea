"""`special-ed compliance`, `special-ed due` and `special-ed files`: the records figures on the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from special_ed.domain.completeness import Mark


def register(sub: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    comp = sub.add_parser("compliance", help="送教上门达标情况（应送与实送、缺少次数和课时）")
    comp.add_argument("--term", help="学期名称（默认：当前学期）")
    comp.add_argument("--as-of", type=date.fromisoformat, help="截至日期 YYYY-MM-DD（默认：今天）")
    comp.add_argument(
        "--by",
        choices=("child", "team", "school", "township"),
        default="township",
        help="按儿童、送教小组、学校或乡镇汇总",
    )
    comp.set_defaults(func=lambda args: _compliance(app_factory(), args))
    due = sub.add_parser("due", help="本周待办与已逾期的送教事项")
    due.set_defaults(func=lambda args: _due(app_factory(), args))
    files = sub.add_parser("files", help="送教儿童的五有档案完整情况")
    files.add_argument("--term", help="学期名称（默认：当前学期）")
    files.add_argument("--incomplete", action="store_true", help="只列出档案不完整的儿童")
    files.set_defaults(func=lambda args: _files(app_factory(), args))


def _compliance(app: Any, args: argparse.Namespace) -> int:
    report = app.compliance.report(args.term, args.as_of)
    rows = {
        "child": [(c.name, c.totals) for c in report.children],
        "team": [(g.name, g.totals) for g in report.teams],
        "school": [(g.name, g.totals) for g in report.schools],
        "township": [(g.name, g.totals) for g in report.townships],
    }[args.by]
    zh = args.lang == "zh"
    print(f"{report.term} {report.start}–{report.end}")
    print(
        "\t".join(
            ("名称", "应送次数", "实送次数", "缺少次数", "应送课时", "实送课时", "缺少课时", "取消", "补送")
            if zh
            else (
                "name",
                "required",
                "delivered",
                "short",
                "req. hours",
                "hours",
                "short hours",
                "cancelled",
                "make-ups",
            )
        )
    )
    for name, t in rows:
        print(
            "\t".join(
                str(x)
                for x in (
                    name,
                    t.required_visits,
                    t.delivered_visits,
                    t.shortfall_visits,
                    t.required_hours,
                    t.delivered_hours,
                    t.shortfall_hours,
                    t.cancelled,
                    t.makeups,
                )
            )
        )
    c = report.county
    print(
        ("合计" if zh else "total") + f"\t{c.required_visits}\t{c.delivered_visits}\t{c.shortfall_visits}\t"
        f"{c.required_hours}\t{c.delivered_hours}\t{c.shortfall_hours}\t{c.cancelled}\t{c.makeups}"
    )
    return 0


def _due(app: Any, args: argparse.Namespace) -> int:
    zh = args.lang == "zh"
    for row in app.compliance.due_list():
        when = ("已逾期" if zh else "overdue") if row.item.overdue else ("待办" if zh else "due")
        print(f"{when}\t{row.item.due}\t{row.child_name}\t{row.team}\t{row.item.message(args.lang)}")
    return 0


def _files(app: Any, args: argparse.Namespace) -> int:
    marks = app.compliance.completeness_marks(None, args.term)
    names = {c.child_id: c.name for c in app.compliance.report(args.term).children}
    symbol = {Mark.PRESENT: "●", Mark.INCOMPLETE: "◐", Mark.MISSING: "○"}
    for child_id, ms in sorted(marks.items(), key=lambda kv: names.get(kv[0], "")):
        if args.incomplete and all(m.mark is Mark.PRESENT for m in ms):
            continue
        shown = " ".join(f"{symbol[m.mark]}{m.item.label}" for m in ms)
        reasons = "；".join(
            f"{m.item.label}：{m.reason_text(args.lang)}" for m in ms if m.mark is not Mark.PRESENT
        )
        print(f"{names.get(child_id, child_id)}\t{shown}\t{reasons}")
    return 0
