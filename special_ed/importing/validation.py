"""Row-by-row validation of a mapped sheet: every issue with its field and reason.

A row is *rejected* when it cannot be trusted (bad ID checksum, an ID or certificate that
Excel stored as a number and cut, a certificate, sex or birth date that disagrees with the
ID, no name, nothing to match it by); *warned* when something was normalised or ignored
(full-width characters, spaces, lower-case x, an unrecognised category, a duplicate to
resolve); otherwise *valid*. Nothing is written here: this is the preview.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from special_ed.domain.identifiers import (
    CATEGORY_NAMES,
    GRADE_NAMES,
    check_certificate,
    check_resident_id,
    cross_check_id,
    normalise_text,
)
from special_ed.domain.text_rules import birth_date_issue, control_issue, name_issues
from special_ed.errors import Issue, SpecialEdError
from special_ed.importing.columns import ColumnMapping
from special_ed.importing.readers import Row
from special_ed.importing.sources import REQUIRED, Source
from special_ed.importing.values import (
    CATEGORY_WORDS,
    GRADE_WORDS,
    LEVEL_WORDS,
    PLACEMENT_WORDS,
    STATUS_WORDS,
    UNPLACED_WORDS,
    cell_text,
    clean_name,
    clean_phone,
    clean_text,
    parse_categories,
    parse_date,
    parse_grade,
    parse_level,
    parse_placement,
    parse_sex,
    parse_yes_no,
    split_list,
)

VALID, WARNED, REJECTED = "valid", "warned", "rejected"
_TEXT_FIELDS = (
    "school_name",
    "school_grade",
    "class_name",
    "address",
    "township",
    "village",
    "guardian_name",
    "ethnicity",
    "placement_school",
    "team",
    "placement_by",
)
_SEX_LABEL = {"M": "男", "F": "女"}
_NUMBER_TEXT_FIELDS = frozenset({"resident_id", "certificate_no", "school_register_no", "guardian_phone"})
# Longest value each field may hold in the database (models.py); a longer one is refused here,
# in the preview, rather than failing the whole import on PostgreSQL.
MAX_LENGTH = {"name": 64, "township": 64, "village": 64, "school_name": 100, "address": 200,
              "guardian_name": 64, "guardian_phone": 32, "class_name": 32, "school_grade": 16,
              "ethnicity": 32, "school_register_no": 32,
              "placement_school": 100, "team": 64, "placement_by": 64}  # fmt: skip


def unwrap_exported_text(cell: Any) -> Any:
    """Undo the tricks systems use to stop Excel mangling long numbers: ="500237…" and '500237…."""
    if isinstance(cell, str):
        text = cell.strip()
        if len(text) > 3 and text.startswith('="') and text.endswith('"'):
            return text[2:-1]
        if len(text) > 1 and text[0] in "'‘’`":
            return text[1:]
    return cell


def _choices(words: dict[str, Any]) -> str:
    return "、".join(w for w in words if not w.isascii())[:40]


@dataclass(slots=True)
class ValidatedRow:
    row: int  # the row number the user sees in the file
    cells: Row
    values: dict[str, Any] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def status(self) -> str:
        if any(i.is_error for i in self.issues):
            return REJECTED
        return WARNED if self.issues else VALID

    @property
    def match_key(self) -> str | None:
        """Resident ID, else name|birth date: how lists are matched (None when the row cannot be)."""
        rid = self.values.get("resident_id")
        if rid:
            return str(rid)
        name, birth = self.values.get("name"), self.values.get("birth_date")
        if name and birth:
            return f"{name}|{birth.isoformat()}"
        return None


@dataclass
class Summary:
    valid: int = 0
    warned: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.valid + self.warned + self.rejected

    def add(self, row: ValidatedRow) -> None:
        status = row.status
        if status == VALID:
            self.valid += 1
        elif status == WARNED:
            self.warned += 1
        else:
            self.rejected += 1


def check_mapping(mapping: ColumnMapping, source: Source) -> None:
    missing = mapping.missing(REQUIRED[source])
    if missing:
        raise SpecialEdError("import.mapping_incomplete", fields="、".join(missing))


