"""What every tab of a child's records window holds (方案, 计划, 教案, 评估, 量表, 档案, 送教记录)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.operations import Latest
from ui.pages import WorkHost


class RecordsTab(QWidget):
    """One child's tab: the host its reads and writes run through, the child, the services, and the
    reader that keeps only the tab's newest read. ``saved`` tells the window to re-read the 五有 marks."""

    saved = Signal()

    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.child_id = host, child_id
        self.app = host.services
        self.reader = Latest(self, host.run)
