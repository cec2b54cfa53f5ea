"""The database schema of every feature, as typed SQLAlchemy 2.x models.

Conventions:
- Integer surrogate keys; natural keys (resident ID, codes) carry unique indexes.
- ``Audited`` rows get an audit entry for every insert/update/archive (see audit.py)
  and a ``version`` column used for optimistic locking between offices.
- ``Archivable`` rows are never deleted: ``archived_at`` hides them.
- Enum-valued columns store the StrEnum codes from ``special_ed.domain.enums``.
- JSON columns hold small structured values (per-domain findings, settings).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Audited:
    """Rows whose every change is audited and version-checked."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Optimistic locking: a write whose version is stale raises StaleDataError.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Archivable(Audited):
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    archived_by: Mapped[str | None] = mapped_column(String(64))
    archived_reason: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------------------------------------
# Settings and audit
# ---------------------------------------------------------------------------------------------


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as declared


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(64), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # insert/update/archive/restore
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    # the child the row concerns (the child itself or a row belonging to it), for the audit viewer's filter
    child_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # sha256 over the previous row's hash and this row's content: a deleted or altered row breaks the chain
    hash: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_record", "table_name", "record_id"), Index("ix_audit_at", "at"))


class AuditTip(Base):
    """One row: how many audit rows are chained and the last hash.

    Writers update it before they append (which also serialises them: SQLite's write lock, a row
    lock on PostgreSQL), and ``audit --verify`` compares it with the last row, so removing the
    newest rows is detected as well.
    """

    __tablename__ = "audit_tip"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_id: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class Account(Base, Audited):
    """A person who logs in. Kept in the database so that every office sharing a server shares them."""

    __tablename__ = "accounts"
    # never written to the audit in any form but "changed"
    __audit_secret__: ClassVar[frozenset[str]] = frozenset({"password_hash"})
    # bookkeeping of logins; the login events themselves are audited
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"failed_logins", "last_login_at"})
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # domain.access.Role
    township_id: Mapped[int | None] = mapped_column(ForeignKey("townships.id"))
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


# ---------------------------------------------------------------------------------------------
# Areas, schools, teachers, teams
# ---------------------------------------------------------------------------------------------


class Township(Base, Archivable):
    __tablename__ = "townships"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    villages: Mapped[list[Village]] = relationship(back_populates="township", order_by="Village.code")


class Village(Base, Archivable):
    __tablename__ = "villages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(15), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # False for a village the official list lacks (added by the coordinator; code TOWNSHIP + "X" + n)
    official: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default="1")
    # a merged village is archived and points to the one it was merged into
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    township: Mapped[Township] = relationship(back_populates="villages")


