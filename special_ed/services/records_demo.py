"""Demo records for the home-taught children: a full past term, and the current term so far.

For every child placed in home teaching, the generator writes the 五有 file and
the 五送 visits of the last term that ended before the reference date (the
spring term for a 1 September reference), and of the current term for its
first eleven weeks, followed by four weeks of planned visits. Children differ on
purpose: about 70 % are on track, 20 % a visit short here and there, 10 %
well below the norm with files left incomplete — so the compliance views have
something real to show. Visits are written with explicit ids (the make-up and
lesson-plan links need them) and never overlap within a team's day.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Delivery,
    GoalKind,
    Placement,
    VisitStatus,
)
from special_ed.domain.records import PlacementPeriod, class_hours, sha256_hex
from special_ed.domain.school_calendar import SchoolCalendar, months_between
from special_ed.domain.settings import Settings, Term
from special_ed.persistence import models as m

CURRENT_TERM_DONE_WEEKS = 11
CURRENT_TERM_PLANNED_WEEKS = 4
PERSONAL_PDF_LIMIT = 2000
SLOTS = ((time(8, 30), 90), (time(10, 30), 80), (time(14, 0), 90), (time(15, 50), 80))

GOAL_BANK: dict[str, list[tuple[str, str]]] = {
    "生活自理": [
        ("独立用勺进食", "连续 3 次独立完成，洒落少于 1/4"),
        ("自己穿脱开衫", "5 次中 4 次在 5 分钟内完成"),
    ],
    "运动": [("扶物站立 1 分钟", "连续 3 天每天 3 次达到"), ("手指抓握小物件", "10 粒豆子中放入瓶中 8 粒")],
    "认知": [("认识红黄蓝三色", "指认正确率 80%"), ("数数 1–10", "连续 2 次独立数对")],
    "语言与沟通": [("用单词表达需求", "一天内主动表达 5 次"), ("听懂简单指令", "10 次指令完成 8 次")],
    "社会适应": [("认识家庭成员称呼", "能指认 5 位家庭成员"), ("安全标志识别", "认识 3 个常见安全标志")],
    "情绪与行为": [
        ("情绪激动时能接受安抚", "5 分钟内平复，一周 4 次"),
        ("等待轮流", "游戏中能等待 3 次轮换"),
    ],
}
TOPICS = (
    "生活自理：进食与洗漱",
    "认知：颜色与形状",
    "运动：康复训练",
    "语言：表达需求",
    "社会适应：认识家乡",
    "生活数学：认识人民币",
    "生活语文：认识常用字",
    "情绪：安抚与等待",
)
NOTES: dict[Delivery, tuple[str, ...]] = {
    Delivery.POLICY: ("讲解残疾儿童康复救助政策", "协助申请两补一助", "宣传义务教育资助政策"),
    Delivery.CARE: ("送去绘本和文具", "与家长谈心，了解家庭困难", "陪孩子做游戏"),
    Delivery.REHAB: ("被动操 20 分钟", "手部精细动作训练", "站立与行走训练"),
    Delivery.KNOWLEDGE: ("《生活与语文》认识水果", "《生活与数学》数一数", "认识颜色"),
    Delivery.SKILLS: ("练习系扣子", "练习用勺吃饭", "练习洗手"),
}
REASONS = (
    CancelReason.CHILD_ILL,
    CancelReason.WEATHER,
    CancelReason.ROAD_CLOSED,
    CancelReason.FAMILY_AWAY,
    CancelReason.TEACHER_LEAVE,
)


@dataclass
class _Child:
    id: int
    team_id: int
    school_id: int | None
    start: date
    has_certificate: bool
    guardian: str
    profile: str  # "good" | "short" | "poor"


class _Ids:
    def __init__(self, conn: Connection) -> None:
        self.next = {
            model: (conn.scalar(select(func.max(model.id))) or 0) + 1
            for model in (
                m.Scheme,
                m.Goal,
                m.TermPlan,
                m.LessonPlan,
                m.ProgressAssessment,
                m.Attachment,
                m.Visit,
            )
        }

    def take(self, model: Any) -> int:
        value: int = self.next[model]
        self.next[model] = value + 1
        return value


def _png(rgb: tuple[int, int, int], width: int = 48, height: int = 36) -> bytes:
    """A tiny valid PNG of one colour: stands in for a photo or a scan without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _agreement_pdf(child_name: str, guardian: str, day: date) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pageCompression=1, invariant=1)  # invariant: same bytes every run
    pdf.setFont("STSong-Light", 18)
    pdf.drawString(200, 780, "送教上门服务协议")
    pdf.setFont("STSong-Light", 12)
    lines = (
        f"学生：{child_name}",
        f"监护人：{guardian}",
        "服务内容：送政策、送关爱、送康复、送知识、送技能",
        "服务频次：每月不少于 2 次，每次不少于 2 课时",
        f"签订日期：{day.isoformat()}",
    )
    for i, text in enumerate(lines):
        pdf.drawString(72, 730 - 24 * i, text)
    pdf.save()
    return buf.getvalue()


