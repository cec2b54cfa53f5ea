"""Export the coverage report to .xlsx: summary, townships, level × placement, exceptions."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from special_ed.domain.enums import Level, Placement
from special_ed.services.coverage import CoverageReport, level_placement_matrix
from ui.operations import Operation, Progress
from ui.pages import Host


def _t(text: str) -> str:
    return QCoreApplication.translate("CoverageExport", text)


def write_report(report: CoverageReport, lang: str, path: Path, _progress: Progress | None = None) -> None:
    book = Workbook()
    bold = Font(bold=True)
    summary = book.active
    summary.title = _t("Summary")
    for row in (
        (_t("Reference date"), report.reference_date.isoformat()),
        (_t("Age range"), f"{report.age_min}–{report.age_max}"),
        (_t("School-age children"), report.school_age),
        (_t("Placed"), report.placed),
        (_t("Exception recorded"), report.excepted),
        (_t("Not covered"), report.uncovered),
        (_t("Enrolment rate"), round(report.enrolment_rate, 4)),
    ):
        summary.append(row)
    summary["B7"].number_format = "0.0%"

    towns = book.create_sheet(_t("By township"))
    towns.append([_t("Township"), _t("School-age children"), _t("Placed"), _t("Exception recorded"),
                  _t("Not covered"), _t("Enrolment rate")])
    for t in report.townships:
        towns.append([t.township, t.school_age, t.placed, t.excepted, t.uncovered, round(t.enrolment_rate, 4)])
        towns.cell(towns.max_row, 6).number_format = "0.0%"
    towns.append([_t("County total"), report.school_age, report.placed, report.excepted, report.uncovered,
                  round(report.enrolment_rate, 4)])
    towns.cell(towns.max_row, 6).number_format = "0.0%"

    matrix = book.create_sheet(_t("Level x placement"))
    placements = [p.value for p in Placement] + [""]
    levels = [lv.value for lv in Level] + [""]
    matrix.append([_t("Township"), _t("Level")] + [Placement(p).text(lang) if p else _t("Not placed")
                                                    for p in placements])
    for name, cells in [(_t("County total"), level_placement_matrix(report))] + [
            (t.township, t.by_level_placement) for t in report.townships]:
        for level in levels:
            matrix.append([name, Level(level).text(lang) if level else _t("Not assessed")]
                          + [cells.get((level, p), 0) for p in placements])

    exceptions = book.create_sheet(_t("Exceptions"))
    exceptions.append([_t("Name"), _t("Township"), _t("Birth date"), _t("Level"), _t("Reason")])
    for e in report.exceptions:
        exceptions.append([e.name, e.township, e.birth_date.isoformat(),
                           Level(e.level).text(lang) if e.level else "", e.reason or _t("NO REASON RECORDED")])
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 18
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)


def export_report(host: Host, parent: QWidget, report: CoverageReport, path: Path | None = None) -> Operation | None:
    if path is None:
        suggested = _t("coverage-{0}.xlsx").format(report.reference_date.isoformat())
        chosen, _ = QFileDialog.getSaveFileName(parent, _t("Export the coverage report"), suggested,
                                                _t("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    target = path
    lang = host.lang()
    return host.run(lambda p: write_report(report, lang, target, p),
                    lambda _r: host.show_status(_t("Coverage report saved to {0}").format(str(target))),
                    _t("Exporting the coverage report…"))