class School(Base, Archivable):
    __tablename__ = "schools"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # SchoolKind
    identifier: Mapped[str | None] = mapped_column(
        String(10), unique=True
    )  # 学校标识码 (10 digits), optional
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), nullable=False, index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class Teacher(Base, Archivable):
    __tablename__ = "teachers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # TeacherRole
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Team(Base, Archivable):
    """A home-teaching team (送教小组) of two or three teachers, based at a school."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), nullable=False, index=True)
    base_lat: Mapped[float | None] = mapped_column(Float)
    base_lon: Mapped[float | None] = mapped_column(Float)
    max_visits_per_day: Mapped[int | None] = mapped_column(Integer)
    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="TeamMember.position"
    )
    townships: Mapped[list[TeamTownship]] = relationship(cascade="all, delete-orphan")


class TeamTownship(Base):
    """The townships a home-teaching team covers (the placement dialog offers those teams first)."""

    __tablename__ = "team_townships"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True, index=True)


class TeamMember(Base):
    __tablename__ = "team_members"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), primary_key=True, index=True)
    is_leader: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    team: Mapped[Team] = relationship(back_populates="members")
    teacher: Mapped[Teacher] = relationship()


class TeamLeave(Base, Audited):
    __tablename__ = "team_leave"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (UniqueConstraint("team_id", "day", name="uq_team_leave_day"),)


# ---------------------------------------------------------------------------------------------
# Children
# ---------------------------------------------------------------------------------------------


class Child(Base, Archivable):
    __tablename__ = "children"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    name_pinyin: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # "zhangsilin"
    name_initials: Mapped[str] = mapped_column(String(32), nullable=False, default="")  # "zsl"
    sex: Mapped[str] = mapped_column(String(1), nullable=False)  # Sex
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    resident_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    ethnicity: Mapped[str | None] = mapped_column(String(32))
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), nullable=False)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    address: Mapped[str | None] = mapped_column(String(200))
    home_lat: Mapped[float | None] = mapped_column(Float)
    home_lon: Mapped[float | None] = mapped_column(Float)
    # family flags
    registered_poor: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    dibao: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    left_behind: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    orphan: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # disability
    has_certificate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    certificate_no: Mapped[str | None] = mapped_column(String(22))
    categories: Mapped[str] = mapped_column(
        String(16), nullable=False, default=""
    )  # "5" or "4,5": Category codes
    primary_category: Mapped[str | None] = mapped_column(String(1))
    grade: Mapped[int | None] = mapped_column(Integer)  # 1..4
    level: Mapped[str | None] = mapped_column(String(10))  # Level, the expert committee's conclusion
    # school register
    school_register_no: Mapped[str | None] = mapped_column(String(32))
    register_school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"))
    grade_year: Mapped[str | None] = mapped_column(String(16))  # 年级
    class_name: Mapped[str | None] = mapped_column(String(32))  # 班级
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="in_school")  # ChildStatus
    # current placement, denormalised from placements for fast registry filters
    placement: Mapped[str | None] = mapped_column(String(16))  # Placement
    placement_school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    review_due: Mapped[date | None] = mapped_column(Date)
    # home-visit preferences (scheduling)
    visit_window_start: Mapped[time | None] = mapped_column(Time)
    visit_window_end: Mapped[time | None] = mapped_column(Time)
    visit_weekdays: Mapped[str | None] = mapped_column(String(16))  # "1,2,3,4,5"; Monday = 1
    visit_duration_min: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="child", cascade="all, delete-orphan", order_by="Guardian.position"
    )

    __table_args__ = (
        # The registry sorts by pinyin, birth date … and filters by area, level and placement; the
        # trailing id matches the tie-break of the ORDER BY so a page is read straight off the index.
        # archived_at too: the count of current children on every page is read from this index alone
        # (a table scan decrypts the whole table on an encrypted file; see migration 0006)
        Index("ix_children_pinyin", "name_pinyin", "id", "archived_at"),
        Index("ix_children_initials", "name_initials"),
        Index("ix_children_birth", "birth_date", "id"),
        Index("ix_children_township", "township_id", "name_pinyin"),
        Index("ix_children_village", "village_id"),
        Index("ix_children_level", "level", "name_pinyin"),
        Index("ix_children_placement", "placement", "name_pinyin"),
        Index("ix_children_team", "team_id"),
        Index("ix_children_review", "review_due"),
    )


class Guardian(Base, Audited):
    __tablename__ = "guardians"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    relation: Mapped[str] = mapped_column(String(16), nullable=False)  # GuardianRelation
    phone: Mapped[str | None] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    child: Mapped[Child] = relationship(back_populates="guardians")


class ChildUnavailable(Base):
    """Days a family has said the child cannot be visited (scheduling)."""

    __tablename__ = "child_unavailable"
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str | None] = mapped_column(String(200))


# ---------------------------------------------------------------------------------------------
# Expert-committee assessment and placement
# ---------------------------------------------------------------------------------------------


class CommitteeSitting(Base, Archivable):
    """A sitting of the 残疾人教育专家委员会: many children assessed and decided in one session."""

    __tablename__ = "committee_sittings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    township_id: Mapped[int | None] = mapped_column(ForeignKey("townships.id"))
    place: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)  # [{name, field, unit}]
    notes: Mapped[str | None] = mapped_column(Text)


class Referral(Base, Audited):
    """转介: a child moved from one placement to another, with its reason (its own record)."""

    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    from_placement: Mapped[str | None] = mapped_column(String(16))
    to_placement: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placements.id"))
    sitting_id: Mapped[int | None] = mapped_column(ForeignKey("committee_sittings.id"))


class CommitteeAssessment(Base, Archivable):
    """残疾人教育专家委员会 assessment that concludes the level and recommends a placement."""

    __tablename__ = "committee_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    members: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tools: Mapped[str] = mapped_column(Text, nullable=False, default="")
    findings: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)  # domain -> text
    level: Mapped[str] = mapped_column(String(10), nullable=False)
    recommended_placement: Mapped[str] = mapped_column(String(16), nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # decided at a committee sitting: a placement kind, or "deferred" (延缓入学) with reason and review date
    sitting_id: Mapped[int | None] = mapped_column(ForeignKey("committee_sittings.id"), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    review_on: Mapped[date | None] = mapped_column(Date)


class PlacementRecord(Base, Archivable):
    """One placement decision; the current one has ``end_date`` NULL."""

    __tablename__ = "placements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # Placement
    recommended: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)  # required when kind != recommended
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("schools.id")
    )  # school / special school / responsible
    class_name: Mapped[str | None] = mapped_column(String(32))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("committee_assessments.id"))
    effective_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date | None] = mapped_column(Date)
    review_due: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)


class CoverageException(Base, Archivable):
    """Why a school-age child has no active placement (e.g. 医疗康复中, 暂缓入学 with approval)."""

    __tablename__ = "coverage_exceptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    since: Mapped[date] = mapped_column(Date, nullable=False)
    until: Mapped[date | None] = mapped_column(Date)


# ---------------------------------------------------------------------------------------------
# 五有: scheme, plan, lesson plans, assessments, archive
# ---------------------------------------------------------------------------------------------


class Scheme(Base, Archivable):
    """有方案: individual education scheme for one school year."""

    __tablename__ = "schemes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    school_year: Mapped[str] = mapped_column(String(9), nullable=False)  # "2026-2027"
    present_levels: Mapped[dict[str, Any]] = mapped_column(
        JSON, nullable=False, default=dict
    )  # domain -> text
    supports: Mapped[str | None] = mapped_column(Text)
    implementation: Mapped[str | None] = mapped_column(Text)
    transition: Mapped[str | None] = mapped_column(Text)
    team_members: Mapped[str | None] = mapped_column(Text)
    guardian_agreed_on: Mapped[date | None] = mapped_column(Date)
    guardian_name: Mapped[str | None] = mapped_column(String(64))
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    goals: Mapped[list[Goal]] = relationship(
        back_populates="scheme", cascade="all, delete-orphan", order_by="Goal.position"
    )
    __table_args__ = (UniqueConstraint("child_id", "school_year", name="uq_scheme_child_year"),)


class Goal(Base, Audited):
    __tablename__ = "goals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("schemes.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # GoalKind
    domain: Mapped[str] = mapped_column(String(32), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    criterion: Mapped[str] = mapped_column(Text, nullable=False)
    target_date: Mapped[date | None] = mapped_column(Date)
    term: Mapped[str | None] = mapped_column(String(32))
    responsible: Mapped[str | None] = mapped_column(String(64))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # the instrument domains/items the goal addresses: ["cdpf_autism:language", "id_learning:grasp.2"]
    targets: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list, server_default="[]")
    scheme: Mapped[Scheme] = relationship(back_populates="goals")


class TermPlan(Base, Archivable):
    """有计划: term plan with month-by-month topics tied to goals."""

    __tablename__ = "term_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    term: Mapped[str] = mapped_column(String(32), nullable=False)
    term_start: Mapped[date] = mapped_column(Date, nullable=False)
    term_end: Mapped[date] = mapped_column(Date, nullable=False)
    planned_visits: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_hours: Mapped[Decimal] = mapped_column(Numeric(6, 1), nullable=False, default=Decimal(0))
    months: Mapped[list[Any]] = mapped_column(
        JSON, nullable=False, default=list
    )  # [{month, topics, goal_ids}]
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("child_id", "term", name="uq_term_plan_child_term"),)


class LessonPlan(Base, Archivable):
    """有教案: a lesson plan for a visit, or a reusable template of a school (child_id NULL)."""

    __tablename__ = "lesson_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"), index=True)
    is_template: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    planned_on: Mapped[date | None] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    objectives: Mapped[str | None] = mapped_column(Text)
    goal_ids: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    textbook_unit: Mapped[str | None] = mapped_column(String(200))  # 《生活与语文》… or free text
    materials: Mapped[str | None] = mapped_column(Text)
    steps: Mapped[str | None] = mapped_column(Text)
    evaluation: Mapped[str | None] = mapped_column(Text)
    reflection: Mapped[str | None] = mapped_column(Text)


class ProgressAssessment(Base, Archivable):
    """有评估: baseline / mid-term / end-of-term assessment of a child's progress."""

    __tablename__ = "progress_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # AssessmentKind
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessor: Mapped[str | None] = mapped_column(String(100))
    domain_scores: Mapped[dict[str, Any]] = mapped_column(
        JSON, nullable=False, default=dict
    )  # domain -> number
    goal_attainment: Mapped[dict[str, Any]] = mapped_column(
        JSON, nullable=False, default=dict
    )  # goal id -> 0..4
    notes: Mapped[str | None] = mapped_column(Text)


