"""Export the registry's current view (filter, order, visible columns) to an .xlsx file, in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from special_ed.domain.access import allowed
from special_ed.progress import Progress
from special_ed.results.registry import RegistryQuery
from special_ed.safe_cells import CellGuard
from ui.file_dialogs import start_path
from ui.operations import Operation
from ui.pages import Host
from ui.registry.columns import COLUMNS

BATCH = 2000


def write_view(
    registry: Any, query: RegistryQuery, columns: list[int], lang: str, path: Path, progress: Progress,
    full: bool = False,
) -> int:
    """Write every row of the view; returns the number of children written. Writes to a temporary
    file first, so a cancelled or failed export never leaves a half-written workbook behind.
    Resident IDs are masked unless ``full`` (which the service allows only to roles that may)."""
    chosen = [COLUMNS[i] for i in columns]
    book = Workbook(write_only=True)
    guard = CellGuard()  # names and addresses may come from agencies' lists: never a live formula
    sheet = book.create_sheet(QCoreApplication.translate("RegistryExport", "Children"))
    sheet.append(guard.row(sheet, [c.title() for c in chosen]))
    offset = 0
    total = None
    while total is None or offset < total:
        page = registry.export_page(RegistryQuery(query.filter, query.sort, query.descending, offset, BATCH), full)
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
    partial.chmod(0o600)  # children's data: readable by this user only
    partial.replace(path)
    registry.record_export(path.name, offset, full)
    return offset


def export_view(
    host: Host, parent: QWidget, model: Any, columns: list[int], path: Path | None = None,
    ask_full: bool = True,
) -> Operation[Any] | None:
    if path is None:
        suggested = QCoreApplication.translate("RegistryExport", "children-{0}.xlsx").format(
            date.today().isoformat()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RegistryExport", "Export the view to Excel"),
            start_path(suggested),
            QCoreApplication.translate("RegistryExport", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    query = model.query()
    lang = host.lang()
    registry = host.services.registry
    target = path
    full = False
    if ask_full and allowed(host.services.actor, "export.full"):
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RegistryExport", "Full ID numbers?"),
            QCoreApplication.translate(
                "RegistryExport",
                "Write the resident ID numbers in full? Choose No to mask them (the safer choice); a full "
                "export is recorded in the audit.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        full = answer == QMessageBox.StandardButton.Yes

    def done(count: int) -> None:
        host.show_status(
            QCoreApplication.translate("RegistryExport", "Exported {0} children to {1}").format(
                count, str(target)
            )
        )

    return host.run(
        lambda progress: write_view(registry, query, columns, lang, target, progress, full),
        done,
        QCoreApplication.translate("RegistryExport", "Exporting the register…"),
    )
