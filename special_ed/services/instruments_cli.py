"""``special-ed assess …``: structured assessment instruments, scores per item, profiles.

special-ed assess instruments [--items]
special-ed assess add-item INSTRUMENT DOMAIN TEXT
special-ed assess record CHILD_ID INSTRUMENT --date YYYY-MM-DD --assessor NAME ITEM=SCORE …
special-ed assess list CHILD_ID
special-ed assess show ADMINISTRATION_ID
special-ed assess print ADMINISTRATION_ID --out FILE.pdf
special-ed assess link-goal GOAL_ID INSTRUMENT:DOMAIN[.N] …
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError, ValidationError


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser("assess", help="结构化评估：量表、逐项评分、领域小计、剖面图")
    sub = parser.add_subparsers(dest="assess_command", metavar="ACTION", required=True)
    listing = sub.add_parser("instruments", help="列出评估量表（领域、计分）")
    listing.add_argument("--items", action="store_true", help="同时列出每个领域的题目")
    listing.set_defaults(func=lambda a: cmd_instruments(a, app_factory))
    add = sub.add_parser("add-item", help="给量表的一个领域添加题目（本县补充）")
    add.add_argument("instrument")
    add.add_argument("domain", help="领域代码（见 instruments）")
    add.add_argument("text", help="题目内容")
    add.set_defaults(func=lambda a: cmd_add_item(a, app_factory))
    rec = sub.add_parser("record", help="登记一次评估：逐项评分 ITEM=SCORE")
    rec.add_argument("child", type=int, help="儿童编号")
    rec.add_argument("instrument")
    rec.add_argument("scores", nargs="+", metavar="ITEM=SCORE")
    rec.add_argument("--date", required=True, help="评估日期 YYYY-MM-DD")
    rec.add_argument("--assessor", required=True, help="评估人")
    rec.add_argument("--notes", default="", help="分析与建议")
    rec.set_defaults(func=lambda a: cmd_record(a, app_factory))
    lst = sub.add_parser("list", help="一名儿童的全部结构化评估")
    lst.add_argument("child", type=int)
    lst.set_defaults(func=lambda a: cmd_list(a, app_factory))
    show = sub.add_parser("show", help="一次评估的领域小计、与上次比较和目标进展")
    show.add_argument("administration", type=int)
    show.set_defaults(func=lambda a: cmd_show(a, app_factory))
    prn = sub.add_parser("print", help="打印评估结果与剖面图（PDF）")
    prn.add_argument("administration", type=int)
    prn.add_argument("--out", required=True, type=Path)
    prn.set_defaults(func=lambda a: cmd_print(a, app_factory))
    link = sub.add_parser("link-goal", help="把方案目标关联到量表领域或题目")
    link.add_argument("goal", type=int)
    link.add_argument("targets", nargs="+", metavar="INSTRUMENT:DOMAIN[.N]")
    link.set_defaults(func=lambda a: cmd_link(a, app_factory))


def cmd_instruments(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    for ins in app_factory().instruments.instruments():
        scale = " ".join(f"{p.code}={p.label}" for p in ins.scale)
        kind = "随程序提供" if ins.builtin else "本县自定"
        print(f"{ins.key}\t《{ins.name}》（{ins.source}；{kind}）计分：{scale}")
        for d in ins.domains:
            group = f"{d.group}·" if d.group else ""
            print(f"  {d.key}\t{group}{d.name}\t{len(d.items)} 题")
            if args.items:
                for item in d.items:
                    print(f"    {item.code}\t{item.text}{'（县补充）' if item.county_added else ''}")
    return 0


def cmd_add_item(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    ins = app_factory().instruments.add_item(args.instrument, args.domain, args.text)
    domain = ins.domain(args.domain)
    assert domain is not None
    print(f"已添加：{domain.items[-1].code}　{domain.items[-1].text}（《{ins.name}》{domain.name}）")
    return 0


def cmd_record(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    scores: dict[str, str] = {}
    issues = []
    for pair in args.scores:
        item, sep, value = pair.partition("=")
        if not sep:
            issues.append(Issue("invalid_choice", item, {"field": "评分", "value": pair}))
        scores[item.strip()] = value.strip()
    if issues:
        raise ValidationError(issues)
    try:
        day = date.fromisoformat(args.date)
    except ValueError as exc:
        raise SpecialEdError("date.invalid", field="评估日期", value=args.date) from exc
    app = app_factory()
    saved = app.instruments.record(args.child, args.instrument, day, args.assessor, scores, args.notes)
    print(f"已登记评估 {saved.id}（{len(saved.scores)} 题）")
    return 0


def cmd_list(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    names = {i.key: i.name for i in app.instruments.instruments()}
    for a in app.instruments.administrations(args.child):
        print(
            f"{a.id}\t{a.day.isoformat()}\t《{names.get(a.instrument_key, a.instrument_key)}》\t{a.assessor}\t{len(a.scores)} 题"
        )
    return 0


def cmd_show(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    p = app_factory().instruments.profile(args.administration)
    print(
        f"{p.child_name}　《{p.instrument.name}》　{p.current.day.isoformat()}　评估人：{p.current.assessor}"
    )
    print("领域\t已评/题数\t小计/满分\t得分率\t上次\t变化")
    for d, c in zip(p.scored.domains, p.changes, strict=True):
        pct = "" if d.percent is None else f"{d.percent:g}%"
        before = "" if c.before is None else f"{c.before:g}%"
        delta = "" if c.delta is None else f"{c.delta:+g}"
        print(f"{d.name}\t{d.scored}/{d.items}\t{d.subtotal:g}/{d.maximum:g}\t{pct}\t{before}\t{delta}")
    for g in p.goals:
        mark = "进步" if g.improved else ("未进步" if g.improved is False else "—")
        print(f"目标：{g.goal_text}　→ {g.target_name}：{g.before or '—'} → {g.after or '—'}（{mark}）")
    return 0


def cmd_print(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    out = app_factory().instruments.print_profile(args.administration, args.out)
    print(f"已打印：{out}")
    return 0


def cmd_link(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app_factory().instruments.link_goal(args.goal, args.targets)
    print(f"目标 {args.goal} 已关联：{'、'.join(args.targets)}")
    return 0
