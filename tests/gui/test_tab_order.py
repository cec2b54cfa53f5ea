"""Tab visits the fields of the main dialogs in reading order, and every field is reached.

The walk presses Tab like a person (tests/gui/tab_order.py): nothing may go back up or leftwards
on a line, no field may be skipped, and nothing may trap the Tab key (a table moving cell to cell,
a notes field typing a tab character).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.tab_order import focusable_fields, out_of_order, tab_stops
from ui.child_form import ChildForm
from ui.norms_editor import NormsEditor
from ui.placement.assessment_dialog import AssessmentDialog
from ui.placement.placement_dialog import PlacementDialog
from ui.records.visit_form import VisitDialog


def first_child(services) -> int:  # type: ignore[no-untyped-def]
    from special_ed.services.registry import RegistryQuery

    return services.registry.page(RegistryQuery(limit=1)).rows[0].id


def walk(qtbot, dialog: QWidget, page: QWidget | None = None, frame: QWidget | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab from the first field of ``page`` (default: the dialog); the problems found."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    fields = focusable_fields(page or dialog)
    assert fields, "no fields to walk"
    first = min(
        fields,
        key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(), w.mapTo(dialog, w.rect().topLeft()).x()),
    )
    stops = tab_stops(dialog, first, frame)
    visited = [s.widget for s in stops]
    problems = [f"out of reading order: {pair}" for pair in out_of_order(stops)]
    problems += [
        f"never reached by Tab: {w.objectName() or type(w).__name__}" for w in fields if w not in visited
    ]
    return problems


def test_child_form_every_tab(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    form = ChildForm(window, services.children.get(first_child(services)), window)
    problems = []
    for index in range(form.tabs.count()):
        form.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"{form.tabs.tabText(index)}: {p}" for p in walk(qtbot, form, form.tabs.widget(index))]
    assert problems == []
    form.reject()


DIALOGS: dict[str, Callable[..., QWidget]] = {
    "placement": lambda window, child: PlacementDialog(window, child, window),
    "assessment": lambda window, child: AssessmentDialog(window, child, window),
    "visit": lambda window, child: VisitDialog(window, child, None, window),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog(qtbot, window, services, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS[name](window, first_child(services))
    assert walk(qtbot, dialog) == []
    dialog.close()


def test_settings_norms(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = NormsEditor(window)
    editor.resize(900, 700)  # it scrolls while Tab moves down: places are measured in its content
    assert walk(qtbot, editor, editor.widget(), editor.widget()) == []
