"""Export the registry's current view (filter, order, visible columns) to an .xlsx file, in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from special_ed.safe_cells import CellGuard
from special_ed.services.registry import RegistryQuery
from ui.operations import Operation, Progress
from ui.pages import Host
from ui.registry.columns import COLUMNS

BATCH = 2000


def write_view(
    registry: Any, query: RegistryQuery, columns: list[int], lang: str, path: Path, progress: Progress
) -> int:
    """Write every row of the view; returns the number of children written. Writes to a temporary
    file first, so a cancelled or failed export never leaves a half-written workbook behind."""
    chosen = [COLUMNS[i] for i in columns]
    book = Workbook(write_only=True)
    guard = CellGuard()  # names and addresses may come from agencies' lists: never a live formula
    sheet = book.create_sheet(QCoreApplication.translate("RegistryExport", "Children"))
    sheet.append(guard.row(sheet, [c.title() for c in chosen]))
    offset = 0
    total = None
    while total is None or offset < total:
        page = registry.page(RegistryQuery(query.filter, query.sort, query.descending, offset, BATCH))
        if total is None:
            total = page.total
            progress.set_total(total)
        if not page.rows:
            break
        for row in page.rows:
            sheet.append(guard.row(sheet, [c.show(row, lang) for c in chosen]))
        offset += len(page.rows)
        progress.advance(len(page.rows))
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)
    return offset


def export_view(
    host: Host, parent: QWidget, model: Any, columns: list[int], path: Path | None = None
) -> Operation | None:
    if path is None:
        suggested = QCoreApplication.translate("RegistryExport", "children-{0}.xlsx").format(
            date.today().isoformat()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RegistryExport", "Export the view to Excel"),
            suggested,
            QCoreApplication.translate("RegistryExport", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    query = model.query()
    lang = host.lang()
    registry = host.services.registry
    target = path

    def done(count: int) -> None:
        host.show_status(
            QCoreApplication.translate("RegistryExport", "Exported {0} children to {1}").format(
                count, str(target)
            )
        )

    return host.run(
        lambda progress: write_view(registry, query, columns, lang, target, progress),
        done,
        QCoreApplication.translate("RegistryExport", "Exporting the register…"),
    )
