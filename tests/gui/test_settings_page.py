"""Settings page: interface language is remembered; the norms editor validates and saves to the database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from special_ed.domain.enums import Level, Placement
from ui import prefs
from ui.operations import running_operations


def test_language_choice_is_remembered(qtbot, window) -> None:
    page = window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert prefs.language() == "en"
    assert page.language_note.text()


def test_terms_model_passes_model_tester(qtmodeltester, window) -> None:
    page = window.show_page("settings")
    qtmodeltester.check(page.norms.terms)


def test_invalid_norms_are_refused_at_the_field(qtbot, window, services) -> None:
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)  # the preset selector reads in the background
    editor = page.norms
    editor.age_min.setValue(16)
    editor.age_max.setValue(12)
    editor.terms.setData(editor.terms.index(0, 1), "2025-13-40")
    editor.save()
    label = editor.findChild(QLabel, "error_age_max")
    # the setting is named by its label, never by its key
    assert not label.isHidden() and "最大入学年龄" in label.text() and "age_max" not in label.text()
    terms = editor.findChild(QLabel, "error_terms").text()
    assert "学期" in terms and "2025-13-40" in terms and "terms" not in terms
    assert running_operations() == 0
    assert services.settings.get(refresh=True).age_max == 15  # nothing saved


def test_valid_norms_are_saved_and_used(qtbot, window, services) -> None:
    page = window.show_page("settings")
    editor = page.norms
    editor.level_placement[Level.MODERATE].setCurrentIndex(
        editor.level_placement[Level.MODERATE].findData(Placement.MAINSTREAM.value)
    )
    editor.age_max.setValue(16)
    editor.save()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    saved = services.settings.get(refresh=True)
    assert saved.age_max == 16
    assert saved.level_to_placement[Level.MODERATE] is Placement.MAINSTREAM
    from special_ed.services.registry import RegistryFilter, RegistryQuery

    moderate = services.registry.page(RegistryQuery(RegistryFilter(level=Level.MODERATE), limit=1)).rows[0]
    assert services.placement.recommendation(moderate.id) is Placement.MAINSTREAM  # the rule now applies
