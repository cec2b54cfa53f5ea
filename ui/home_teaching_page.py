"""送教上门: the compliance of home teaching this term, what is due, and the monthly summaries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.pages import Host


class HomeTeachingPage(QWidget):
    """Hosts the records engineer's compliance page and offers the month's visit summary for printing."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        from ui.records.compliance_page import CompliancePage

        self.host = host
        self.compliance = CompliancePage(host, self)  # refreshes itself from host.changes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compliance)

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.compliance.refresh, "print_batch": self.print_summary}

    def print_summary(self) -> None:
        from ui.printing.summary_dialog import MonthlySummaryDialog

        MonthlySummaryDialog(self.host, self).open()

    def open_with(self, **_options: Any) -> None:
        self.compliance.refresh()
