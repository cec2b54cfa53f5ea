"""Building the print model (:mod:`special_ed.printing.model`) from the database, in bulk.

One batch of children costs a fixed number of queries (children with
guardians, placements, committee assessments, progress assessments, schemes
with goals, term plans, lesson plans, visits with teachers, attachment
metadata) whatever its size, so the county's 565 files load in seconds.
Reference names (townships, villages, schools, teams, teachers) are read once.
Every record type may be missing: the documents then say so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from special_ed.domain.completeness import ItemMark, Mark, marks
from special_ed.domain.compliance import Cell, ComplianceCalculator, totals
from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Category,
    ChildStatus,
    GoalKind,
    GuardianRelation,
    Labelled,
    Level,
    Placement,
    Sex,
    TeacherRole,
    VisitStatus,
)
from special_ed.domain.settings import Settings, Term
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork
from special_ed.printing import model as pm
from special_ed.printing.issuer import Issuer
from special_ed.services.compliance import cells_between, file_facts, term_as_of

E = TypeVar("E", bound=Labelled)
_CHUNK = 500  # below SQLite's bound-parameter limit
GRADE_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
STATUS_WORDS = {VisitStatus.DONE: "已完成", VisitStatus.PLANNED: "计划", VisitStatus.CANCELLED: "已取消"}
MARK_WORDS = {Mark.PRESENT: "齐全", Mark.INCOMPLETE: "不完整", Mark.MISSING: "缺失"}
DELIVERY_FIELDS = (
    ("送政策", "policy"),
    ("送关爱", "care"),
    ("送康复", "rehab"),
    ("送知识", "knowledge"),
    ("送技能", "skills"),
)


def label(enum: type[E], code: str | None, default: str = "") -> str:
    """The Chinese label of a stored code; an unknown code prints as itself rather than vanishing."""
    if not code:
        return default
    try:
        return enum(code).label
    except ValueError:
        return code


@dataclass(frozen=True)
class TeacherRef:
    name: str
    role: str
    school_id: int
    phone: str


@dataclass(frozen=True)
class TeamRef:
    name: str
    members: tuple[tuple[int, bool], ...]  # (teacher id, is leader) in team order


@dataclass
class References:
    """Names of the small reference tables as plain values, read once per print job (outlive the session)."""

    townships: dict[int, str]
    villages: dict[int, str]
    schools: dict[int, str]
    teachers: dict[int, TeacherRef]
    teams: dict[int, TeamRef]

    @staticmethod
    def load(uow: UnitOfWork) -> References:
        s = uow.session
        teams = s.scalars(select(m.Team).options(selectinload(m.Team.members))).all()
        return References(
            townships={t.id: t.name for t in s.scalars(select(m.Township))},
            villages={v.id: v.name for v in s.scalars(select(m.Village))},
            schools={x.id: x.name for x in s.scalars(select(m.School))},
            teachers={
                t.id: TeacherRef(t.name, t.role, t.school_id, t.phone or "")
                for t in s.scalars(select(m.Teacher))
            },
            teams={
                t.id: TeamRef(t.name, tuple((x.teacher_id, x.is_leader) for x in t.members)) for t in teams
            },
        )

    def teacher_name(self, teacher_id: int) -> str:
        t = self.teachers.get(teacher_id)
        return t.name if t else f"#{teacher_id}"


def chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class FileBuilder:
    """Turns the rows of a batch of children into :class:`~special_ed.printing.model.ChildFile` values."""

    def __init__(
        self,
        uow: UnitOfWork,
        settings: Settings,
        today: date,
        refs: References | None = None,
        calc: ComplianceCalculator | None = None,
        *,
        issuer: Issuer,
    ) -> None:
        self.uow = uow
        self.settings = settings
        self.today = today
        # The county profile's bodies (printing.issuer): what the file names as county and deciding body.
        self.issuer = issuer
        self.refs = refs or References.load(uow)
        self.calc = calc or ComplianceCalculator(settings)
        # The same term as the compliance screens, so the file and the screen describe one period.
        self.term = term_as_of(settings, today)

    def build(self, ids: Sequence[int]) -> list[pm.ChildFile]:
        """The files of ``ids``, in the order given; ids that do not exist are skipped."""
        out: list[pm.ChildFile] = []
        for chunk in chunks(list(ids)):
            out += self._build_chunk(chunk)
        return out

    def _rows(
        self,
        model: Any,
        chunk: Sequence[int],
        *order: Any,
        options: Sequence[Any] = (),
        archivable: bool = True,
    ) -> dict[int, list[Any]]:
        stmt = select(model).where(model.child_id.in_(chunk))
        if archivable:
            stmt = stmt.where(model.archived_at.is_(None))
        stmt = stmt.order_by(*order).options(*options)
        grouped: dict[int, list[Any]] = defaultdict(list)
        for row in self.uow.session.scalars(stmt):
            grouped[row.child_id].append(row)
        return grouped

    def _build_chunk(self, chunk: Sequence[int]) -> list[pm.ChildFile]:
        s = self.uow.session
        children = {
            c.id: c
            for c in s.scalars(
                select(m.Child).where(m.Child.id.in_(chunk)).options(selectinload(m.Child.guardians))
            )
        }
        placements = self._rows(
            m.PlacementRecord, chunk, m.PlacementRecord.effective_date, m.PlacementRecord.id
        )
        committee = self._rows(m.CommitteeAssessment, chunk, m.CommitteeAssessment.assessed_on)
        sittings = self._sittings(committee)
        progress = self._rows(m.ProgressAssessment, chunk, m.ProgressAssessment.assessed_on)
        schemes = self._rows(m.Scheme, chunk, m.Scheme.school_year, options=[selectinload(m.Scheme.goals)])
        plans = self._rows(m.TermPlan, chunk, m.TermPlan.term_start)
        lessons = self._rows(m.LessonPlan, chunk, m.LessonPlan.planned_on, m.LessonPlan.id)
        visits = self._rows(
            m.Visit, chunk, m.Visit.day, m.Visit.start_time, options=[selectinload(m.Visit.teachers)]
        )
        files = self._rows(m.Attachment, chunk, m.Attachment.taken_on, m.Attachment.id)
        term = self.term
        cells = (
            cells_between(self.uow, self.calc, chunk, term.start, min(term.end, self.today), self.today)
            if term is not None and term.start <= self.today
            else {}
        )
        # The 五有 marks of the screens (same facts, same rule, same reasons), never a rule of the print's own.
        facts = file_facts(self.uow, chunk, term, self.settings) if term is not None else {}
        file_marks = {cid: marks(f, self.settings) for cid, f in facts.items()}
        out = []
        for child_id in chunk:
            child = children.get(child_id)
            if child is None:
                continue
            out.append(
                self._file(
                    child,
                    [self._placement(p, committee[child_id], sittings) for p in placements[child_id]],
                    committee[child_id],
                    progress[child_id],
                    schemes[child_id],
                    plans[child_id],
                    lessons[child_id],
                    visits[child_id],
                    files[child_id],
                    cells.get(child_id, []),
                    file_marks.get(child_id, ()),
                )
            )
        return out

    # ---- one child ------------------------------------------------------------------------------

    def _file(
        self,
        c: m.Child,
        placements: list[pm.PlacementRecord],
        committee: list[m.CommitteeAssessment],
        progress: list[m.ProgressAssessment],
        schemes: list[m.Scheme],
        plans: list[m.TermPlan],
        lessons: list[m.LessonPlan],
        visits: list[m.Visit],
        files: list[m.Attachment],
        cells: list[Cell],
        file_marks: tuple[ItemMark, ...],
    ) -> pm.ChildFile:
        refs = self.refs
        school_id = c.placement_school_id or c.register_school_id
        responsible = refs.schools.get(c.register_school_id or 0) or refs.schools.get(school_id or 0, "")
        term = self.term
        in_term = (lambda d: d is not None and term.start <= d <= term.end) if term else (lambda d: True)
        goal_names: dict[int, str] = {}
        scheme = self._scheme(schemes, term, goal_names)
        team = refs.teams.get(c.team_id or 0)
        term_visits = [v for v in visits if in_term(v.day)]
        term_lessons = [lp for lp in lessons if lp.planned_on is None or in_term(lp.planned_on)]
        lesson_topics = {lp.id: lp.topic for lp in lessons}
        last_committee = committee[-1] if committee else None
        agreement = [a for a in files if a.kind == AttachmentKind.AGREEMENT.value]
        return pm.ChildFile(
            child_id=c.id,
            name=c.name,
            sex=label(Sex, c.sex),
            birth_date=c.birth_date,
            resident_id=c.resident_id or "",
            ethnicity=c.ethnicity or "",
            township=refs.townships.get(c.township_id, ""),
            village=refs.villages.get(c.village_id or 0, ""),
            county=self.issuer.county,
            responsible_school=responsible,
            school_register_no=c.school_register_no or "",
            grade_class=" ".join(x for x in (c.grade_year, c.class_name) if x),
            status=label(ChildStatus, c.status),
            archive_no=f"{self.settings.region_code}-{c.id:05d}",
            placement=label(Placement, c.placement, "未安置"),
            guardians=[
                pm.Guardian(g.name, label(GuardianRelation, g.relation), g.phone or "", primary=i == 0)
                for i, g in enumerate(c.guardians)
            ],
            family=self._family(c),
            disability=pm.DisabilityInfo(
                certificate_no=c.certificate_no or "",
                categories=[label(Category, x) for x in c.categories.split(",") if x],
                grade=GRADE_NAMES.get(c.grade or 0, ""),
                level=label(Level, c.level),
                diagnosis=(last_committee.notes or "") if last_committee else "",
                assessed_by=self.issuer.committee if last_committee else "",
                assessed_on=last_committee.assessed_on if last_committee else None,
            ),
            assessments=[self._assessment(a, goal_names) for a in progress],
            placements=placements,
            team=self._team(team) if team else None,
            scheme=scheme,
            term_plan=self._term_plan(plans, term, goal_names),
            lesson_plans=[self._lesson(lp, goal_names) for lp in term_lessons],
            visits=[self._visit(v, lesson_topics) for v in term_visits],
            # Also for a child who left home teaching this term: the screen still counts what was owed.
            term_summary=self._summary(term, cells, term_visits, progress, schemes, file_marks)
            if c.placement == Placement.HOME.value or any(x.owed_days for x in cells)
            else None,
            attachments=[
                pm.Attachment(
                    label(AttachmentKind, a.kind),
                    a.description or a.filename,
                    a.taken_on,
                    a.filename,
                    a.size,
                    a.sha256,
                )
                for a in files
            ],
            service_agreement_signed_on=agreement[0].taken_on if agreement else None,
        )

    def _family(self, c: m.Child) -> pm.FamilyInfo:
        status = [
            word
            for flag, word in (
                (c.registered_poor, "建档立卡户"),
                (c.dibao, "低保户"),
                (c.left_behind, "留守儿童"),
                (c.orphan, "孤儿"),
            )
            if flag
        ]
        township = self.refs.townships.get(c.township_id, "")
        village = self.refs.villages.get(c.village_id or 0, "")
        address = c.address or (f"{self.issuer.county}{township}{village}" if township else "")
        return pm.FamilyInfo(
            address=address, economic_status="、".join(status) or "一般", notes=c.notes or ""
        )

    def _sittings(self, committee: dict[int, list[m.CommitteeAssessment]]) -> dict[int, pm.CommitteeSitting]:
        """The sittings the chunk's assessments were decided at, members as the sitting recorded them."""
        ids = sorted({a.sitting_id for rows in committee.values() for a in rows if a.sitting_id is not None})
        out: dict[int, pm.CommitteeSitting] = {}
        for part in chunks(ids):
            for s in self.uow.session.scalars(
                select(m.CommitteeSitting).where(m.CommitteeSitting.id.in_(part))
            ):
                members = [
                    pm.CommitteeMember(
                        str(x.get("name", "")).strip(),
                        str(x.get("field", "")).strip(),
                        str(x.get("unit", "")).strip(),
                    )
                    for x in s.members or []
                    if isinstance(x, dict) and str(x.get("name", "")).strip()
                ]
                out[s.id] = pm.CommitteeSitting(s.held_on, s.place or "", members)
        return out

    @staticmethod
    def _decided_at(
        p: m.PlacementRecord, committee: list[m.CommitteeAssessment]
    ) -> m.CommitteeAssessment | None:
        """The sitting's assessment that decided ``p``: the one it links to, else (placements recorded
        before the link was kept) the same child's sitting assessment of that day deciding that kind."""
        if p.assessment_id is not None:
            linked = next((a for a in committee if a.id == p.assessment_id), None)
            return linked if linked is not None and linked.sitting_id is not None else None
        return next(
            (
                a
                for a in reversed(committee)
                if a.sitting_id is not None and a.assessed_on == p.effective_date and a.outcome == p.kind
            ),
            None,
        )

    def _placement(
        self,
        p: m.PlacementRecord,
        committee: list[m.CommitteeAssessment],
        sittings: dict[int, pm.CommitteeSitting],
    ) -> pm.PlacementRecord:
        team = self.refs.teams.get(p.team_id or 0)
        decided = self._decided_at(p, committee)
        return pm.PlacementRecord(
            kind=label(Placement, p.kind),
            effective_date=p.effective_date,
            school=self.refs.schools.get(p.school_id or 0, ""),
            # Paper names the institution that decides placements, never the login that typed it in
            # (the audit and the record's decided_by keep who recorded it).
            decided_by=self.issuer.committee,
            # A reason is only required when the decision departs from the default recommendation.
            reason=p.reason
            or p.notes
            or ("按评估认定的障碍程度作出的默认安置" if p.kind == (p.recommended or p.kind) else ""),
            recommended=label(Placement, p.recommended),
            end_date=p.end_date,
            team=team.name if team else "",
            sitting=sittings.get(decided.sitting_id or 0) if decided is not None else None,
        )

    def _team(self, team: TeamRef) -> pm.Team:
        members = []
        leader = ""
        for teacher_id, is_leader in team.members:
            t = self.refs.teachers.get(teacher_id)
            if t is None:
                continue
            role = label(TeacherRole, t.role)
            if is_leader:
                leader = t.name
                role += "（组长）"
            members.append(pm.TeamMember(t.name, role, self.refs.schools.get(t.school_id, ""), t.phone))
        return pm.Team(team.name, members, leader)

    def _scheme(
        self, schemes: list[m.Scheme], term: Term | None, goal_names: dict[int, str]
    ) -> pm.Scheme | None:
        if not schemes:
            return None
        chosen = schemes[-1]
        if term is not None:  # the scheme of the school year the term belongs to, if there is one
            year = term.start.year if term.start.month >= 8 else term.start.year - 1
            chosen = next((x for x in schemes if x.school_year.startswith(str(year))), chosen)
        for g in chosen.goals:
            goal_names[g.id] = g.text
        return pm.Scheme(
            school_year=chosen.school_year.replace("-", "—") + " 学年",
            present_levels=[(str(k), str(v)) for k, v in (chosen.present_levels or {}).items()],
            goals=[
                pm.Goal(
                    g.domain,
                    g.text,
                    g.criterion,
                    g.target_date,
                    g.responsible or "",
                    long_term=g.kind == GoalKind.LONG_TERM.value,
                )
                for g in chosen.goals
            ],
            supports=chosen.supports or "",
            implementation=chosen.implementation or "",
            transition=chosen.transition or "",
            team_members=[
                x
                for x in (chosen.team_members or "").replace("，", "、").replace(",", "、").split("、")
                if x.strip()
            ],
            guardian_agreed_on=chosen.guardian_agreed_on,
            guardian_agreed_name=chosen.guardian_name or "",
        )

    def _term_plan(
        self, plans: list[m.TermPlan], term: Term | None, goal_names: dict[int, str]
    ) -> pm.TermPlan | None:
        if not plans:
            return None
        chosen = next((p for p in plans if term is not None and p.term == term.name), plans[-1])
        months = []
        for item in chosen.months or []:
            if not isinstance(item, dict):
                continue
            year, _, month = str(item.get("month", "")).partition("-")
            months.append(
                pm.MonthPlan(
                    f"{year}年{int(month)}月"
                    if year.isdigit() and month.isdigit()
                    else str(item.get("month", "")),
                    str(item.get("topics", "")),
                    [
                        goal_names.get(int(g), f"目标 {g}")
                        for g in item.get("goal_ids", [])
                        if str(g).isdigit()
                    ],
                    int(item.get("planned_visits", 0) or 0),
                    float(item.get("planned_hours", 0) or 0),
                )
            )
        return pm.TermPlan(chosen.term, chosen.term_start, chosen.term_end, months, chosen.notes or "")

    def _lesson(self, lp: m.LessonPlan, goal_names: dict[int, str]) -> pm.LessonPlan:
        objectives = [x.strip() for x in (lp.objectives or "").splitlines() if x.strip()]
        objectives += [
            f"对应目标：{goal_names[int(g)]}"
            for g in lp.goal_ids or []
            if str(g).isdigit() and int(g) in goal_names
        ]
        return pm.LessonPlan(
            lp.topic,
            lp.planned_on,
            objectives,
            lp.textbook_unit or "",
            lp.materials or "",
            lp.steps or "",
            lp.evaluation or "",
            lp.reflection or "",
        )

    def _assessment(self, a: m.ProgressAssessment, goal_names: dict[int, str]) -> pm.Assessment:
        scores = []
        for domain, value in (a.domain_scores or {}).items():
            try:
                scores.append(pm.DomainScore(str(domain), float(value), 100.0))
            except (TypeError, ValueError):
                continue  # a malformed score is left out rather than printed wrong
        attainment = []
        for goal_id, value in (a.goal_attainment or {}).items():
            name = goal_names.get(int(goal_id)) if str(goal_id).isdigit() else None
            if name is not None and isinstance(value, int | float):
                attainment.append(pm.GoalAttainment(name, int(value)))
        return pm.Assessment(
            label(AssessmentKind, a.kind),
            a.assessed_on,
            [x for x in (a.assessor or "").split("、") if x],
            scores,
            attainment,
            a.notes or "",
        )

    def _visit(self, v: m.Visit, lesson_topics: dict[int, str]) -> pm.Visit:
        status = next((word for code, word in STATUS_WORDS.items() if code.value == v.status), v.status)
        reason = label(CancelReason, v.cancel_reason)
        if v.cancel_note:
            reason = f"{reason}：{v.cancel_note}" if reason else v.cancel_note
        deliveries = {
            word: (getattr(v, f"{attr}_note") or "") for word, attr in DELIVERY_FIELDS if getattr(v, attr)
        }
        confirmed = v.guardian_name or ("已确认" if v.guardian_confirmed else "")
        return pm.Visit(
            visit_date=v.day,
            start=v.start_time,
            end=v.end_time,
            teachers=[self.refs.teacher_name(t.teacher_id) for t in v.teachers],
            place=v.place or "",
            status=status,
            cancel_reason=reason,
            makeup_of=None if v.makeup_of_id is None else self._makeup_day(v.makeup_of_id),
            deliveries=deliveries,
            class_hours=float(v.class_hours or 0),
            guardian_present=v.guardian_present,
            guardian_confirmation=confirmed,
            lesson_topic=lesson_topics.get(v.lesson_plan_id or 0, ""),
            next_steps=v.next_steps or "",
        )

    def _makeup_day(self, visit_id: int) -> date | None:
        original = self.uow.session.get(m.Visit, visit_id)
        return original.day if original else None

    def _summary(
        self,
        term: Term | None,
        cells: list[Cell],
        visits: list[m.Visit],
        progress: list[m.ProgressAssessment],
        schemes: list[m.Scheme],
        file_marks: tuple[ItemMark, ...],
    ) -> pm.TermSummary | None:
        """Required-versus-delivered for the term so far, from the compliance calculator's cells."""
        if term is None:
            return None
        norms = self.settings.visit_norms
        end = min(term.end, self.today)
        if end < term.start:
            return None
        t = totals(cells)
        in_term = [a for a in progress if term.start <= a.assessed_on <= term.end]
        figures = [
            pm.ComplianceFigure("送教次数", t.required_visits, t.delivered_visits, " 次", t.shortfall_visits),
            pm.ComplianceFigure("送教课时", t.required_hours, t.delivered_hours, " 课时", t.shortfall_hours),
            pm.ComplianceFigure(
                "评估次数",
                norms.assessments_per_term if end == term.end else min(1, norms.assessments_per_term),
                len(in_term),
                " 次",
            ),
        ]
        if norms.scheme_review_per_term:
            reviewed = any(s.reviewed_on and term.start <= s.reviewed_on <= term.end for s in schemes)
            figures.append(pm.ComplianceFigure("方案复核", 1, 1 if reviewed else 0, " 次"))
        items = [pm.FileItemStatus(x.item.label, MARK_WORDS[x.mark], x.reason_text("zh")) for x in file_marks]
        reasons = []
        for v in visits:
            if v.status == VisitStatus.CANCELLED.value:
                reason = label(CancelReason, v.cancel_reason, "未填写原因")
                reasons.append(
                    f"{v.day:%m月%d日}：{reason}" + (f"（{v.cancel_note}）" if v.cancel_note else "")
                )
        return pm.TermSummary(
            term.name, figures, items, reasons, f"统计截至{end.year}年{end.month}月{end.day}日。"
        )
