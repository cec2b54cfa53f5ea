"""``special-ed schedule`` and ``special-ed scenario export``.

``schedule --scenario FILE.json --out PLAN.json`` needs no database: it reads a scenario file, plans the
month and writes the plan (.json, .xlsx, .ics per team, .pdf route sheets). ``schedule --month 2027-03``
builds the scenario from the database, writes the planned visits into the records and exports the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError
from special_ed.progress import ConsoleProgress
from special_ed.scheduling.export.outputs import write_outputs
from special_ed.scheduling.model import Scenario
from special_ed.scheduling.plan import Plan
from special_ed.scheduling.scenario_io import load_scenario
from special_ed.scheduling.solver import default_time_limit, solve


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", "zh") or "zh")


def _say(text: str) -> None:
    print(text, flush=True)


def _warn(issues: list[Issue], lang: str) -> None:
    for w in issues:
        print(("提示：" if lang == "zh" else "warning: ") + w.message(lang), file=sys.stderr)


def summary(plan: Plan, lang: str = "zh") -> str:
    missing = sum(u.missing for u in plan.unscheduled)
    if lang == "zh":
        return (f"{plan.month_key}：{len(plan.routes)} 条路线，{plan.visits} 次送教，共 {plan.km:.1f} 公里、"
                f"{plan.travel_min} 分钟路程；未安排 {missing} 次")
    return (f"{plan.month_key}: {len(plan.routes)} routes, {plan.visits} visits, {plan.km:.1f} km, "
            f"{plan.travel_min} min of travel; {missing} visit(s) unscheduled")


def _print_unscheduled(plan: Plan, scenario: Scenario, lang: str) -> None:
    from special_ed.scheduling.messages import reason_text

    for u in plan.unscheduled:
        name = scenario.child(u.child).name
        if lang == "zh":
            _say(f"  未安排 {name}（{u.child}）{u.missing} 次：{reason_text(u.reason, lang)}")
        else:
            _say(f"  unscheduled {name} ({u.child}) ×{u.missing}: {reason_text(u.reason, lang)}")


def cmd_schedule(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    lang = _lang(args)
    if bool(args.scenario) == bool(args.month):
        raise SpecialEdError("sched.cli.source")
    progress = ConsoleProgress()  # teams solved; Ctrl+C stops (nothing is written)
    if args.scenario:
        if not args.out:
            raise SpecialEdError("sched.cli.out_required")
        scenario, warnings = load_scenario(args.scenario)
        _warn(warnings, lang)
        if args.travel_table:
            scenario = _with_table(scenario, args.travel_table)
        limit = args.time_limit if args.time_limit is not None else default_time_limit(scenario)
        if args.replan:
            scenario, plan = _replan(args, scenario, limit, lang)
        else:
            plan = solve(scenario, limit, progress, workers=args.workers)
        progress.finish()
        written = write_outputs(plan, scenario, Path(args.out), lang) if args.out else []
    else:
        service = app_factory().schedule
        scenario, warnings = service.scenario(args.month)
        _warn(warnings, lang)
        if args.travel_table:
            scenario = _with_table(scenario, args.travel_table)
        limit = args.time_limit if args.time_limit is not None else default_time_limit(scenario)
        from_day = None
        if args.as_of:
            from_day = _day(args.as_of)
            result = service.replan(args.month, from_day, limit, progress)
            progress.finish()
            _print_changes(result.changes, lang)
            scenario, plan = result.scenario, result.plan
        else:
            month_plan = service.solve(args.month, limit, progress, args.workers, scenario=scenario)
            progress.finish()
            assert month_plan.plan is not None
            plan = month_plan.plan
        if not args.dry_run:
            saved = service.save(plan, from_day=from_day)
            _say(("已写入 {n} 条计划送教记录" if lang == "zh" else "{n} planned visits written").format(n=saved))
        written = service.export(plan, scenario, Path(args.out), lang) if args.out else []
    _warn(plan.warnings, lang)
    _say(summary(plan, lang))
    _print_unscheduled(plan, scenario, lang)
    for path in written:
        _say(("已写出 " if lang == "zh" else "written ") + str(path))
    return 0


def _pairs(values: list[str] | None, option: str) -> list[tuple[str, date]]:
    out = []
    for v in values or []:
        key, _, day = v.rpartition("@")
        try:
            out.append((key, date.fromisoformat(day)))
        except ValueError as exc:
            raise SpecialEdError("sched.cli.pair", option=option, value=v) from exc
        if not key:
            raise SpecialEdError("sched.cli.pair", option=option, value=v)
    return out


def _replan(args: argparse.Namespace, scenario: Scenario, limit: float, lang: str) -> tuple[Scenario, Plan]:
    from special_ed.scheduling.plan import load_plan
    from special_ed.scheduling.replan import replan

    if not args.as_of:
        raise SpecialEdError("sched.cli.as_of")
    as_of = _day(args.as_of)
    leave: dict[str, list[date]] = {}
    for team, day in _pairs(args.leave, "--leave"):
        try:
            scenario.team(team)
        except KeyError as exc:
            raise SpecialEdError("sched.cli.unknown", what="team", key=team) from exc
        leave.setdefault(team, []).append(day)
    result = replan(scenario, load_plan(args.replan), as_of, _pairs(args.cancel, "--cancel"), leave, limit)
    _print_changes(result.changes, lang)
    return result.scenario, result.plan


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise SpecialEdError("sched.cli.pair", option="--as-of", value=text) from exc


def _print_changes(changes: list[Any], lang: str) -> None:
    for change in changes:
        c = change.to_json()
        old = f"{c['old']['team']} {c['old']['date']} {c['old']['start']}" if c["old"] else "—"
        new = f"{c['new']['team']} {c['new']['date']} {c['new']['start']}" if c["new"] else "—"
        _say(f"  {c['change']:8s} {change.child}: {old} → {new}")
    _say(("共 {n} 处变动" if lang == "zh" else "{n} change(s)").format(n=len(changes)))


def _with_table(scenario: Scenario, path: str) -> Scenario:
    """Entries of the imported table win over the scenario's own for the same pair."""
    import dataclasses

    from special_ed.scheduling.travel_table import read_travel_table

    table = {**scenario.travel.table, **read_travel_table(path)}
    return dataclasses.replace(scenario, travel=dataclasses.replace(scenario.travel, table=table))


