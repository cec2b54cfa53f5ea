"""Reference data: townships, villages, schools, teachers and home-teaching teams."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.errors import Issue, ValidationError
from special_ed.persistence.models import School, Teacher, Team, TeamMember, Township, Village
from special_ed.services.context import ServiceContext


@dataclass(frozen=True)
class TownshipItem:
    id: int
    code: str
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class VillageItem:
    id: int
    township_id: int
    code: str
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class SchoolItem:
    id: int
    code: str
    name: str
    kind: SchoolKind
    township_id: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class TeacherItem:
    id: int
    name: str
    school_id: int
    role: TeacherRole
    phone: str
    active: bool


@dataclass(frozen=True)
class TeamItem:
    id: int
    name: str
    school_id: int
    base_lat: float | None
    base_lon: float | None
    members: tuple[TeacherItem, ...]
    leader_id: int | None

    @property
    def roles(self) -> tuple[TeacherRole, ...]:
        return tuple(m.role for m in self.members)


def _teacher(t: Teacher) -> TeacherItem:
    return TeacherItem(t.id, t.name, t.school_id, TeacherRole(t.role), t.phone or "", t.active)


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def townships(self) -> list[TownshipItem]:
        with self.ctx.uow("read") as uow:
            rows = uow.session.scalars(select(Township).where(Township.archived_at.is_(None)).order_by(Township.code))
            return [TownshipItem(t.id, t.code, t.name, t.lat, t.lon) for t in rows]

    def villages(self, township_id: int | None = None) -> list[VillageItem]:
        stmt = select(Village).where(Village.archived_at.is_(None)).order_by(Village.code)
        if township_id is not None:
            stmt = stmt.where(Village.township_id == township_id)
        with self.ctx.uow("read") as uow:
            return [VillageItem(v.id, v.township_id, v.code, v.name, v.lat, v.lon) for v in uow.session.scalars(stmt)]

    def schools(self, kind: SchoolKind | None = None, township_id: int | None = None) -> list[SchoolItem]:
        stmt = select(School).where(School.archived_at.is_(None)).order_by(School.code)
        if kind is not None:
            stmt = stmt.where(School.kind == kind.value)
        if township_id is not None:
            stmt = stmt.where(School.township_id == township_id)
        with self.ctx.uow("read") as uow:
            return [
                SchoolItem(s.id, s.code, s.name, SchoolKind(s.kind), s.township_id, s.lat, s.lon)
                for s in uow.session.scalars(stmt)
            ]

    def school(self, school_id: int) -> SchoolItem:
        with self.ctx.uow("read") as uow:
            s = uow.get(School, school_id, "学校")
            return SchoolItem(s.id, s.code, s.name, SchoolKind(s.kind), s.township_id, s.lat, s.lon)

    def teachers(self, school_id: int | None = None) -> list[TeacherItem]:
        stmt = select(Teacher).where(Teacher.archived_at.is_(None)).order_by(Teacher.school_id, Teacher.id)
        if school_id is not None:
            stmt = stmt.where(Teacher.school_id == school_id)
        with self.ctx.uow("read") as uow:
            return [_teacher(t) for t in uow.session.scalars(stmt)]

    def teams(self, school_id: int | None = None) -> list[TeamItem]:
        stmt = select(Team).where(Team.archived_at.is_(None)).order_by(Team.id)
        if school_id is not None:
            stmt = stmt.where(Team.school_id == school_id)
        with self.ctx.uow("read") as uow:
            return [self._team(t) for t in uow.session.scalars(stmt)]

    def team(self, team_id: int) -> TeamItem:
        with self.ctx.uow("read") as uow:
            return self._team(uow.get(Team, team_id, "送教小组"))

    @staticmethod
    def _team(t: Team) -> TeamItem:
        leader = next((m.teacher_id for m in t.members if m.is_leader), None)
        return TeamItem(
            t.id, t.name, t.school_id, t.base_lat, t.base_lon, tuple(_teacher(m.teacher) for m in t.members), leader
        )

    def create_team(self, name: str, school_id: int, teacher_ids: list[int], leader_id: int | None = None) -> int:
        """A home-teaching team needs at least two teachers, one of them a special-education teacher."""
        with self.ctx.uow("teams.write") as uow:
            school = uow.get(School, school_id, "学校")
            teachers = [uow.get(Teacher, tid, "教师") for tid in teacher_ids]
            roles = {t.role for t in teachers}
            issues = []
            if not name.strip():
                issues.append(Issue("required", "name"))
            if len(teachers) < 2 or TeacherRole.SPECIAL_ED.value not in roles:
                issues.append(Issue("placement.team_required", "team_id"))
            if issues:
                raise ValidationError(issues)
            team = Team(name=name.strip(), school_id=school.id, base_lat=school.lat, base_lon=school.lon)
            for i, t in enumerate(teachers):
                team.members.append(TeamMember(teacher_id=t.id, is_leader=(t.id == leader_id), position=i))
            uow.add(team)
            uow.commit()
            return team.id
