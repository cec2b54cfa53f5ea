"""``special-ed cases …``: 控辍保学 cases, 劝返记录, 动态销号 and monthly counts per township.

special-ed cases list [--township T] [--open]
special-ed cases open-finding FINDING_ID --date D [--reason TEXT]
special-ed cases open CHILD_ID --date D --reason TEXT
special-ed cases persuade CASE_ID --date D --who W --what TEXT --result TEXT
special-ed cases confirm CASE_ID --date D
special-ed cases close CASE_ID --date D --kind placed|back_in_school|other --reason TEXT
special-ed cases counts --from YYYY-MM --to YYYY-MM
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from special_ed.errors import SpecialEdError


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise SpecialEdError("date.invalid", field=what, value=text) from exc


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser("cases", help="控辍保学：疑似辍学立案、劝返记录、动态销号、按乡镇按月统计")
    sub = parser.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="案件台账（含已销号）")
    lst.add_argument("--township")
    lst.add_argument("--open", action="store_true", help="只列未销号的")
    lst.set_defaults(func=lambda a: cmd_list(a, app_factory))
    of = sub.add_parser("open-finding", help="由三查问题立案")
    of.add_argument("finding", type=int)
    of.add_argument("--date", required=True)
    of.add_argument("--reason", default="")
    of.set_defaults(
        func=lambda a: _show(
            app_factory().dropout.open_from_finding(a.finding, _day(a.date, "立案日期"), a.reason)
        )
    )
    oc = sub.add_parser("open", help="为登记册中的儿童立案")
    oc.add_argument("child", type=int)
    oc.add_argument("--date", required=True)
    oc.add_argument("--reason", required=True)
    oc.set_defaults(
        func=lambda a: _show(
            app_factory().dropout.open_for_child(a.child, _day(a.date, "立案日期"), a.reason)
        )
    )
    pe = sub.add_parser("persuade", help="登记一次劝返（日期、人员、内容、结果）")
    pe.add_argument("case", type=int)
    pe.add_argument("--date", required=True)
    pe.add_argument("--who", required=True)
    pe.add_argument("--what", required=True)
    pe.add_argument("--result", required=True)
    pe.set_defaults(func=lambda a: cmd_persuade(a, app_factory))
    cf = sub.add_parser("confirm", help="疑似辍学确认为辍学")
    cf.add_argument("case", type=int)
    cf.add_argument("--date", required=True)
    cf.set_defaults(func=lambda a: _show(app_factory().dropout.confirm(a.case, _day(a.date, "确认日期"))))
    cl = sub.add_parser("close", help="动态销号（已安置 / 已返校 / 其他，须写理由）")
    cl.add_argument("case", type=int)
    cl.add_argument("--date", required=True)
    cl.add_argument("--kind", required=True, help="placed / back_in_school / other")
    cl.add_argument("--reason", default="")
    cl.set_defaults(
        func=lambda a: _show(app_factory().dropout.close(a.case, _day(a.date, "销号日期"), a.kind, a.reason))
    )
    co = sub.add_parser("counts", help="按乡镇、按月的立案、销号和月末未销号数")
    co.add_argument("--from", dest="start", required=True, help="YYYY-MM")
    co.add_argument("--to", dest="end", required=True, help="YYYY-MM")
    co.add_argument("--township")
    co.set_defaults(func=lambda a: cmd_counts(a, app_factory))


def _show(case: Any) -> int:
    print(
        f"案件 {case.id}：{case.township} {case.name}　{case.status}　立案 {case.opened_on.isoformat()}　劝返 {len(case.records)} 次"
    )
    return 0


def cmd_list(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    for c in app_factory().dropout.cases(args.township, args.open):
        closed = f"　销号 {c.closed_on.isoformat()}：{c.close_reason}" if c.closed_on else ""
        print(
            f"{c.id}\t{c.township}\t{c.name}\t{c.status}\t立案 {c.opened_on.isoformat()}（{c.source}）\t劝返 {len(c.records)} 次{closed}"
        )
    return 0


def cmd_persuade(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.domain.dropout import Persuasion

    return _show(
        app_factory().dropout.add_persuasion(
            args.case, Persuasion(_day(args.date, "劝返日期"), args.who, args.what, args.result)
        )
    )


def cmd_counts(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.services.norms import month_range

    first, _ = month_range(args.start)
    _, last = month_range(args.end)
    print("乡镇\t月份\t立案\t销号\t月末未销号")
    for r in app_factory().dropout.counts(first, last, args.township):
        print(f"{r.township}\t{r.year}-{r.month:02d}\t{r.opened}\t{r.closed}\t{r.open_at_end}")
    return 0
