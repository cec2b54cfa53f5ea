"""``special-ed norms …``: the provincial presets, choosing one, and each child's annual 课时.

special-ed norms list
special-ed norms show
special-ed norms use KEY
special-ed norms annual [--year Y]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser(
        "norms", help="送教规范预设（福建、山东、河南、甘肃、宁夏、自定义）与年度课时"
    )
    sub = parser.add_subparsers(dest="norms_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="列出全部预设及其依据文件").set_defaults(func=lambda a: cmd_list(a))
    sub.add_parser("show", help="显示现行送教规范").set_defaults(func=lambda a: cmd_show(a, app_factory))
    use = sub.add_parser("use", help="采用一个预设（写入设置，所有应送次数和课时随之重算）")
    use.add_argument("key", help="预设代码：fujian shandong henan gansu ningxia custom")
    use.set_defaults(func=lambda a: cmd_use(a, app_factory))
    annual = sub.add_parser("annual", help="每名送教儿童本学年课时：目标、至今应送、已送")
    annual.add_argument("--year", type=int, help="学年开始的年份（默认：当前学年）")
    annual.set_defaults(func=lambda a: cmd_annual(a, app_factory))


def cmd_list(_args: argparse.Namespace) -> int:
    from special_ed.domain.norm_presets import CUSTOM, PRESETS

    for p in PRESETS:
        print(f"{p.key:<10}{p.name}　依据：{p.document}")
        print(f"{'':<10}{p.summary()}")
    print(f"{CUSTOM:<10}自定义　依据：本县自定的送教规范（在设置中填写）")
    return 0


def _describe(settings: Any) -> str:
    n = settings.visit_norms
    parts = []
    if n.visits_per_week:
        parts.append(f"每周 {n.visits_per_week} 次")
    if n.visits_per_month:
        parts.append(f"每月 {n.visits_per_month} 次")
    parts.append(f"每次 {n.hours_per_visit:g} 课时")
    parts.append(f"全年 {n.hours_per_year:g} 课时" if n.hours_per_year else "不设全年课时")
    parts.append("家长课堂计入" if n.parent_class_counts else "家长课堂不计入")
    parts.append(
        f"每次计工作量 {n.workload_per_visit:g} 课时" if n.workload_per_visit else "工作量按实际课时"
    )
    parts.append(f"适龄 {settings.age_min}–{settings.age_max} 周岁")
    return "；".join(parts)


def cmd_show(_args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    state = app.norms.state()
    name = state.preset.name if state.preset else "自定义"
    print(f"现行送教规范：{name}{'（采用后已修改）' if state.modified else ''}")
    if state.preset:
        print(f"依据：{state.preset.document}")
    print(_describe(app.ctx.settings()))
    return 0


def cmd_use(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    settings = app.norms.apply(args.key.strip())
    print(f"已采用送教规范预设“{args.key}”：{_describe(settings)}")
    return 0


def cmd_annual(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    report = app.norms.annual_hours(args.year)
    print(
        f"{report.school_year}—{report.school_year + 1}学年送教课时（截至 {report.as_of.isoformat()}，"
        f"全年目标 {report.hours_per_year:g} 课时按在送教上门的天数折算）"
    )
    print("乡镇\t姓名\t全年目标\t至今应送\t已送\t落后\t尚需")
    for r in report.rows:
        h = r.hours
        print(
            f"{r.township}\t{r.name}\t{h.target:g}\t{h.owed_to_date:g}\t{h.delivered:g}\t{h.behind:g}\t{h.remaining:g}"
        )
    return 0
