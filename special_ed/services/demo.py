"""The demo county: a deterministic, plausible county to learn, test and benchmark with.

Its areas are the official ones of 巫山县 (500237) from the shipped 统计用区划代码 2023: 26
townships and 340 villages and communities, so the demo and ``special-ed county init 500237``
agree. By default 199 school sites (one special-education
school) and the source article's 565 school-age disabled children: 282 mild in
mainstream classes, 148 moderate at the special school and 135 severe taught
at home by teams of two or three. ``children=N`` scales the children in the
same proportions. Rows are written with bulk inserts in one transaction, and
the generation itself is one audit entry (100,000 per-row entries would only
say "demo" 100,000 times).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from special_ed.domain.divisions import Divisions
from special_ed.domain.enums import Category, ChildStatus, Level, Placement, SchoolKind, TeacherRole
from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.domain.placement import add_months
from special_ed.domain.settings import Settings
from special_ed.errors import SpecialEdError
from special_ed.persistence import audit
from special_ed.persistence import models as m
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.services.context import ServiceContext
from special_ed.services.names import initials_of, pinyin_of
from special_ed.services.settings_store import write_settings

REGION = "500237"
# The demo's profile; the names follow the official list, the phone is made up.
DEMO_PROFILE = {
    "issuing_authority": "巫山县教育委员会",
    "centre_name": "巫山县特殊教育指导中心",
    "office_phone": "023-57681234",
}
SEAT = (31.07, 109.88)
LAT_RANGE = (30.78, 31.44)
LON_RANGE = (109.58, 110.17)
SCHOOL_COUNT = 199
SOURCE_COUNTS = {Level.MILD: 282, Level.MODERATE: 148, Level.SEVERE: 135}
DEFAULT_CHILDREN = sum(SOURCE_COUNTS.values())

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "思琳浩然子涵雨欣梓轩一诺欣怡宇航佳怡俊杰诗琪明轩梦瑶志强晓东文博雅婷嘉豪心怡天佑若曦家乐紫萱泽宇晨阳语桐博文安琪宏伟静怡子墨欣然浩宇"
ETHNICITIES = ("汉族",) * 9 + ("土家族",)
CATEGORY_WEIGHTS = {
    Category.INTELLECTUAL: 40,
    Category.PHYSICAL: 18,
    Category.HEARING: 10,
    Category.VISUAL: 7,
    Category.SPEECH: 6,
    Category.MENTAL: 7,
    Category.MULTIPLE: 12,
}


@dataclass(frozen=True)
class DemoSummary:
    townships: int
    villages: int
    schools: int
    teachers: int
    teams: int
    children: int
    by_level: dict[str, int]
    seed: int
    reference_date: date
    extras: dict[str, int] = field(default_factory=dict)


# Features generate their own demo records after the county (a past term of visits, …).
# Each receives the connection, a seeded Random, the reference date and the settings.
DemoExtension = Callable[[Connection, random.Random, date, Settings], dict[str, int]]


def default_extensions() -> tuple[DemoExtension, ...]:
    from special_ed.services.records_demo import generate_records
    from special_ed.services.year_demo import generate_cases, generate_cycle, generate_year

    return (generate_records, generate_year, generate_cycle, generate_cases)


def _jitter(rng: random.Random, lat: float, lon: float, km: float) -> tuple[float, float]:
    r = km * math.sqrt(rng.random())
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / 111.0
    dlon = r * math.sin(a) / (111.0 * math.cos(math.radians(lat)))
    lat2 = min(max(lat + dlat, LAT_RANGE[0]), LAT_RANGE[1])
    lon2 = min(max(lon + dlon, LON_RANGE[0]), LON_RANGE[1])
    return round(lat2, 5), round(lon2, 5)


def _phone(rng: random.Random) -> str:
    return rng.choice(("133", "135", "138", "150", "151", "158", "177", "180", "187", "199")) + "".join(
        str(rng.randrange(10)) for _ in range(8)
    )


def level_counts(children: int) -> dict[Level, int]:
    if children == DEFAULT_CHILDREN:
        return dict(SOURCE_COUNTS)
    mild = round(children * 282 / 565)
    moderate = round(children * 148 / 565)
    return {Level.MILD: mild, Level.MODERATE: moderate, Level.SEVERE: children - mild - moderate}


def generate_demo(
    ctx: ServiceContext,
    *,
    seed: int = 2019,
    children: int = DEFAULT_CHILDREN,
    reference: date | None = None,
    progress: Progress = NO_PROGRESS,
    extensions: Sequence[DemoExtension] | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo county. Refuses a database that already has children.

    ``extensions`` default to every feature's records; ``()`` gives the bare county.
    """
    if children < 3:
        raise SpecialEdError("demo.too_few", minimum=3)
    settings = ctx.settings()
    today = ctx.today()
    if reference is None:
        ref_this = settings.reference_date(today.year)
        reference = ref_this if ref_this <= today else settings.reference_date(today.year - 1)
    rng = random.Random(seed)
    with ctx.uow("demo.write") as uow:
        if uow.session.scalar(select(func.count(m.Child.id))):
            raise SpecialEdError("demo.not_empty")
        if uow.session.scalar(select(func.count(m.Township.id))):
            raise SpecialEdError("demo.not_empty")
        county = Divisions().county(REGION)
        if county is None:
            raise SpecialEdError("divisions.missing", name="regions.tsv.xz")
        # the demo is 巫山县 as `county init 500237` would set it up, with a profile filled in
        settings = settings.with_changes(county_name=county.county.name, region_code=REGION, **DEMO_PROFILE)
        now = ctx.clock()
        write_settings(uow, settings, ctx.actor.name, now)
        uow.session.flush()
        conn = uow.session.connection()
        stamp = {
            "version": 1,
            "created_at": now,
            "created_by": ctx.actor.name,
            "updated_at": now,
            "updated_by": ctx.actor.name,
        }
        summary = _generate(conn, rng, reference, settings, children, stamp, progress)
        extras: dict[str, int] = {}
        for extension in default_extensions() if extensions is None else extensions:
            extras.update(extension(conn, rng, reference, settings))
        audit.record(
            conn,
            at=now,
            user=ctx.actor.name,
            table="*",
            record_id="demo",
            action="insert",
            changes={
                "demo": [None, {"seed": seed, "children": children, "reference": reference.isoformat()}]
            },
        )
        uow.commit()
    ctx.settings_changed(settings)
    # Bulk loads leave the planners without statistics; a page query would then pick a full sort.
    with ctx.uow("demo.write") as uow:
        uow.session.execute(text("ANALYZE"))
        uow.commit()
    return DemoSummary(**summary, seed=seed, reference_date=reference, extras=extras)


