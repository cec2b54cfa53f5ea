"""``special-ed revert KIND ID [--yes]``: 撤销上一次保存 on the command line.

Without ``--yes`` it shows the last save (when, who, what it changed) and changes nothing; with
``--yes`` it puts back the values from before it, in one version-checked transaction — the same
service call as 编辑 → 撤销上一次保存 in the program.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

# the command's words for the revertible kinds (special_ed.domain.revert.KINDS)
KIND_TABLES = {
    "child": "children",
    "assessment": "progress_assessments",
    "plan": "term_plans",
    "lesson": "lesson_plans",
    "visit": "visits",
}


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser("revert", help="撤销一条记录的上一次保存（恢复保存前的内容）")
    parser.add_argument(
        "kind",
        choices=tuple(KIND_TABLES),
        help="child：儿童（含监护人）；assessment：评估；plan：学期计划；lesson：教案；visit：送教记录",
    )
    parser.add_argument("key", metavar="ID", help="记录编号（儿童也可用身份证号）")
    parser.add_argument("--yes", action="store_true", help="确认撤销（不加时只显示上一次保存改了什么）")
    parser.set_defaults(func=lambda a: cmd_revert(a, app_factory))


def cmd_revert(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.errors import NotFoundError

    app = app_factory()
    lang = str(getattr(args, "lang", "zh"))
    table = KIND_TABLES[args.kind]
    if table == "children":
        record_id = app.children.find(args.key)
    elif args.key.strip().isdigit():
        record_id = int(args.key)
    else:
        raise NotFoundError(what=args.kind, key=args.key)
    last = app.revert.last_save(table, record_id)
    when = last.at.strftime("%Y-%m-%d %H:%M")
    print(f"上一次保存：{when} {last.user}" if lang == "zh" else f"Last save: {when} by {last.user}")
    for line in last.lines(lang):
        print(f"  {line}")
    if not args.yes:
        print(
            "未作更改；加 --yes 撤销这次保存"
            if lang == "zh"
            else "Nothing changed; add --yes to revert this save"
        )
        return 0
    result = app.revert.revert(table, record_id, last.version)
    print(
        f"已撤销上一次保存（恢复了 {result.rows} 处修改）"
        if lang == "zh"
        else f"The last save was reverted ({result.rows} change(s) put back)"
    )
    return 0
