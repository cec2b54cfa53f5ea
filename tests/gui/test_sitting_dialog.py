"""Holding an expert-committee sitting through the dialog: members, the township's children, each
child's opinion, a refused attempt that writes nothing, the decision in one go, and the notices."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QMessageBox
from sqlalchemy import func, select

from special_ed.domain.enums import Level, Placement
from special_ed.domain.registration import DEFERRED
from special_ed.persistence import models as m
from ui.operations import running_operations


def _idle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def _count(app: Any, model: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _three_children(app: Any) -> tuple[int, str, list[int], int, int, int]:
    """A township with three mainstream children whose placements end, so the committee decides them
    again; an ordinary school, and a home-teaching team that meets the rules (taken from a child
    taught at home)."""
    with app.uow("read") as uow:
        town_id, town = uow.session.execute(
            select(m.Township.id, m.Township.name)
            .join(m.Child, m.Child.township_id == m.Township.id)
            .where(m.Child.placement == "mainstream")
            .group_by(m.Township.id, m.Township.name)
            .having(func.count(m.Child.id) >= 3)
            .order_by(m.Township.id)
        ).first()
        ids = list(
            uow.session.scalars(
                select(m.Child.id)
                .where(m.Child.township_id == town_id, m.Child.placement == "mainstream")
                .order_by(m.Child.id)
                .limit(3)
            )
        )
        school = uow.session.scalar(
            select(m.School.id).where(m.School.kind == "ordinary").order_by(m.School.id)
        )
        team = uow.session.scalar(
            select(m.Child.team_id).where(m.Child.placement == "home", m.Child.team_id.is_not(None))
        )
        ended = max(
            uow.session.scalars(
                select(m.PlacementRecord.effective_date).where(m.PlacementRecord.child_id.in_(ids))
            )
        )
    for cid in ids:
        app.placement.end_placement(cid, ended + timedelta(days=1), "测试：提交专家委员会重新评估")
    return town_id, town, ids, school, team, ended.toordinal()


def _set(model: Any, row: int, column: int, value: Any, role: Any = Qt.ItemDataRole.EditRole) -> None:
    assert model.setData(model.index(row, column), value, role)


def test_a_sitting_is_held_through_the_dialog(
    qtbot: Any, qtmodeltester: Any, window: Any, services: Any, tmp_path: Path
) -> None:
    town_id, town, (a, b, c), school, team, _ = _three_children(services)
    page = window.show_page("placement")
    _idle(qtbot)
    button = page.findChild(type(page.buttons["assess"]), "placement_sitting")
    assert button is not None and button.isEnabled()
    dialogs_before = set(page.findChildren(QMessageBox))
    dialog = page.hold_sitting()
    qtbot.addWidget(dialog)
    _idle(qtbot)
    for model in (dialog.members, dialog.decisions, dialog.sittings):
        qtmodeltester.check(model)
    assert dialog.sittings.rowCount() >= 1  # the demo's own sitting is listed
    # the members start from the last sitting; this one has a new member as well
    start_members = dialog.members.rowCount()
    assert start_members >= 1
    dialog.members.set_rows([])
    for name, field, unit in (
        ("谭明华", "教育", "县教委"),
        ("向丽", "心理", "县医院"),
        ("冉建国", "康复", ""),
    ):
        dialog.findChild(type(button), "addMember").click()
        row = dialog.members.rowCount() - 1
        _set(dialog.members, row, 0, name)
        _set(dialog.members, row, 1, field)
        _set(dialog.members, row, 2, unit)
    dialog.held_on.setDate(QDate.currentDate())
    dialog.place.setText("县特殊教育学校会议室")
    dialog.township.setCurrentIndex(dialog.township.findData(town_id))
    _idle(qtbot)
    rows = dialog.decisions.rows
    assert rows and {r.child.township for r in rows} == {town}
    ids = [r.child.child_id for r in rows]
    assert {a, b, c} <= set(ids)
    for cid in (a, b, c):  # not placed any more: ticked for assessment by default
        assert rows[ids.index(cid)].assess and rows[ids.index(cid)].child.placement == ""
    for i, r in enumerate(rows):  # this sitting decides exactly the three
        if r.child.child_id not in (a, b, c) and r.assess:
            _set(dialog.decisions, i, 0, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)

    def row_of(cid: int) -> int:
        return [r.child.child_id for r in dialog.decisions.rows].index(cid)

    # child a: 随班就读 in a class, the opinion picked in the cell's own editor
    _set(dialog.decisions, row_of(a), 4, Level.MILD)
    view = dialog.children_view
    index = dialog.decisions.index(row_of(a), 5)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(Placement.MAINSTREAM.value))
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert dialog.decisions.rows[row_of(a)].outcome == Placement.MAINSTREAM.value
    _set(dialog.decisions, row_of(a), 6, school)
    _set(dialog.decisions, row_of(a), 7, "三年级2班")
    # child b: 延缓入学 — first without a reason, which must be refused with nothing written
    _set(dialog.decisions, row_of(b), 4, Level.SEVERE)
    _set(dialog.decisions, row_of(b), 5, DEFERRED)
    review = QDate.currentDate().addMonths(6)
    _set(dialog.decisions, row_of(b), 10, review)
    # child c: 送教上门 with a responsible school and a team, against the recommendation: a reason
    _set(dialog.decisions, row_of(c), 4, Level.MILD)
    _set(dialog.decisions, row_of(c), 5, Placement.HOME.value)
    _set(dialog.decisions, row_of(c), 6, school)
    _set(dialog.decisions, row_of(c), 8, team)
    _set(dialog.decisions, row_of(c), 9, "肢体障碍，暂不能到校")
    assert "3" in dialog.count_label.text()

    sittings, assessments = _count(services, m.CommitteeSitting), _count(services, m.CommitteeAssessment)
    dialog.decide_button.click()
    _idle(qtbot)
    boxes = [x for x in dialog.findChildren(QMessageBox) if x not in dialogs_before and x.isVisible()]
    assert boxes and "理由" in boxes[-1].text()  # the deferral's missing reason, named
    assert (_count(services, m.CommitteeSitting), _count(services, m.CommitteeAssessment)) == (
        sittings,
        assessments,
    )
    assert not services.children.get(a).placement  # a's placement was not kept either
    for box in boxes:
        box.close()

    _set(dialog.decisions, row_of(b), 9, "术后康复治疗中")
    dialog.decide_button.click()
    _idle(qtbot)
    summary = dialog.last_summary
    assert summary is not None and summary.outcome_counts() == {"随班就读": 1, "延缓入学": 1, "送教上门": 1}
    assert _count(services, m.CommitteeSitting) == sittings + 1
    with services.uow("read") as uow:
        sitting = uow.session.get(m.CommitteeSitting, summary.id)
        assert sitting.township_id == town_id and sitting.place == "县特殊教育学校会议室"
        assert [x["name"] for x in sitting.members] == ["谭明华", "向丽", "冉建国"]
        decided = {
            x.child_id: x
            for x in uow.session.scalars(
                select(m.CommitteeAssessment).where(m.CommitteeAssessment.sitting_id == summary.id)
            )
        }
        assert set(decided) == {a, b, c}
        assert decided[b].outcome == DEFERRED and decided[b].outcome_reason == "术后康复治疗中"
        child_a, child_b, child_c = (uow.session.get(m.Child, x) for x in (a, b, c))
        assert (child_a.placement, child_a.placement_school_id, child_a.class_name) == (
            "mainstream",
            school,
            "三年级2班",
        )
        assert child_b.placement is None and child_b.review_due == date(
            review.year(), review.month(), review.day()
        )
        assert (child_c.placement, child_c.team_id, child_c.level) == ("home", team, "mild")
        active_c = uow.session.scalars(
            select(m.PlacementRecord).where(
                m.PlacementRecord.child_id == c, m.PlacementRecord.end_date.is_(None)
            )
        ).one()
        assert active_c.reason == "肢体障碍，暂不能到校" and active_c.effective_date == date.today()
    # the decided children leave the list; the past sittings list follows the change
    _idle(qtbot)
    assert {a, b, c} <= {r.child.child_id for r in dialog.decisions.rows}  # listed again, with the new state
    assert not {a, b, c} & {r.child.child_id for r in dialog.decisions.rows if r.assess}
    assert any(s.id == summary.id for s in dialog.sittings.rows)

    assert dialog.print_button.isEnabled()
    out = tmp_path / "notices.pdf"
    dialog.print_notices(summary, out)
    _idle(qtbot)
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert len(reader.outline) == 2  # the deferred child gets no notice
    assert "2" in dialog.status.text() and str(out) in dialog.status.text()
    text = "".join(p.extract_text() for p in reader.pages)
    assert services.children.get(a).data.name in text and services.children.get(c).data.name in text


def test_a_sitting_without_members_or_children_is_refused_in_words(
    qtbot: Any, window: Any, services: Any
) -> None:
    from ui.placement.sitting_dialog import CommitteeSittingDialog

    dialog = CommitteeSittingDialog(window, window)
    qtbot.addWidget(dialog)
    _idle(qtbot)
    sittings = _count(services, m.CommitteeSitting)
    for i in range(dialog.decisions.rowCount()):  # nobody ticked
        _set(dialog.decisions, i, 0, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.members.set_rows([])
    before = set(dialog.findChildren(QMessageBox))
    dialog.decide_button.click()
    _idle(qtbot)
    boxes = [x for x in dialog.findChildren(QMessageBox) if x not in before and x.isVisible()]
    assert boxes
    text = boxes[-1].text()
    assert "委员" in text and "至少勾选一名" in text  # both problems named at once
    assert _count(services, m.CommitteeSitting) == sittings and dialog.last_summary is None
    assert dialog.status.text() == "未登记任何内容。"
