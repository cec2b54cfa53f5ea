"""Registers the built-in pages in navigation order.

Features added later insert theirs with ``register_page(spec, after=...)``: the
home-teaching records and the visit schedule belong after "placement".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ui.pages import Host, PageSpec, register_page

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


def _check(host: Host) -> QWidget:
    from ui.importing.check_page import CheckPage

    return CheckPage(host.services)


def _settings(host: Host) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(host)


def register_default_pages() -> None:
    register_page(
        PageSpec(
            "registry",
            lambda: QCoreApplication.translate("Pages", "Children"),
            SP.SP_FileDialogListView,
            _registry,
        )
    )
    register_page(
        PageSpec(
            "placement",
            lambda: QCoreApplication.translate("Pages", "Assessment & placement"),
            SP.SP_DialogApplyButton,
            _placement,
        )
    )
    register_page(
        PageSpec(
            "home_teaching",
            lambda: QCoreApplication.translate("Pages", "Home teaching"),
            SP.SP_DirHomeIcon,
            _home_teaching,
        )
    )
    register_page(
        PageSpec(
            "coverage",
            lambda: QCoreApplication.translate("Pages", "Coverage"),
            SP.SP_FileDialogInfoView,
            _coverage,
        )
    )
    register_page(
        PageSpec(
            "check",
            lambda: QCoreApplication.translate("Pages", "Cross-check (三查)"),
            SP.SP_FileDialogContentsView,
            _check,
        )
    )
    register_page(
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Pages", "Settings"),
            SP.SP_FileDialogDetailedView,
            _settings,
        )
    )


register_default_pages()
