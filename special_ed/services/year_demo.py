"""Demo county, the county's year: structured assessments with two administrations.

The county adds its own items to the two shipped instruments (the shipped ones carry the
published domain structure only); ten home-taught children are assessed at the start of the
term and again about ten weeks later, mostly a little better the second time, and one goal of
each child's scheme is linked to the domain it addresses.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

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
    "id_learning": {
        "生活自理": "manipulation",
        "运动": "mobility",
        "认知": "grasp",
        "社会适应": "motor_play",
    },
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


def generate_year(
    conn: Connection, rng: random.Random, reference: date, settings: Settings
) -> dict[str, int]:
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


MEMBERS = (
    {"name": "谭明华", "field": "教育", "unit": "县教育委员会"},
    {"name": "向丽", "field": "心理", "unit": "县特殊教育学校"},
    {"name": "冉建国", "field": "康复", "unit": "县人民医院康复科"},
    {"name": "邓小琴", "field": "社会工作", "unit": "县残联"},
)


def generate_cycle(
    conn: Connection, rng: random.Random, reference: date, settings: Settings
) -> dict[str, int]:
    """A committee sitting in late May for the township with the most children placed then; two of its
    children had been deferred (延缓入学) the previous autumn; one special-school child moves to a
    mainstream class (转介) in October."""
    may_start = date(reference.year, 5, 1)
    may_end = date(reference.year, 6, 15)
    rows = conn.execute(
        select(
            m.PlacementRecord.id,
            m.PlacementRecord.child_id,
            m.PlacementRecord.effective_date,
            m.PlacementRecord.kind,
            m.Child.township_id,
        )
        .join(m.Child, m.Child.id == m.PlacementRecord.child_id)
        .where(m.PlacementRecord.effective_date.between(may_start, may_end))
        .order_by(m.PlacementRecord.effective_date, m.PlacementRecord.child_id)
    ).all()
    if not rows:
        return {}
    by_town: dict[int, list[Any]] = {}
    for r in rows:
        by_town.setdefault(r.township_id, []).append(r)
    town, placed = max(by_town.items(), key=lambda kv: (len(kv[1]), -kv[0]))
    held_on = min(r.effective_date for r in placed)
    stamp = {"version": 1}
    sitting_id = _new_id(
        conn,
        insert(m.CommitteeSitting).values(
            held_on=held_on,
            township_id=town,
            place="县特殊教育学校会议室",
            members=list(MEMBERS),
            notes="按乡镇集中评估，逐一给出安置意见。",
            **stamp,
        ),
    )
    members_text = "、".join(f"{x['name']}（{x['field']}）" for x in MEMBERS)
    decided = 0
    for r in placed:
        assessment = conn.execute(
            select(m.CommitteeAssessment.id)
            .where(m.CommitteeAssessment.child_id == r.child_id)
            .order_by(m.CommitteeAssessment.assessed_on.desc())
            .limit(1)
        ).scalar()
        values = {
            "sitting_id": sitting_id,
            "outcome": r.kind,
            "assessed_on": held_on,
            "members": members_text,
        }
        if assessment is not None:
            conn.execute(
                update(m.CommitteeAssessment).where(m.CommitteeAssessment.id == assessment).values(**values)
            )
            decided += 1
    # two of them had been deferred at the previous autumn's review, for treatment
    autumn = date(reference.year - 1, 10, 20)
    reasons = ("术后康复治疗中，暂不宜入学", "癫痫发作频繁，需住院治疗一段时间")
    deferrals = 0
    for r, reason in zip(placed[:2], reasons, strict=False):
        level = conn.execute(select(m.Child.level).where(m.Child.id == r.child_id)).scalar() or "severe"
        conn.execute(
            insert(m.CommitteeAssessment).values(
                child_id=r.child_id,
                assessed_on=autumn,
                members=members_text,
                tools="",
                findings={},
                level=level,
                recommended_placement=r.kind,
                outcome="deferred",
                outcome_reason=reason,
                review_on=held_on,
                notes="延缓入学，到期复评",
                **stamp,
            )
        )
        deferrals += 1
    # 转介: a special-school child who has progressed moves to a mainstream class in October
    moved = conn.execute(
        select(m.PlacementRecord.id, m.PlacementRecord.child_id, m.Child.township_id)
        .join(m.Child, m.Child.id == m.PlacementRecord.child_id)
        .where(
            m.PlacementRecord.kind == Placement.SPECIAL_SCHOOL.value,
            m.PlacementRecord.end_date.is_(None),
            m.PlacementRecord.effective_date < reference,
        )
        .order_by(m.PlacementRecord.child_id)
        .limit(1)
    ).first()
    referrals = 0
    if moved is not None:
        day = date(reference.year, 10, 15)
        school = conn.execute(
            select(m.School.id)
            .where(m.School.township_id == moved.township_id, m.School.kind == "ordinary")
            .order_by(m.School.id)
            .limit(1)
        ).scalar()
        if school is not None:
            conn.execute(
                update(m.PlacementRecord)
                .where(m.PlacementRecord.id == moved.id)
                .values(end_date=day - timedelta(days=1))
            )
            new_id = _new_id(
                conn,
                insert(m.PlacementRecord).values(
                    child_id=moved.child_id,
                    kind=Placement.MAINSTREAM.value,
                    recommended=Placement.SPECIAL_SCHOOL.value,
                    reason="经复评，生活自理和沟通能力明显进步，可随班就读（配资源教师支持）",
                    school_id=school,
                    class_name="三年级2班",
                    effective_date=day,
                    review_due=date(day.year + 1, day.month, day.day),
                    decided_by="县特教中心",
                    **stamp,
                ),
            )
            conn.execute(
                update(m.Child)
                .where(m.Child.id == moved.child_id)
                .values(
                    placement=Placement.MAINSTREAM.value,
                    placement_school_id=school,
                    team_id=None,
                    class_name="三年级2班",
                    review_due=date(day.year + 1, day.month, day.day),
                )
            )
            conn.execute(
                insert(m.Referral).values(
                    child_id=moved.child_id,
                    decided_on=day,
                    from_placement=Placement.SPECIAL_SCHOOL.value,
                    to_placement=Placement.MAINSTREAM.value,
                    reason="复评后由特校就读转为随班就读",
                    placement_id=new_id,
                    **stamp,
                )
            )
            referrals = 1
    return {"专家委员会会议": 1, "会议评估安置人数": decided, "延缓入学": deferrals, "转介": referrals}


def _new_id(conn: Connection, stmt: Any) -> int:
    key = conn.execute(stmt).inserted_primary_key
    assert key is not None
    return int(key[0])


def generate_cases(
    conn: Connection, rng: random.Random, reference: date, settings: Settings
) -> dict[str, int]:
    """Three suspected dropouts found by the autumn's door-to-door check; one back in school and closed."""
    rows = conn.execute(
        select(m.Child.id, m.Child.name, m.Child.resident_id, m.Township.name)
        .join(m.Township, m.Township.id == m.Child.township_id)
        .where(m.Child.placement == Placement.MAINSTREAM.value)
        .order_by(m.Child.id.desc())
        .limit(3)
    ).all()
    opened = reference + timedelta(days=20)
    stories = (
        ("连续两周未到校，班主任电话联系不上家长", "随外出务工的父母去了外地"),
        ("开学后未报到，村委会反映在家照看弟妹", "家中缺劳力"),
        ("学籍在校但连续缺课 10 天", "厌学，怕同学嘲笑"),
    )
    for n, ((cid, name, rid, town), (why, cause)) in enumerate(zip(rows, stories, strict=False)):
        case_id = _new_id(
            conn,
            insert(m.DropoutCase).values(
                child_id=cid,
                name=name,
                resident_id=rid,
                township=town,
                source="铁脚板摸排",
                opened_on=opened + timedelta(days=n),
                opened_reason=why,
                version=1,
            ),
        )
        visits = [
            (
                opened + timedelta(days=n + 2),
                "班主任、村主任",
                f"了解原因：{cause}；宣讲义务教育法和资助政策",
                "家长答应考虑",
            ),
            (
                opened + timedelta(days=n + 9),
                "校长、驻村干部",
                "送教育资助政策上门，约定返校时间",
                "家长同意下周送孩子返校" if n == 0 else "仍未返校",
            ),
        ]
        for day, who, what, result in visits:
            conn.execute(
                insert(m.PersuasionRecord).values(
                    case_id=case_id, day=day, who=who, what=what, result=result, version=1
                )
            )
        if n == 0:
            conn.execute(
                update(m.DropoutCase)
                .where(m.DropoutCase.id == case_id)
                .values(
                    closed_on=opened + timedelta(days=14),
                    close_kind="back_in_school",
                    close_reason="已返校上课，班主任每日确认出勤",
                )
            )
    return {"疑似辍学": len(rows), "已销号": 1 if rows else 0}