def cmd_scenario_export(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.scheduling.scenario_io import save_scenario

    lang = _lang(args)
    scenario, warnings = app_factory().schedule.scenario(args.month)
    _warn(warnings, lang)
    save_scenario(scenario, args.out)
    _say(("已导出 {m} 的送教问题：{c} 名儿童，{t} 个小组 → {p}" if lang == "zh" else
          "exported {m}: {c} children, {t} teams → {p}").format(
        m=scenario.month_key, c=len(scenario.children), t=len(scenario.teams), p=args.out))
    return 0


def _time_limit(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” 不是秒数 / is not a number of seconds") from exc
    if not 0.1 <= value <= 3600:
        raise argparse.ArgumentTypeError("求解时间应在 0.1–3600 秒之间 / must be 0.1–3600 seconds")
    return value


def register(subparsers: Any, app_factory: Callable[[], Any]) -> None:
    p = subparsers.add_parser("schedule", help="安排一个月的送教上门路线")
    p.add_argument("--scenario", help="问题文件（special-ed-scenario/1 JSON），不用数据库")
    p.add_argument("--month", help="从数据库安排的月份，如 2027-03")
    p.add_argument("--out", help="输出文件：.json 计划、.xlsx、.ics（每组一个）或 .pdf 路线单")
    p.add_argument("--time-limit", type=_time_limit, default=None, help="求解时间（秒），默认按送教次数自动确定")
    p.add_argument("--workers", type=int, default=1, help="并行求解的进程数（默认 1）")
    p.add_argument("--dry-run", action="store_true", help="只计算和导出，不写入数据库")
    p.add_argument("--replan", metavar="PLAN.json", help="重排：在这个已有计划上改动（需 --scenario 和 --as-of）")
    p.add_argument("--as-of", help="重排起始日 YYYY-MM-DD：此前的送教视为已完成，保持不变"
                                   "（与 --month 同用：按数据库中的取消和请假重排该月余下的日子）")
    p.add_argument("--cancel", action="append", metavar="CHILD@DATE", help="取消的送教（可重复）")
    p.add_argument("--leave", action="append", metavar="TEAM@DATE", help="小组请假的日子（可重复）")
    p.add_argument("--travel-table", help="村与村之间的路程时间表（.csv/.xlsx：起点、终点、分钟[、公里]），优先于按直线估算")
    p.set_defaults(func=lambda args: cmd_schedule(args, app_factory))

    sc = subparsers.add_parser("scenario", help="送教问题文件")
    sc_sub = sc.add_subparsers(dest="scenario_command", metavar="ACTION", required=True)
    ex = sc_sub.add_parser("export", help="把某月的送教问题导出为 JSON（发给技术支持）")
    ex.add_argument("--month", required=True, help="月份，如 2027-03")
    ex.add_argument("--out", required=True, help="输出的 .json 文件")
    ex.set_defaults(func=lambda args: cmd_scenario_export(args, app_factory))


__all__ = ["register"]
