"""A new child's current placement read from a children list (the roster export writes it).

The roster carries 安置方式, 安置学校/责任学校, 送教小组, 安置生效日期, 安置决定, 安置理由 and
复评日期, so a county moved into an empty database gets its children back placed as they were.
A placement the file cannot support (no date, a school or team the county does not have, a
rule of :func:`validate_placement` broken) is a warning on the row: the child is imported all
the same, unplaced, and the warning says why — no child is dropped for want of a placement.
Children already in the database keep their placement: a change of placement is a decision,
made on the 安置 page, not a side effect of a list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from special_ed.domain.child import ChildInput
from special_ed.domain.enums import Placement, SchoolKind, TeacherRole
from special_ed.domain.placement import PlacementInput, recommend, validate_placement
from special_ed.domain.settings import Settings
from special_ed.errors import Issue
from special_ed.importing.validation import ValidatedRow
from special_ed.persistence.models import School, Teacher, Team, TeamMember
from special_ed.results.imports import ImportedPlacement


@dataclass(frozen=True)
class _TeamRef:
    id: int
    school_id: int
    roles: tuple[TeacherRole, ...]


@dataclass(frozen=True)
class PlacementReader:
    schools: Mapping[str, tuple[int, SchoolKind]]
    teams: Mapping[str, Sequence[_TeamRef]]
    may_place: bool  # the importing account may decide placements

    @classmethod
    def load(cls, session: Session, may_place: bool) -> PlacementReader:
        schools = {name: (sid, SchoolKind(kind)) for sid, name, kind in
                   session.execute(select(School.id, School.name, School.kind).where(School.archived_at.is_(None)))}  # fmt: skip
        roles: dict[int, list[TeacherRole]] = {}
        for team_id, role in session.execute(
            select(TeamMember.team_id, Teacher.role).join(Teacher, Teacher.id == TeamMember.teacher_id)
        ):
            roles.setdefault(team_id, []).append(TeacherRole(role))
        teams: dict[str, list[_TeamRef]] = {}
        for tid, name, school_id in session.execute(
            select(Team.id, Team.name, Team.school_id).where(Team.archived_at.is_(None))
        ):
            teams.setdefault(name, []).append(_TeamRef(tid, school_id, tuple(roles.get(tid, ()))))
        return cls(schools, teams, may_place)

    def read(self, row: ValidatedRow, child: ChildInput, settings: Settings) -> ImportedPlacement | None:
        """The row's placement for a new child, or None (with a warning on the row when one was given)."""
        v = row.values
        if not v.get("placement"):
            return None
        kind = Placement(v["placement"])
        shown = {"value": kind}
        if not self.may_place:
            row.issues.append(Issue("import.placement_not_permitted", "placement", shown, "warning"))
            return None
        if v.get("placement_date") is None:
            row.issues.append(Issue("import.placement_no_date", "placement_date", shown, "warning"))
            return None
        problems: list[Issue] = []
        school_id: int | None = None
        school_kind: SchoolKind | None = None
        if v.get("placement_school"):
            found = self.schools.get(v["placement_school"])
            if found is None:
                problems.append(Issue("import.placement_school_unknown", "placement_school",
                                      {"value": v["placement_school"]}, "warning"))  # fmt: skip
            else:
                school_id, school_kind = found
        team_id: int | None = None
        roles: tuple[TeacherRole, ...] = ()
        if kind is Placement.HOME and v.get("team"):
            candidates = list(self.teams.get(v["team"], ()))
            if len(candidates) > 1 and school_id is not None:
                candidates = [t for t in candidates if t.school_id == school_id]
            if len(candidates) == 1:
                team_id, roles = candidates[0].id, candidates[0].roles
            else:
                code = "import.team_unknown" if not candidates else "import.team_ambiguous"
                problems.append(Issue(code, "team", {"value": v["team"]}, "warning"))
        decision = PlacementInput(
            kind=kind,
            effective_date=v["placement_date"],
            reason=v.get("placement_reason", ""),
            school_id=school_id,
            school_kind=school_kind,
            class_name=child.class_name if kind is not Placement.HOME else "",
            team_id=team_id,
            team_roles=roles,
        )
        if child.level is None:
            problems.append(Issue("placement.level_required", "level", {}, "warning"))
        else:
            recommended = recommend(child.level, settings)
            problems.extend(dataclasses.replace(i, severity="warning")
                            for i in validate_placement(decision, recommended))  # fmt: skip
        if problems:
            row.issues.extend(problems)
            row.issues.append(Issue("import.placement_not_imported", "placement", shown, "warning"))
            return None
        return ImportedPlacement(decision, v.get("placement_by") or None, v.get("review_due"))


def kept_placement_issue(row: ValidatedRow, current: str | None) -> Issue | None:
    """A warning when the file places a child already in the database differently."""
    incoming = row.values.get("placement")
    if not incoming or incoming == current:
        return None
    if current is None:
        return Issue("import.placement_kept_unplaced", "placement", {"value": Placement(incoming)}, "warning")
    return Issue("import.placement_kept", "placement",
                 {"value": Placement(incoming), "current": Placement(current)}, "warning")  # fmt: skip
