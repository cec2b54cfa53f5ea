"""Results of :mod:`special_ed.services.reference`: townships, villages, schools, teachers and teams as plain values.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass

from special_ed.domain.enums import SchoolKind, TeacherRole


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
    official: bool = True  # False: added by the coordinator, not in the 统计用区划代码


@dataclass(frozen=True)
class SchoolItem:
    id: int
    code: str
    name: str
    kind: SchoolKind
    township_id: int
    lat: float | None
    lon: float | None
    identifier: str = ""  # 学校标识码
    address: str = ""


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
    township_ids: tuple[int, ...] = ()  # the townships the team covers

    @property
    def driver(self) -> TeacherItem | None:
        return next((m for m in self.members if m.role is TeacherRole.DRIVER), None)

    @property
    def roles(self) -> tuple[TeacherRole, ...]:
        return tuple(m.role for m in self.members)
