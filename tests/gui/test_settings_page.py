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
    from special_ed.results.registry import RegistryFilter, RegistryQuery

    moderate = services.registry.page(RegistryQuery(RegistryFilter(level=Level.MODERATE), limit=1)).rows[0]
    assert services.placement.recommendation(moderate.id) is Placement.MAINSTREAM  # the rule now applies


def test_visit_norms_and_holiday_overrides_are_edited_in_settings(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    editor = page.norms
    editor.visits_per_month.setValue(4)
    editor.hours_per_visit.setValue(1.5)
    editor.min_days.setValue(5)
    editor.hours_per_year.setValue(170)
    editor.pause_in_holidays.setChecked(False)
    editor.holiday_overrides.setText("2031-01-01, 2031-02-10–2031-02-12")
    editor.workday_overrides.setText("2031-02-16")
    editor.save()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    saved = services.settings.get(refresh=True)
    vn = saved.visit_norms
    assert (vn.visits_per_month, vn.hours_per_visit, vn.min_days_between_visits, vn.hours_per_year) == (4, 1.5, 5, 170)
    assert vn.pause_in_holidays is False
    assert saved.holiday_overrides == (date(2031, 1, 1), date(2031, 2, 10), date(2031, 2, 11), date(2031, 2, 12))
    assert saved.workday_overrides == (date(2031, 2, 16),)
    editor.holiday_overrides.setText("2031-02-30")
    editor.save()
    label = editor.findChild(QLabel, "error_holiday_overrides")
    assert not label.isHidden() and "2031-02-30" in label.text()
