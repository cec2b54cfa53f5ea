"""The provincial preset selector shown above the norms editor in 设置.

Choosing a preset and pressing "Use this preset" writes its figures into the shared
settings (the core validates, audits and conflict-checks it); the compliance
figures everywhere follow, because every page reads the same settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from special_ed.domain.norm_presets import CUSTOM
from special_ed.domain.workload import PresetState
from ui.errors import show_error
from ui.pages import Host


class NormPresetSelector(QGroupBox):
    """A combo of the presets (and custom), what the chosen one says, and a button to put it in force."""

    applied = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.setTitle(self.tr("Home-teaching norms preset"))
        self.setObjectName("normPresetSelector")
        self.host = host
        self.combo = QComboBox()
        self.combo.setObjectName("presetCombo")
        for p in host.services.norms.presets():
            self.combo.addItem(p.name, p.key)
        self.combo.addItem(self.tr("Custom (the county's own figures)"), CUSTOM)
        self.combo.currentIndexChanged.connect(lambda _i: self._describe())
        self.use_button = QPushButton(self.tr("Use this preset"))
        self.use_button.setObjectName("usePreset")
        self.use_button.clicked.connect(self.apply)
        self.current = QLabel()
        self.current.setObjectName("presetCurrent")
        self.current.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("presetDetail")
        self.detail.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.detail)
        self.versions: dict[str, int] = {}
        self.load()

    def load(self) -> None:
        """Read the preset in force (and the settings' versions, for the conflict check) off the GUI thread."""
        services = self.host.services
        self.use_button.setEnabled(False)
        self.host.run(
            lambda _p: (services.norms.state(), services.settings.versions()),
            self._show,
            self.tr("Reading the norms…"),
            lambda exc, trace: show_error(self, exc, trace),
        )

    def _show(self, loaded: tuple[PresetState, dict[str, int]]) -> None:
        state, self.versions = loaded
        self.use_button.setEnabled(True)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(state.key)))
        self.combo.blockSignals(False)
        name = state.preset.name if state.preset else self.tr("Custom")
        text = self.tr("In force: {0}").format(name)
        if state.modified:
            text += self.tr(" (figures edited after the preset was chosen)")
        self.current.setText(text)
        self._describe()

    def _describe(self) -> None:
        key = str(self.combo.currentData())
        preset = next((p for p in self.host.services.norms.presets() if p.key == key), None)
        if preset is None:
            self.detail.setText(self.tr("The county's own figures, as entered in the norms below."))
            return
        lines = [self.tr("Source: {0}").format(preset.document), preset.summary()]
        if preset.notes:
            lines.append(preset.notes)
        self.detail.setText("\n".join(lines))

    def apply(self) -> None:
        key = str(self.combo.currentData())
        service = self.host.services.norms
        expected = dict(self.versions)

        def done(_settings: Any) -> None:
            self.host.show_status(self.tr("Preset in force; required visits and class hours recomputed."))
            self.load()
            self.applied.emit()

        self.host.run(
            lambda _p: service.apply(key, expected),  # the unit of work publishes the settings change
            done,
            self.tr("Applying the preset…"),
            lambda exc, trace: show_error(self, exc, trace),
        )
