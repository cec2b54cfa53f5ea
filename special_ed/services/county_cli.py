"""`special-ed county init|show|search|villages`: set up the county from the official division codes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from special_ed.progress import ConsoleProgress


def register(sub: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    county = sub.add_parser("county", help="本县：按国家统计局区划代码建立乡镇（街道）和村（社区），县情资料")
    actions = county.add_subparsers(dest="county_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="按 6 位县级区划代码建立本县的乡镇和村（社区），并记录县情资料",
        description="按 2023 年统计用区划代码建立本县的全部乡镇（街道）和村（社区）。同一县可再次运行（只补充缺少的）；"
        "已有其他县乡镇的数据库会被拒绝。",
    )
    init.add_argument(
        "code", help="县级区划代码，6 位数字，如 500237（巫山县）；不知道代码可先用 county search 查找"
    )
    init.add_argument(
        "--authority", default="", help="发文机关（默认：县名＋教育局，北京、重庆为教育委员会）"
    )
    init.add_argument("--centre", default="", help="特殊教育指导中心名称（默认：县名＋特殊教育指导中心）")
    init.add_argument("--phone", default="", help="负责科室的联系电话")
    init.set_defaults(func=lambda args: _init(app_factory(), args))

    show = actions.add_parser("show", help="显示本县的县情资料和乡镇、村（社区）数")
    show.set_defaults(func=lambda args: _show(app_factory(), args))

    search = actions.add_parser("search", help="按名称或代码查找县级区划代码（不需要数据库）")
    search.add_argument("text", help="县、市或省的名称（如“巫山”）或代码的开头（如“5002”）")
    search.set_defaults(func=lambda args: _search(args))


def _out(text: str) -> None:
    print(text, flush=True)


def _init(app: Any, args: argparse.Namespace) -> int:
    result = app.county.init_county(
        args.code, issuing_authority=args.authority, centre_name=args.centre, phone=args.phone,
        progress=ConsoleProgress(),
    )  # fmt: skip
    p = result.profile
    _out(f"{p.full_name}（{p.code}）：新建 {result.townships_added} 个乡镇（街道）、{result.villages_added} 个村（社区）；"
         f"区划代码表中共 {result.townships_total} 个乡镇、{result.villages_total} 个村（社区）。数据库：{app.info.display}")  # fmt: skip
    _out(
        f"发文机关：{p.issuing_authority}；特殊教育指导中心：{p.centre_name}；联系电话：{p.phone or '（未填）'}"
    )
    return 0


def _show(app: Any, args: argparse.Namespace) -> int:
    from special_ed.errors import SpecialEdError

    p = app.county.profile()
    if not p.configured:
        raise SpecialEdError("county.not_set")
    townships = app.reference.townships()
    villages = app.reference.villages()
    _out(f"{p.full_name}（{p.code}）：{len(townships)} 个乡镇（街道），{len(villages)} 个村（社区）")
    _out(
        f"发文机关：{p.issuing_authority}；特殊教育指导中心：{p.centre_name}；联系电话：{p.phone or '（未填）'}"
    )
    return 0


def _search(args: argparse.Namespace) -> int:
    from special_ed.domain.divisions import Divisions

    found = Divisions().search_counties(args.text)
    for path in found:
        _out(f"{path.county.code}\t{path.display}")
    if not found:
        _out(f"没有找到与“{args.text}”相符的县（区）")
        return 1
    return 0
