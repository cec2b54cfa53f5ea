"""Reference data: townships, villages, schools, teachers and home-teaching teams.

Reads for pages and dialogs, and every edit a county needs to keep its lists true: rename,
merge two villages, add a village the official list lacks, archive (never delete), coordinates;
schools, teachers and teams. Every row is audited by the unit of work like any record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update

from special_ed.domain.coordinates import Bounds, Datum, Point, parse_point
from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.domain.place_names import clean, short_village_name, village_key
from special_ed.domain.teams import team_issues
from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.persistence.models import (
    Child,
    School,
    Teacher,
    Team,
    TeamMember,
    TeamTownship,
    Township,
    Village,
)
from special_ed.persistence.scope import township_condition
from special_ed.results.reference import SchoolItem, TeacherItem, TeamItem, TownshipItem, VillageItem
from special_ed.services.context import ServiceContext

_IDENTIFIER = re.compile(r"^\d{10}$")


def _village(v: Village) -> VillageItem:
    return VillageItem(v.id, v.township_id, v.code, v.name, v.lat, v.lon, v.official)


def _school(s: School) -> SchoolItem:
    return SchoolItem(s.id, s.code, s.name, SchoolKind(s.kind), s.township_id, s.lat, s.lon, s.identifier or "",
                      s.address or "")  # fmt: skip


def _check_coordinates(lat: float | None, lon: float | None, field: str = "coordinates") -> list[Issue]:
    if lat is None and lon is None:
        return []
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return [Issue("coordinates.range", field)]
    return []


def _teacher(t: Teacher) -> TeacherItem:
    return TeacherItem(t.id, t.name, t.school_id, TeacherRole(t.role), t.phone or "", t.active)


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def townships(self) -> list[TownshipItem]:
        """The townships to choose from; a township user's lists (registry filter, child form) offer
        their own only. A school or team keeps the whole list: its pupils may live anywhere."""
        stmt = select(Township).where(Township.archived_at.is_(None)).order_by(Township.code)
        scope = self.ctx.actor.scope
        if scope.township_id is not None:
            stmt = stmt.where(township_condition(scope))
        with self.ctx.uow("read") as uow:
            rows = uow.session.scalars(stmt)
            return [TownshipItem(t.id, t.code, t.name, t.lat, t.lon) for t in rows]

    def villages(self, township_id: int | None = None) -> list[VillageItem]:
        stmt = select(Village).where(Village.archived_at.is_(None)).order_by(Village.code)
        if township_id is not None:
            stmt = stmt.where(Village.township_id == township_id)
        with self.ctx.uow("read") as uow:
            return [_village(v) for v in uow.session.scalars(stmt)]

    def schools(self, kind: SchoolKind | None = None, township_id: int | None = None) -> list[SchoolItem]:
        stmt = select(School).where(School.archived_at.is_(None)).order_by(School.code)
        if kind is not None:
            stmt = stmt.where(School.kind == kind.value)
        if township_id is not None:
            stmt = stmt.where(School.township_id == township_id)
        with self.ctx.uow("read") as uow:
            return [_school(s) for s in uow.session.scalars(stmt)]

    def school(self, school_id: int) -> SchoolItem:
        with self.ctx.uow("read") as uow:
            return _school(uow.get(School, school_id, "学校"))

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
            t.id,
            t.name,
            t.school_id,
            t.base_lat,
            t.base_lon,
            tuple(_teacher(m.teacher) for m in t.members),
            leader,
            tuple(sorted(x.township_id for x in t.townships)),
        )

    def county_bounds(self) -> Bounds | None:
        """The county's box: every recorded township, village and school position, 5 km around."""
        with self.ctx.uow("read") as uow:
            s = uow.session
            points = [(lat, lon) for model in (Township, Village, School)
                      for lat, lon in s.execute(select(model.lat, model.lon))
                      if lat is not None and lon is not None]  # fmt: skip
        return Bounds.around(points)

    def read_point(self, text: str, datum: Datum = Datum.WGS84) -> Point:
        """Coordinates as pasted (decimal in either order, DMS; GCJ-02 / BD-09 converted), checked against the county."""
        return parse_point(text, datum, self.county_bounds())

    def teams_for_township(self, township_id: int | None) -> tuple[list[TeamItem], list[TeamItem]]:
        """(teams covering the township, all other teams): the placement dialog offers the first."""
        teams = self.teams()
        covering = [t for t in teams if township_id is not None and township_id in t.township_ids]
        return covering, [t for t in teams if t not in covering]

    # ---- townships and villages ----------------------------------------------------------------

    def rename_township(self, township_id: int, name: str) -> None:
        if not clean(name):
            raise ValidationError([Issue("required", "township")])
        with self.ctx.uow("reference.write") as uow:
            uow.get(Township, township_id, "乡镇").name = clean(name)
            uow.commit()

    def set_township_centre(self, township_id: int, lat: float | None, lon: float | None) -> None:
        if issues := _check_coordinates(lat, lon):
            raise ValidationError(issues)
        with self.ctx.uow("reference.write") as uow:
            t = uow.get(Township, township_id, "乡镇")
            t.lat, t.lon = lat, lon
            uow.commit()

    def add_village(
        self, township_id: int, name: str, lat: float | None = None, lon: float | None = None
    ) -> int:
        """A village the official list lacks; its code is the township's + X + a number (never an official one)."""
        short = short_village_name(name)
        issues = [Issue("required", "village")] if not short else []
        issues += _check_coordinates(lat, lon)
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("reference.write") as uow:
            township = uow.get(Township, township_id, "乡镇")
            self._refuse_duplicate_village(uow.session, township, short)
            n = (
                uow.session.scalar(
                    select(func.count(Village.id)).where(Village.code.like(f"{township.code}X%"))
                )
                or 0
            )
            village = Village(township_id=township.id, code=f"{township.code}X{n + 1:02d}", name=short, lat=lat,
                              lon=lon, official=False)  # fmt: skip
            uow.add(village)
            uow.commit()
            return village.id

    @staticmethod
    def _refuse_duplicate_village(
        session: Any, township: Township, name: str, but: int | None = None
    ) -> None:
        for v in session.scalars(select(Village).where(Village.township_id == township.id,
                                                       Village.archived_at.is_(None))):  # fmt: skip
            if v.id != but and village_key(v.name) == village_key(name):
                raise SpecialEdError("reference.village_exists", township=township.name, name=v.name)

    def rename_village(self, village_id: int, name: str) -> None:
        short = short_village_name(name)
        if not short:
            raise ValidationError([Issue("required", "village")])
        with self.ctx.uow("reference.write") as uow:
            village = uow.get(Village, village_id, "村（社区）")
            self._refuse_duplicate_village(uow.session, village.township, short, but=village.id)
            village.name = short
            uow.commit()

    def set_village_centre(self, village_id: int, lat: float | None, lon: float | None) -> None:
        if issues := _check_coordinates(lat, lon):
            raise ValidationError(issues)
        with self.ctx.uow("reference.write") as uow:
            v = uow.get(Village, village_id, "村（社区）")
            v.lat, v.lon = lat, lon
            uow.commit()

    def merge_villages(self, keep_id: int, merged_id: int, reason: str = "") -> int:
        """Two villages became one: children and schools move to ``keep_id``; the other is archived, pointing to it.

        Returns how many children moved.
        """
        if keep_id == merged_id:
            raise SpecialEdError("reference.merge_same")
        with self.ctx.uow("reference.write") as uow:
            keep = uow.get(Village, keep_id, "村（社区）")
            gone = uow.get(Village, merged_id, "村（社区）")
            for v in (keep, gone):
                if v.archived_at is not None:
                    raise SpecialEdError("reference.archived", name=v.name)
            if keep.township_id != gone.township_id:
                raise SpecialEdError("reference.merge_other_township", a=keep.name, b=gone.name)
            children = list(uow.session.scalars(select(Child).where(Child.village_id == gone.id)))
            for child in children:  # row by row, so each child's move is audited
                child.village_id = keep.id
            uow.session.execute(update(School).where(School.village_id == gone.id).values(village_id=keep.id))
            gone.merged_into_id = keep.id
            self._archive(gone, reason or f"并入{keep.name}")
            uow.commit()
            return len(children)

    def _archive(self, row: Any, reason: str) -> None:
        row.archived_at = self.ctx.clock()
        row.archived_by = self.ctx.actor.name
        row.archived_reason = reason.strip()

    def archive(self, kind: str, row_id: int, reason: str) -> None:
        """Archive a village, school, teacher or team (never deleted; history and old records keep it)."""
        model: Any
        model, what = {"village": (Village, "村（社区）"), "school": (School, "学校"), "teacher": (Teacher, "教师"),
                       "team": (Team, "送教小组"), "township": (Township, "乡镇")}[kind]  # fmt: skip
        if not reason.strip():
            raise ValidationError([Issue("archived.reason_required", "reason")])
        with self.ctx.uow("reference.write") as uow:
            row = uow.get(model, row_id, what)
            if row.archived_at is not None:
                raise SpecialEdError("archived.already")
            self._archive(row, reason)
            uow.commit()

    # ---- schools -------------------------------------------------------------------------------

    def save_school(
        self, name: str, kind: SchoolKind, township_id: int, *, identifier: str = "", address: str = "",
        lat: float | None = None, lon: float | None = None, school_id: int | None = None,
    ) -> int:  # fmt: skip
        name, identifier = clean(name), identifier.strip()
        issues = [Issue("required", "school_id")] if not name else []
        if identifier and not _IDENTIFIER.match(identifier):
            issues.append(Issue("reference.identifier", "identifier", {"value": identifier}))
        issues += _check_coordinates(lat, lon)
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("reference.write") as uow:
            s = uow.session
            township = uow.get(Township, township_id, "乡镇")
            if identifier:
                other = s.scalar(select(School).where(School.identifier == identifier))
                if other is not None and other.id != school_id:
                    raise SpecialEdError("reference.identifier_taken", value=identifier, other=other.name)
            same = s.scalar(select(School).where(School.name == name, School.archived_at.is_(None)))
            if same is not None and same.id != school_id:
                raise SpecialEdError("reference.school_exists", name=name)
            if school_id is None:
                n = s.scalar(select(func.count(School.id))) or 0
                school = School(code=identifier or f"{township.code}S{n + 1:03d}", name=name, kind=kind.value,
                                township_id=township.id)  # fmt: skip
                uow.add(school)
            else:
                school = uow.get(School, school_id, "学校")
            school.name, school.kind, school.township_id = name, kind.value, township.id
            school.identifier = identifier or None
            school.address = address.strip() or None
            school.lat, school.lon = lat, lon
            uow.commit()
            return school.id

    # ---- teachers ------------------------------------------------------------------------------

    def save_teacher(
        self, name: str, school_id: int, role: TeacherRole, *, phone: str = "", active: bool = True,
        teacher_id: int | None = None,
    ) -> int:  # fmt: skip
        from special_ed.domain.county import PHONE

        name, phone = clean(name), phone.strip()
        issues = [Issue("required", "name")] if not name else []
        if phone and not PHONE.match(phone.replace(" ", "")):
            issues.append(Issue("phone.invalid", "phone", {"value": phone}))
        if issues:
            raise ValidationError(issues)
        with self.ctx.uow("reference.write") as uow:
            school = uow.get(School, school_id, "学校")
            teacher = Teacher() if teacher_id is None else uow.get(Teacher, teacher_id, "教师")
            teacher.name, teacher.school_id, teacher.role = name, school.id, role.value
            teacher.phone, teacher.active = phone or None, active
            if teacher_id is None:
                uow.add(teacher)
            uow.commit()
            return teacher.id

    # ---- teams ---------------------------------------------------------------------------------

    def create_team(
        self, name: str, school_id: int, teacher_ids: Sequence[int], leader_id: int | None = None,
        township_ids: Sequence[int] = (),
    ) -> int:  # fmt: skip
        """A home-teaching team: two or more teachers, one a special-education teacher, one leader."""
        return self.save_team(name, school_id, teacher_ids, leader_id, township_ids)

    def save_team(
        self, name: str, school_id: int, teacher_ids: Sequence[int], leader_id: int | None = None,
        township_ids: Sequence[int] = (), *, base: tuple[float, float] | None = None, team_id: int | None = None,
    ) -> int:  # fmt: skip
        """Create or change a team; the base is the school's position unless ``base`` is given."""
        with self.ctx.uow("teams.write") as uow:
            school = uow.get(School, school_id, "学校")
            teachers = [uow.get(Teacher, tid, "教师") for tid in teacher_ids]
            towns = [uow.get(Township, tid, "乡镇") for tid in dict.fromkeys(township_ids)]
            issues = team_issues(name, teachers, leader_id)
            if base is not None:
                issues += _check_coordinates(*base)
            if issues:
                raise ValidationError(issues)
            if leader_id is None:  # the first special-education teacher leads unless told otherwise
                leader_id = next(t.id for t in teachers if t.role == TeacherRole.SPECIAL_ED.value)
            team = Team() if team_id is None else uow.get(Team, team_id, "送教小组")
            team.name, team.school_id = clean(name), school.id
            team.base_lat, team.base_lon = base if base is not None else (school.lat, school.lon)
            team.members = [TeamMember(teacher_id=t.id, is_leader=(t.id == leader_id), position=i)
                            for i, t in enumerate(teachers)]  # fmt: skip
            team.townships = [TeamTownship(township_id=t.id) for t in towns]
            if team_id is None:
                uow.add(team)
            uow.commit()
            return team.id
