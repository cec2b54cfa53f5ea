"""``special-ed import`` and ``special-ed check``: agency lists and the 三查 from the command line."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from special_ed.domain.coordinates import Datum
from special_ed.importing.crosscheck import FindingKind
from special_ed.importing.reference_kinds import ReferenceKind
from special_ed.importing.reports import write_rejects
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source
from special_ed.importing.validation import REJECTED, Summary, ValidatedRow
from special_ed.progress import ConsoleProgress
from special_ed.results.checks import OPEN

EXIT_OK = 0
EXIT_REJECTED = 3  # the same code special_ed.cli documents: some rows were rejected
_SHOWN_REJECTS = 20


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    imp = subparsers.add_parser(
        "import",
        help="导入名单（儿童名单、残联、学籍、户籍、建档立卡；学校、教师、送教小组、村坐标）",
        description="导入 xlsx/xls/csv 名单。先校验全部行；--dry-run 只校验不写入。有被拒收的行时退出码为 3。"
        "学校、教师、送教小组、村坐标的模板可用 special-ed template 取得。",
    )
    imp.add_argument(
        "source",
        choices=[*(s.value for s in Source), *(k.value for k in ReferenceKind)],
        help="名单来源或内容",
    )
    imp.add_argument("file", type=Path, help="xlsx、xls 或 csv 文件")
    imp.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    imp.add_argument("--mapping", metavar="PRESET", help="使用已保存的列对应方案")
    imp.add_argument("--dry-run", action="store_true", help="只校验并报告，不写入数据库")
    imp.add_argument("--report", type=Path, metavar="REJECTS.xlsx", help="把被拒收的行及原因写入 xlsx")
    imp.add_argument(
        "--datum",
        choices=[d.value for d in Datum],
        default=Datum.WGS84.value,
        help="纬度、经度的坐标系：wgs84（GPS、天地图，默认）、gcj02（高德、腾讯、微信）、bd09（百度）",
    )
    imp.set_defaults(func=lambda args: cmd_import(args, app_factory))

    tpl = subparsers.add_parser(
        "template",
        help="取得学校、教师、送教小组、村坐标的导入模板（xlsx）",
        description="把导入模板复制到指定的文件或文件夹；填好后用 special-ed import 导入。",
    )
    tpl.add_argument("kind", choices=[k.value for k in ReferenceKind], help="模板内容")
    tpl.add_argument(
        "out", type=Path, nargs="?", default=Path(), help="保存到的文件或文件夹（默认：当前文件夹）"
    )
    tpl.set_defaults(func=cmd_template)

    chk = subparsers.add_parser(
        "check",
        help="三查：比对已导入的名单与儿童记录",
        description="比对残联、学籍、户籍、建档立卡名单与本系统的儿童，按乡镇列出问题并保存以便两问一访跟进。",
    )
    chk.add_argument("--out", type=Path, metavar="REPORT.xlsx", help="把比对结果写入 xlsx")
    chk.add_argument(
        "--stats",
        type=Path,
        metavar="STATS.xlsx|.pdf",
        help="同时导出全县安置统计表（乡镇×程度×安置；xlsx 或 pdf）",
    )
    chk.set_defaults(func=lambda args: cmd_check(args, app_factory))


def _out(text: str) -> None:
    print(text, flush=True)


def _bar() -> ConsoleProgress:
    """Rows read or written, on a terminal; Ctrl+C rolls the import back."""
    return ConsoleProgress()


def cmd_template(args: argparse.Namespace) -> int:
    from special_ed.importing.reference_templates import save_template

    kind = ReferenceKind(args.kind)
    target = save_template(kind, args.out)
    _out(f"已保存{kind.label}导入模板：{target}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    if args.source in {k.value for k in ReferenceKind}:
        return _import_reference(args, app.reference_imports, ReferenceKind(args.source))
    source = Source(args.source)
    service = app.importing
    preset = service.preset(args.mapping, source) if args.mapping else None
    if source is Source.CHILDREN:
        return _import_children(args, service, preset)
    return _import_list(args, service, source, preset)


def _print_summary(args: argparse.Namespace, sheet: str, source: Source, summary: Summary) -> None:
    _out(f"{args.file.name}（工作表“{sheet}”，{source.label}）：共 {summary.total} 行，"
         f"有效 {summary.valid} 行，有警告 {summary.warned} 行，拒收 {summary.rejected} 行")  # fmt: skip


def _print_rejects(args: argparse.Namespace, shown: list[ValidatedRow], rejected: int) -> None:
    for row in shown:
        reasons = "；".join(i.message(args.lang) for i in row.issues if i.is_error)
        _out(f"  第 {row.row} 行：{reasons}")
    if rejected > len(shown):
        _out(f"  ……另有 {rejected - len(shown)} 行被拒收" + ("，详见拒收报告" if args.report else ""))


def _import_list(args: argparse.Namespace, service: ImportService, source: Source, preset: Any) -> int:
    """Agency lists are streamed twice (check, then store) so that no file size exhausts memory."""
    shown: list[ValidatedRow] = []
    with service.validated(args.file, source, args.sheet, preset) as (table, validator, rows):

        def tap(rows: Iterator[ValidatedRow]) -> Iterator[ValidatedRow]:
            for row in rows:
                if row.status == REJECTED and len(shown) < _SHOWN_REJECTS:
                    shown.append(row)
                yield row

        if args.report:
            n = write_rejects(args.report, validator.mapping, tap(rows), args.lang, source_name=source.label)
        else:
            for _ in tap(rows):
                pass
        summary, sheet = validator.summary, table.sheet
    _print_summary(args, sheet, source, summary)
    _print_rejects(args, shown, summary.rejected)
    if args.report:
        _out(f"拒收报告：{args.report}（{n} 行）")
    if args.dry_run:
        _out("试运行：未写入任何数据")
    elif summary.valid + summary.warned:
        result = service.store_streamed(args.file, source, args.sheet, preset, _bar())
        _out(f"已保存{source.label} {result.stored} 行，供三查比对（替换此前的{source.label}）")
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def _import_children(args: argparse.Namespace, service: ImportService, preset: Any) -> int:
    source = Source.CHILDREN
    preview = service.preview(args.file, source, args.sheet, progress=_bar(), preset=preset)
    s = preview.summary
    _print_summary(args, preview.sheet, source, s)
    _print_rejects(args, [r for r in preview.rows if r.status == REJECTED][:_SHOWN_REJECTS], s.rejected)
    if preview.duplicates:
        _out(
            f"  与已有记录或本文件前面的行重复：{len(preview.duplicates)} 行（命令行按“保留已有记录、只补空项”处理）"
        )
    if args.report:
        n = service.write_rejects(preview, args.report)
        _out(f"拒收报告：{args.report}（{n} 行）")
    if args.dry_run:
        _out("试运行：未写入任何数据")
    elif preview.importable:
        result = service.commit(preview, progress=_bar())
        _out(f"已导入：新建 {result.created} 名儿童，更新 {result.updated} 名，跳过 {result.skipped} 行")
    return EXIT_REJECTED if s.rejected else EXIT_OK


def _import_reference(args: argparse.Namespace, service: Any, kind: ReferenceKind) -> int:
    """Schools, teachers, teams or village coordinates: check every row, then one transaction."""
    preview = service.preview(kind, args.file, args.sheet, datum=Datum(args.datum), progress=_bar())
    s = preview.summary
    _out(f"{args.file.name}（工作表“{preview.sheet}”，{kind.label}）：共 {s.total} 行，"
         f"有效 {s.valid} 行，有警告 {s.warned} 行，拒收 {s.rejected} 行")  # fmt: skip
    _print_rejects(args, [r for r in preview.rows if r.status == REJECTED][:_SHOWN_REJECTS], s.rejected)
    for row in preview.rows:
        warnings = [i.message(args.lang) for i in row.issues if not i.is_error]
        if warnings and row.status != REJECTED:
            _out(f"  第 {row.row} 行（提示）：{'；'.join(warnings)}")
    if args.report:
        n = service.write_rejects(preview, args.report, args.lang)
        _out(f"拒收报告：{args.report}（{n} 行）")
    if args.dry_run:
        _out("试运行：未写入任何数据")
    elif preview.importable:
        result = service.commit(preview, progress=_bar())
        if kind is ReferenceKind.VILLAGES:
            _out(
                f"已更新 {result.updated} 个村（社区）的坐标"
                + (f"，{result.unchanged} 个原已相同" if result.unchanged else "")
            )
        else:
            _out(f"已导入{kind.label} {result.created} 条")
    return EXIT_REJECTED if s.rejected else EXIT_OK


def cmd_check(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    service = app.check
    lists = service.lists()
    if not lists:
        _out("尚未导入任何名单（残联、学籍、户籍、建档立卡），只比对本系统中的儿童记录")
    for source, filename, imported_on, rows in lists:
        _out(f"{source.label}：{filename}，{imported_on.isoformat()} 导入，{rows} 行")
    items = service.run()
    open_items = [f for f in items if f.status == OPEN]
    _out(f"三查结果：未解决 {len(open_items)} 个问题，已解决 {len(items) - len(open_items)} 个")
    by_town: dict[str, Counter[FindingKind]] = {}
    for f in open_items:
        by_town.setdefault(f.township, Counter())[f.kind] += 1
    for town, counter in sorted(by_town.items()):
        parts = "，".join(
            f"{k.label} {n}"
            for k, n in sorted(counter.items(), key=lambda kv: list(FindingKind).index(kv[0]))
        )
        _out(f"  {town}：{parts}")
    if args.out:
        service.export(args.out)
        _out(f"比对报告：{args.out}")
    if args.stats:
        report = app.coverage.report()
        if args.stats.suffix.lower() == ".pdf":
            from special_ed.importing.statistics_pdf import write_county_statistics_pdf
            from special_ed.printing.fonts import choose_fonts

            fonts = choose_fonts(app.ctx.settings().print_font_path or None)
            for warning in fonts.warnings:
                _out(f"提示：{warning.message(args.lang)}")
            write_county_statistics_pdf(args.stats, report, fonts, app.ctx.today())
        else:
            from special_ed.importing.statistics import write_county_statistics

            write_county_statistics(args.stats, report)
        _out(f"安置统计表：{args.stats}")
    return EXIT_OK
