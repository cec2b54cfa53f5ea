"""The print model: plain dataclasses holding everything one printed document shows.

Documents are rendered from these values alone, never from the database, so
they can be tested without one, pickled into batch worker processes, and
filled by :mod:`special_ed.services.printing` from whatever records exist.
Values are already worded for paper (labels such as "送教上门", not enum
members); dates stay dates so each document formats them the same way.
Every list may be empty: the documents then say that nothing is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

FIVE_DELIVERIES = ("送政策", "送关爱", "送康复", "送知识", "送技能")
HOME_TEACHING = "送教上门"
MAINSTREAM = "随班就读"
SPECIAL_SCHOOL = "特校就读"


@dataclass
class Guardian:
    name: str
    relation: str = ""
    phone: str = ""
    resident_id: str = ""
    primary: bool = False
    occupation: str = ""
    notes: str = ""


@dataclass
class FamilyInfo:
    address: str = ""
    household_type: str = ""  # 户籍性质, e.g. 农业户口
    members: int | None = None
    economic_status: str = ""  # e.g. 建档立卡脱贫户、低保户
    subsidies: list[str] = field(default_factory=list)  # 享受的资助/补贴
    living_conditions: str = ""
    notes: str = ""


@dataclass
class DisabilityInfo:
    certificate_no: str = ""
    categories: list[str] = field(default_factory=list)  # e.g. ["智力", "肢体"]
    grade: str = ""  # 一级 … 四级
    level: str = ""  # 轻度 / 中度 / 重度
    diagnosis: str = ""
    assessed_by: str = ""  # 县残疾人教育专家委员会
    assessed_on: date | None = None


@dataclass
class DomainScore:
    domain: str
    score: float
    max_score: float = 100.0


@dataclass
class GoalAttainment:
    goal: str
    attainment: int  # 0–4
    note: str = ""


@dataclass
class Assessment:
    kind: str  # 基线评估 / 期中评估 / 期末评估
    assessed_on: date
    assessors: list[str] = field(default_factory=list)
    scores: list[DomainScore] = field(default_factory=list)
    goal_attainment: list[GoalAttainment] = field(default_factory=list)
    summary: str = ""


@dataclass(frozen=True)
class CommitteeMember:
    name: str
    field: str = ""  # 教育 / 心理 / 康复 / 社会工作 / 医学 / 其他
    unit: str = ""  # where the member works


@dataclass
class CommitteeSitting:
    """The expert-committee sitting that decided a placement, with the members who sat."""

    held_on: date
    place: str = ""
    members: list[CommitteeMember] = field(default_factory=list)


@dataclass
class PlacementRecord:
    kind: str  # 随班就读 / 特校就读 / 送教上门
    effective_date: date
    school: str = ""
    decided_by: str = ""  # the deciding body (the county's expert committee), never a login
    reason: str = ""
    recommended: str = ""  # the default recommendation for the level, when the decision differs
    end_date: date | None = None
    team: str = ""
    # The sitting that decided it; None for a placement recorded outside a sitting, whose paper
    # then carries blank lines for the committee members to sign by hand.
    sitting: CommitteeSitting | None = None


@dataclass
class TeamMember:
    name: str
    role: str = ""  # 特教教师 / 普校教师 / 康复师 / 医生
    school: str = ""
    phone: str = ""


@dataclass
class Team:
    name: str
    members: list[TeamMember] = field(default_factory=list)
    leader: str = ""


@dataclass
class Goal:
    domain: str
    text: str
    criterion: str = ""
    target_date: date | None = None
    responsible: str = ""
    long_term: bool = False


@dataclass
class Scheme:
    school_year: str
    present_levels: list[tuple[str, str]] = field(default_factory=list)  # (domain, description)
    goals: list[Goal] = field(default_factory=list)
    supports: str = ""
    implementation: str = ""
    transition: str = ""
    team_members: list[str] = field(default_factory=list)
    guardian_agreed_on: date | None = None
    guardian_agreed_name: str = ""


@dataclass
class MonthPlan:
    month: str  # "2026年9月"
    topics: str
    goals: list[str] = field(default_factory=list)
    planned_visits: int = 0
    planned_hours: float = 0.0


@dataclass
class TermPlan:
    term: str  # "2026—2027学年第一学期"
    start: date | None = None
    end: date | None = None
    months: list[MonthPlan] = field(default_factory=list)
    notes: str = ""


@dataclass
class LessonPlan:
    topic: str
    taught_on: date | None = None
    objectives: list[str] = field(default_factory=list)
    textbook_unit: str = ""
    materials: str = ""
    steps: str = ""
    evaluation: str = ""
    reflection: str = ""


@dataclass
class Visit:
    visit_date: date
    start: time | None = None
    end: time | None = None
    teachers: list[str] = field(default_factory=list)
    place: str = ""
    status: str = "已完成"  # 已完成 / 计划 / 已取消
    cancel_reason: str = ""
    makeup_of: date | None = None  # the date of the cancelled visit this one makes up
    deliveries: dict[str, str] = field(default_factory=dict)  # 送政策 → notes ("" = delivered, no note)
    class_hours: float = 0.0
    guardian_present: bool = False
    guardian_confirmation: str = ""  # the name the guardian signed with
    lesson_topic: str = ""
    next_steps: str = ""

    def delivered(self, kind: str) -> bool:
        return kind in self.deliveries


@dataclass
class ComplianceFigure:
    label: str
    required: float
    delivered: float
    unit: str = ""
    # The compliance rule adds each month's shortfall (a surplus in one month does not
    # excuse another), so the caller may give it; otherwise it is required − delivered.
    short: float | None = None

    @property
    def shortfall(self) -> float:
        if self.short is not None:
            return self.short
        return max(0.0, self.required - self.delivered)


@dataclass
class FileItemStatus:
    item: str  # 方案 / 计划 / 教案 / 评估 / 档案
    status: str  # 齐全 / 不完整 / 缺失
    reason: str = ""


@dataclass
class TermSummary:
    term: str
    figures: list[ComplianceFigure] = field(default_factory=list)
    file_items: list[FileItemStatus] = field(default_factory=list)
    missed_reasons: list[str] = field(default_factory=list)
    narrative: str = ""


@dataclass
class Attachment:
    kind: str
    title: str
    added_on: date | None = None
    filename: str = ""
    size_bytes: int = 0
    sha256: str = ""


@dataclass
class ChildFile:
    """Everything the 一人一档 shows for one child."""

    child_id: int
    name: str
    sex: str = ""
    birth_date: date | None = None
    resident_id: str = ""
    ethnicity: str = ""
    township: str = ""
    village: str = ""
    county: str = ""
    responsible_school: str = ""
    school_register_no: str = ""
    grade_class: str = ""
    status: str = ""  # 在学状态
    archive_no: str = ""
    placement: str = ""  # current placement label
    guardians: list[Guardian] = field(default_factory=list)
    family: FamilyInfo = field(default_factory=FamilyInfo)
    disability: DisabilityInfo = field(default_factory=DisabilityInfo)
    assessments: list[Assessment] = field(default_factory=list)
    placements: list[PlacementRecord] = field(default_factory=list)  # oldest first
    team: Team | None = None
    scheme: Scheme | None = None
    term_plan: TermPlan | None = None
    lesson_plans: list[LessonPlan] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    term_summary: TermSummary | None = None
    attachments: list[Attachment] = field(default_factory=list)
    service_agreement_signed_on: date | None = None

    @property
    def home_taught(self) -> bool:
        return self.placement == HOME_TEACHING

    @property
    def current_placement(self) -> PlacementRecord | None:
        current = [p for p in self.placements if p.end_date is None]
        return current[-1] if current else (self.placements[-1] if self.placements else None)

    @property
    def primary_guardian(self) -> Guardian | None:
        for guardian in self.guardians:
            if guardian.primary:
                return guardian
        return self.guardians[0] if self.guardians else None
