"""Resident ID (GB 11643-1999) and second-generation disability certificate numbers.

Both parsers normalise what real data brings (full-width digits, spaces, lower
case x) and report every problem as an :class:`~special_ed.errors.Issue` with a
stable code. Excel-mangled numbers (``1.10105E+17``) are detected and rejected,
never "repaired": the lost digits cannot be recovered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from special_ed.errors import Issue

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

_SCIENTIFIC = re.compile(r"^[0-9]+(\.[0-9]+)?[eE][+]?[0-9]+$")
_ID_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")
_CERT_SUFFIX = re.compile(r"^B[1-9]$")

CATEGORY_NAMES = {1: "视力", 2: "听力", 3: "言语", 4: "肢体", 5: "智力", 6: "精神", 7: "多重"}
GRADE_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}


def normalise_text(raw: str) -> str:
    """NFKC folds full-width digits/letters; spaces of every kind are dropped; x becomes X."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(ch for ch in text if not ch.isspace())
    return text.upper()


def check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class ResidentId:
    value: str
    region: str
    birth_date: date
    sex: str  # "M" or "F"


@dataclass(frozen=True)
class IdCheck:
    """Outcome of checking one resident ID: the parsed ID when valid, and every issue found."""

    normalised: str
    parsed: ResidentId | None
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return self.parsed is not None

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]


def looks_excel_mangled(raw: str) -> bool:
    """True for what Excel makes of an 18-digit number: scientific notation or a 15+-digit run ending in 000."""
    text = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
    if _SCIENTIFIC.match(text):
        return True
    # A float that was printed in full ("110105194912310000.0") or a value whose last
    # three digits Excel zeroed (15 significant digits) and whose check then fails.
    return bool(re.match(r"^[0-9]{18}\.0+$", text))


def check_resident_id(raw: str | int | float, field: str = "resident_id", today: date | None = None) -> IdCheck:
    """Validate a resident ID, returning the normalised value, the parsed ID and all issues."""
    if isinstance(raw, float):
        # A number from a spreadsheet: at best 15-17 significant digits survived.
        return IdCheck(repr(raw), None, (Issue("id.excel_number", field, {"value": repr(raw)}),))
    if isinstance(raw, int):
        raw = str(raw)
    original = raw
    if looks_excel_mangled(original):
        return IdCheck(original.strip(), None, (Issue("id.excel_number", field, {"value": original.strip()}),))
    value = normalise_text(original)
    issues: list[Issue] = []
    if value != original:
        issues.append(Issue("id.normalised", field, {"value": original, "normalised": value}, "warning"))
    if not value:
        return IdCheck(value, None, (Issue("id.empty", field),))
    if not _ID_SHAPE.match(value):
        if len(value) != 18:
            issues.append(Issue("id.length", field, {"value": value, "length": len(value)}))
        else:
            issues.append(Issue("id.characters", field, {"value": value}))
        return IdCheck(value, None, tuple(issues))
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        issues.append(Issue("id.birth_date_invalid", field, {"value": value, "digits": value[6:14]}))
        return IdCheck(value, None, tuple(issues))
    today = today or date.today()
    if birth > today:
        issues.append(Issue("id.birth_date_future", field, {"value": value, "birth_date": birth.isoformat()}))
    elif birth.year < 1900:
        issues.append(Issue("id.birth_date_invalid", field, {"value": value, "digits": value[6:14]}))
    expected = check_char(value[:17])
    if value[17] != expected:
        issues.append(Issue("id.checksum", field, {"value": value, "expected": expected, "found": value[17]}))
        # A checksum failure whose last digits are 000 is most likely an Excel cut.
        if value.endswith("000"):
            issues[-1] = Issue("id.excel_number", field, {"value": value})
    if any(i.is_error for i in issues):
        return IdCheck(value, None, tuple(issues))
    sex = "M" if int(value[16]) % 2 == 1 else "F"
    return IdCheck(value, ResidentId(value, value[:6], birth, sex), tuple(issues))


