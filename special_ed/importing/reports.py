"""The rejects report of an import and the 三查 cross-check report, as typed xlsx workbooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue
from special_ed.importing.columns import ColumnMapping
from special_ed.importing.crosscheck import CheckReport, Finding, FindingKind
from special_ed.importing.validation import ValidatedRow
from special_ed.importing.xlsx_export import AUTO, INT, TEXT, Column, Table, write_tables
from special_ed.messages import field_label

SOURCE_LABELS = {
    "children": "儿童名单",
    "federation": "残联",
    "school-register": "学籍",
    "household": "户籍",
    "poverty": "建档立卡",
    "database": "本系统",
}


def issue_column(issue: Issue, mapping: ColumnMapping) -> str:
    """The header of the column an issue is about, as the user's file names it."""
    if not issue.field:
        return ""
    column = mapping.column_of(issue.field)
    if column is not None and column < len(mapping.columns):
        return mapping.columns[column]
    return field_label(issue.field)


def write_rejects(
    path: str | Path,
    mapping: ColumnMapping,
    rows: Iterable[ValidatedRow],
    lang: str = "zh",
    *,
    source_name: str = "",
) -> int:
    """Write the rejected rows with their reasons and original cells; return how many were written."""
    written = 0

    def body() -> Iterator[list[Any]]:
        nonlocal written
        for row in rows:
            errors = [i for i in row.issues if i.is_error]
            if not errors:
                continue
            written += 1
            columns = "、".join(dict.fromkeys(issue_column(i, mapping) for i in errors))
            reasons = "；".join(i.message(lang) for i in errors)
            yield [row.row, columns, reasons, *row.cells[: len(mapping.columns)]]

    columns = [
        Column("原文件行号", INT, 10),
        Column("问题列", TEXT, 16),
        Column("拒收原因", TEXT, 60),
        *(Column(name or f"第{i + 1}列", AUTO) for i, name in enumerate(mapping.columns)),
    ]
    caption = f"导入被拒收的行{f'（{source_name}）' if source_name else ''}：请更正后重新导入"
    write_tables(path, [Table("拒收行", columns, body(), caption)])
    return written


def detail_text(kind: FindingKind, detail: dict[str, Any]) -> str:
    """One line saying what a finding is about (works on fresh findings and on stored JSON)."""
    parts: list[str] = []
    values = detail.get("values")
    if isinstance(values, dict):
        parts.append("；".join(f"{SOURCE_LABELS.get(k, k)}：{_show(v)}" for k, v in values.items()))
    if detail.get("school"):
        parts.append(f"学籍学校：{detail['school']}")
    if kind is FindingKind.HOME_NO_RECENT_VISIT:
        last = detail.get("last_visit")
        shown = last.isoformat() if isinstance(last, date) else last
        parts.append(f"最近送教：{shown}（{detail.get('days')} 天前）" if last else "尚无送教记录")
    if kind is FindingKind.DROPOUT_SUSPECTED:
        parts.append("残联名单中持证，学籍系统无记录，本系统无安置")
    if kind is FindingKind.OVER_AGE_HOME:
        parts.append(f"{detail.get('age')} 岁，建议转介职业教育")
    if kind is FindingKind.POOR_DISABLED:
        parts.append("核查“两免一补”是否落实")
    return "；".join(parts)


def _detail_text(finding: Finding) -> str:
    return detail_text(finding.kind, finding.detail)


def _show(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return {"M": "男", "F": "女"}.get(str(value), str(value))


def write_check_report(
    path: str | Path,
    report: CheckReport,
    status_of: Callable[[Finding], tuple[str, str]] | None = None,
) -> None:
    """Summary per township × finding kind, then every finding; ``status_of`` gives (状态, 核查记录)."""
    kinds = list(FindingKind)
    table = report.by_township()
    summary_rows: list[Sequence[Any]] = [
        [township, *(counts.get(k, 0) for k in kinds), sum(counts.values())]
        for township, counts in table.items()
    ]
    summary_rows.append(["合计", *(len(report.of_kind(k)) for k in kinds), len(report.findings)])
    summary = Table(
        "汇总",
        [Column("乡镇", TEXT, 14), *(Column(k.label, INT, 12) for k in kinds), Column("合计", INT, 8)],
        summary_rows,
        f"三查比对结果（{report.rules.today.isoformat()}）："
        f"共比对 {report.persons} 人，{report.records} 条名单记录",
    )

    def details() -> Iterator[list[Any]]:
        for f in report.findings:
            status, notes = status_of(f) if status_of else ("未处理", "")
            yield [
                f.township, f.kind.label, f.name, f.resident_id or "", f.detail.get("age"),
                "、".join(SOURCE_LABELS.get(s, s) for s in f.sources), _detail_text(f), status, notes,
            ]  # fmt: skip

    detail = Table(
        "明细",
        [
            Column("乡镇", TEXT, 14),
            Column("问题类型", TEXT, 26),
            Column("姓名", TEXT, 10),
            Column("身份证号", TEXT, 21),
            Column("年龄", INT, 6),
            Column("出现在", TEXT, 22),
            Column("说明", TEXT, 40),
            Column("状态", TEXT, 8),
            Column("两问一访记录", TEXT, 40),
        ],
        details(),
    )
    write_tables(path, [summary, detail])
