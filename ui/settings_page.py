"""设置 page: this PC's interface preferences, and the county's norms shared through the database."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ui import prefs
from ui.norm_preset_selector import NormPresetSelector
from ui.norms_editor import NormsEditor
from ui.pages import Host


class SettingsPage(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        title = QLabel(self.tr("Settings"))
        title.setProperty("role", "pageTitle")

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("中文（简体）", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        interface = QGroupBox(self.tr("This computer"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow("", self.language_note)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(interface)
        self.layout_ = layout
        self.norms = self._norms_editor()
        self.presets: NormPresetSelector | None = None
        if self.norms is not None:
            self.presets = NormPresetSelector(host)
            self.presets.applied.connect(self.norms.load)
            layout.addWidget(self.presets)
            layout.addWidget(self.norms, 1)
        else:
            layout.addStretch(1)

    def _norms_editor(self) -> NormsEditor | None:
        services = self.host.services
        if services is None or not hasattr(services, "settings"):
            return None
        return NormsEditor(self.host)

    def _language_chosen(self, _index: int) -> None:
        lang = str(self.language.currentData())
        prefs.set_language(lang)
        self.language_note.setText(self.tr("The new language applies the next time the application starts."))
