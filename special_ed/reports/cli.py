"""``special-ed report NAME --out FILE.xlsx|.pdf [--year Y] [--township T]`` and ``special-ed report --list``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from special_ed.errors import SpecialEdError


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser("report", help="生成县级上报报表（xlsx 或 PDF）；--list 列出全部报表")
    parser.add_argument("name", nargs="?", metavar="NAME", help="报表名称（见 --list）")
    parser.add_argument("--list", action="store_true", help="列出全部报表及中文名称")
    parser.add_argument("--out", type=Path, help="输出文件：.xlsx 或 .pdf")
    parser.add_argument("--year", type=int, help="学年（开始的年份，如 2026 表示 2026—2027 学年）")
    parser.add_argument("--township", help="只统计一个乡镇（街道）")
    parser.add_argument("--term", help="学期名称（工作量等按学期统计的报表）")
    parser.add_argument("--month", help="月份 YYYY-MM（工作量等按月统计的报表）")
    parser.add_argument("--quarter", help="季度 YYYY-Qn，如 2026-Q4（控辍保学季度复核表）")
    parser.set_defaults(func=lambda a: cmd_report(a, app_factory))


def cmd_report(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.reports.registry import REPORTS, spec

    if args.list:
        for r in REPORTS:
            print(f"{r.key:<28}{r.name}")
        return 0
    if not args.name:
        raise SpecialEdError("required", field="报表名称 NAME")
    spec(args.name)  # an unknown name is refused before the database is opened
    if args.out is None:
        raise SpecialEdError("required", field="--out")
    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise SpecialEdError("report.format", path=str(args.out))
    app = app_factory()
    report = app.reports.build(
        args.name, args.year, args.township, term=args.term, month=args.month, quarter=args.quarter
    )
    app.reports.write(report, args.out)
    print(f"已生成《{report.title}》（{report.period}，{len(report.rows)} 行）：{args.out}")
    return 0
