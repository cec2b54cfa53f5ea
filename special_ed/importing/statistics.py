"""The county statistical table: township × level × placement, with the enrolment rate, as xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from special_ed.domain.enums import Level, Placement
from special_ed.importing.xlsx_export import INT, PERCENT, TEXT, Column, Table, write_tables
from special_ed.results.coverage import CoverageReport

# "" stands for a child not yet assessed (level) or not yet placed (placement).
LEVEL_KEYS: tuple[tuple[str, str], ...] = (*((lv.value, lv.label) for lv in Level), ("", "未评估"))
PLACEMENT_KEYS: tuple[tuple[str, str], ...] = (*((p.value, p.label) for p in Placement), ("", "未安置"))


def _cells(by: dict[tuple[str, str], int]) -> list[int]:
    return [by.get((lv, pl), 0) for lv, _ in LEVEL_KEYS for pl, _ in PLACEMENT_KEYS]


def _line(name: str, by: dict[tuple[str, str], int], totals: tuple[int, ...]) -> list[Any]:
    school_age, placed, excepted, uncovered = totals
    rate = placed / school_age if school_age else None
    return [name, school_age, *_cells(by), placed, excepted, uncovered, rate]


def county_statistics_table(report: CoverageReport) -> Table:
    """The table itself (columns, rows, caption), for the xlsx here and for a printed version."""
    columns = [
        Column("乡镇（街道）", TEXT, 14),
        Column("适龄残疾儿童", INT, 12),
        *(
            Column(f"{lv_label}·{pl_label}", INT, 11)
            for _, lv_label in LEVEL_KEYS
            for _, pl_label in PLACEMENT_KEYS
        ),
        Column("已安置", INT, 8),
        Column("有备案的未安置", INT, 12),
        Column("未安置且无说明", INT, 12),
        Column("入学率", PERCENT, 9),
    ]
    rows = [
        _line(t.township, t.by_level_placement, (t.school_age, t.placed, t.excepted, t.uncovered))
        for t in report.townships
    ]
    county: dict[tuple[str, str], int] = {}
    for t in report.townships:
        for key, n in t.by_level_placement.items():
            county[key] = county.get(key, 0) + n
    rows.append(
        _line("全县合计", county, (report.school_age, report.placed, report.excepted, report.uncovered))
    )
    caption = (
        f"适龄残疾儿童少年安置情况统计表（{report.age_min}–{report.age_max} 周岁，"
        f"以 {report.reference_date.isoformat()} 计）"
    )
    return Table("统计表", columns, rows, caption)


def write_county_statistics(path: str | Path, report: CoverageReport) -> None:
    write_tables(path, [county_statistics_table(report)])