class InstrumentRow(Base, Audited):
    """A structured assessment instrument's definition: a county's own, or its items added to a shipped one."""

    __tablename__ = "instruments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class StructuredAssessment(Base, Archivable):
    """One administration of an instrument to a child: a score per item (the scale's codes)."""

    __tablename__ = "structured_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False)
    instrument_key: Mapped[str] = mapped_column(String(40), nullable=False)
    administered_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessor: Mapped[str] = mapped_column(String(100), nullable=False)
    scores: Mapped[dict[str, Any]] = mapped_column(
        JSON, nullable=False, default=dict
    )  # item code → scale code
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_structured_child", "child_id", "instrument_key", "administered_on"),)


class Attachment(Base, Archivable):
    """有档案: a scanned document or photo, stored in the database so that backups include it."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # AttachmentKind
    taken_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, deferred=True)


# ---------------------------------------------------------------------------------------------
# 五送: home visits
# ---------------------------------------------------------------------------------------------


class Visit(Base, Archivable):
    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    day: Mapped[date] = mapped_column(Date, nullable=False)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="planned")  # VisitStatus
    kind: Mapped[str] = mapped_column(
        String(16), nullable=False, default="home_visit", server_default="home_visit"
    )  # VisitKind
    cancel_reason: Mapped[str | None] = mapped_column(String(16))  # CancelReason
    cancel_note: Mapped[str | None] = mapped_column(Text)
    makeup_of_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    place: Mapped[str | None] = mapped_column(String(200))
    policy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    policy_note: Mapped[str | None] = mapped_column(Text)
    care: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    care_note: Mapped[str | None] = mapped_column(Text)
    rehab: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    rehab_note: Mapped[str | None] = mapped_column(Text)
    knowledge: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    knowledge_note: Mapped[str | None] = mapped_column(Text)
    skills: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    skills_note: Mapped[str | None] = mapped_column(Text)
    lesson_plan_id: Mapped[int | None] = mapped_column(ForeignKey("lesson_plans.id"))
    class_hours: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    guardian_present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    guardian_name: Mapped[str | None] = mapped_column(String(64))
    guardian_confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    next_steps: Mapped[str | None] = mapped_column(Text)
    # planning: which schedule run proposed it, its order in the day's route and planned arrival
    schedule_run_id: Mapped[int | None] = mapped_column(ForeignKey("schedule_runs.id"))
    route_order: Mapped[int | None] = mapped_column(Integer)
    planned_arrival: Mapped[time | None] = mapped_column(Time)
    travel_km: Mapped[float | None] = mapped_column(Float)
    teachers: Mapped[list[VisitTeacher]] = relationship(back_populates="visit", cascade="all, delete-orphan")
    # the teachers are audited with the visit, as one list of ids (their rows have no history of their own)
    __audit_collections__: ClassVar[dict[str, tuple[str, str]]] = {"teacher_ids": ("teachers", "teacher_id")}
    __table_args__ = (
        Index("ix_visits_child_day", "child_id", "day"),
        Index("ix_visits_team_day", "team_id", "day"),
        Index("ix_visits_day_status", "day", "status"),
    )

    @property
    def teacher_ids(self) -> list[int]:
        """The visit's teachers' ids, sorted: what its audit rows hold."""
        return sorted(t.teacher_id for t in self.teachers)

    @teacher_ids.setter
    def teacher_ids(self, wanted: list[int]) -> None:
        keep = set(wanted)
        self.teachers = [t for t in self.teachers if t.teacher_id in keep]
        have = {t.teacher_id for t in self.teachers}
        for teacher_id in dict.fromkeys(wanted):
            if teacher_id not in have:
                self.teachers.append(VisitTeacher(teacher_id=teacher_id))


class VisitTeacher(Base):
    __tablename__ = "visit_teachers"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), primary_key=True)
    visit: Mapped[Visit] = relationship(back_populates="teachers")


# ---------------------------------------------------------------------------------------------
# Scheduling
# ---------------------------------------------------------------------------------------------


class ScheduleRun(Base, Audited):
    __tablename__ = "schedule_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), nullable=False, index=True)  # "2027-03"
    params: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    plan: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)  # special-ed-plan/1
    superseded: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class TravelTime(Base):
    """Imported village-to-village travel times that override the great-circle model."""

    __tablename__ = "travel_times"
    from_village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), primary_key=True)
    to_village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), primary_key=True)
    minutes: Mapped[float] = mapped_column(Float, nullable=False)
    km: Mapped[float | None] = mapped_column(Float)


# ---------------------------------------------------------------------------------------------
# Import and cross-check (三查)
# ---------------------------------------------------------------------------------------------


class MappingPreset(Base, Audited):
    __tablename__ = "mapping_presets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    __table_args__ = (UniqueConstraint("source", "name", name="uq_mapping_preset"),)


class SourceList(Base, Audited):
    """One imported agency list (残联, 学籍, 户籍, 扶贫) kept for cross-checking."""

    __tablename__ = "source_lists"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    sheet: Mapped[str | None] = mapped_column(String(100))
    imported_on: Mapped[date] = mapped_column(Date, nullable=False)
    row_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class SourceRow(Base):
    __tablename__ = "source_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("source_lists.id"), nullable=False, index=True)
    row_no: Mapped[int] = mapped_column(Integer, nullable=False)
    resident_id: Mapped[str | None] = mapped_column(String(18), index=True)
    name: Mapped[str | None] = mapped_column(String(64))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    township: Mapped[str | None] = mapped_column(String(64))
    village: Mapped[str | None] = mapped_column(String(64))
    school: Mapped[str | None] = mapped_column(String(100))
    school_register_no: Mapped[str | None] = mapped_column(String(32))
    certificate_no: Mapped[str | None] = mapped_column(String(22))
    category: Mapped[str | None] = mapped_column(String(16))
    grade: Mapped[int | None] = mapped_column(Integer)
    registered_poor: Mapped[bool | None] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class Finding(Base, Audited):
    """A cross-check finding, followed up with 两问一访 until resolved."""

    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False)  # resident ID or name|birth date
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    name: Mapped[str | None] = mapped_column(String(64))
    township: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open/resolved
    found_on: Mapped[date] = mapped_column(Date, nullable=False)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_finding_kind_key"),)


class FollowUp(Base, Audited):
    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), nullable=False, index=True)
    step: Mapped[str] = mapped_column(
        String(20), nullable=False
    )  # ask_village / ask_neighbours / visit_family
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    who: Mapped[str] = mapped_column(String(100), nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)


# ---------------------------------------------------------------------------------------------
# 控辍保学: suspected and actual dropouts, followed with 劝返记录 until closed (动态销号)
# ---------------------------------------------------------------------------------------------


class DropoutCase(Base, Archivable):
    """A suspected (疑似辍学) or confirmed (辍学) case, opened from a 三查 finding or the register."""

    __tablename__ = "dropout_cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id"))
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    resident_id: Mapped[str | None] = mapped_column(String(18))
    township: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(32), nullable=False)  # 三查 finding / register / door-to-door
    opened_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    opened_reason: Mapped[str] = mapped_column(Text, nullable=False)
    confirmed_on: Mapped[date | None] = mapped_column(Date)  # suspected → 辍学 confirmed
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_kind: Mapped[str | None] = mapped_column(String(16))  # placed / back_in_school / other
    close_reason: Mapped[str | None] = mapped_column(Text)
    records: Mapped[list[PersuasionRecord]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="PersuasionRecord.day"
    )


class PersuasionRecord(Base, Audited):
    """劝返记录: one persuasion visit of a case — date, who went, what was said, the result."""

    __tablename__ = "persuasion_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dropout_cases.id"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    who: Mapped[str] = mapped_column(String(200), nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)
    case: Mapped[DropoutCase] = relationship(back_populates="records")