def _past_term(settings: Settings, reference: date) -> Term | None:
    ended = [t for t in settings.terms if t.end < reference]
    return max(ended, key=lambda t: t.end) if ended else None


def _school_year(settings: Settings, day: date) -> int:
    return day.year if day >= settings.reference_date(day.year) else day.year - 1


def generate_records(
    conn: Connection, rng: random.Random, reference: date, settings: Settings
) -> dict[str, int]:
    rows = conn.execute(
        select(
            m.PlacementRecord.child_id,
            m.PlacementRecord.team_id,
            m.PlacementRecord.school_id,
            m.PlacementRecord.effective_date,
            m.Child.has_certificate,
            m.Child.name,
        )
        .join(m.Child, m.Child.id == m.PlacementRecord.child_id)
        .where(m.PlacementRecord.kind == Placement.HOME.value, m.PlacementRecord.end_date.is_(None))
        .order_by(m.PlacementRecord.child_id)
    ).all()
    if not rows:
        return {}
    guardians = dict(
        conn.execute(select(m.Guardian.child_id, m.Guardian.name).where(m.Guardian.position == 0)).all()
    )
    members: dict[int, list[int]] = {}
    for team_id, teacher_id in conn.execute(
        select(m.TeamMember.team_id, m.TeamMember.teacher_id).order_by(m.TeamMember.position)
    ):
        members.setdefault(team_id, []).append(teacher_id)
    children = []
    names: dict[int, str] = {}
    for cid, placed_team, school_id, start, has_cert, name in rows:
        if placed_team is None:
            continue
        team_id = int(placed_team)
        roll = rng.random()
        profile = "good" if roll < 0.7 else "short" if roll < 0.9 else "poor"
        children.append(
            _Child(cid, team_id, school_id, start, bool(has_cert), guardians.get(cid, "家长"), profile)
        )
        names[cid] = name
    gen = _Generator(conn, rng, settings, members, names)
    past = _past_term(settings, reference)
    current = settings.term_for(reference) or next((t for t in settings.terms if t.start >= reference), None)
    for child in children:
        if past is not None:
            gen.term(child, past, past.end, None)
        if current is not None:
            done_until = min(current.end, reference + timedelta(weeks=CURRENT_TERM_DONE_WEEKS))
            planned_until = min(current.end, done_until + timedelta(weeks=CURRENT_TERM_PLANNED_WEEKS))
            gen.term(child, current, done_until, planned_until)
    gen.flush()
    if conn.dialect.name == "postgresql":
        for table in (
            "schemes",
            "goals",
            "term_plans",
            "lesson_plans",
            "progress_assessments",
            "attachments",
            "visits",
        ):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
    return {f"records_{k}": v for k, v in gen.counts.items()}


