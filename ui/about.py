"""About dialog: version, Qt version and where the data lives."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from special_ed import __version__


class AboutDialog(QDialog):
    def __init__(self, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        # tr() outside the f-string: lupdate does not look inside f-strings, so the title stayed English
        name = self.tr("Special Education Placement and Home Teaching")
        title = QLabel(f"<h2>{name}</h2>")
        text = QLabel(
            self.tr("Version {version}<br>Qt for Python {qt}<br>Database: {db}").format(
                version=__version__, qt=pyside_version, db=database_label or self.tr("(none)")
            )
        )
        text.setObjectName("aboutText")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = QLabel(
            self.tr(
                "For county special-education coordinators: every school-age child with a "
                "disability placed, taught and accounted for — no child left out."
            )
        )
        purpose.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, purpose, text, buttons):
            layout.addWidget(widget)
