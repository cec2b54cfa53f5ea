"""Demo county, the county's year: structured assessments with two administrations.

The county adds its own items to the two shipped instruments (the shipped ones carry the
published domain structure only); ten home-taught children are assessed at the start of the
term and again about ten weeks later, mostly a little better the second time, and one goal of
each child's scheme is linked to the domain it addresses.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import Connection, insert, select, update

from special_ed.domain import instruments as ins
from special_ed.domain.enums import Category, Placement
from special_ed.domain.settings import Settings
from special_ed.persistence import models as m

ASSESSED_CHILDREN = 10

# Items written for the demo county (marked as county additions): not the published item texts.
COUNTY_ITEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "cdpf_autism": {
        "perception": ("听到呼名能转头寻找声源", "视线能追随移动的玩具", "能接受不同质地物品的触摸"),
        "gross_motor": ("能独立行走 10 米", "能双脚离地跳起", "能扶栏杆上下楼梯"),
        "fine_motor": ("能用拇指和食指捏起小物件", "能把积木叠高 3 块", "能用蜡笔涂画"),
        "language": ("能用单词表达需要", "能听懂“过来”“坐下”等简单指令", "能用手势或图片表达“要”"),
        "cognition": ("能指认常见物品 5 种", "能按颜色配对", "能完成 3 片拼图"),
        "social": ("被叫名字时有目光对视", "能与成人轮流玩简单游戏", "能模仿挥手再见"),
        "self_care": ("能用勺子进食", "能在提醒下如厕", "能配合洗手"),
        "emotion": ("情绪激动时能在安抚下平复", "能接受日常安排的改变", "自伤或攻击行为减少"),
    },
    "id_learning": {
        "posture": ("能独坐 5 分钟", "能扶物站立 1 分钟", "能独站 10 秒"),
        "mobility": ("能爬行 2 米", "能扶物行走", "能独立行走 5 米"),
        "motor_play": ("能双手推球", "能踢静止的球", "能参与简单的律动游戏"),
        "grasp": ("能握住粗柄勺", "能放开手中物品到指定位置", "能用三指抓取积木"),
        "manipulation": ("能翻书页", "能把豆子放入瓶中", "能拧开瓶盖"),
    },
}

SCHEME_TO_INSTRUMENT: dict[str, dict[str, str]] = {
    "cdpf_autism": {
        "生活自理": "self_care",
        "运动": "gross_motor",
        "认知": "cognition",
        "语言与沟通": "language",
        "社会适应": "social",
        "情绪与行为": "emotion",
    },
    "id_learning": {"生活自理": "manipulation", "运动": "mobility", "认知": "grasp", "社会适应": "motor_play"},
}


def _with_county_items() -> dict[str, ins.Instrument]:
    out = {}
    for builtin in ins.BUILTIN:
        instrument = builtin
        for domain_key, texts in COUNTY_ITEMS[builtin.key].items():
            for text in texts:
                instrument = instrument.with_item(domain_key, text)
        out[builtin.key] = instrument
    return out


def _scores(rng: random.Random, instrument: ins.Instrument, before: dict[str, str] | None) -> dict[str, str]:
    """First time spread over the scale; second time the same or one point better, now and then worse."""
    scored = [p for p in instrument.scale if p.value is not None]
    scored.sort(key=lambda p: p.value or 0)
    out: dict[str, str] = {}
    for code in instrument.items():
        if before is None:
            if instrument.point("X") is not None and rng.random() < 0.05:
                out[code] = "X"
                continue
            out[code] = scored[min(len(scored) - 1, int(rng.triangular(0, len(scored), 0.8)))].code
            continue
        prev = instrument.point(before.get(code, ""))
        if prev is None or prev.value is None:
            out[code] = before.get(code, scored[0].code)
            continue
        i = next(n for n, p in enumerate(scored) if p.code == prev.code)
        roll = rng.random()
        step = 1 if roll < 0.45 else (-1 if roll > 0.93 else 0)
        out[code] = scored[max(0, min(len(scored) - 1, i + step))].code
    return out


def generate_year(conn: Connection, rng: random.Random, reference: date, settings: Settings) -> dict[str, int]:
    instruments = _with_county_items()
    for instrument in instruments.values():
        conn.execute(
            insert(m.InstrumentRow).values(key=instrument.key, definition=instrument.to_dict(), version=1)
        )
    rows = conn.execute(
        select(m.Child.id, m.Child.categories)
        .join(m.PlacementRecord, m.PlacementRecord.child_id == m.Child.id)
        .where(m.PlacementRecord.kind == Placement.HOME.value, m.PlacementRecord.end_date.is_(None))
        .order_by(m.Child.id)
        .limit(ASSESSED_CHILDREN)
    ).all()
    first_day, second_day = reference + timedelta(days=15), reference + timedelta(days=78)
    administrations = 0
    for child_id, categories in rows:
        autism = Category.MENTAL.value in (categories or "").split(",")
        instrument = instruments["cdpf_autism" if autism or rng.random() < 0.4 else "id_learning"]
        before = _scores(rng, instrument, None)
        after = _scores(rng, instrument, before)
        assessor = rng.choice(("县特教中心 刘老师", "县特教中心 陈老师", "资源教师 王老师"))
        for day, scores, note in (
            (first_day, before, "学期初基线评估。"),
            (second_day, after, "学期中复评：与基线比较，见剖面图。"),
        ):
            conn.execute(
                insert(m.StructuredAssessment).values(
                    child_id=child_id,
                    instrument_key=instrument.key,
                    administered_on=day,
                    assessor=assessor,
                    scores=scores,
                    notes=note,
                    version=1,
                )
            )
            administrations += 1
        goal_row = conn.execute(
            select(m.Goal.id, m.Goal.domain)
            .join(m.Scheme, m.Scheme.id == m.Goal.scheme_id)
            .where(m.Scheme.child_id == child_id)
            .order_by(m.Scheme.school_year.desc(), m.Goal.position)
            .limit(1)
        ).first()
        if goal_row is not None:
            goal, scheme_domain = goal_row
            # the instrument domain that measures the goal's scheme domain
            domain = instrument.domain(SCHEME_TO_INSTRUMENT[instrument.key].get(scheme_domain, ""))
            domain = domain or instrument.domains[0]
            targets = [f"{instrument.key}:{domain.key}", f"{instrument.key}:{domain.items[0].code}"]
            conn.execute(update(m.Goal).where(m.Goal.id == goal).values(targets=targets))
    return {"结构化评估（两次）": administrations}
