"""A child's record as the forms and imports hand it over, and the rules it must satisfy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from special_ed.domain.enums import Category, ChildStatus, GuardianRelation, Level, Sex
from special_ed.domain.identifiers import check_certificate, check_resident_id, cross_check_id
from special_ed.domain.settings import Settings
from special_ed.domain.text_rules import birth_date_issue, control_issue, name_issues
from special_ed.errors import Issue

_PHONE = re.compile(r"^[0-9+\-() ]{7,20}$")


@dataclass
class GuardianInput:
    name: str
    relation: GuardianRelation = GuardianRelation.OTHER
    phone: str = ""
    id: int | None = None  # the stored guardian this row edits; None for a new one


@dataclass
class ChildInput:
    """Everything a coordinator can enter about a child (the registry form, imports, demo data)."""

    name: str
    sex: Sex | None
    birth_date: date | None
    township_id: int | None
    resident_id: str = ""
    ethnicity: str = "汉族"
    village_id: int | None = None
    address: str = ""
    home_lat: float | None = None
    home_lon: float | None = None
    guardians: list[GuardianInput] = field(default_factory=list)
    registered_poor: bool = False
    dibao: bool = False
    left_behind: bool = False
    orphan: bool = False
    has_certificate: bool = False
    certificate_no: str = ""
    categories: list[Category] = field(default_factory=list)
    grade: int | None = None
    level: Level | None = None
    school_register_no: str = ""
    register_school_id: int | None = None
    grade_year: str = ""
    class_name: str = ""
    status: ChildStatus = ChildStatus.IN_SCHOOL
    visit_window_start: time | None = None
    visit_window_end: time | None = None
    visit_weekdays: list[int] = field(default_factory=list)
    visit_duration_min: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class CertificateInfo:
    """What a typed certificate number tells the form: category and grade to fill in."""

    category: Category
    grade: int
    level: Level


def certificate_info(number: str, settings: Settings) -> CertificateInfo | None:
    check = check_certificate(number)
    if check.parsed is None:
        return None
    return CertificateInfo(
        Category(str(check.parsed.category)),
        check.parsed.grade,
        settings.grade_to_level[check.parsed.grade],
    )


def validate_child(data: ChildInput, settings: Settings, today: date) -> tuple[ChildInput, list[Issue]]:
    """Check every rule; return the input with normalised identifiers and all issues (errors and warnings)."""
    issues: list[Issue] = []
    issues.extend(name_issues("name", data.name))
    for key in ("resident_id", "ethnicity", "address", "certificate_no", "school_register_no", "grade_year",
                "class_name"):  # fmt: skip
        found = control_issue(key, getattr(data, key))
        if found is not None:
            issues.append(found)
    notes_issue = control_issue("notes", data.notes, multiline=True)
    if notes_issue is not None:
        issues.append(notes_issue)
    name = data.name.strip()
    if not name:
        if not any(i.field == "name" for i in issues):
            issues.append(Issue("required", "name"))
    elif len(name) > 64:
        issues.append(Issue("too_long", "name", {"max": 64}))
    data.name = name
    if data.sex is None:
        issues.append(Issue("required", "sex"))
    if data.birth_date is None:
        issues.append(Issue("required", "birth_date"))
    elif data.birth_date > today:
        issues.append(Issue("date.future", "birth_date"))
    elif (too_old := birth_date_issue("birth_date", data.birth_date)) is not None:
        issues.append(too_old)
    if data.township_id is None:
        issues.append(Issue("required", "township_id"))

    if data.resident_id.strip():
        check = check_resident_id(data.resident_id, "resident_id", today)
        issues.extend(check.issues)
        if check.parsed is not None:
            data.resident_id = check.normalised
            issues.extend(cross_check_id(check.parsed, data.birth_date, data.sex.value if data.sex else None))
            if settings.region_code and check.parsed.region[:4] != settings.region_code[:4]:
                issues.append(Issue("id.region_unknown", "resident_id", {"region": check.parsed.region}, "warning"))
    else:
        data.resident_id = ""

    if data.certificate_no.strip():
        cert = check_certificate(data.certificate_no, data.resident_id or None, "certificate_no", today)
        issues.extend(cert.issues)
        if cert.parsed is not None:
            data.certificate_no = cert.normalised
            data.has_certificate = True
            from_cert = Category(str(cert.parsed.category))
            if data.categories and from_cert not in data.categories:
                issues.append(Issue("cert.category_mismatch", "categories", {"from_cert": from_cert}))
            if not data.categories:
                data.categories = [from_cert]
            if data.grade is not None and data.grade != cert.parsed.grade:
                issues.append(Issue("cert.grade_mismatch", "grade", {"from_cert": f"{cert.parsed.grade}级"}))
            if data.grade is None:
                data.grade = cert.parsed.grade
    else:
        data.certificate_no = ""
        if data.has_certificate:
            issues.append(Issue("cert.missing_number", "certificate_no"))
    if data.grade is not None and not 1 <= data.grade <= 4:
        issues.append(Issue("number.range", "grade", {"min": 1, "max": 4}))

    for i, guardian in enumerate(data.guardians):
        issues.extend(name_issues("guardian.name", guardian.name, row=i + 1))
        phone_issue = control_issue("guardian.phone", guardian.phone, row=i + 1)
        if phone_issue is not None:
            issues.append(phone_issue)
        guardian.name = guardian.name.strip()
        guardian.phone = guardian.phone.strip()
        if not guardian.name and not any(x.field == "guardian.name" and x.params.get("row") == i + 1 for x in issues):
            issues.append(Issue("required", "guardian.name", {"row": i + 1}))
        if guardian.phone and not _PHONE.match(guardian.phone) and phone_issue is None:
            issues.append(Issue("phone.invalid", "guardian.phone", {"value": guardian.phone, "row": i + 1}))

    if data.home_lat is not None and not -90 <= data.home_lat <= 90:
        issues.append(Issue("number.range", "home_lat", {"min": -90, "max": 90}))
    if data.home_lon is not None and not -180 <= data.home_lon <= 180:
        issues.append(Issue("number.range", "home_lon", {"min": -180, "max": 180}))
    if any(not 1 <= d <= 7 for d in data.visit_weekdays):
        issues.append(Issue("number.range", "visit_weekdays", {"min": 1, "max": 7}))
    return data, issues


def age_on(birth: date, day: date) -> int:
    """Completed years on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_school_age(birth: date, reference: date, settings: Settings) -> bool:
    return settings.age_min <= age_on(birth, reference) <= settings.age_max
