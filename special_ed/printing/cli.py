"""``special-ed print …``: a child's file, a placement notice, a batch, a monthly visit summary.

    special-ed print child ID_OR_RESIDENT_ID --out FILE.pdf [--full]
    special-ed print notice ID_OR_RESIDENT_ID --out FILE.pdf [--full]
    special-ed print agreement ID_OR_RESIDENT_ID --out FILE.pdf [--full]   # 送教上门服务协议
    special-ed print batch [--township NAME] [--school NAME] --out DIR [--merged] [--full] [--workers N]
                           [--duplex long|short]
    special-ed print batch [--township NAME] [--school NAME] --printer NAME [--duplex long|short] [--full]
    special-ed print summary YYYY-MM [--by team|township] --out FILE.pdf

Identifiers are masked unless ``--full`` is given for that job. Font warnings
(no embeddable font, characters the font lacks) are printed before the result.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError
from special_ed.progress import ConsoleProgress

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def _service(app_factory: Callable[[], Any]) -> Any:
    return app_factory().printing


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", "zh"))


def _warn(args: argparse.Namespace, warnings: tuple[Issue, ...]) -> None:
    for issue in warnings:
        prefix = "警告：" if _lang(args) == "zh" else "warning: "
        print(prefix + issue.message(_lang(args)), file=sys.stderr)


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser("print", help="打印一人一档、安置意见书、批量档案和送教月度汇总（PDF）")
    sub = parser.add_subparsers(dest="print_command", metavar="WHAT", required=True)

    child = sub.add_parser("child", help="一名儿童的个人档案（一人一档）")
    child.add_argument("key", metavar="ID_OR_RESIDENT_ID", help="儿童编号或身份证号")
    child.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    child.add_argument("--full", action="store_true", help="完整打印身份证号和电话（默认打码）")
    child.set_defaults(func=lambda a: cmd_child(a, app_factory))

    notice = sub.add_parser("notice", help="给监护人的入学安置意见书")
    notice.add_argument("key", metavar="ID_OR_RESIDENT_ID", help="儿童编号或身份证号")
    notice.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    notice.add_argument("--full", action="store_true", help="完整打印身份证号（默认打码）")
    notice.set_defaults(func=lambda a: cmd_notice(a, app_factory))

    agreement = sub.add_parser("agreement", help="送教上门服务协议（学校与家长签订，仅送教上门的学生）")
    agreement.add_argument("key", metavar="ID_OR_RESIDENT_ID", help="儿童编号或身份证号")
    agreement.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    agreement.add_argument("--full", action="store_true", help="完整打印身份证号和电话（默认打码）")
    agreement.set_defaults(func=lambda a: cmd_agreement(a, app_factory))

    batch = sub.add_parser("batch", help="批量打印档案（不加条件时为全部儿童）")
    batch.add_argument("--township", help="只打印该乡镇（街道）的儿童")
    batch.add_argument("--school", help="只打印该学校（就读或学籍学校）的儿童")
    batch.add_argument("--out", type=Path, help="输出文件夹（按乡镇分文件夹）")
    batch.add_argument(
        "--printer", metavar="NAME", help="直接送到这台打印机（每名儿童一个打印任务），不另存 PDF"
    )
    batch.add_argument(
        "--duplex",
        choices=("long", "short"),
        help="双面打印：long 长边装订、short 短边装订（偶数页的装订边距在右侧）",
    )
    batch.add_argument("--merged", action="store_true", help="合并为一个带书签的 PDF")
    batch.add_argument("--full", action="store_true", help="完整打印身份证号和电话（默认打码）")
    batch.add_argument("--workers", type=int, default=None, help="并行进程数（默认：CPU 核数）")
    batch.set_defaults(func=lambda a: cmd_batch(a, app_factory))

    summary = sub.add_parser("summary", help="送教上门月度汇总")
    summary.add_argument("month", metavar="YYYY-MM", help="月份，如 2026-10")
    summary.add_argument("--by", choices=("team", "township"), default="team", help="按送教小组或乡镇汇总")
    summary.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    summary.set_defaults(func=lambda a: cmd_summary(a, app_factory))


def _print_one(args: argparse.Namespace, app_factory: Callable[[], Any], method: str, what: str = "") -> int:
    """One child's paper (``method`` of the printing service: the file, the notice or the agreement)."""
    service = _service(app_factory)
    outcome = getattr(service, method)(service.resolve(args.key), args.out, full_identifiers=args.full)
    _warn(args, outcome.warnings)
    print(f"已生成{what} {outcome.path}（{outcome.pages} 页）")
    return 0


def cmd_child(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    return _print_one(args, app_factory, "print_child")


def cmd_notice(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    return _print_one(args, app_factory, "print_notice")


def cmd_agreement(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    return _print_one(args, app_factory, "print_agreement", "送教上门服务协议")


def cmd_batch(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    if (args.out is None) == (args.printer is None):
        raise SpecialEdError("print.out_or_printer")
    service = _service(app_factory)
    f = service.filter_by_names(args.township, args.school)
    started = time.perf_counter()
    progress = ConsoleProgress()  # files done, on a terminal; Ctrl+C leaves no files behind
    if args.printer is not None:
        return _batch_to_printer(args, service, f, progress)
    outcome = service.print_batch(
        f, args.out, merged=args.merged, full_identifiers=args.full, progress=progress, workers=args.workers,
        duplex=args.duplex is not None,
    )  # fmt: skip
    progress.finish()
    _warn(args, outcome.warnings)
    r = outcome.result
    where = outcome.files[0] if args.merged else args.out
    print(
        f"已生成 {r.children} 份档案，共 {r.pages} 页，用时 {time.perf_counter() - started:.1f} 秒"
        f"（{r.pages_per_second:.0f} 页/秒）：{where}"
    )
    return 0


def _batch_to_printer(args: argparse.Namespace, service: Any, f: Any, progress: ConsoleProgress) -> int:
    """The files straight to the printer; the summary at the end (children, pages, printer, failures).
    Exit code 1 when the printer refused any file."""
    from special_ed.printing.spool import PrintRequest

    request = PrintRequest(args.printer, duplex=args.duplex or "none")
    outcome, printed = service.print_batch_to_printer(
        f, request, full_identifiers=args.full, progress=progress, workers=args.workers
    )
    progress.finish()
    _warn(args, outcome.warnings)
    sent, *problems = printed.summary_lines(_lang(args))  # what was sent; then what was not, and why
    print(sent)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if printed.failures or printed.cancelled else 0


def cmd_summary(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    match = _MONTH.match(args.month.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise SpecialEdError("date.invalid", field="month", value=args.month)
    service = _service(app_factory)
    outcome = service.print_visit_summary(int(match.group(1)), int(match.group(2)), args.by, args.out)
    _warn(args, outcome.warnings)
    print(f"已生成 {outcome.path}（{outcome.pages} 页）")
    return 0
