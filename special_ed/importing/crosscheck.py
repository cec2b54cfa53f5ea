"""三查: match the agencies' lists with the county's children and report what does not add up.

Records are matched by resident ID, then (for rows without one) by name + birth date. Each
person is then examined once, so a planted discrepancy gives exactly one finding of its
kind. Everything works on plain in-memory records and dictionaries: four lists of 100,000
rows are matched and examined in a few seconds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from special_ed.importing.sources import Source
from special_ed.importing.words import FINDING_KINDS

UNKNOWN_TOWNSHIP = "（乡镇不详）"


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One validated row of an agency list, reduced to what the cross-check needs."""

    source: Source
    row: int
    name: str
    resident_id: str | None = None
    sex: str | None = None
    birth_date: date | None = None
    township: str | None = None
    village: str | None = None
    certificate_no: str | None = None
    categories: tuple[str, ...] = ()
    school_name: str | None = None
    placement: str | None = None
    is_poor: bool | None = None

    @classmethod
    def from_values(cls, source: Source, row: int, values: Mapping[str, Any]) -> SourceRecord:
        return cls(
            source=source,
            row=row,
            name=str(values.get("name", "")),
            resident_id=values.get("resident_id"),
            sex=values.get("sex"),
            birth_date=values.get("birth_date"),
            township=values.get("township"),
            village=values.get("village"),
            certificate_no=values.get("certificate_no"),
            categories=tuple(values.get("categories", ())),
            school_name=values.get("school_name"),
            placement=values.get("placement"),
            is_poor=values.get("is_poor"),
        )


@dataclass(frozen=True, slots=True)
class ChildSnapshot:
    """What the database knows of one child, as the cross-check sees it."""

    child_id: int
    name: str
    resident_id: str | None
    sex: str | None
    birth_date: date | None
    township: str | None
    placement: str | None  # "mainstream" / "special_school" / "home", None when not placed
    last_visit: date | None = None
    is_poor: bool = False


@dataclass(frozen=True)
class CheckRules:
    today: date
    school_age_min: int = 6
    school_age_max: int = 15
    visit_gap_days: int = 30
    age_reference: date | None = None  # default: 1 September of the current school year

    @property
    def reference(self) -> date:
        if self.age_reference is not None:
            return self.age_reference
        year = self.today.year if self.today.month >= 9 else self.today.year - 1
        return date(year, 9, 1)


class FindingKind(StrEnum):
    DROPOUT_SUSPECTED = "dropout_suspected"  # 疑似失学辍学 (控辍保学)
    REGISTER_WITHOUT_PLACEMENT = "register_without_placement"
    HOME_NO_RECENT_VISIT = "home_no_recent_visit"
    NAME_MISMATCH = "name_mismatch"
    SEX_MISMATCH = "sex_mismatch"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"
    POOR_DISABLED = "poor_disabled"  # 建档立卡残疾儿童: check 两免一补
    OVER_AGE_HOME = "over_age_home"  # refer to vocational education

    @property
    def label(self) -> str:
        return KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return KIND_LABELS[self][1]


