"""``special-ed committee …``: the check population, expert-committee sittings, 延缓入学, 转介, notices.

special-ed committee window --year Y [--from YYYY-MM-DD --to YYYY-MM-DD]
special-ed committee sittings
special-ed committee show SITTING_ID
special-ed committee hold FILE.json         # {"held_on", "township", "members": [...], "decisions": [...]}
special-ed committee notices SITTING_ID --out FILE.pdf
special-ed committee refer CHILD_ID --to KIND --date YYYY-MM-DD --reason TEXT [--school ID] [--team ID]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError, ValidationError


def _day(text: str | None, what: str) -> date | None:
    if text is None or text == "":
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError as exc:
        raise SpecialEdError("date.invalid", field=what, value=text) from exc


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    parser = subparsers.add_parser(
        "committee", help="适龄残疾儿童登记与专家委员会评估安置（延缓入学、转介、安置意见书）"
    )
    sub = parser.add_subparsers(dest="committee_command", metavar="ACTION", required=True)
    win = sub.add_parser("window", help="本学年应查的出生日期范围与登记册中的人数")
    win.add_argument("--year", type=int, help="学年开始的年份（默认：当前学年）")
    win.add_argument("--from", dest="start", help="自定起始出生日期 YYYY-MM-DD")
    win.add_argument("--to", dest="end", help="自定截止出生日期 YYYY-MM-DD")
    win.set_defaults(func=lambda a: cmd_window(a, app_factory))
    sub.add_parser("sittings", help="历次专家委员会会议").set_defaults(
        func=lambda a: cmd_sittings(a, app_factory)
    )
    show = sub.add_parser("show", help="一次会议的委员与每名儿童的结论")
    show.add_argument("sitting", type=int)
    show.set_defaults(func=lambda a: cmd_show(a, app_factory))
    hold = sub.add_parser("hold", help="登记一次会议及其全部结论（JSON 文件；有任何错误则一条也不写入）")
    hold.add_argument("file", type=Path)
    hold.set_defaults(func=lambda a: cmd_hold(a, app_factory))
    notices = sub.add_parser("notices", help="按会议批量打印安置意见书（一个 PDF）")
    notices.add_argument("sitting", type=int)
    notices.add_argument("--out", required=True, type=Path)
    notices.set_defaults(func=lambda a: cmd_notices(a, app_factory))
    refer = sub.add_parser("refer", help="转介：把已安置的儿童转到另一种安置方式")
    refer.add_argument("child", type=int)
    refer.add_argument("--to", required=True, help="mainstream / special_school / home（或中文）")
    refer.add_argument("--date", required=True)
    refer.add_argument("--reason", required=True)
    refer.add_argument("--school", type=int)
    refer.add_argument("--team", type=int)
    refer.add_argument("--class-name", default="")
    refer.set_defaults(func=lambda a: cmd_refer(a, app_factory))


def cmd_window(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    from special_ed.domain.compliance import ComplianceCalculator

    year = (
        args.year
        if args.year is not None
        else ComplianceCalculator(app.ctx.settings()).school_year_of(app.ctx.today())
    )
    window = app.registration.window(year, _day(args.start, "起始出生日期"), _day(args.end, "截止出生日期"))
    rows = app.registration.check_population(window)
    unplaced = sum(1 for r in rows if not r.placement or r.placement == "deferred")
    print(
        f"{year}—{year + 1}学年应查范围：{window.text()}；登记册中 {len(rows)} 人，其中未入学 {unplaced} 人"
    )
    return 0


def cmd_sittings(_args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    for s in app_factory().registration.sittings():
        counts = "，".join(f"{k} {v}" for k, v in s.outcome_counts().items())
        print(
            f"{s.id}\t{s.held_on.isoformat()}\t{s.township or '全县'}\t委员 {len(s.members)} 人\t{len(s.decisions)} 名儿童（{counts}）"
        )
    return 0


def cmd_show(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.domain.registration import OUTCOME_LABELS

    s = app_factory().registration.sitting(args.sitting)
    print(f"专家委员会会议 {s.held_on.isoformat()}　{s.township or '全县'}　{s.place}")
    print("委员：" + "、".join(f"{m.name}（{m.field}，{m.unit}）" for m in s.members))
    for d in s.decisions:
        extra = f"　复评：{d.review_on.isoformat()}" if d.review_on else ""
        print(f"{d.township}\t{d.name}\t{d.level.label}\t{OUTCOME_LABELS[d.outcome]}\t{d.reason}{extra}")
    return 0


def cmd_hold(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.domain.enums import Level
    from special_ed.domain.registration import Decision, Member, SittingInput

    try:
        doc = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecialEdError("error", detail=f"{args.file}: {exc}") from exc
    issues: list[Issue] = []
    decisions = []
    for n, d in enumerate(doc.get("decisions", []), start=1):
        level = Level.from_label(str(d.get("level", "")))
        if level is None:
            issues.append(
                Issue(
                    "invalid_choice",
                    f"decisions[{n}]",
                    {"field": f"第 {n} 名儿童的障碍程度", "value": d.get("level")},
                )
            )
            continue
        decisions.append(
            Decision(
                int(d["child_id"]),
                Level(level),
                str(d.get("outcome", "")),
                str(d.get("reason", "")),
                _day(d.get("review_on"), "复评日期"),
                d.get("school_id"),
                d.get("team_id"),
                str(d.get("class_name", "")),
                str(d.get("findings", "")),
            )
        )
    if issues:
        raise ValidationError(issues)
    app = app_factory()
    town_id = None
    if doc.get("township"):
        town_id = next((t.id for t in app.reference.townships() if t.name == doc["township"]), None)
        if town_id is None:
            raise SpecialEdError("report.township_unknown", township=doc["township"])
    held = _day(doc.get("held_on"), "会议日期")
    if held is None:
        raise SpecialEdError("required", field="会议日期 held_on")
    summary = app.registration.hold_sitting(
        SittingInput(
            held,
            [
                Member(str(x.get("name", "")), str(x.get("field", "")), str(x.get("unit", "")))
                for x in doc.get("members", [])
            ],
            decisions,
            town_id,
            str(doc.get("place", "")),
            str(doc.get("notes", "")),
        )
    )
    counts = "，".join(f"{k} {v}" for k, v in summary.outcome_counts().items())
    print(f"已登记专家委员会会议 {summary.id}：{len(summary.decisions)} 名儿童（{counts}）")
    return 0


def cmd_notices(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    app = app_factory()
    out, printed, deferred = app.registration.print_sitting_notices(args.sitting, args.out, app.printing)
    print(
        f"已打印 {printed} 份安置意见书：{out}"
        + (f"（延缓入学 {deferred} 人不出具安置意见书）" if deferred else "")
    )
    return 0


def cmd_refer(args: argparse.Namespace, app_factory: Callable[[], Any]) -> int:
    from special_ed.domain.enums import Placement
    from special_ed.domain.placement import PlacementInput

    kind = Placement.from_label(args.to)
    if kind is None:
        raise SpecialEdError("invalid_choice", field="转介后的安置方式", value=args.to)
    day = _day(args.date, "转介日期")
    assert day is not None
    app = app_factory()
    rid = app.registration.refer(
        args.child,
        PlacementInput(Placement(kind), day, "", args.school, None, args.class_name, args.team),
        args.reason,
    )
    print(f"已转介（记录 {rid}）：儿童 {args.child} → {Placement(kind).label}")
    return 0
