"""Row rules of the reference imports (schools, teachers, teams, village coordinates), without SQL.

The service loads a :class:`Snapshot` of what the database already holds (townships and villages,
schools, teachers, team names, the county's box, the acting account's scope); these rules then
check every row against it and against the rows above it, so the preview, the rejects report
and the commit all give the same verdict, row by row and field by field. Rows of the same file
are seen as they would be after the import: a school earlier in a schools file is not a
duplicate of nothing, and a second row for the same school is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from special_ed.domain.access import COUNTY, Scope
from special_ed.domain.coordinates import Bounds, Datum, parse_point
from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.domain.place_names import MatchKind, Place, PlaceMatcher, clean
from special_ed.domain.teams import team_issues
from special_ed.domain.text_rules import control_issue, name_issues
from special_ed.errors import Issue, SpecialEdError
from special_ed.importing.columns import ColumnMapping
from special_ed.importing.readers import Row
from special_ed.importing.reference_kinds import MAX_ROWS, ReferenceKind, missing, split_names
from special_ed.importing.validation import Summary, ValidatedRow, unwrap_exported_text
from special_ed.importing.values import cell_text, clean_name, clean_phone, clean_text


@dataclass(frozen=True)
class KnownSchool:
    id: int
    name: str
    identifier: str
    township_id: int


@dataclass(frozen=True)
class KnownTeacher:
    id: int
    name: str
    school_id: int
    role: str  # TeacherRole value
    active: bool = True
    archived_at: datetime | None = None


@dataclass
class Snapshot:
    """What the database holds that the rows are checked against (a county's worth: all in memory)."""

    townships: list[Place] = field(default_factory=list)
    villages: list[Place] = field(default_factory=list)
    schools: list[KnownSchool] = field(default_factory=list)
    teachers: list[KnownTeacher] = field(default_factory=list)
    team_names: dict[str, int] = field(default_factory=dict)  # clean(name) → team id
    village_codes: dict[str, Place] = field(default_factory=dict)  # 12-digit 区划代码 → village
    bounds: Bounds | None = None  # the county's box; None: only "in China" is checked
    scope: Scope = COUNTY
    county_names: tuple[str, ...] = ()


# 办学类型 as the 学籍 system and offices write it → kind. Checked in order: the first word found wins.
_KIND_WORDS: tuple[tuple[str, SchoolKind], ...] = (
    ("特殊教育", SchoolKind.SPECIAL), ("特教", SchoolKind.SPECIAL), ("培智", SchoolKind.SPECIAL),
    ("聋哑", SchoolKind.SPECIAL), ("盲校", SchoolKind.SPECIAL), ("启智", SchoolKind.SPECIAL),
    ("教学点", SchoolKind.TEACHING_POINT), ("村小", SchoolKind.TEACHING_POINT),
    ("幼儿园", SchoolKind.KINDERGARTEN), ("学前", SchoolKind.KINDERGARTEN), ("幼教", SchoolKind.KINDERGARTEN),
    ("普通学校", SchoolKind.ORDINARY), ("一贯制", SchoolKind.ORDINARY), ("完全中学", SchoolKind.ORDINARY),
    ("中学", SchoolKind.ORDINARY), ("小学", SchoolKind.ORDINARY), ("初中", SchoolKind.ORDINARY),
    ("高中", SchoolKind.ORDINARY), ("高级中学", SchoolKind.ORDINARY), ("职业", SchoolKind.ORDINARY),
    ("中职", SchoolKind.ORDINARY), ("学校", SchoolKind.ORDINARY),
)  # fmt: skip
KIND_CHOICES = "普通学校（小学、初级中学、九年一贯制学校等）、特殊教育学校、教学点、幼儿园"

_ROLE_WORDS: dict[str, TeacherRole] = {
    "特殊教育教师": TeacherRole.SPECIAL_ED, "特教教师": TeacherRole.SPECIAL_ED, "特教老师": TeacherRole.SPECIAL_ED,
    "特殊教育老师": TeacherRole.SPECIAL_ED, "特教": TeacherRole.SPECIAL_ED, "特殊教育": TeacherRole.SPECIAL_ED,
    "资源教师": TeacherRole.SPECIAL_ED, "普通教师": TeacherRole.ORDINARY, "教师": TeacherRole.ORDINARY,
    "普教教师": TeacherRole.ORDINARY, "普校教师": TeacherRole.ORDINARY, "任课教师": TeacherRole.ORDINARY, "学科教师": TeacherRole.ORDINARY,
    "班主任": TeacherRole.ORDINARY, "老师": TeacherRole.ORDINARY, "康复治疗师": TeacherRole.THERAPIST,
    "康复师": TeacherRole.THERAPIST, "康复教师": TeacherRole.THERAPIST, "治疗师": TeacherRole.THERAPIST,
    "医生": TeacherRole.DOCTOR, "医师": TeacherRole.DOCTOR, "村医": TeacherRole.DOCTOR,
    "乡村医生": TeacherRole.DOCTOR, "出车人员": TeacherRole.DRIVER, "司机": TeacherRole.DRIVER,
    "驾驶员": TeacherRole.DRIVER, "其他": TeacherRole.OTHER, "其它": TeacherRole.OTHER,
    "志愿者": TeacherRole.OTHER,
}  # fmt: skip
ROLE_CHOICES = "特殊教育教师（特教教师）、普通教师、康复治疗师、医生、出车人员、其他"
_ACTIVE_WORDS = {"是": True, "在岗": True, "在职": True, "y": True, "yes": True, "1": True, "√": True,
                 "否": False, "不在岗": False, "离岗": False, "离职": False, "退休": False, "调离": False,
                 "n": False, "no": False, "0": False, "×": False}  # fmt: skip
# Longest value each column may hold in the database (persistence/models.py).
_MAX_LENGTH = {"school_name": 100, "school_address": 200, "teacher_name": 64, "team_name": 64, "phone": 32,
               "identifier": 10}  # fmt: skip


def parse_school_kind(text: str) -> SchoolKind | None:
    word = clean(text)
    if not word:
        return None
    for kind in SchoolKind:
        if word in (kind.value, kind.label, kind.label_en):
            return kind
    return next((kind for needle, kind in _KIND_WORDS if needle in word), None)


def parse_role(text: str) -> TeacherRole | None:
    word = clean(text)
    found = _ROLE_WORDS.get(word)
    if found is not None:
        return found
    member = TeacherRole.from_label(word)
    return member if isinstance(member, TeacherRole) else None


class ReferenceValidator:
    """Checks one kind's rows under one mapping against a snapshot; remembers earlier rows of the file."""

    def __init__(
        self,
        kind: ReferenceKind,
        mapping: ColumnMapping,
        snapshot: Snapshot,
        datum: Datum = Datum.WGS84,
    ) -> None:
        lacking = missing(kind, mapping)
        if lacking:
            raise SpecialEdError("import.mapping_incomplete", fields="、".join(lacking))
        self.kind = kind
        self.mapping = mapping
        self.snap = snapshot
        self.datum = datum
        self.summary = Summary()
        self._columns = sorted(mapping.fields.items())
        self._places = PlaceMatcher(snapshot.townships, snapshot.villages, snapshot.county_names)
        self._schools_by_name = {clean(s.name): s for s in snapshot.schools}
        self._schools_by_identifier = {s.identifier: s for s in snapshot.schools if s.identifier}
        self._seen: dict[str, int] = {}  # what a row claims (a school's name, a village) → its row
        self._current = 0  # the row being validated

    def run(self, rows: Iterable[tuple[int, Row]]) -> Iterator[ValidatedRow]:
        for count, (number, cells) in enumerate(rows, start=1):
            if count > MAX_ROWS:
                raise SpecialEdError("refimport.too_many", max=MAX_ROWS, kind=self.kind.label)
            result = self.validate(number, cells)
            self.summary.add(result)
            yield result

    def validate(self, number: int, cells: Row) -> ValidatedRow:
        self._current = number
        out = ValidatedRow(number, cells)
        raw: dict[str, str] = {}
        for index, key in self._columns:
            if index < len(cells):
                cell = cells[index]
                if cell is not None and cell != "":
                    text = cell_text(unwrap_exported_text(cell)).strip()
                    found = name_issues(key, text) if key.endswith("_name") else []
                    if not found and (control := control_issue(key, text)) is not None:
                        found = [control]
                    if found:
                        out.issues.extend(found)
                    elif text:
                        raw[key] = text
        check = {
            ReferenceKind.SCHOOLS: self._school,
            ReferenceKind.TEACHERS: self._teacher,
            ReferenceKind.TEAMS: self._team,
            ReferenceKind.VILLAGES: self._village,
        }[self.kind]
        check(raw, out.values, out.issues)
        for key, limit in _MAX_LENGTH.items():
            value = out.values.get(key)
            if isinstance(value, str) and len(value) > limit:
                out.issues.append(Issue("too_long", key, {"max": limit}))
        return out

    # -- shared ------------------------------------------------------------------------------------
    def _required(self, raw: dict[str, str], key: str, issues: list[Issue]) -> str:
        text = raw.get(key, "")
        if not text and not any(i.field == key for i in issues):
            issues.append(Issue("required", key))
        return text

    def _claim(self, what: str, issues: list[Issue], field: str, value: str) -> None:
        """Refuse a row that says again what an earlier row of the file said (the same school, village…)."""
        first = self._seen.get(what)
        if first is not None:
            issues.append(Issue("refimport.duplicate_row", field, {"first_row": first, "value": value}))
        else:
            self._seen[what] = self._current

    def _township(self, text: str, issues: list[Issue], key: str = "township") -> int | None:
        match = self._places.township(text)
        place = match.place
        if place is not None:
            return place.id
        if match.kind is MatchKind.AMBIGUOUS:
            issues.append(Issue("import.township_ambiguous", key, {
                "value": text, "candidates": "、".join(p.name for p in match.candidates)}))  # fmt: skip
        else:
            issues.append(Issue("import.township_unknown", key, {"value": text}))
        return None

    def _school_named(self, text: str, issues: list[Issue]) -> KnownSchool | None:
        found = self._schools_by_name.get(clean(text)) or self._schools_by_identifier.get(text)
        if found is None:
            issues.append(Issue("refimport.school_unknown", "school", {"value": text}))
        return found

    def _coordinates(self, raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
        lat, lon = raw.get("lat", ""), raw.get("lon", "")
        if not lat and not lon:
            return
        if not lat or not lon:
            issues.append(Issue("refimport.coordinates_half", "lat" if not lat else "lon"))
            return
        try:
            point = parse_point(f"{lat}, {lon}", self.datum, self.snap.bounds)
        except SpecialEdError as exc:
            issues.append(Issue(exc.code, "lat", dict(exc.params)))
            return
        if point.swapped:
            issues.append(Issue("refimport.coordinates_swapped", "lat", {"lat": lon, "lon": lat}, "warning"))
        values["lat"], values["lon"] = point.lat, point.lon

    def _in_scope(self, township_id: int | None, school_id: int | None, what: str, issues: list[Issue],
                  field: str) -> None:  # fmt: skip
        scope = self.snap.scope
        if scope.whole_county:
            return
        school_ids: tuple[int | None, ...] = (school_id,) if school_id is not None else ()
        if not scope.admits(township_id, school_ids, None) or scope.team_id is not None:
            issues.append(Issue("refimport.out_of_scope", field, {"what": what, "scope": scope.label}))

    # -- schools ---------------------------------------------------------------------------------------
    def _school(self, raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
        name = clean_text(self._required(raw, "school_name", issues))
        kind_text = self._required(raw, "school_kind", issues)
        town_text = self._required(raw, "township", issues)
        if kind_text:
            kind = parse_school_kind(kind_text)
            if kind is None:
                issues.append(Issue("refimport.school_kind", "school_kind", {"value": kind_text,
                                                                            "choices": KIND_CHOICES}))  # fmt: skip
            else:
                values["school_kind"] = kind.value
        township_id = self._township(town_text, issues) if town_text else None
        identifier = raw.get("identifier", "").replace(" ", "")
        if identifier:
            if not (identifier.isdigit() and len(identifier) == 10):
                issues.append(Issue("reference.identifier", "identifier", {"value": identifier}))
            elif (other := self._schools_by_identifier.get(identifier)) is not None:
                issues.append(Issue("reference.identifier_taken", "identifier", {"value": identifier,
                                                                                "other": other.name}))  # fmt: skip
            values["identifier"] = identifier
        if name:
            values["school_name"] = name
            if clean(name) in self._schools_by_name:
                issues.append(Issue("refimport.school_exists", "school_name", {"name": name}))
        if raw.get("school_address"):
            values["school_address"] = clean_text(raw["school_address"])
        self._coordinates(raw, values, issues)
        if township_id is not None:
            values["township_id"] = township_id
            self._in_scope(township_id, None, name, issues, "township")
        if name and not any(i.is_error for i in issues):
            self._claim(f"name:{clean(name)}", issues, "school_name", name)
            if identifier:
                self._claim(f"id:{identifier}", issues, "identifier", identifier)

    # -- teachers --------------------------------------------------------------------------------------
    def _teacher(self, raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
        name = clean_name(self._required(raw, "teacher_name", issues))
        school_text = self._required(raw, "school", issues)
        role_text = self._required(raw, "teacher_role", issues)
        school = self._school_named(school_text, issues) if school_text else None
        if role_text:
            role = parse_role(role_text)
            if role is None:
                issues.append(Issue("refimport.role_unknown", "teacher_role", {"value": role_text,
                                                                              "choices": ROLE_CHOICES}))  # fmt: skip
            else:
                values["teacher_role"] = role.value
        if raw.get("phone"):
            phone, ok = clean_phone(raw["phone"])
            if not ok:
                issues.append(Issue("phone.invalid", "phone", {"value": raw["phone"]}))
            values["phone"] = phone
        values["active"] = True
        if raw.get("active"):
            active = _ACTIVE_WORDS.get(clean(raw["active"]).lower())
            if active is None:
                issues.append(Issue("refimport.active_unknown", "active", {"value": raw["active"]}))
            else:
                values["active"] = active
        if name:
            values["teacher_name"] = name
        if school is not None:
            values["school_id"] = school.id
            self._in_scope(school.township_id, school.id, name, issues, "school")
            if name and any(t.name == name and t.school_id == school.id for t in self.snap.teachers):
                issues.append(Issue("refimport.teacher_exists", "teacher_name", {"name": name,
                                                                                "school": school.name}))  # fmt: skip
            elif name and not any(i.is_error for i in issues):
                self._claim(f"{school.id}:{name}", issues, "teacher_name", name)

    # -- teams -----------------------------------------------------------------------------------------
    def _person(
        self, text: str, school_id: int | None, field: str, issues: list[Issue]
    ) -> KnownTeacher | None:
        """A teacher by name: one of the team's school first, else the only one of that name in the county."""
        name = clean_name(text)
        same = [t for t in self.snap.teachers if t.name == name and t.archived_at is None]
        here = [t for t in same if t.school_id == school_id]
        pick = here or same
        if len(pick) == 1:
            return pick[0]
        if not pick:
            issues.append(Issue("refimport.teacher_unknown", field, {"value": name}))
        else:
            schools = {s.id: s.name for s in self.snap.schools}
            issues.append(Issue("refimport.teacher_ambiguous", field, {
                "value": name, "candidates": "、".join(schools.get(t.school_id, "") for t in pick)}))  # fmt: skip
        return None

    def _team(self, raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
        name = clean_text(self._required(raw, "team_name", issues))
        school_text = self._required(raw, "school", issues)
        leader_text = self._required(raw, "leader", issues)
        members_text = self._required(raw, "members", issues)
        school = self._school_named(school_text, issues) if school_text else None
        school_id = school.id if school is not None else None
        leader = self._person(leader_text, school_id, "leader", issues) if leader_text else None
        members = [self._person(n, school_id, "members", issues) for n in split_names(members_text)]
        driver = self._person(raw["driver"], school_id, "driver", issues) if raw.get("driver") else None
        if driver is not None and driver.role != TeacherRole.DRIVER.value:
            issues.append(Issue("refimport.driver_role", "driver", {
                "name": driver.name, "role": TeacherRole(driver.role).label}))  # fmt: skip
        township_ids = [tid for text in split_names(raw.get("townships", ""))
                        if (tid := self._township(text, issues, "townships")) is not None]  # fmt: skip
        if name:
            values["team_name"] = name
            if clean(name) in self.snap.team_names:
                issues.append(Issue("refimport.team_exists", "team_name", {"name": name}))
        if school is not None:
            values["school_id"] = school.id
            self._in_scope(school.township_id, school.id, name, issues, "school")
        if leader is None or any(m is None for m in members) or (raw.get("driver") and driver is None):
            return
        # offices often list the leader among the members too: that is not a second membership
        people = [leader, *(m for m in members if m is not None and m.id != leader.id)]
        if driver is not None:
            people.append(driver)
        for issue in team_issues(name, people, leader.id):
            if not (issue.code == "required" and issue.field == "name"):  # said above, under its column
                renamed = {"leader_id": "leader", "name": "team_name"}.get(issue.field or "", issue.field)
                issues.append(Issue(issue.code, renamed, dict(issue.params), issue.severity))
        values["teacher_ids"] = [p.id for p in people]
        values["leader_id"] = leader.id
        values["township_ids"] = list(dict.fromkeys(township_ids))
        if name and not any(i.is_error for i in issues):
            self._claim(f"team:{clean(name)}", issues, "team_name", name)

    # -- village coordinates -------------------------------------------------------------------------
    def _village(self, raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
        code = raw.get("village_code", "").replace(" ", "")
        by_code = self.snap.village_codes.get(code) if code else None
        if code and by_code is None:
            issues.append(Issue("refimport.village_code", "village_code", {"value": code}))
            return
        village_text = (
            raw.get("village", "") if by_code is not None else self._required(raw, "village", issues)
        )
        town_text = raw.get("township", "") if by_code is None else ""
        if not raw.get("lat") and not raw.get("lon"):
            # an exported list edited in Excel: the rows left without coordinates are not news
            issues.append(
                Issue("refimport.no_coordinates", "lat", {"value": village_text or code}, "warning")
            )
            return
        township_id = self._township(town_text, issues) if town_text else None
        if by_code is not None:
            values["village_id"], values["village"] = by_code.id, by_code.name
            self._in_scope(by_code.township_id, None, by_code.name, issues, "village_code")
        elif village_text and (township_id is not None or not town_text):
            area = self._places.area(town_text, village_text)
            match = area.village
            place = match.place if match is not None else None
            if place is None:
                if match is not None and match.kind is MatchKind.AMBIGUOUS:
                    towns = {t.id: t.name for t in self.snap.townships}
                    issues.append(Issue("refimport.village_ambiguous", "village", {"value": village_text,
                        "candidates": "、".join(towns.get(p.township_id or 0, "") + p.name for p in match.candidates)}))  # fmt: skip
                else:
                    where = next((t.name for t in self.snap.townships if t.id == township_id), "本县")
                    issues.append(Issue("refimport.village_unknown", "village", {"value": village_text,
                                                                                "where": where}))  # fmt: skip
            else:
                values["village_id"] = place.id
                values["village"] = place.name
                self._in_scope(place.township_id, None, place.name, issues, "village")
        self._coordinates(raw, values, issues)
        if "village_id" in values and not any(i.is_error for i in issues):
            self._claim(f"village:{values['village_id']}", issues, "village", str(values["village"]))


__all__ = [
    "KIND_CHOICES",
    "ROLE_CHOICES",
    "KnownSchool",
    "KnownTeacher",
    "ReferenceValidator",
    "Snapshot",
    "parse_role",
    "parse_school_kind",
]
