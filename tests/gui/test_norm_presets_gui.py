"""设置's preset selector puts a province's norms in force; the workload page shows and prints what they credit."""

from __future__ import annotations

from pathlib import Path

from ui.operations import running_operations


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def test_choosing_a_preset_stores_its_figures_and_the_editor_follows(qtbot, window, services) -> None:
    page = window.show_page("settings")
    _idle(qtbot)
    selector = page.presets
    assert selector is not None and "自定义" in selector.current.text()
    selector.combo.setCurrentIndex(selector.combo.findData("fujian"))
    assert "闽教基〔2024〕31号" in selector.detail.text() and "家长课堂" in selector.detail.text()
    selector.apply()
    _idle(qtbot)
    saved = services.settings.get(refresh=True)
    assert saved.norm_preset == "fujian"
    assert (saved.visit_norms.visits_per_month, saved.visit_norms.hours_per_year) == (3, 90)
    assert saved.visit_norms.parent_class_counts
    assert (saved.age_min, saved.age_max) == (6, 16)
    assert page.norms.age_max.value() == 16  # the norms editor reloaded what the preset wrote
    assert "福建" in selector.current.text()


def test_workload_page_shows_the_presets_credit_and_prints(qtbot, window, services, tmp_path: Path) -> None:
    services.norms.apply("gansu")
    page = window.show_page("workload")
    page.refresh()
    _idle(qtbot)
    assert page.workload.rowCount() > 0
    report = page.report
    assert report is not None and "4 课时" in page.rule.text()
    for w in report.rows:
        if w.teacher.role.value != "driver":
            assert w.total.credited == 4 * w.total.visits  # 甘肃: each visit = 4 课时
    assert page.annual.rowCount() > 0
    kind, value = page._period()
    target = tmp_path / "workload.pdf"
    page.export_to(target, kind, value)
    _idle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")


def test_workload_models_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:
    page = window.show_page("workload")
    page.refresh()
    _idle(qtbot)
    qtmodeltester.check(page.workload)
    qtmodeltester.check(page.annual)
