"""A specimen file: a home-taught child with a full term of records, built in memory.

Used by the tests, the benchmark and the sample pages in docs/ so all three
exercise the same, complete document without needing a database. The values
are invented (demo county, valid-format IDs built with make_resident_id).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from special_ed.domain.county import CountyProfile
from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.printing.issuer import Issuer, issuer_for
from special_ed.printing.model import (
    FIVE_DELIVERIES,
    HOME_TEACHING,
    Assessment,
    Attachment,
    ChildFile,
    CommitteeMember,
    CommitteeSitting,
    ComplianceFigure,
    DisabilityInfo,
    DomainScore,
    FamilyInfo,
    FileItemStatus,
    Goal,
    GoalAttainment,
    Guardian,
    LessonPlan,
    MonthPlan,
    PlacementRecord,
    Scheme,
    Team,
    TeamMember,
    TermPlan,
    TermSummary,
    Visit,
)

DOMAINS = ("生活自理", "运动", "认知", "语言与沟通", "社会适应", "情绪与行为")
DELIVERY_NOTES = {
    "送政策": "讲解残疾儿童康复救助与生活补贴申领办法",
    "送关爱": "与家长交流孩子近况，赠送学习用品",
    "送康复": "上肢精细动作训练：串珠、夹豆 20 分钟",
    "送知识": "《生活与语文》认识家庭成员称谓",
    "送技能": "练习自己洗手、擦脸",
}
TOPICS = (
    "认识家人",
    "洗手与擦脸",
    "认识数字 1—5",
    "穿脱外套",
    "认识颜色",
    "整理书包",
    "安全过马路",
    "认识钱币",
    "做简单家务",
    "节日与问候",
)


def specimen_issuer() -> Issuer:
    """The demo county's bodies, as ``issuer_for`` builds them from its profile."""
    return issuer_for(
        CountyProfile(
            "500237", "巫山县", "重庆市", "", "巫山县教育委员会", "巫山县特殊教育指导中心", "023-57681234"
        )
    )


