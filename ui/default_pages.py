"""The main window's pages, in navigation order.

One explicit list rather than a registry filled by imports: the order is visible here,
and a new feature adds its page by adding one entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ui.pages import Host, PageSpec

SP = QStyle.StandardPixmap


def _registry(host: Host) -> QWidget:
    from ui.registry.page import RegistryPage

    return RegistryPage(host)


def _placement(host: Host) -> QWidget:
    from ui.placement.page import PlacementPage

    return PlacementPage(host)


def _coverage(host: Host) -> QWidget:
    from ui.coverage.page import CoveragePage

    return CoveragePage(host)


def _home_teaching(host: Host) -> QWidget:
    from ui.home_teaching_page import HomeTeachingPage

    return HomeTeachingPage(host)


def _workload(host: Host) -> QWidget:
    from ui.workload_page import WorkloadPage

    return WorkloadPage(host)


def _schedule(host: Host) -> QWidget:
    from ui.schedule.page import SchedulePage

    return SchedulePage(host)


def _check(host: Host) -> QWidget:
    from ui.importing.check_page import CheckPage

    return CheckPage(host)


def _reference(host: Host) -> QWidget:
    from ui.reference_page import ReferencePage

    return ReferencePage(host)


def _settings(host: Host) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(host)


def _accounts(host: Host) -> QWidget:
    from ui.admin_pages import AccountsPage

    return AccountsPage(host)


def _audit(host: Host) -> QWidget:
    from ui.admin_pages import AuditPage

    return AuditPage(host)


def default_pages() -> list[PageSpec]:
    # each title a literal translate() call, so that lupdate finds it
    return [
        PageSpec("registry", lambda: QCoreApplication.translate("Pages", "Children"),
                 SP.SP_FileDialogListView, _registry),
        PageSpec("placement", lambda: QCoreApplication.translate("Pages", "Assessment & placement"),
                 SP.SP_DialogApplyButton, _placement),
        PageSpec("home_teaching", lambda: QCoreApplication.translate("Pages", "Home teaching"),
                 SP.SP_DirHomeIcon, _home_teaching),
        PageSpec("workload", lambda: QCoreApplication.translate("Pages", "Workload & class hours"),
                 SP.SP_FileDialogListView, _workload),
        PageSpec("schedule", lambda: QCoreApplication.translate("Pages", "Visit schedule"),
                 SP.SP_FileDialogDetailedView, _schedule),
        PageSpec("coverage", lambda: QCoreApplication.translate("Pages", "Coverage"),
                 SP.SP_FileDialogInfoView, _coverage),
        PageSpec("check", lambda: QCoreApplication.translate("Pages", "Cross-check (三查)"),
                 SP.SP_FileDialogContentsView, _check),
        PageSpec("reference", lambda: QCoreApplication.translate("Pages", "Reference data"),
                 SP.SP_DirIcon, _reference),
        PageSpec("settings", lambda: QCoreApplication.translate("Pages", "Settings"),
                 SP.SP_FileDialogDetailedView, _settings),
        PageSpec("accounts", lambda: QCoreApplication.translate("Pages", "Accounts"),
                 SP.SP_DirIcon, _accounts, needs="accounts.read"),
        PageSpec("audit", lambda: QCoreApplication.translate("Pages", "Audit"),
                 SP.SP_FileDialogContentsView, _audit, needs="audit.read"),
    ]
