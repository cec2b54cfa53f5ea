"""Puts the schedule page into the main window's navigation (after placement, as the page registry asks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ui.pages import Host, PageSpec, register_page


def _schedule(host: Host) -> QWidget:
    from ui.schedule.page import SchedulePage

    return SchedulePage(host.services)


def register_schedule_page() -> None:
    register_page(
        PageSpec(
            "schedule",
            lambda: QCoreApplication.translate("Pages", "Visit schedule"),
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            _schedule,
        ),
        after="placement",
    )
