"""The registry's columns: header, how a row is shown, and which SQL sort key orders it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from special_ed.domain.enums import Category, ChildStatus, FamilyFlag, Level, Placement, Sex
from special_ed.results.registry import ChildRow


def _enum(kind: type[Level] | type[Placement] | type[Sex] | type[ChildStatus], value: str, lang: str) -> str:
    if not value:
        return ""
    try:
        return kind(value).text(lang)
    except ValueError:
        return value


def _categories(row: ChildRow, lang: str) -> str:
    parts = []
    for code in filter(None, row.categories.split(",")):
        try:
            parts.append(Category(code).text(lang))
        except ValueError:
            parts.append(code)
    return "、".join(parts) if lang == "zh" else ", ".join(parts)


def _flags(row: ChildRow, lang: str) -> str:
    on = [flag.text(lang) for flag in FamilyFlag if getattr(row, flag.value)]
    return "、".join(on) if lang == "zh" else ", ".join(on)


def _grade(row: ChildRow, lang: str) -> str:
    if row.grade is None:
        return ""
    return f"{'一二三四'[row.grade - 1]}级" if lang == "zh" and 1 <= row.grade <= 4 else str(row.grade)


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    show: Callable[[ChildRow, str], str]
    sort_key: str | None  # registry.SORT_KEYS entry; None when the database cannot order by it
    descending_flip: bool = False  # age sorts by birth date the other way round
    numeric: bool = False
    visible_by_default: bool = True


COLUMNS: tuple[Column, ...] = (
    Column(
        "name", lambda: QCoreApplication.translate("RegistryColumns", "Name"), lambda r, _l: r.name, "name"
    ),
    Column(
        "sex",
        lambda: QCoreApplication.translate("RegistryColumns", "Sex"),
        lambda r, lang: _enum(Sex, r.sex, lang),
        "sex",
    ),
    Column(
        "age",
        lambda: QCoreApplication.translate("RegistryColumns", "Age"),
        lambda r, _l: str(r.age),
        "birth_date",
        descending_flip=True,
        numeric=True,
    ),
    Column(
        "birth_date",
        lambda: QCoreApplication.translate("RegistryColumns", "Birth date"),
        lambda r, _l: r.birth_date.isoformat(),
        "birth_date",
        visible_by_default=False,
    ),
    Column(
        "resident_id",
        lambda: QCoreApplication.translate("RegistryColumns", "Resident ID"),
        lambda r, _l: r.resident_id,
        "resident_id",
    ),
    Column(
        "township",
        lambda: QCoreApplication.translate("RegistryColumns", "Township"),
        lambda r, _l: r.township,
        "township",
    ),
    Column(
        "village",
        lambda: QCoreApplication.translate("RegistryColumns", "Village"),
        lambda r, _l: r.village,
        "village",
    ),
    Column(
        "level",
        lambda: QCoreApplication.translate("RegistryColumns", "Level"),
        lambda r, lang: _enum(Level, r.level, lang),
        "level",
    ),
    Column(
        "categories",
        lambda: QCoreApplication.translate("RegistryColumns", "Disability"),
        _categories,
        "category",
    ),
    Column(
        "grade",
        lambda: QCoreApplication.translate("RegistryColumns", "Grade"),
        _grade,
        "grade",
        visible_by_default=False,
    ),
    Column(
        "placement",
        lambda: QCoreApplication.translate("RegistryColumns", "Placement"),
        lambda r, lang: _enum(Placement, r.placement, lang),
        "placement",
    ),
    Column(
        "school",
        lambda: QCoreApplication.translate("RegistryColumns", "School"),
        lambda r, _l: r.school,
        "school",
    ),
    Column(
        "team",
        lambda: QCoreApplication.translate("RegistryColumns", "Team"),
        lambda r, _l: r.team,
        "team",
        visible_by_default=False,
    ),
    Column("flags", lambda: QCoreApplication.translate("RegistryColumns", "Family"), _flags, None),
    Column(
        "status",
        lambda: QCoreApplication.translate("RegistryColumns", "Status"),
        lambda r, lang: _enum(ChildStatus, r.status, lang),
        "status",
    ),
    Column(
        "review_due",
        lambda: QCoreApplication.translate("RegistryColumns", "Review due"),
        lambda r, _l: r.review_due.isoformat() if r.review_due else "",
        "review_due",
        visible_by_default=False,
    ),
)

COLUMN_KEYS = tuple(c.key for c in COLUMNS)

# Initial widths in pixels (until the user resizes; then the header state is remembered).
INITIAL_WIDTHS = {"name": 80, "sex": 44, "age": 44, "resident_id": 165, "level": 70, "grade": 56,
                  "status": 64, "placement": 80, "school": 150, "flags": 120, "categories": 90, "files": 150}


# The 五有 marks are not in ChildRow: the model fetches them for the rows of each page and shows
# them in this column (see RegistryModel.data); the database cannot order by them.
FILES_COLUMN = Column(
    "files",
    lambda: QCoreApplication.translate("RegistryColumns", "五有 marks"),
    lambda _r, _l: "",
    None,
)
_AFTER = next(i for i, c in enumerate(COLUMNS) if c.key == "placement") + 1
COLUMNS = (*COLUMNS[:_AFTER], FILES_COLUMN, *COLUMNS[_AFTER:])
