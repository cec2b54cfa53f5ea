"""Whole workflows through the widgets: register a child, assess, place, override, archive, coverage."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from special_ed.domain.enums import Level, Placement, TeacherRole
from special_ed.results.registry import RegistryFilter, RegistryQuery
from ui.child_form import ArchiveDialog, ChildForm
from ui.guardians_model import GuardiansModel
from ui.operations import running_operations
from ui.placement.assessment_dialog import AssessmentDialog
from ui.placement.placement_dialog import PlacementDialog

GOOD_ID = "500237201605041247"
BAD_ID = "500237201605041248"  # wrong check character


def wait_op(qtbot, window, action) -> None:
    """Run an action that starts a background operation and wait until it has finished."""
    from ui import operations

    action()
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=10000)


def open_new_child_form(qtbot, window) -> ChildForm:
    window.findChild(type(window.toolbar.actions()[0]), "action_new_child").trigger()
    form = window.findChild(ChildForm)
    assert form is not None and form.isVisible()
    return form


def fill_basic(qtbot, form: ChildForm, resident_id: str) -> None:
    form.name.setText("张思琳")
    form.township.setCurrentIndex(2)
    form.sex.setCurrentIndex(form.sex.findData("F"))
    form.birth_date.setDate(QDate(2016, 5, 4))
    form.resident_id.setText(resident_id)


def error_text(form, field: str) -> str:
    label = form.findChild(QLabel, f"error_{field}")
    return label.text() if label is not None and not label.isHidden() else ""


def test_create_child_bad_id_is_refused_then_corrected_and_saved(qtbot, window, services) -> None:
    before = services.registry.count(RegistryFilter())
    form = open_new_child_form(qtbot, window)
    fill_basic(qtbot, form, BAD_ID)
    form.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.findChild(type(form.save_button), "addGuardian"), Qt.MouseButton.LeftButton)
    model: GuardiansModel = form.guardians_model
    model.setData(model.index(0, 0), "张建国")
    model.setData(model.index(0, 2), "13800001234")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "校验位错误" in error_text(form, "resident_id")
    assert form.isVisible() and form.tabs.currentIndex() == 0  # jumped to the field in error
    assert form.name.text() == "张思琳"  # nothing typed is lost
    assert services.registry.count(RegistryFilter()) == before  # nothing saved

    form.resident_id.setText(GOOD_ID)
    page = window.page("registry")
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert services.registry.count(RegistryFilter()) == before + 1
    saved = services.registry.page(RegistryQuery(RegistryFilter(text="zsl"))).rows
    assert any(r.resident_id == GOOD_ID for r in saved)
    detail = services.children.get(next(r.id for r in saved if r.resident_id == GOOD_ID))
    assert [g.name for g in detail.data.guardians] == ["张建国"]
    assert page.model.total == before + 1


def test_certificate_fills_category_and_grade_and_warns_on_other_id(qtbot, window, services) -> None:
    form = open_new_child_form(qtbot, window)
    fill_basic(qtbot, form, GOOD_ID)
    form.certificate_no.setText(GOOD_ID + "52")
    assert form.category_boxes[next(c for c in form.category_boxes if c.value == "5")].isChecked()
    assert form.grade.currentData() == 2
    assert form.level.currentData() == Level.SEVERE.value
    other = "11010519491231002X"
    form.certificate_no.setText(other + "52")
    form.validate()
    assert "残疾证" in error_text(form, "certificate_no")
    form.form_undo.mark_clean()  # leave without the "unsaved changes" question (tests/gui/test_form_slips.py)
    form.reject()


def test_duplicate_id_from_the_database_is_shown_at_the_field(qtbot, window, services) -> None:
    existing = services.registry.page(RegistryQuery(limit=1)).rows[0]
    form = open_new_child_form(qtbot, window)
    form.name.setText("重复")
    form.township.setCurrentIndex(1)
    form.resident_id.setText(existing.resident_id)
    form.resident_id.editingFinished.emit()  # fills sex and birth date from the ID
    wait_op(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert existing.name in error_text(form, "resident_id")
    assert form.isVisible()


def select_in_registry(qtbot, window, child_id: int):
    page = window.show_page("registry")
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        page.filter_bar.apply(RegistryFilter(child_ids=(child_id,)))
    assert page.select_child(child_id)
    return page


def home_team(services):
    return next(
        t for t in services.reference.teams() if len(t.members) >= 2 and TeacherRole.SPECIAL_ED in t.roles
    )


def test_assess_and_place_at_home_with_a_team(qtbot, window, services) -> None:
    child = services.registry.page(
        RegistryQuery(RegistryFilter(placement=Placement.MAINSTREAM), limit=1)
    ).rows[0]
    page = select_in_registry(qtbot, window, child.id)
    qtbot.mouseClick(page.action_buttons["assess"], Qt.MouseButton.LeftButton)
    assess = page.findChild(AssessmentDialog)
    assess.level.setCurrentIndex(assess.level.findData(Level.SEVERE.value))
    assert "送教上门" in assess.recommendation.text()
    assess.members.setText("王老师、李医生、张社工")
    assess.findings["运动"].setPlainText("独立行走困难")
    wait_op(qtbot, window, assess.save)
    assert services.children.get(child.id).data.level is Level.SEVERE

    qtbot.mouseClick(page.action_buttons["place"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(PlacementDialog)
    assert dialog.kind() is Placement.HOME  # proposed from the settings' rule for 重度
    assert dialog.validate()  # no team yet: the dialog says what is missing
    assert "送教小组" in error_text(dialog, "team_id")
    # the teams offered are those covering the child's township; the others are one click away
    township = services.children.get(child.id).data.township_id
    covering = {t.id for t in services.reference.teams() if township in t.township_ids}
    shown = {dialog.team.itemData(i) for i in range(1, dialog.team.count())}
    assert covering and shown == covering
    dialog.all_teams.setChecked(True)
    assert dialog.team.count() == len(services.reference.teams()) + 1
    team = home_team(services)
    dialog.team.setCurrentIndex(dialog.team.findData(team.id))
    # the child's register school stays the responsible school; with none, the team's school is proposed
    assert dialog.home_school.currentData() in (
        services.children.get(child.id).data.register_school_id,
        team.school_id,
    )
    assert team.members[0].name in dialog.team_members.text()
    dialog.effective.setDate(QDate.currentDate().addDays(1))
    wait_op(qtbot, window, lambda: qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton))
    assert not dialog.isVisible()
    history = services.placement.history(child.id)
    assert history[0].kind is Placement.HOME and history[0].team_id == team.id and history[0].end_date is None
    assert history[1].end_date is not None  # the mainstream placement ended

    placement_page = window.show_page("placement", child_id=child.id)
    qtbot.waitUntil(lambda: placement_page.child_id == child.id and running_operations() == 0, timeout=10000)
    texts = [
        placement_page.timeline.data(placement_page.timeline.index(r, 1))
        for r in range(placement_page.timeline.rowCount())
    ]
    assert texts[0] == "安置：送教上门"


def test_override_needs_a_written_reason(qtbot, window, services) -> None:
    child = services.registry.page(RegistryQuery(RegistryFilter(level=Level.MILD), limit=1)).rows[0]
    page = select_in_registry(qtbot, window, child.id)
    qtbot.mouseClick(page.action_buttons["place"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(PlacementDialog)
    assert dialog.kind() is Placement.MAINSTREAM
    dialog.kind_buttons[Placement.SPECIAL_SCHOOL].setChecked(True)
    dialog.effective.setDate(QDate.currentDate().addDays(1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "必须填写理由" in error_text(dialog, "reason")
    assert services.placement.history(child.id)[0].kind is Placement.MAINSTREAM  # nothing saved
    dialog.reason.setPlainText("家长申请，专家委员会同意转入特校以加强康复")
    wait_op(qtbot, window, lambda: qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton))
    latest = services.placement.history(child.id)[0]
    assert latest.kind is Placement.SPECIAL_SCHOOL and "家长申请" in latest.reason


def test_archive_requires_a_reason_and_removes_from_counts(qtbot, window, services) -> None:
    child = services.registry.page(RegistryQuery(limit=1)).rows[0]
    before = services.registry.count(RegistryFilter())
    page = select_in_registry(qtbot, window, child.id)
    qtbot.mouseClick(page.action_buttons["archive"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(ArchiveDialog)
    assert not dialog.ok.isEnabled()  # no reason, no archive
    dialog.reason.setPlainText("已迁出本县（转学证明 2026-031）")
    wait_op(qtbot, window, lambda: qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton))
    assert services.registry.count(RegistryFilter()) == before - 1
    detail = services.children.get(child.id)
    assert detail.archived_reason.startswith("已迁出本县")
    history = services.children.history(child.id)
    assert history[0].action == "archive"


def test_database_locked_during_save_keeps_the_form(qtbot, window, services, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from special_ed.errors import DatabaseError

    before = services.registry.count(RegistryFilter())

    def locked(_data):  # type: ignore[no-untyped-def]
        raise DatabaseError("db.locked", path=str(services.info.display))

    monkeypatch.setattr(services.children, "create", locked)
    form = open_new_child_form(qtbot, window)
    fill_basic(qtbot, form, GOOD_ID)
    wait_op(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    box = form.findChild(QMessageBox, "errorBox")
    assert box is not None and "数据库正被其他程序占用" in box.text()
    assert form.isVisible() and form.name.text() == "张思琳" and form.resident_id.text() == GOOD_ID
    assert form.save_button.isEnabled()  # the user can try again
    assert services.registry.count(RegistryFilter()) == before
    box.close()
