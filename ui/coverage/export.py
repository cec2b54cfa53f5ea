"""Export the coverage report to .xlsx: summary, townships, level × placement, exceptions."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from special_ed.domain.enums import Level, Placement
from special_ed.progress import Progress
from special_ed.results.coverage import CoverageReport, level_placement_matrix
from special_ed.safe_cells import CellGuard
from ui.file_dialogs import start_path
from ui.operations import Operation
from ui.pages import Host


def _total_name(report: CoverageReport) -> str:
    """The total row: the county's, or (a township or school user) their own scope's."""
    if report.scope:
        return QCoreApplication.translate("CoverageExport", "Total of {0}").format(report.scope)
    return QCoreApplication.translate("CoverageExport", "County total")


def _rate(rate: float | None) -> float | None:
    """Rounded for the sheet; an empty cell when there is no rate (no school-age children)."""
    return None if rate is None else round(rate, 4)


def write_report(report: CoverageReport, lang: str, path: Path, _progress: Progress | None = None) -> None:
    book = Workbook()
    guard = CellGuard()  # township names and reasons are typed by people: never a live formula

    def put(sheet: Any, values: Iterable[Any]) -> None:
        sheet.append(guard.row(sheet, values))

    bold = Font(bold=True)
    summary = book.active
    summary.title = QCoreApplication.translate("CoverageExport", "Summary")
    for row in (
        (QCoreApplication.translate("CoverageExport", "Reference date"), report.reference_date.isoformat()),
        (QCoreApplication.translate("CoverageExport", "Age range"), f"{report.age_min}–{report.age_max}"),
        (QCoreApplication.translate("CoverageExport", "School-age children"), report.school_age),
        (QCoreApplication.translate("CoverageExport", "Placed"), report.placed),
        (QCoreApplication.translate("CoverageExport", "Exception recorded"), report.excepted),
        (QCoreApplication.translate("CoverageExport", "Not covered"), report.uncovered),
        (QCoreApplication.translate("CoverageExport", "Enrolment rate"), _rate(report.enrolment_rate)),
    ):
        put(summary, row)
    summary["B7"].number_format = "0.0%"

    towns = book.create_sheet(QCoreApplication.translate("CoverageExport", "By township"))
    put(
        towns,
        [
            QCoreApplication.translate("CoverageExport", "Township"),
            QCoreApplication.translate("CoverageExport", "School-age children"),
            QCoreApplication.translate("CoverageExport", "Placed"),
            QCoreApplication.translate("CoverageExport", "Exception recorded"),
            QCoreApplication.translate("CoverageExport", "Not covered"),
            QCoreApplication.translate("CoverageExport", "Enrolment rate"),
        ],
    )
    for t in report.townships:
        put(towns, [t.township, t.school_age, t.placed, t.excepted, t.uncovered, _rate(t.enrolment_rate)])
        towns.cell(towns.max_row, 6).number_format = "0.0%"
    put(
        towns,
        [
            _total_name(report),
            report.school_age,
            report.placed,
            report.excepted,
            report.uncovered,
            _rate(report.enrolment_rate),
        ],
    )
    towns.cell(towns.max_row, 6).number_format = "0.0%"

    matrix = book.create_sheet(QCoreApplication.translate("CoverageExport", "Level x placement"))
    placements = [p.value for p in Placement] + [""]
    levels = [lv.value for lv in Level] + [""]
    put(
        matrix,
        [
            QCoreApplication.translate("CoverageExport", "Township"),
            QCoreApplication.translate("CoverageExport", "Level"),
        ]
        + [
            Placement(p).text(lang) if p else QCoreApplication.translate("CoverageExport", "Not placed")
            for p in placements
        ],
    )
    for name, cells in [
        (_total_name(report), level_placement_matrix(report))
    ] + [(t.township, t.by_level_placement) for t in report.townships]:
        for level in levels:
            put(
                matrix,
                [
                    name,
                    Level(level).text(lang)
                    if level
                    else QCoreApplication.translate("CoverageExport", "Not assessed"),
                ]
                + [cells.get((level, p), 0) for p in placements],
            )

    exceptions = book.create_sheet(QCoreApplication.translate("CoverageExport", "Exceptions"))
    put(
        exceptions,
        [
            QCoreApplication.translate("CoverageExport", "Name"),
            QCoreApplication.translate("CoverageExport", "Township"),
            QCoreApplication.translate("CoverageExport", "Birth date"),
            QCoreApplication.translate("CoverageExport", "Level"),
            QCoreApplication.translate("CoverageExport", "Reason"),
        ],
    )
    for e in report.exceptions:
        put(
            exceptions,
            [
                e.name,
                e.township,
                e.birth_date.isoformat(),
                Level(e.level).text(lang) if e.level else "",
                e.reason or QCoreApplication.translate("CoverageExport", "NO REASON RECORDED"),
            ],
        )
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 18
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.chmod(0o600)  # children's data: readable by this user only
    partial.replace(path)


def export_report(
    host: Host, parent: QWidget, report: CoverageReport, path: Path | None = None
) -> Operation[Any] | None:
    if path is None:
        suggested = QCoreApplication.translate("CoverageExport", "coverage-{0}.xlsx").format(
            report.reference_date.isoformat()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CoverageExport", "Export the coverage report"),
            start_path(suggested),
            QCoreApplication.translate("CoverageExport", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    target = path
    lang = host.lang()
    return host.run(
        lambda p: write_report(report, lang, target, p),
        lambda _r: host.show_status(
            QCoreApplication.translate("CoverageExport", "Coverage report saved to {0}").format(str(target))
        ),
        QCoreApplication.translate("CoverageExport", "Exporting the coverage report…"),
    )
