"""五有 files, 五送 visit records and compliance screens.

The lead plugs these into the main window:
``ChildRecordsDialog(host, child_id, parent)``, ``CompliancePage(host, parent)``,
``DueListWidget(host, parent)`` — ``host`` is a :class:`ui.pages.WorkHost` (the main window, or a
:class:`ui.host.ServiceHost` of an App): it gives the services and runs every write off the GUI thread.
"""

from __future__ import annotations

from ui.records.compliance_page import CompliancePage, DueListWidget
from ui.records.dialog import ChildRecordsDialog

__all__ = ["ChildRecordsDialog", "CompliancePage", "DueListWidget"]
