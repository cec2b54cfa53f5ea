"""Another office saved the same child meanwhile: show both values of every differing field and let
the user choose, field by field, which to keep (nothing is lost by default: see domain.merge)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.merge import FieldChoice


class ConflictDialog(QDialog):
    def __init__(self, choices: list[FieldChoice], by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by another office"))
        self._choices = choices
        self._theirs: dict[str, QRadioButton] = {}
        self._mine: dict[str, QRadioButton] = {}
        intro = QLabel(
            self.tr(
                "While you were editing, {0} saved this child. Choose for each field which value to keep; "
                "fields only they changed keep their value unless you choose yours."
            ).format(by or self.tr("another user"))
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Field")), 0, 0)
        grid.addWidget(self._bold(self.tr("Your entry")), 0, 1)
        grid.addWidget(self._bold(self.tr("Saved by the other office")), 0, 2)
        for row, choice in enumerate(choices, start=1):
            grid.addWidget(QLabel(choice.label), row, 0)
            mine = QRadioButton(choice.mine)
            mine.setObjectName(f"mine_{choice.field}")
            theirs = QRadioButton(choice.theirs)
            theirs.setObjectName(f"theirs_{choice.field}")
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (theirs if choice.default_theirs else mine).setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self._theirs[choice.field] = theirs
            self._mine[choice.field] = mine
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save the chosen values"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, min(560, 160 + 34 * len(choices)))

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def take_theirs(self) -> set[str]:
        """The fields whose other-office value was chosen."""
        return {name for name, button in self._theirs.items() if button.isChecked()}

    def choose(self, field: str, theirs: bool) -> None:
        """Pick one side of a field (keyboard users and tests)."""
        (self._theirs if theirs else self._mine)[field].setChecked(True)