def _generate(
    conn: Connection,
    rng: random.Random,
    reference: date,
    settings: Settings,
    n_children: int,
    stamp: dict[str, Any],
    progress: Progress,
) -> dict[str, Any]:
    # ---- townships and villages -------------------------------------------------------------
    divisions = Divisions()
    official = divisions.townships(REGION)
    township_index = {t.code: i for i, t in enumerate(official)}
    town_rows = []
    centres: list[tuple[float, float]] = []
    for i, township in enumerate(official):
        if i == 0:
            lat, lon = SEAT
        else:
            lat = rng.uniform(LAT_RANGE[0] + 0.04, LAT_RANGE[1] - 0.04)
            lon = rng.uniform(LON_RANGE[0] + 0.04, LON_RANGE[1] - 0.04)
        centres.append((round(lat, 5), round(lon, 5)))
        town_rows.append(
            {
                "id": i + 1,
                "code": township.code,
                "name": township.name,
                "lat": centres[-1][0],
                "lon": centres[-1][1],
                **stamp,
            }
        )
    conn.execute(insert(m.Township), town_rows)
    village_rows = []
    villages_of: dict[int, list[int]] = {}
    for vid, official_village in enumerate(divisions.villages(REGION), start=1):
        t_index = township_index[official_village.township_code]
        lat, lon = _jitter(rng, *centres[t_index], km=7.0)
        village_rows.append(
            {
                "id": vid,
                "township_id": t_index + 1,
                "code": official_village.code,
                "name": official_village.name,
                "lat": lat,
                "lon": lon,
                **stamp,
            }
        )
        villages_of.setdefault(t_index + 1, []).append(vid)
    conn.execute(insert(m.Village), village_rows)
    village_by_id = {v["id"]: v for v in village_rows}

    # ---- schools: one special school, a central school per township, village schools and points
    school_rows = []
    special_id = 1
    school_rows.append(
        {
            "id": 1,
            "code": f"{REGION}S001",
            "name": f"{settings.county_name}特殊教育学校",
            "kind": SchoolKind.SPECIAL.value,
            "township_id": 1,
            "village_id": None,
            "address": "高唐街道",
            "phone": "023-57681234",
            "lat": SEAT[0] + 0.004,
            "lon": SEAT[1] + 0.006,
            **stamp,
        }
    )
    central_of: dict[int, int] = {}
    schools_of: dict[int, list[int]] = {}
    sid = 1
    township_names = [t.name for t in official]
    for t_index, name in enumerate(township_names):
        tid = t_index + 1
        short = name.replace("土家族", "").rstrip("镇乡").replace("街道", "")
        for label in (f"{short}中心小学", f"{short}初级中学"):
            sid += 1
            lat, lon = _jitter(rng, *centres[t_index], km=0.8)
            school_rows.append(
                {
                    "id": sid,
                    "code": f"{REGION}S{sid:03d}",
                    "name": label,
                    "kind": SchoolKind.ORDINARY.value,
                    "township_id": tid,
                    "village_id": None,
                    "address": name,
                    "phone": None,
                    "lat": lat,
                    "lon": lon,
                    **stamp,
                }
            )
            schools_of.setdefault(tid, []).append(sid)
            central_of.setdefault(tid, sid)
    remaining = SCHOOL_COUNT - sid
    all_villages = list(village_by_id)
    rng.shuffle(all_villages)
    for k in range(remaining):
        sid += 1
        village = village_by_id[all_villages[k % len(all_villages)]]
        kind = SchoolKind.ORDINARY if k % 3 else SchoolKind.TEACHING_POINT
        label = f"{village['name']}{'小学' if kind is SchoolKind.ORDINARY else '教学点'}"
        lat, lon = _jitter(rng, village["lat"], village["lon"], km=0.5)
        school_rows.append(
            {
                "id": sid,
                "code": f"{REGION}S{sid:03d}",
                "name": label,
                "kind": kind.value,
                "township_id": village["township_id"],
                "village_id": village["id"],
                "address": village["name"],
                "phone": None,
                "lat": lat,
                "lon": lon,
                **stamp,
            }
        )
        schools_of.setdefault(village["township_id"], []).append(sid)
    conn.execute(insert(m.School), school_rows)
    school_by_id = {s["id"]: s for s in school_rows}

    # ---- children -----------------------------------------------------------------------------
    counts = level_counts(n_children)
    home_by_town: dict[int, list[int]] = {}
    child_rows: list[dict[str, Any]] = []
    guardian_rows: list[dict[str, Any]] = []
    assessment_rows: list[dict[str, Any]] = []
    placement_rows: list[dict[str, Any]] = []
    seq_used: dict[tuple[str, date], int] = {}
    town_weights = [rng.uniform(0.5, 1.5) for _ in township_names]
    total = sum(counts.values())
    progress.set_total(total)
    levels = [lv for lv, n in counts.items() for _ in range(n)]
    rng.shuffle(levels)
    cats = list(CATEGORY_WEIGHTS)
    cat_weights = list(CATEGORY_WEIGHTS.values())
    for cid, level in enumerate(levels, start=1):
        tid = rng.choices(range(1, len(township_names) + 1), weights=town_weights)[0]
        village_id = rng.choice(villages_of[tid])
        village = village_by_id[village_id]
        age = rng.randint(settings.age_min, settings.age_max)
        # born so that the age on the reference date is ``age``: within the year before ref - age years
        latest = reference.replace(year=reference.year - age)
        birth = latest - timedelta(days=rng.randrange(0, 365))
        sex = "M" if rng.random() < 0.57 else "F"
        key = (village["code"][:6], birth)
        seq = seq_used.get(key, rng.randrange(0, 40) * 2)
        # sequence parity encodes sex: odd male, even female
        while (seq % 2 == 1) != (sex == "M"):
            seq += 1
        seq_used[key] = seq + 1
        resident_id = make_resident_id(REGION, birth, seq % 1000)
        surname = rng.choice(SURNAMES)
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")
        name = surname + given
        category = rng.choices(cats, weights=cat_weights)[0]
        categories = [category.value]
        if category is Category.MULTIPLE:
            categories += sorted(rng.sample(["1", "2", "4", "5"], 2))
        grade = {Level.MILD: 4, Level.MODERATE: 3, Level.SEVERE: rng.choice((1, 2))}[level]
        has_cert = rng.random() > 0.04
        certificate = (
            make_certificate(resident_id, int(category.value), grade, "B1" if rng.random() < 0.1 else "")
            if has_cert
            else None
        )
        home_lat: float | None
        home_lon: float | None
        home_lat, home_lon = _jitter(rng, village["lat"], village["lon"], km=2.0)
        if rng.random() < 0.05:
            home_lat = home_lon = None  # the family's position was never recorded
        assessed = reference - timedelta(days=rng.randrange(30, 330))
        placement = settings.level_to_placement[level]
        if placement is Placement.MAINSTREAM:
            school_id = rng.choice(schools_of[tid])
            # 7–9年级 for middle school ("初4年级" for a 15-year-old is no grade); no rng call there, as before
            class_name = (
                f"{max(1, min(6, age - 5))}年级{rng.randint(1, 3)}班"
                if age <= 11
                else f"{min(9, age - 5)}年级"
            )
        elif placement is Placement.SPECIAL_SCHOOL:
            school_id = special_id
            class_name = f"培智{max(1, min(9, age - 5))}年级"
        else:
            school_id = central_of[tid]
            class_name = ""
            home_by_town.setdefault(tid, []).append(cid)
        effective = assessed + timedelta(days=rng.randrange(7, 30))
        effective = min(effective, reference)
        review_due = add_months(effective, settings.review_interval_months)
        child_rows.append(
            {
                "id": cid,
                "name": name,
                "name_pinyin": pinyin_of(name),
                "name_initials": initials_of(name),
                "sex": sex,
                "birth_date": birth,
                "resident_id": resident_id,
                "ethnicity": rng.choice(ETHNICITIES),
                "township_id": tid,
                "village_id": village_id,
                "address": f"{township_names[tid - 1]}{village['name']}{rng.randint(1, 12)}组{rng.randint(1, 60)}号",
                "home_lat": home_lat,
                "home_lon": home_lon,
                "registered_poor": rng.random() < 0.32,
                "dibao": rng.random() < 0.15,
                "left_behind": rng.random() < 0.2,
                "orphan": rng.random() < 0.02,
                "has_certificate": has_cert,
                "certificate_no": certificate,
                "categories": ",".join(sorted(categories)),
                "primary_category": category.value,
                "grade": grade if has_cert else None,
                "level": level.value,
                "school_register_no": f"G{resident_id}",
                "register_school_id": school_id,
                "grade_year": None,
                "class_name": class_name or None,
                "status": ChildStatus.IN_SCHOOL.value,
                "placement": placement.value,
                "placement_school_id": school_id,
                "team_id": None,
                "review_due": review_due,
                "visit_window_start": None,
                "visit_window_end": None,
                "visit_weekdays": None,
                "visit_duration_min": None,
                "notes": None,
                **stamp,
            }
        )
        mother = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        father = surname + rng.choice(GIVEN) + rng.choice(GIVEN)
        guardian_rows.append(
            {
                "child_id": cid,
                "name": mother if rng.random() < 0.6 else father,
                "relation": "mother" if rng.random() < 0.6 else "father",
                "phone": _phone(rng),
                "position": 0,
                **stamp,
            }
        )
        if rng.random() < 0.45:
            guardian_rows.append(
                {
                    "child_id": cid,
                    "name": surname + rng.choice(GIVEN),
                    "relation": "grandmother",
                    "phone": _phone(rng) if rng.random() < 0.5 else None,
                    "position": 1,
                    **stamp,
                }
            )
        assessment_rows.append(
            {
                "id": cid,
                "child_id": cid,
                "assessed_on": assessed,
                "members": "县残疾人教育专家委员会：教育、心理、康复、社工各一名",
                "tools": "适应行为评定量表；韦氏儿童智力量表",
                "findings": {"认知": "见评估报告", "生活自理": "见评估报告"},
                "level": level.value,
                "recommended_placement": placement.value,
                "notes": None,
                **stamp,
            }
        )
        placement_rows.append(
            {
                "child_id": cid,
                "kind": placement.value,
                "recommended": placement.value,
                "reason": None,
                "school_id": school_id,
                "class_name": class_name or None,
                "team_id": None,
                "assessment_id": cid,
                "effective_date": effective,
                "end_date": None,
                "review_due": review_due,
                "decided_by": "县特教中心",
                "notes": None,
                **stamp,
            }
        )
        if cid % 5000 == 0:
            progress.advance(5000)  # a cancel rolls the whole county back

    # ---- teachers and home-teaching teams -------------------------------------------------------
    teacher_rows: list[dict[str, Any]] = []
    team_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    tid_counter = 0
    # Two teachers of one school with one name could not be told apart in a list (the teachers
    # import refuses the second), so a name already taken at the school is drawn again.
    names_at_school: set[tuple[int, str]] = set()

    def teacher(school_id: int, role: TeacherRole) -> int:
        nonlocal tid_counter
        tid_counter += 1
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        while (school_id, name) in names_at_school:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        names_at_school.add((school_id, name))
        teacher_rows.append(
            {
                "id": tid_counter,
                "name": name,
                "school_id": school_id,
                "role": role.value,
                "phone": _phone(rng),
                "active": True,
                **stamp,
            }
        )
        return tid_counter

    special_staff = [teacher(special_id, TeacherRole.SPECIAL_ED) for _ in range(24)]
    therapists = [teacher(special_id, TeacherRole.THERAPIST) for _ in range(4)]
    for s in school_rows[1:]:
        for _ in range(2 if s["kind"] == SchoolKind.ORDINARY.value else 1):
            teacher(s["id"], TeacherRole.ORDINARY)
    team_id = 0
    covered_rows: list[dict[str, Any]] = []
    for tid in range(1, len(township_names) + 1):
        kids = home_by_town.get(tid, [])
        if not kids:
            continue
        central = central_of[tid]
        n_teams = max(1, math.ceil(len(kids) / 4))
        for k in range(n_teams):
            team_id += 1
            base = school_by_id[central]
            short = township_names[tid - 1].replace("土家族", "")
            team_rows.append(
                {
                    "id": team_id,
                    "name": f"{short}送教{k + 1}组",
                    "school_id": central,
                    "base_lat": base["lat"],
                    "base_lon": base["lon"],
                    "max_visits_per_day": None,
                    **stamp,
                }
            )
            covered_rows.append({"team_id": team_id, "township_id": tid})  # each team covers its township
            members = [teacher(central, TeacherRole.SPECIAL_ED), teacher(central, TeacherRole.ORDINARY)]
            if team_id % 3 == 0:
                members.append(
                    therapists[team_id % len(therapists)]
                    if team_id % 2
                    else special_staff[team_id % len(special_staff)]
                )
            for pos, teacher_id in enumerate(members):
                member_rows.append(
                    {"team_id": team_id, "teacher_id": teacher_id, "is_leader": pos == 0, "position": pos}
                )
            for idx, child_id in enumerate(kids):
                if idx % n_teams == k:
                    row = child_rows[child_id - 1]
                    row["team_id"] = team_id
                    placement_rows[child_id - 1]["team_id"] = team_id
    conn.execute(insert(m.Teacher), teacher_rows)
    conn.execute(insert(m.Team), team_rows)
    conn.execute(insert(m.TeamMember), member_rows)
    conn.execute(insert(m.TeamTownship), covered_rows)
    for chunk in range(0, len(child_rows), 5000):
        conn.execute(insert(m.Child), child_rows[chunk : chunk + 5000])
        conn.execute(insert(m.CommitteeAssessment), assessment_rows[chunk : chunk + 5000])
        conn.execute(insert(m.PlacementRecord), placement_rows[chunk : chunk + 5000])
    for chunk in range(0, len(guardian_rows), 5000):
        conn.execute(insert(m.Guardian), guardian_rows[chunk : chunk + 5000])
    if conn.dialect.name == "postgresql":
        # explicit ids were inserted: move the sequences past them
        for table in (
            "townships",
            "villages",
            "schools",
            "teachers",
            "teams",
            "children",
            "committee_assessments",
        ):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            )
    by_level = {lv.value: n for lv, n in counts.items()}
    return {
        "townships": len(town_rows),
        "villages": len(village_rows),
        "schools": len(school_rows),
        "teachers": len(teacher_rows),
        "teams": len(team_rows),
        "children": len(child_rows),
        "by_level": by_level,
    }