KIND_LABELS: dict[FindingKind, tuple[str, str]] = {kind: FINDING_KINDS[kind.value] for kind in FindingKind}


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    township: str
    person_key: str  # resident ID, or "name|birth date"
    name: str
    resident_id: str | None
    child_id: int | None
    sources: tuple[str, ...]
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Stable across runs, so follow-ups (两问一访) attach to the same finding next time."""
        return f"{self.kind.value}:{self.person_key}"


@dataclass
class CheckReport:
    rules: CheckRules
    findings: list[Finding]
    persons: int
    records: int

    def by_township(self) -> dict[str, Counter[FindingKind]]:
        table: dict[str, Counter[FindingKind]] = defaultdict(Counter)
        for finding in self.findings:
            table[finding.township][finding.kind] += 1
        return dict(sorted(table.items()))

    def of_kind(self, kind: FindingKind) -> list[Finding]:
        return [f for f in self.findings if f.kind is kind]


@dataclass(slots=True)
class _Person:
    key: str
    records: list[SourceRecord] = field(default_factory=list)
    child: ChildSnapshot | None = None


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


_TOWNSHIP_ORDER = (
    Source.HOUSEHOLD,
    Source.CHILDREN,
    Source.FEDERATION,
    Source.SCHOOL_REGISTER,
    Source.POVERTY,
)


class CrossCheck:
    """Collects lists and children, then matches and examines them in :meth:`run`."""

    def __init__(self, rules: CheckRules) -> None:
        self.rules = rules
        self._by_key: dict[str, _Person] = {}
        self._by_name_birth: dict[tuple[str, date], str] = {}
        self._unkeyed: list[SourceRecord | ChildSnapshot] = []
        self._records = 0

    def _person_for(self, resident_id: str | None, name: str, birth: date | None) -> _Person | None:
        if resident_id:
            person = self._by_key.get(resident_id)
            if person is None:
                person = self._by_key[resident_id] = _Person(resident_id)
                if birth is not None and name:
                    self._by_name_birth.setdefault((name, birth), resident_id)
            return person
        return None

    def add_records(self, records: Iterable[SourceRecord]) -> None:
        for record in records:
            self._records += 1
            person = self._person_for(record.resident_id, record.name, record.birth_date)
            if person is None:
                self._unkeyed.append(record)
            else:
                person.records.append(record)

    def add_children(self, children: Iterable[ChildSnapshot]) -> None:
        for child in children:
            person = self._person_for(child.resident_id, child.name, child.birth_date)
            if person is None:
                self._unkeyed.append(child)
            else:
                person.child = child

    def _attach_unkeyed(self) -> None:
        """Rows without an ID join the person with the same name and birth date, or form their own."""
        for item in self._unkeyed:
            if item.birth_date is None or not item.name:
                continue  # validation rejects such rows; nothing to match them by
            key = (
                self._by_name_birth.get((item.name, item.birth_date))
                or f"{item.name}|{item.birth_date.isoformat()}"
            )
            person = self._by_key.get(key)
            if person is None:
                person = self._by_key[key] = _Person(key)
            if isinstance(item, ChildSnapshot):
                person.child = item
            else:
                person.records.append(item)
        self._unkeyed.clear()

    def run(self) -> CheckReport:
        self._attach_unkeyed()
        findings: list[Finding] = []
        for person in self._by_key.values():
            findings.extend(self._examine(person))
        order = _KIND_ORDER
        findings.sort(key=lambda f: (f.township, order[f.kind], f.name, f.person_key))
        return CheckReport(self.rules, findings, len(self._by_key), self._records)

    # -- one person -----------------------------------------------------------------------
    # Enum attribute access is slow in CPython 3.11, and this runs for every person of four
    # 100,000-row lists: members are read once into module constants (_FED …) below.
    def _examine(self, person: _Person) -> list[Finding]:
        rules = self.rules
        child = person.child
        records = person.records
        sources = {r.source for r in records}
        birth = child.birth_date if child and child.birth_date else None
        if birth is None:
            birth = next((r.birth_date for r in records if r.birth_date), None)
        age = _age(birth, rules.reference) if birth else None
        school_age = age is not None and rules.school_age_min <= age <= rules.school_age_max
        placement = child.placement if child else None
        if placement is None:
            placement = next((r.placement for r in records if r.placement), None)
        in_federation = _FED in sources
        in_register = _REG in sources
        disabled = (
            child is not None or in_federation or any(r.categories or r.certificate_no for r in records)
        )
        name = child.name if child else records[0].name
        township = (child.township if child else None) or self._township(records)
        resident_id = person.key if "|" not in person.key else None
        labels = tuple(sorted({str(r.source) for r in records} | ({"database"} if child else set())))
        child_id = child.child_id if child else None

        def finding(kind: FindingKind, **detail: Any) -> Finding:
            return Finding(
                kind, township, person.key, name, resident_id, child_id, labels, {"age": age, **detail}
            )

        out: list[Finding] = []
        if in_federation and school_age and not in_register and not placement:
            out.append(finding(_DROPOUT))
        if in_register and disabled and not placement:
            school = next((r.school_name for r in records if r.school_name), "")
            out.append(finding(_REGISTER, school=school))
        if child is not None and child.placement == "home":
            gap = (rules.today - child.last_visit).days if child.last_visit else None
            if gap is None or gap > rules.visit_gap_days:
                out.append(finding(_NO_VISIT, last_visit=child.last_visit, days=gap))
            if age is not None and age > rules.school_age_max:
                out.append(finding(_OVER_AGE))
        poor = (child is not None and child.is_poor) or any(r.is_poor for r in records)
        if poor and disabled and (school_age or placement):
            out.append(finding(_POOR, placement=placement))
        if len(records) + (child is not None) > 1:
            for kind, values in self._disagreements(person):
                out.append(finding(kind, values=values))
        return out

    @staticmethod
    def _township(records: list[SourceRecord]) -> str:
        for source in _TOWNSHIP_ORDER:
            for record in records:
                if record.source is source and record.township:
                    return record.township
        return UNKNOWN_TOWNSHIP

    @staticmethod
    def _disagreements(person: _Person) -> list[tuple[FindingKind, dict[str, Any]]]:
        """Name, sex and birth date by where they came from (first row of each source), when they differ."""
        out: list[tuple[FindingKind, dict[str, Any]]] = []
        child = person.child
        for kind, attr in _COMPARED:
            values: dict[str, Any] = {}
            if child is not None:
                value = getattr(child, attr)
                if value:
                    values["database"] = value
            for record in person.records:
                value = getattr(record, attr)
                if value and record.source not in values:
                    values[str(record.source)] = value
            if len(values) > 1 and len(set(values.values())) > 1:
                out.append((kind, values))
        return out


_FED, _REG = Source.FEDERATION, Source.SCHOOL_REGISTER
_DROPOUT, _REGISTER = FindingKind.DROPOUT_SUSPECTED, FindingKind.REGISTER_WITHOUT_PLACEMENT
_NO_VISIT, _OVER_AGE, _POOR = (
    FindingKind.HOME_NO_RECENT_VISIT,
    FindingKind.OVER_AGE_HOME,
    FindingKind.POOR_DISABLED,
)
_COMPARED = (
    (FindingKind.NAME_MISMATCH, "name"),
    (FindingKind.SEX_MISMATCH, "sex"),
    (FindingKind.BIRTH_DATE_MISMATCH, "birth_date"),
)
_KIND_ORDER = {kind: index for index, kind in enumerate(FindingKind)}


def cross_check(
    lists: Mapping[Source, Iterable[SourceRecord]], children: Iterable[ChildSnapshot], rules: CheckRules
) -> CheckReport:
    check = CrossCheck(rules)
    check.add_children(children)
    for records in lists.values():
        check.add_records(records)
    return check.run()
