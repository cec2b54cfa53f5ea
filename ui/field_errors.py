"""Inline validation: core Issues shown in red (errors) or amber (warnings) under their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from special_ed.errors import Issue


class FieldErrors:
    """Maps field names to the label under the field (and the widget to mark and focus)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general: QLabel | None = None  # issues of the record as a whole, or of unmapped fields

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """A container holding ``widget`` with an (initially hidden) message label below it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self.labels[field] = label
        self.widgets[field] = widget
        return box

    def alias(self, field: str, same_as: str) -> None:
        """Show issues of ``field`` (e.g. guardian.phone) where ``same_as`` shows its own."""
        self.labels[field] = self.labels[same_as]
        self.widgets[field] = self.widgets[same_as]

    def show(self, issues: list[Issue]) -> None:
        by_label: dict[int, tuple[QLabel, list[Issue]]] = {}
        for label in self.labels.values():
            by_label.setdefault(id(label), (label, []))
        unplaced: list[Issue] = []
        for issue in issues:
            placed = self.labels.get(issue.field)
            if placed is None:
                unplaced.append(issue)
            else:
                label = placed
                by_label[id(label)][1].append(issue)
        for label, found in by_label.values():
            self._fill(label, found)
        for field, widget in self.widgets.items():
            widget.setProperty("invalid", any(i.field == field and i.is_error for i in issues))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if self.general is not None:
            self._fill(self.general, unplaced)

    def _fill(self, label: QLabel, issues: list[Issue]) -> None:
        if not issues:
            label.clear()
            label.hide()
            return
        label.setText("\n".join(self.text(i) for i in issues))
        label.setProperty("role", "fieldError" if any(i.is_error for i in issues) else "fieldWarning")
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    def text(self, issue: Issue) -> str:
        message = issue.message(self.lang)
        row = issue.params.get("row")
        if row is not None:
            message = QCoreApplication.translate("FieldErrors", "Row {0}: {1}").format(row, message)
        return message

    def first_error_widget(self, issues: list[Issue]) -> QWidget | None:
        for issue in issues:
            if issue.is_error and issue.field in self.widgets:
                return self.widgets[issue.field]
        return None