class _Generator:
    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        settings: Settings,
        members: dict[int, list[int]],
        names: dict[int, str],
    ) -> None:
        self.conn, self.rng, self.settings, self.members, self.names = conn, rng, settings, members, names
        self.ids = _Ids(conn)
        self.calendar = SchoolCalendar(settings)
        self.calc = ComplianceCalculator(settings)
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.teachers: list[dict[str, Any]] = []
        self.slots: dict[tuple[int, date], set[int]] = {}
        self.schemes: dict[tuple[int, int], tuple[int, list[int]]] = {}  # (child, year) → scheme id, goal ids
        self.counts: dict[str, int] = {}
        self.done_by_child: dict[int, list[dict[str, Any]]] = {}
        self.goal_rows: dict[int, dict[str, Any]] = {}
        self.sample_pdf: bytes | None = None
        self.assessed: set[int] = set()
        self.archived: set[int] = set()

    def add(self, model: Any, row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)
        if model is m.Goal:
            self.goal_rows[row["id"]] = row
        key = model.__tablename__
        self.counts[key] = self.counts.get(key, 0) + 1

    def flush(self) -> None:
        for model in (
            m.Scheme,
            m.Goal,
            m.TermPlan,
            m.LessonPlan,
            m.Visit,
            m.ProgressAssessment,
            m.Attachment,
        ):
            rows = self.rows.get(model, [])
            for i in range(0, len(rows), 2000):
                self.conn.execute(insert(model), rows[i : i + 2000])
        if self.teachers:
            self.conn.execute(insert(m.VisitTeacher), self.teachers)

    # ---- one child, one term ----------------------------------------------------------------

    def term(self, child: _Child, term: Term, done_until: date, planned_until: date | None) -> None:
        start = max(term.start, child.start)
        if start > (planned_until or done_until):
            return  # placed at home after this stretch of the term
        poor = child.profile == "poor"
        _, goal_ids = self.scheme(child, term, start)
        self.plan(child, term, goal_ids, complete=not poor or self.rng.random() < 0.3)
        self.visits(child, term, start, done_until, planned_until, goal_ids)
        self.assessments(child, term, start, done_until, goal_ids)
        self.archive(child, term, start, done_until)

    def scheme(self, child: _Child, term: Term, start: date) -> tuple[int, list[int]]:
        year = _school_year(self.settings, term.start)
        key = (child.id, year)
        if key in self.schemes:
            scheme_id, goal_ids = self.schemes[key]
            goal_ids += self.goals(scheme_id, term, goal_ids[:2])
            return scheme_id, goal_ids
        rng = self.rng
        scheme_id = self.ids.take(m.Scheme)
        domains = list(self.settings.scheme_domains)
        levels = {d: f"{d}：能在提示下完成部分活动，需要成人辅助" for d in domains}
        if child.profile == "poor" and rng.random() < 0.6:
            levels = {d: levels[d] for d in domains[:3]}
        agreed = child.profile != "poor" or rng.random() < 0.4
        self.add(
            m.Scheme,
            {
                "id": scheme_id,
                "child_id": child.id,
                "school_year": f"{year}-{year + 1}",
                "present_levels": levels,
                "supports": "轮椅、防滑餐具；家长每日配合训练 20 分钟",
                "implementation": "每月送教不少于 2 次，每次 2 课时",
                "transition": "视康复进展评估是否转入特校就读",
                "team_members": "特教教师、普校教师、康复治疗师、家长",
                "guardian_agreed_on": start + timedelta(days=7) if agreed else None,
                "guardian_name": child.guardian if agreed else None,
                "reviewed_on": start + timedelta(days=rng.randrange(3, 20)),
                "version": 1,
            },
        )
        long_ids: list[int] = []
        for domain in rng.sample(domains, 2):
            text, criterion = rng.choice(GOAL_BANK.get(domain, [("综合能力提升", "教师观察记录达标")]))
            goal_id = self.ids.take(m.Goal)
            self.add(
                m.Goal,
                {
                    "id": goal_id,
                    "scheme_id": scheme_id,
                    "kind": GoalKind.LONG_TERM.value,
                    "domain": domain,
                    "text": f"学年内{text}",
                    "criterion": criterion,
                    "target_date": date(year + 1, 6, 30),
                    "term": None,
                    "responsible": "特教教师",
                    "parent_id": None,
                    "position": len(long_ids),
                    "version": 1,
                },
            )
            long_ids.append(goal_id)
        goal_ids = long_ids + self.goals(scheme_id, term, long_ids)
        self.schemes[key] = (scheme_id, goal_ids)
        return scheme_id, goal_ids

    def goals(self, scheme_id: int, term: Term, parents: Sequence[int]) -> list[int]:
        rng = self.rng
        out = []
        position = len(self.rows.get(m.Goal, []))
        for parent in parents:
            p = self.goal_rows[parent]
            goal_id = self.ids.take(m.Goal)
            criterion = "" if rng.random() < 0.04 else p["criterion"]  # a few goals lack a criterion
            self.add(
                m.Goal,
                {
                    "id": goal_id,
                    "scheme_id": scheme_id,
                    "kind": GoalKind.TERM.value,
                    "domain": p["domain"],
                    "text": p["text"].replace("学年内", "本学期初步"),
                    "criterion": criterion,
                    "target_date": term.end - timedelta(days=7),
                    "term": term.name,
                    "responsible": "送教小组",
                    "parent_id": parent,
                    "position": 10 + position,
                    "version": 1,
                },
            )
            out.append(goal_id)
        return out

    def plan(self, child: _Child, term: Term, goal_ids: list[int], complete: bool) -> None:
        months = months_between(term.start, term.end)
        if not complete:
            months = months[: max(1, len(months) // 2)]
        norms = self.settings.visit_norms
        items = [
            {
                "month": f"{y}-{mo:02d}",
                "topics": self.rng.choice(TOPICS),
                "goal_ids": goal_ids[-2:],
                "planned_visits": norms.visits_per_month,
                "planned_hours": norms.visits_per_month * norms.hours_per_visit,
            }
            for y, mo in months
        ]
        self.add(
            m.TermPlan,
            {
                "id": self.ids.take(m.TermPlan),
                "child_id": child.id,
                "term": term.name,
                "term_start": term.start,
                "term_end": term.end,
                "planned_visits": sum(i["planned_visits"] for i in items),
                "planned_hours": sum(i["planned_hours"] for i in items),
                "months": items,
                "notes": None,
                "version": 1,
            },
        )

    def slot(self, team_id: int, day: date) -> int | None:
        used = self.slots.setdefault((team_id, day), set())
        free = [i for i in range(len(SLOTS)) if i not in used]
        if not free:
            return None
        choice = self.rng.choice(free)
        used.add(choice)
        return choice

    def visits(
        self,
        child: _Child,
        term: Term,
        start: date,
        done_until: date,
        planned_until: date | None,
        goal_ids: list[int],
    ) -> None:
        rng = self.rng
        placement = [PlacementPeriod(Placement.HOME, child.start, None, child.team_id, child.school_id)]
        end = planned_until or done_until
        cells = self.calc.cells(child.id, placement, [], start, end)
        keep = {"good": 1.0, "short": 0.8, "poor": 0.45}[child.profile]
        for cell in cells:
            open_days = [
                d
                for d in self.calendar.open_days(max(start, date(cell.year, cell.month, 1)), end)
                if d.month == cell.month and d.year == cell.year
            ]
            if not open_days:
                continue
            wanted = cell.required_visits + (1 if child.profile == "good" and rng.random() < 0.2 else 0)
            chosen = sorted(rng.sample(open_days, min(wanted, len(open_days))))
            for day in chosen:
                planned = day > done_until
                status = VisitStatus.PLANNED if planned else VisitStatus.DONE
                if not planned and rng.random() > keep:
                    if rng.random() < 0.5:
                        continue  # simply not done, and nothing recorded
                    status = VisitStatus.CANCELLED
                elif not planned and rng.random() < 0.06:
                    status = VisitStatus.CANCELLED  # even children on track miss a visit now and then
                original = self.visit(child, day, status, goal_ids)
                if status is VisitStatus.CANCELLED and original and child.profile == "good":
                    later = [d for d in open_days if day < d <= done_until]
                    if later:
                        self.visit(child, rng.choice(later), VisitStatus.DONE, goal_ids, makeup_of=original)

    def visit(
        self, child: _Child, day: date, status: VisitStatus, goal_ids: list[int], makeup_of: int | None = None
    ) -> int | None:
        rng = self.rng
        slot = self.slot(child.team_id, day)
        if slot is None:
            return None
        start, minutes = SLOTS[slot]
        end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
        if child.profile == "poor" and rng.random() < 0.3:
            end = (datetime.combine(day, start) + timedelta(minutes=55)).time()  # a short visit
            minutes = 55
        visit_id = self.ids.take(m.Visit)
        row: dict[str, Any] = {
            "id": visit_id,
            "child_id": child.id,
            "team_id": child.team_id,
            "day": day,
            "start_time": start,
            "end_time": end,
            "status": status.value,
            "cancel_reason": None,
            "cancel_note": None,
            "makeup_of_id": makeup_of,
            "place": "学生家中",
            "lesson_plan_id": None,
            "class_hours": None,
            "guardian_present": False,
            "guardian_name": None,
            "guardian_confirmed": False,
            "next_steps": None,
            "version": 1,
        }
        for delivery in Delivery:
            row[delivery.value] = False
            row[f"{delivery.value}_note"] = None
        if status is VisitStatus.CANCELLED:
            reason = rng.choice(REASONS)
            row.update(
                cancel_reason=reason.value,
                cancel_note="山路塌方，无法通行" if reason is CancelReason.ROAD_CLOSED else None,
            )
        elif status is VisitStatus.DONE:
            picked = rng.sample(list(Delivery), rng.randint(2, 4))
            for delivery in picked:
                row[delivery.value] = True
                row[f"{delivery.value}_note"] = rng.choice(NOTES[delivery])
            row.update(
                class_hours=class_hours(minutes, self.settings.class_hour_minutes),
                guardian_present=True,
                guardian_name=child.guardian,
                guardian_confirmed=rng.random() < 0.9,
                next_steps="巩固本次训练内容，家长每日练习",
            )
            if child.profile != "poor" or rng.random() < 0.5:
                lesson_id = self.ids.take(m.LessonPlan)
                self.add(
                    m.LessonPlan,
                    {
                        "id": lesson_id,
                        "child_id": child.id,
                        "school_id": child.school_id,
                        "is_template": False,
                        "planned_on": day,
                        "topic": rng.choice(TOPICS),
                        "objectives": "完成本次训练目标",
                        "goal_ids": goal_ids[-2:],
                        "textbook_unit": rng.choice(("《生活与语文》", "《生活与数学》", "自编")),
                        "materials": "图卡、实物、康复器材",
                        "steps": "1. 问候与热身\n2. 新授\n3. 练习\n4. 小结与家长指导",
                        "evaluation": "在提示下完成",
                        "reflection": "下次增加练习次数",
                        "version": 1,
                    },
                )
                row["lesson_plan_id"] = lesson_id
        self.add(m.Visit, row)
        if status is VisitStatus.DONE:
            self.done_by_child.setdefault(child.id, []).append(row)
        if status is not VisitStatus.CANCELLED:
            for teacher_id in self.members.get(child.team_id, []):
                self.teachers.append({"visit_id": visit_id, "teacher_id": teacher_id})
        return visit_id

    def assessments(
        self, child: _Child, term: Term, start: date, done_until: date, goal_ids: list[int]
    ) -> None:
        rng = self.rng
        plan = [
            (
                AssessmentKind.BASELINE
                if child.start >= term.start or not self._assessed_before(child)
                else AssessmentKind.MIDTERM,
                start + timedelta(days=10),
            )
        ]
        plan.append((AssessmentKind.ENDTERM, term.end - timedelta(days=10)))
        if child.profile == "poor":
            plan = plan[:1]
        base = rng.randint(15, 40)
        for n, (kind, day) in enumerate(plan):
            if day > done_until or day < start:
                continue
            scores = {
                d: float(min(100, base + n * rng.randint(3, 12) + rng.randint(-5, 5)))
                for d in self.settings.scheme_domains
            }
            attainment = {str(g): min(4, n + rng.randint(0, 2)) for g in goal_ids[-2:]}
            self.add(
                m.ProgressAssessment,
                {
                    "id": self.ids.take(m.ProgressAssessment),
                    "child_id": child.id,
                    "kind": kind.value,
                    "assessed_on": day,
                    "assessor": "送教小组",
                    "domain_scores": scores,
                    "goal_attainment": attainment,
                    "notes": "进步明显" if n else "基线：需大量辅助",
                    "version": 1,
                },
            )
            self.assessed.add(child.id)

    def _assessed_before(self, child: _Child) -> bool:
        return child.id in self.assessed

    def agreement(self, child: _Child, start: date) -> bytes:
        # A signed agreement per child reads well in the demo; at benchmark scale (tens of thousands
        # of children) one shared sample keeps generation quick.
        if len(self.names) <= PERSONAL_PDF_LIMIT:
            return _agreement_pdf(self.names.get(child.id, ""), child.guardian, start)
        if self.sample_pdf is None:
            self.sample_pdf = _agreement_pdf("（示例）", "（示例）", start)
        return self.sample_pdf

    def archive(self, child: _Child, term: Term, start: date, done_until: date) -> None:
        rng = self.rng
        first = child.id not in self.archived
        self.archived.add(child.id)
        files: list[tuple[AttachmentKind, str, bytes, date, str]] = []
        if first and (child.profile != "poor" or rng.random() < 0.5):
            pdf = self.agreement(child, start)
            files.append((AttachmentKind.AGREEMENT, "送教协议.pdf", pdf, start, "家长签字的送教上门服务协议"))
        if first and child.has_certificate:
            files.append(
                (AttachmentKind.CERTIFICATE, "残疾证复印件.png", _png((235, 225, 200)), start, "残疾证复印件")
            )
        done = [r for r in self.done_by_child.get(child.id, []) if start <= r["day"] <= done_until]
        if done and (child.profile == "good" or rng.random() < 0.3):
            for r in rng.sample(done, min(2, len(done))):
                color = (rng.randint(90, 200), rng.randint(120, 200), rng.randint(90, 180))
                files.append(
                    (AttachmentKind.PHOTO, f"送教照片{r['day']:%m%d}.png", _png(color), r["day"], "送教现场")
                )
        for kind, name, data, day, text in files:
            self.add(
                m.Attachment,
                {
                    "id": self.ids.take(m.Attachment),
                    "child_id": child.id,
                    "visit_id": None,
                    "kind": kind.value,
                    "taken_on": day,
                    "description": text,
                    "filename": name,
                    "mime": "application/pdf" if name.endswith(".pdf") else "image/png",
                    "size": len(data),
                    "sha256": sha256_hex(data),
                    "content": data,
                    "version": 1,
                },
            )
