"""Turning spreadsheet cells into typed values: dates in every office format, sex, yes/no,
categories, grades, levels, placements and free text (normalised, with a note when changed)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 is allowed for
_SERIAL_MIN, _SERIAL_MAX = 1, 2958465  # 1900-01-01 … 9999-12-31
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$"),  # 2015.3.1, 2015/03/01, 2015-03-01
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),  # 2015年3月1日
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),  # 20150301
)
_TIME_TAIL = re.compile(r"[ T]0{1,2}:0{2}(:0{2})?(\.0+)?$")


def excel_serial_to_date(serial: float) -> date | None:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX or serial != int(serial):
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(cell: object) -> date | None:
    """A date from a cell, or None when the cell holds no recognisable date.

    Accepts date/datetime cells, Excel serial numbers (as numbers or as digit strings of up
    to 5 digits), 2015.3.1, 2015/03/01, 2015-03-01, 20150301 and 2015年3月1日.
    """
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        if isinstance(cell, float) and 19000101 <= cell <= 99991231 and cell == int(cell):
            return _from_digits(str(int(cell)))
        if isinstance(cell, int) and 19000101 <= cell <= 99991231:
            return _from_digits(str(cell))
        return excel_serial_to_date(float(cell))
    text = _TIME_TAIL.sub("", unicodedata.normalize("NFKC", str(cell)).strip()).replace(" ", "")
    if not text:
        return None
    if text.isdigit() and len(text) <= 5:
        return excel_serial_to_date(float(text))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


def _from_digits(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def cell_text(cell: object) -> str:
    """The text a user sees in a cell: whole numbers without ".0", dates as ISO."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "是" if cell else "否"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def clean_text(raw: str) -> str:
    """Full-width letters/digits folded, runs of spaces (incl. U+3000) collapsed, ends trimmed."""
    folded = unicodedata.normalize("NFKC", raw)
    return " ".join(folded.split())


def clean_name(raw: str) -> str:
    """Chinese names carry no spaces ("张 三" is 张三); Latin names keep single spaces."""
    text = clean_text(raw)
    if re.search(r"[\u4e00-\u9fff]", text):
        return text.replace(" ", "")
    return text


SEX_WORDS = {
    "男": "M",
    "男性": "M",
    "m": "M",
    "male": "M",
    "1": "M",
    "女": "F",
    "女性": "F",
    "f": "F",
    "female": "F",
    "2": "F",
}
YES_WORDS = {"是", "yes", "y", "1", "√", "✓", "true", "有", "建档立卡", "建档立卡户", "贫困户"}
NO_WORDS = {"否", "no", "n", "0", "×", "false", "无", "不是", "非"}
LEVEL_WORDS = {
    "轻度": "mild",
    "轻": "mild",
    "中度": "moderate",
    "中": "moderate",
    "重度": "severe",
    "重": "severe",
    "极重度": "severe",
}
PLACEMENT_WORDS = {
    "随班就读": "mainstream",
    "随班": "mainstream",
    "普通学校": "mainstream",
    "特校就读": "special_school",
    "特教学校": "special_school",
    "特殊教育学校": "special_school",
    "特校": "special_school",
    "送教上门": "home",
    "送教": "home",
}
# what a roster says of a child not yet placed: no placement, and nothing unknown to warn about
UNPLACED_WORDS = frozenset({"未安置", "待安置", "暂未安置"})
CATEGORY_WORDS = {
    "视力": "1",
    "视力残疾": "1",
    "听力": "2",
    "听力残疾": "2",
    "言语": "3",
    "言语残疾": "3",
    "肢体": "4",
    "肢体残疾": "4",
    "智力": "5",
    "智力残疾": "5",
    "精神": "6",
    "精神残疾": "6",
    "多重": "7",
    "多重残疾": "7",
    "孤独症": "6",
    "自闭症": "6",
}
GRADE_WORDS = {
    "一级": 1,
    "二级": 2,
    "三级": 3,
    "四级": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "1级": 1,
    "2级": 2,
    "3级": 3,
    "4级": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}


def _key(raw: object) -> str:
    return clean_text(cell_text(raw)).replace(" ", "").lower()


def parse_sex(raw: object) -> str | None:
    return SEX_WORDS.get(_key(raw))


def parse_yes_no(raw: object) -> bool | None:
    key = _key(raw)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    return None


def parse_level(raw: object) -> str | None:
    return LEVEL_WORDS.get(_key(raw))


def parse_placement(raw: object) -> str | None:
    return PLACEMENT_WORDS.get(_key(raw))


def parse_grade(raw: object) -> int | None:
    return GRADE_WORDS.get(_key(raw))


def parse_categories(raw: object) -> tuple[str, ...] | None:
    """One or several categories ("智力、肢体"), as certificate digits; None if any part is unknown."""
    key = _key(raw)
    parts = [p for p in re.split(r"[、,，;；/+＋和及]", key) if p]
    found: list[str] = []
    for part in parts:
        code = CATEGORY_WORDS.get(part) or (part if part in {"1", "2", "3", "4", "5", "6", "7"} else None)
        if code is None:
            return None
        if code not in found:
            found.append(code)
    return tuple(found) if found else None


_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})$")


def clean_phone(raw: object) -> tuple[str, bool]:
    """Digits of a phone number and whether it looks like one (mobile, or landline with area code)."""
    text = clean_text(cell_text(raw)).replace(" ", "").replace("－", "-")
    return text, bool(_PHONE.match(text))


def split_list(text: str) -> list[str]:
    """Several values in one cell, as the roster export writes them ("张三、李四"): the parts in
    order, empty slots kept (a guardian without a phone keeps its place among the phones)."""
    text = clean_text(text)
    if not text:
        return []
    return [part.strip() for part in re.split(r"[、；;，,/]", text)]


def _status_words() -> dict[str, str]:
    from special_ed.domain.enums import ChildStatus

    words = {s.label: s.value for s in ChildStatus}
    words.update({s.value: s.value for s in ChildStatus})
    return words


STATUS_WORDS = _status_words()