def cross_check_id(parsed: ResidentId, birth_date: date | None, sex: str | None, field: str = "resident_id") -> list[Issue]:
    """Issues where entered birth date or sex disagree with what the ID encodes."""
    issues: list[Issue] = []
    if birth_date is not None and birth_date != parsed.birth_date:
        issues.append(
            Issue(
                "id.birth_date_mismatch",
                "birth_date",
                {"entered": birth_date.isoformat(), "from_id": parsed.birth_date.isoformat()},
            )
        )
    if sex is not None and sex and sex != parsed.sex:
        # codes for programs, words for people (the message picks the language's words)
        words = {"M": ("男", "male"), "F": ("女", "female")}
        entered, from_id = words.get(sex, (sex, sex)), words[parsed.sex]
        issues.append(
            Issue(
                "id.sex_mismatch",
                "sex",
                {"entered": sex, "from_id": parsed.sex, "entered_zh": entered[0], "from_id_zh": from_id[0],
                 "entered_en": entered[1], "from_id_en": from_id[1]},
            )
        )
    return issues


def make_resident_id(region: str, birth: date, sequence: int) -> str:
    """Build a valid ID (demo data and tests): ``sequence`` is 0-999; odd = male."""
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


@dataclass(frozen=True)
class Certificate:
    value: str
    resident_id: str
    category: int
    grade: int
    suffix: str  # "" or "B1".."B9"


@dataclass(frozen=True)
class CertificateCheck:
    normalised: str
    parsed: Certificate | None
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return self.parsed is not None


def check_certificate(
    raw: str, resident_id: str | None = None, field: str = "certificate_no", today: date | None = None
) -> CertificateCheck:
    """Validate a 第二代残疾人证 number: ID (18) + category 1-7 + grade 1-4 + optional B1-B9."""
    if looks_excel_mangled(raw):
        return CertificateCheck(raw.strip(), None, (Issue("cert.excel_number", field, {"value": raw.strip()}),))
    value = normalise_text(raw)
    issues: list[Issue] = []
    if value != raw:
        issues.append(Issue("cert.normalised", field, {"value": raw, "normalised": value}, "warning"))
    if not value:
        return CertificateCheck(value, None, (Issue("cert.empty", field),))
    if len(value) not in (20, 22):
        issues.append(Issue("cert.length", field, {"value": value, "length": len(value)}))
        return CertificateCheck(value, None, tuple(issues))
    id_part, cat_ch, grade_ch, suffix = value[:18], value[18], value[19], value[20:]
    id_check = check_resident_id(id_part, field, today)
    if not id_check.ok:
        issues.append(Issue("cert.id_invalid", field, {"value": value, "id": id_part}))
    if cat_ch not in "1234567":
        issues.append(Issue("cert.category", field, {"value": value, "found": cat_ch}))
    if grade_ch not in "1234":
        issues.append(Issue("cert.grade", field, {"value": value, "found": grade_ch}))
    if suffix and not _CERT_SUFFIX.match(suffix):
        issues.append(Issue("cert.suffix", field, {"value": value, "found": suffix}))
    if resident_id:
        rid = normalise_text(resident_id)
        if rid != id_part:
            issues.append(Issue("cert.id_mismatch", field, {"value": value, "id": rid, "cert_id": id_part}))
    if any(i.is_error for i in issues):
        return CertificateCheck(value, None, tuple(issues))
    return CertificateCheck(value, Certificate(value, id_part, int(cat_ch), int(grade_ch), suffix), tuple(issues))


def make_certificate(resident_id: str, category: int, grade: int, suffix: str = "") -> str:
    return f"{resident_id}{category}{grade}{suffix}"


def mask_resident_id(value: str) -> str:
    """500237********1234: region kept for orientation, birth date and sequence hidden."""
    if len(value) < 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    digits = value.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_certificate(value: str) -> str:
    """A disability-certificate number embeds the resident ID: mask that part as the ID is masked."""
    if not value:
        return value
    return mask_resident_id(value[:18]) + value[18:]


def mask_register_no(value: str, resident_id: str) -> str:
    """School-register numbers are often "G" + the resident ID: hide the ID inside them too."""
    if not value or not resident_id or resident_id not in value:
        return value
    return value.replace(resident_id, mask_resident_id(resident_id))