def specimen_child(
    child_id: int = 1,
    name: str = "向小雨",
    visits_per_month: int = 4,
    township: str = "龙溪镇",
    term_start: date = date(2026, 9, 1),
    as_of: date | None = None,
) -> ChildFile:
    """``as_of``: records after that day are not done yet (visits planned, no assessment), as on a real print date."""
    birth = date(2015, 3, 14)
    rid = make_resident_id("500237", birth, 100 + 2 * (child_id % 400))  # even sequence: female
    team = Team(
        name=f"{township}送教一组",
        leader="谭明",
        members=[
            TeamMember("谭明", "特教教师（组长）", "巫山县特殊教育学校", "13983451234"),
            TeamMember("陈芳", "普校教师", f"巫山县{township}中心小学", "13512345678"),
            TeamMember("刘强", "康复治疗师", "巫山县残疾人康复中心", "15823456789"),
        ],
    )
    goals = [
        Goal(
            "生活自理", "能独立完成洗手、擦脸", "连续 3 次送教中独立完成，无需提示", date(2027, 1, 15), "陈芳"
        ),
        Goal("运动", "能用拇指和食指捏起小物件放入容器", "1 分钟内放入 10 粒黄豆", date(2027, 1, 15), "刘强"),
        Goal("认知", "认识数字 1—5 并能点数", "5 次中 4 次正确", date(2026, 12, 31), "谭明"),
        Goal(
            "语言与沟通", "能用简单词语表达需要", "主动说出“喝水”“上厕所”等 5 个词", date(2027, 1, 15), "谭明"
        ),
        Goal("社会适应", "能向来访老师问好、道别", "每次送教主动问候", date(2026, 12, 31), "陈芳"),
        Goal(
            "生活自理",
            "基本生活自理，能参与简单家务",
            "学年末能独立整理自己的床铺",
            date(2027, 7, 1),
            "谭明",
            long_term=True,
        ),
        Goal(
            "语言与沟通",
            "能用短句与家人进行日常交流",
            "学年末能说 3—5 字短句表达需要",
            date(2027, 7, 1),
            "谭明",
            long_term=True,
        ),
    ]
    baseline = [52, 38, 30, 28, 45, 55]
    mid = [60, 44, 38, 33, 52, 58]
    end = [68, 50, 45, 40, 58, 63]
    assessments = [
        Assessment(
            kind,
            day,
            ["谭明", "刘强"],
            [DomainScore(d, s) for d, s in zip(DOMAINS, scores, strict=True)],
            [GoalAttainment(g.text, att, "") for g, att in zip(goals[:5], attain, strict=True)],
            summary,
        )
        for kind, day, scores, attain, summary in (
            (
                "基线评估",
                date(2026, 9, 8),
                baseline,
                (1, 0, 0, 1, 1),
                "学生生活自理能力较弱，精细动作差，语言以单字为主，情绪总体稳定。",
            ),
            (
                "期中评估",
                date(2026, 11, 10),
                mid,
                (2, 1, 2, 1, 2),
                "洗手步骤基本掌握，需少量提示；能点数到 3；问候时需提醒。",
            ),
            (
                "期末评估",
                date(2027, 1, 12),
                end,
                (3, 2, 3, 2, 3),
                "各领域均有进步，生活自理与认知进步明显，语言表达仍是下学期重点。",
            ),
        )
    ]
    visits: list[Visit] = []
    lessons: list[LessonPlan] = []
    day = term_start + timedelta(days=(7 - term_start.weekday()) % 7 + 2)  # first Wednesday
    n = 0
    while day < date(2027, 1, 16):
        n += 1
        topic = TOPICS[n % len(TOPICS)]
        kinds = [
            k
            for i, k in enumerate(FIVE_DELIVERIES)
            if (i == 0 and n % 4 == 1) or (i > 0 and (n + i) % 3 != 0)
        ]
        if n % 9 == 0:
            visits.append(
                Visit(
                    day,
                    time(14, 0),
                    time(15, 30),
                    ["谭明", "陈芳"],
                    "学生家中",
                    "已取消",
                    cancel_reason="学生生病（发烧），家长电话告知",
                )
            )
            makeup = day + timedelta(days=2)
            visits.append(
                Visit(
                    makeup,
                    time(9, 0),
                    time(10, 30),
                    ["谭明", "陈芳"],
                    "学生家中",
                    makeup_of=day,
                    deliveries={k: DELIVERY_NOTES[k] for k in kinds},
                    class_hours=2,
                    guardian_present=True,
                    guardian_confirmation="向建国",
                    lesson_topic=topic,
                )
            )
        else:
            visits.append(
                Visit(
                    day,
                    time(14, 0),
                    time(15, 30),
                    ["谭明", "陈芳", "刘强"][: 2 + n % 2],
                    "学生家中",
                    deliveries={k: DELIVERY_NOTES[k] for k in kinds},
                    class_hours=2,
                    guardian_present=True,
                    guardian_confirmation="向建国",
                    lesson_topic=topic,
                    next_steps="巩固本次内容，家长每天陪练 10 分钟",
                )
            )
        lessons.append(
            LessonPlan(
                topic,
                day,
                [f"{goals[n % 5].domain}：{goals[n % 5].text}", "巩固上次所学内容"],
                "《生活与语文》第一单元" if n % 2 else "《生活与数学》第二单元",
                "图片卡、实物、镜子、毛巾",
                "1. 问候与热身（5 分钟）\n2. 示范与模仿（20 分钟）\n"
                "3. 分步练习，逐步减少提示（30 分钟）\n4. 游戏巩固与小结（10 分钟）\n5. 布置家庭练习",
                "能在提示下完成主要步骤",
                "学生注意力可持续约 10 分钟，下次缩短单项活动时间。",
            )
        )
        day += timedelta(days=max(1, 30 // visits_per_month))
    months = [
        MonthPlan(
            f"{y}年{m}月",
            t,
            [g.text for g in goals[i % 5 : i % 5 + 2]],
            visits_per_month,
            2.0 * visits_per_month,
        )
        for i, (y, m, t) in enumerate(
            (
                (2026, 9, "熟悉环境，建立关系；认识家人"),
                (2026, 10, "洗手擦脸；认识数字"),
                (2026, 11, "穿脱外套；认识颜色"),
                (2026, 12, "整理物品；安全常识"),
                (2027, 1, "复习巩固；期末评估"),
            )
        )
    ]
    if as_of is not None:
        visits = [
            v
            if v.visit_date <= as_of
            else Visit(v.visit_date, v.start, v.end, v.teachers, v.place, "计划", lesson_topic=v.lesson_topic)
            for v in visits
            if not (v.status == "已取消" and v.visit_date > as_of)
        ]
        assessments = [a for a in assessments if a.assessed_on <= as_of]
    done = [v for v in visits if v.status == "已完成"]
    return ChildFile(
        child_id=child_id,
        name=name,
        sex="女",
        birth_date=birth,
        resident_id=rid,
        ethnicity="土家族",
        township=township,
        village="双河村",
        county="巫山县",
        responsible_school=f"巫山县{township}中心小学",
        school_register_no="G" + rid,
        grade_class="五年级（送教）",
        status="在籍（送教上门）",
        archive_no=f"WS-SJ-2026-{child_id:04d}",
        placement=HOME_TEACHING,
        guardians=[
            Guardian(
                "向建国",
                "父亲",
                "13908761234",
                make_resident_id("500237", date(1984, 6, 2), 31),
                primary=True,
                occupation="务农",
            ),
            Guardian("李春梅", "母亲", "15123459876", "", occupation="在家照料"),
        ],
        family=FamilyInfo(
            "巫山县龙溪镇双河村 4 组 12 号",
            "农业户口",
            5,
            "脱贫户（监测对象）",
            ["残疾儿童康复救助", "困难残疾人生活补贴", "义务教育阶段家庭经济困难学生生活补助"],
            "砖混平房，距村公路约 1.5 公里山路",
            "父亲务农兼打零工，母亲在家全职照料。",
        ),
        disability=DisabilityInfo(
            make_certificate(rid, 7, 1),
            ["智力", "肢体"],
            "一级",
            "重度",
            "脑性瘫痪伴中度智力障碍，可短距离扶行",
            "巫山县残疾人教育专家委员会",
            date(2026, 6, 18),
        ),
        assessments=assessments,
        placements=[
            PlacementRecord(
                "特校就读",
                date(2022, 9, 1),
                "巫山县特殊教育学校",
                "巫山县残疾人教育专家委员会",
                "入学评估为中度",
                end_date=date(2026, 8, 31),
            ),
            PlacementRecord(
                HOME_TEACHING,
                date(2026, 9, 1),
                f"巫山县{township}中心小学",
                "巫山县残疾人教育专家委员会",
                "病情加重，无法到校，家长申请送教上门",
                team=team.name,
                sitting=CommitteeSitting(
                    date(2026, 6, 18),
                    "巫山县特殊教育指导中心",
                    [
                        CommitteeMember("邓华", "教育", "巫山县特殊教育学校"),
                        CommitteeMember("王丽", "心理", "巫山县教育科学研究所"),
                        CommitteeMember("李建", "医学", "巫山县人民医院"),
                        CommitteeMember("何平", "康复", "巫山县残疾人康复中心"),
                        CommitteeMember("周敏", "社会工作", "巫山县残疾人联合会"),
                    ],
                ),
            ),
        ],
        team=team,
        scheme=Scheme(
            "2026—2027 学年",
            [
                (d, t)
                for d, t in zip(
                    DOMAINS,
                    (
                        "洗手需全程辅助，能配合擦脸",
                        "可扶行 10 米，手部抓握力弱",
                        "能认识常见物品图片 10 种，不会点数",
                        "以单字和手势表达，能听懂简单指令",
                        "见陌生人回避，熟悉后能互动",
                        "情绪总体稳定，受挫时哭闹",
                    ),
                    strict=True,
                )
            ],
            goals,
            "轮椅、防滑餐具、图片沟通卡；家长每日陪练 10 分钟",
            "每周入户一次，每次 2 课时；康复训练与生活技能结合；每月与家长沟通一次进展。",
            "视康复进展，下学年评估是否可回校随班就读或到特校就读。",
            ["谭明", "陈芳", "刘强", "向建国"],
            date(2026, 9, 15),
            "向建国",
        ),
        term_plan=TermPlan(
            "2026—2027 学年第一学期",
            term_start,
            date(2027, 1, 15),
            months,
            "遇节假日顺延，取消的送教须在两周内补送。",
        ),
        lesson_plans=lessons,
        visits=visits,
        term_summary=TermSummary(
            "2026—2027 学年第一学期",
            [
                ComplianceFigure("送教次数", 4.0 * 4 + 2, float(len(done)), " 次"),
                ComplianceFigure("送教课时", 2.0 * (4 * 4 + 2), sum(v.class_hours for v in done), " 课时"),
                ComplianceFigure("评估次数", 2, 3, " 次"),
                ComplianceFigure("方案复核", 1, 1, " 次"),
            ],
            [
                FileItemStatus("方案", "齐全"),
                FileItemStatus("计划", "齐全"),
                FileItemStatus("教案", "齐全"),
                FileItemStatus("评估", "齐全"),
                FileItemStatus("档案", "不完整", "缺少残疾证复印件扫描件"),
            ],
            [f"{v.visit_date:%m月%d日}：{v.cancel_reason}" for v in visits if v.status == "已取消"],
            "本学期按计划完成送教，学生生活自理和认知领域进步明显。下学期重点加强语言沟通训练，继续家校配合。",
        ),
        attachments=[
            Attachment(
                "送教协议",
                "送教上门服务协议（签字扫描件）",
                date(2026, 9, 10),
                "agreement.pdf",
                482113,
                "9f2c4b1e8d7a6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3",
            ),
            Attachment(
                "照片",
                "送教现场照片（10 月）",
                date(2026, 10, 21),
                "visit-1021.jpg",
                1203344,
                "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809",
            ),
            Attachment(
                "作业",
                "家庭练习：点数作业",
                date(2026, 11, 18),
                "homework-1118.jpg",
                884412,
                "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00",
            ),
        ],
        service_agreement_signed_on=date(2026, 9, 10),
    )


def empty_child(child_id: int = 2, name: str = "周小明", placement: str = HOME_TEACHING) -> ChildFile:
    """A child with only a name and placement: every section must say that nothing is recorded."""
    return ChildFile(child_id=child_id, name=name, placement=placement, county="巫山县")
