"""Registers the built-in pages in navigation order (features append theirs with register_page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ui.pages import Host, PageSpec, register_page

SP = QStyle.StandardPixmap


def _settings(host: Host) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(host)


def register_default_pages() -> None:
    register_page(
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Pages", "Settings"),
            SP.SP_FileDialogDetailedView,
            _settings,
        )
    )


register_default_pages()
