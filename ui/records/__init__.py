"""五有 files, 五送 visit records and compliance screens.

The lead plugs these into the main window:
``ChildRecordsDialog(app, child_id, parent)``, ``CompliancePage(app, parent)``,
``DueListWidget(app, parent)`` — ``app`` is :class:`special_ed.bootstrap.App`.
"""

from __future__ import annotations

from ui.records.compliance_page import CompliancePage, DueListWidget
from ui.records.dialog import ChildRecordsDialog

__all__ = ["ChildRecordsDialog", "CompliancePage", "DueListWidget"]