class RowValidator:
    """Validates rows of one sheet under one mapping; remembers keys to flag duplicates within the file."""

    def __init__(self, mapping: ColumnMapping, source: Source, today: date | None = None) -> None:
        check_mapping(mapping, source)
        self.mapping = mapping
        self.source = source
        self.today = today or date.today()
        self._columns = sorted(mapping.fields.items())
        self._seen: dict[str, int] = {}
        self.summary = Summary()

    def run(self, rows: Iterable[tuple[int, Row]]) -> Iterator[ValidatedRow]:
        for number, cells in rows:
            result = self.validate(number, cells)
            self.summary.add(result)
            yield result

    def validate(self, number: int, cells: Row) -> ValidatedRow:
        raw: dict[str, Any] = {}
        width = len(cells)
        for index, key in self._columns:
            if index < width:
                cell = cells[index]
                if cell is not None and cell != "":
                    raw[key] = unwrap_exported_text(cell) if key in _NUMBER_TEXT_FIELDS else cell
        out = ValidatedRow(number, cells)
        values, issues = out.values, out.issues
        self._refuse_hidden_characters(raw, issues)
        self._name(raw, values, issues)
        parsed_id = self._resident_id(raw, values, issues)
        parsed_id = self._certificate(raw, values, issues, parsed_id)
        self._birth_and_sex(raw, values, issues, parsed_id)
        self._classification(raw, values, issues)
        self._others(raw, values, issues)
        for key, limit in MAX_LENGTH.items():
            value = values.get(key)
            if isinstance(value, str) and len(value) > limit:
                issues.append(Issue("too_long", key, {"max": limit}))
        if out.status != REJECTED:
            self._duplicate(out)
        return out

    # -- fields -----------------------------------------------------------------------
    def _refuse_hidden_characters(self, raw: dict[str, Any], issues: list[Issue]) -> None:
        """A control character in any cell refuses the row (named by row and column); it would
        otherwise be stored and break every workbook written from the record later."""
        for key, cell in list(raw.items()):
            if not isinstance(cell, str):
                continue
            cell = cell.strip()  # a tab or line break around the value is padding, trimmed as before
            found = name_issues(key, cell) if key in ("name", "guardian_name") else []
            if not found and (control := control_issue(key, cell)) is not None:
                found = [control]
            if found:
                issues.extend(found)
                if key != "name":
                    del raw[key]  # so no later rule repeats the problem with a less precise message

    def _name(self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue]) -> None:
        if any(i.field == "name" for i in issues):
            return
        text = cell_text(raw.get("name", "")).strip()
        name = clean_name(text)
        if not name:
            issues.append(Issue("required", "name"))
            return
        if name != text:
            issues.append(
                Issue("import.text_normalised", "name", {"value": text, "normalised": name}, "warning")
            )
        values["name"] = name

    def _resident_id(self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue]) -> Any:
        cell = raw.get("resident_id")
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        if isinstance(cell, bool):
            cell = str(cell)
        if isinstance(cell, int):
            # A number cell can never hold 18 digits exactly (Excel keeps 15): treat as cut.
            cell = float(cell)
        checked = check_resident_id(cell, "resident_id", self.today)
        issues.extend(checked.issues)
        if checked.parsed is not None:
            values["resident_id"] = checked.parsed.value
        return checked.parsed

    def _certificate(
        self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue], parsed_id: Any
    ) -> Any:
        cell = raw.get("certificate_no")
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return parsed_id
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            issues.append(Issue("cert.excel_number", "certificate_no", {"value": cell_text(cell)}))
            return parsed_id
        id_given = values.get("resident_id")
        if id_given is None and "resident_id" in raw:
            id_given = None  # the ID itself is bad; its own issue says so
        checked = check_certificate(str(cell), id_given, "certificate_no", self.today)
        issues.extend(checked.issues)
        cert = checked.parsed
        if cert is None:
            return parsed_id
        values["certificate_no"] = cert.value
        values["_cert_category"] = str(cert.category)
        values["_cert_grade"] = cert.grade
        if parsed_id is None and "resident_id" not in raw:
            # Federation lists sometimes carry only the certificate: its first 18 characters are the ID.
            from_cert = check_resident_id(cert.resident_id, "resident_id", self.today)
            if from_cert.parsed is not None:
                values["resident_id"] = from_cert.parsed.value
                return from_cert.parsed
        return parsed_id

    def _birth_and_sex(
        self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue], parsed_id: Any
    ) -> None:
        birth: date | None = None
        if "birth_date" in raw:
            birth = parse_date(raw["birth_date"])
            if birth is None:
                text = cell_text(raw["birth_date"])
                if parsed_id is not None:
                    issues.append(
                        Issue(
                            "import.birth_from_id",
                            "birth_date",
                            {"value": text, "from_id": parsed_id.birth_date.isoformat()},
                            "warning",
                        )
                    )
                else:
                    issues.append(Issue("date.invalid", "birth_date", {"value": text}))
            elif birth > self.today:
                issues.append(Issue("date.future", "birth_date", {"value": birth.isoformat()}))
                birth = None
            elif (too_old := birth_date_issue("birth_date", birth)) is not None:
                issues.append(too_old)
                birth = None
        sex: str | None = None
        if "sex" in raw:
            sex = parse_sex(raw["sex"])
            if sex is None:
                text = cell_text(raw["sex"])
                if parsed_id is not None:
                    issues.append(
                        Issue(
                            "import.sex_from_id",
                            "sex",
                            {"value": text, "from_id": _SEX_LABEL[parsed_id.sex]},
                            "warning",
                        )
                    )
                else:
                    issues.append(
                        Issue("import.value_unknown", "sex", {"value": text, "choices": "男、女"}, "warning")
                    )
        if parsed_id is not None:
            issues.extend(cross_check_id(parsed_id, birth, sex))
            values["birth_date"] = parsed_id.birth_date
            values["sex"] = parsed_id.sex
        else:
            if birth is not None:
                values["birth_date"] = birth
            if sex is not None:
                values["sex"] = sex
            if "resident_id" not in raw and "certificate_no" not in values:
                if birth is None and "birth_date" not in raw:
                    issues.append(Issue("import.unidentifiable", "resident_id"))
                elif birth is not None:
                    issues.append(Issue("import.id_missing", "resident_id", {}, "warning"))

    def _classification(self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue]) -> None:
        cert_category = values.pop("_cert_category", None)
        cert_grade = values.pop("_cert_grade", None)
        if "categories" in raw:
            categories = parse_categories(raw["categories"])
            if categories is None:
                issues.append(
                    Issue(
                        "import.value_unknown",
                        "categories",
                        {"value": cell_text(raw["categories"]), "choices": _choices(CATEGORY_WORDS)},
                        "warning",
                    )
                )
            else:
                values["categories"] = categories
                if cert_category is not None and cert_category not in categories:
                    issues.append(
                        Issue(
                            "cert.category_mismatch",
                            "categories",
                            {"from_cert": CATEGORY_NAMES[int(cert_category)]},
                            "warning",
                        )
                    )
        if "categories" not in values and cert_category is not None:
            values["categories"] = (cert_category,)
        if "grade" in raw:
            grade = parse_grade(raw["grade"])
            if grade is None:
                issues.append(
                    Issue(
                        "import.value_unknown",
                        "grade",
                        {"value": cell_text(raw["grade"]), "choices": _choices(GRADE_WORDS)},
                        "warning",
                    )
                )
            else:
                values["grade"] = grade
                if cert_grade is not None and cert_grade != grade:
                    issues.append(
                        Issue(
                            "cert.grade_mismatch", "grade", {"from_cert": GRADE_NAMES[cert_grade]}, "warning"
                        )
                    )
        if "grade" not in values and cert_grade is not None:
            values["grade"] = cert_grade
        for key, parser, words in (
            ("level", parse_level, LEVEL_WORDS),
            ("placement", parse_placement, PLACEMENT_WORDS),
        ):
            if key in raw:
                if key == "placement" and clean_text(cell_text(raw[key])) in UNPLACED_WORDS:
                    continue
                parsed = parser(raw[key])
                if parsed is None:
                    issues.append(
                        Issue(
                            "import.value_unknown",
                            key,
                            {"value": cell_text(raw[key]), "choices": _choices(words)},
                            "warning",
                        )
                    )
                else:
                    values[key] = parsed

    def _others(self, raw: dict[str, Any], values: dict[str, Any], issues: list[Issue]) -> None:
        for key in _TEXT_FIELDS:
            if key in raw:
                text = clean_text(cell_text(raw[key]))
                if text:
                    values[key] = text
        if "school_register_no" in raw:
            cell = raw["school_register_no"]
            if isinstance(cell, float) and abs(cell) >= 1e15:
                issues.append(
                    Issue(
                        "import.number_as_text", "school_register_no", {"value": cell_text(cell)}, "warning"
                    )
                )
            else:
                values["school_register_no"] = normalise_text(cell_text(cell))
        if "guardian_phone" in raw:
            # several guardians: "13800000001、13900000002", one per guardian in the order of 监护人
            # (the roster export writes them so; an empty slot keeps a guardian without a phone)
            parts = split_list(cell_text(raw["guardian_phone"]))
            cleaned = []
            for part in parts:
                phone, ok = clean_phone(part)
                if phone and not ok:
                    issues.append(Issue("phone.invalid", "guardian_phone", {"value": phone}, "warning"))
                    phone = ""
                cleaned.append(phone)
            if any(cleaned):
                values["guardian_phone"] = "、".join(cleaned)
        for key in ("dibao", "left_behind", "orphan", "has_certificate"):
            if key in raw and cell_text(raw[key]).strip():
                flag = parse_yes_no(raw[key])
                if flag is None:
                    issues.append(Issue("import.value_unknown", key,
                                        {"value": cell_text(raw[key]), "choices": "是、否"}, "warning"))  # fmt: skip
                else:
                    values[key] = flag
        for key, low, high in (("home_lat", 3.0, 54.0), ("home_lon", 73.0, 136.0)):
            if key in raw and cell_text(raw[key]).strip():
                try:
                    number = float(cell_text(raw[key]))
                except ValueError:
                    number = float("nan")
                if low <= number <= high:
                    values[key] = number
                else:
                    issues.append(Issue("import.value_unknown", key,
                                        {"value": cell_text(raw[key]), "choices": f"{low}–{high}"}, "warning"))  # fmt: skip
        if "status" in raw and cell_text(raw["status"]).strip():
            status = STATUS_WORDS.get(clean_text(cell_text(raw["status"])))
            if status is None:
                issues.append(Issue("import.value_unknown", "status",
                                    {"value": cell_text(raw["status"]), "choices": "、".join(STATUS_WORDS)},
                                    "warning"))  # fmt: skip
            else:
                values["status"] = status
        if "placement_reason" in raw:
            # prose as the committee wrote it: full-width punctuation stays (NFKC would turn "，" into ",")
            reason = cell_text(raw["placement_reason"]).strip()
            if reason:
                values["placement_reason"] = reason
        for key in ("placement_date", "review_due"):
            # a date the placement cannot take is a warning: the child is still imported, unplaced
            if key in raw and cell_text(raw[key]).strip():
                day = parse_date(raw[key])
                if day is None:
                    issues.append(Issue("date.invalid", key, {"value": cell_text(raw[key])}, "warning"))
                else:
                    values[key] = day
        if "is_poor" in raw:
            flag = parse_yes_no(raw["is_poor"])
            if flag is None:
                issues.append(
                    Issue(
                        "import.value_unknown",
                        "is_poor",
                        {"value": cell_text(raw["is_poor"]), "choices": "是、否"},
                        "warning",
                    )
                )
            else:
                values["is_poor"] = flag
        if self.source is Source.POVERTY and "is_poor" not in values:
            values["is_poor"] = True  # being on the 建档立卡 list is what the list says

    def _duplicate(self, row: ValidatedRow) -> None:
        key = row.match_key
        if key is None:
            return
        first = self._seen.get(key)
        if first is None:
            self._seen[key] = row.row
            return
        row.values["duplicate_of"] = first
        row.issues.append(
            Issue(
                "import.duplicate_in_file",
                "resident_id" if row.values.get("resident_id") else "name",
                {"first_row": first, "key": key.replace("|", "，")},
                "warning",
            )
        )
