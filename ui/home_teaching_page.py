"""送教上门: the compliance of home teaching this term, what is due, and the monthly summaries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.operations import Changes
from ui.pages import Host


class HomeTeachingPage(QWidget):
    """Hosts the records engineer's compliance page and offers the month's visit summary for printing."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        from ui.records.compliance_page import CompliancePage

        self.host = host
        self.compliance = CompliancePage(host.services, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compliance)
        host.changes.connect(self.apply_changes)

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.compliance.refresh, "print_batch": self.print_summary}

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("visits", "children", "placements"):
            self.compliance.refresh()

    def print_summary(self) -> None:
        from ui.printing.summary_dialog import MonthlySummaryDialog

        MonthlySummaryDialog(self.host.services, self).open()

    def open_with(self, **_options: Any) -> None:
        self.compliance.refresh()
