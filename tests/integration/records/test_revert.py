"""撤销上一次保存: the values from before the last save come back — those, not older or newer ones.

Every test saves at least twice, so a revert that took the first save's values (or none) fails;
refusals must leave the record and the audit exactly as they were.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, update

from special_ed.domain.child import ChildInput, GuardianInput
from special_ed.domain.enums import GuardianRelation, Level, Placement, Sex, TeacherRole
from special_ed.domain.placement import PlacementInput
from special_ed.domain.records import PlanMonth, TermPlan
from special_ed.errors import ConflictError, SpecialEdError, ValidationError
from special_ed.persistence import audit
from special_ed.persistence import models as m
from special_ed.services.placement import AssessmentInput


def _audit_count(app: Any) -> int:
    with app.ctx.system_uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(m.AuditEntry)))


def _new_child(app: Any) -> int:
    town = app.reference.townships()[0]
    data = ChildInput(
        "撤销测试",
        Sex.FEMALE,
        date(2016, 3, 1),
        town.id,
        guardians=[
            GuardianInput("王芳", GuardianRelation.MOTHER, "13900000001"),
            GuardianInput("李强", GuardianRelation.FATHER, "13900000002"),
        ],
        notes="第一次",
    )
    return int(app.children.create(data).id)


def _save(app: Any, child_id: int, **changes: Any) -> Any:
    detail = app.children.get(child_id)
    app.children.update(child_id, dataclasses.replace(detail.data, **changes), detail.version)
    return app.children.get(child_id)


def test_revert_puts_back_the_values_from_before_the_last_save(rec_app: Any) -> None:
    app = rec_app
    child = _new_child(app)
    second = _save(app, child, name="改名一", notes="第二次", address="桥头村3组")
    guardians = second.data.guardians
    third = _save(
        app,
        child,
        name="改名二",
        notes="第三次",
        address="",
        guardians=[dataclasses.replace(guardians[0], phone="13800000009")],  # the father removed
    )
    assert [g.name for g in third.data.guardians] == ["王芳"]

    last = app.revert.last_save("children", child)
    text = "\n".join(last.lines())
    assert "姓名：改名一 → 改名二" in text
    assert "监护人 删除" in text and "李强" in text

    result = app.revert.revert("children", child, third.version)
    back = app.children.get(child)
    # exactly the second save's record: not the first one's, not the third's
    assert dataclasses.replace(back.data, guardians=[]) == dataclasses.replace(second.data, guardians=[])
    assert [(g.id, g.name, g.relation, g.phone) for g in back.data.guardians] == [
        (g.id, g.name, g.relation, g.phone) for g in guardians
    ]
    assert back.version == result.version > third.version

    entries = app.children.history(child)
    assert {e.action for e in entries if e.table == "children"} >= {"insert", "update", "revert"}
    assert any(e.table == "guardians" and e.action == "insert" for e in entries)
    with app.ctx.system_uow() as uow:
        assert audit.verify(uow.session).intact

    # the revert is itself the last save: reverting it gives the third save's record again
    app.revert.revert("children", child, back.version)
    again = app.children.get(child)
    assert again.data.name == "改名二" and again.data.notes == "第三次"
    assert [g.name for g in again.data.guardians] == ["王芳"]


def test_a_guardian_only_save_is_reverted_and_the_version_moves(rec_app: Any) -> None:
    app = rec_app
    child = _new_child(app)
    before = _save(app, child, notes="不变")
    phones = [g.phone for g in before.data.guardians]
    after = _save(
        app, child, guardians=[dataclasses.replace(g, phone="13700000000") for g in before.data.guardians]
    )
    app.revert.revert("children", child, after.version)
    back = app.children.get(child)
    assert [g.phone for g in back.data.guardians] == phones
    assert back.data.notes == "不变" and back.version > after.version
    assert any(e.action == "revert" and e.table == "children" for e in app.children.history(child))


def test_stale_version_and_changes_around_the_audit_are_refused_and_nothing_is_written(
    rec_app: Any,
) -> None:
    app = rec_app
    child = _new_child(app)
    first = _save(app, child, notes="第二次")
    second = _save(app, child, notes="第三次")
    count = _audit_count(app)
    with pytest.raises(ConflictError) as stale:
        app.revert.revert("children", child, first.version)  # the form was opened before the last save
    assert stale.value.code == "revert.changed"
    assert "未撤销任何内容" in stale.value.message("zh")

    with app.ctx.system_uow() as uow:  # a change the audit does not know of
        uow.session.execute(update(m.Child).where(m.Child.id == child).values(notes="绕过程序"))
        uow.commit()
    with pytest.raises(ConflictError) as around:
        app.revert.revert("children", child, second.version)
    assert around.value.code == "revert.changed_since"
    assert app.children.get(child).data.notes == "绕过程序"
    assert _audit_count(app) == count


def test_what_is_not_a_save_of_this_record_is_refused(rec_app: Any) -> None:
    app = rec_app
    child = _new_child(app)
    with pytest.raises(SpecialEdError) as first:
        app.revert.last_save("children", child)
    assert first.value.code == "revert.first_save"

    # a placement decision writes the child's current placement too: it is not the child form's save
    app.placement.record_assessment(child, AssessmentInput(date(2026, 9, 20), Level.SEVERE, "专家委员会"))
    team = next(t for t in app.reference.teams() if TeacherRole.SPECIAL_ED in t.roles)
    app.placement.place(
        child, PlacementInput(Placement.HOME, date(2026, 10, 1), school_id=team.school_id, team_id=team.id)
    )
    with pytest.raises(SpecialEdError) as other:
        app.revert.last_save("children", child)
    assert other.value.code == "revert.other_records"
    assert "安置" in other.value.message("zh")

    app.children.archive(child, "测试归档")
    with pytest.raises(SpecialEdError) as archived:
        app.revert.last_save("children", child)
    assert archived.value.code == "revert.not_a_save"
    assert "归档" in archived.value.message("zh")

    with pytest.raises(SpecialEdError) as kind:
        app.revert.last_save("placements", 1)
    assert kind.value.code == "revert.unsupported"


def test_a_resident_id_taken_meanwhile_is_named(rec_app: Any) -> None:
    app = rec_app
    child = _new_child(app)
    _save(app, child, resident_id="110101201603010020")
    moved = _save(app, child, resident_id="110101201603010047")
    town = app.reference.townships()[0]
    app.children.create(
        ChildInput("另一个", Sex.FEMALE, date(2016, 3, 1), town.id, resident_id="110101201603010020")
    )
    with pytest.raises(ValidationError) as taken:
        app.revert.revert("children", child, moved.version)
    assert "另一个" in taken.value.issues[0].message("zh")
    assert app.children.get(child).data.resident_id == "110101201603010047"


def test_a_term_plan_gets_its_months_and_hours_back(rec_app: Any) -> None:
    app = rec_app
    child = _new_child(app)
    first_term = app.ctx.settings().terms[0]
    term, y, mo = first_term.name, first_term.start.year, first_term.start.month
    months = (PlanMonth(y, mo, "认识颜色", (), 2, 3.0), PlanMonth(y, mo + 1, "系扣子", (), 2, 3.0))
    app.records.save_term_plan(TermPlan(child, term, months))
    saved = app.records.term_plan(child, term)
    changed = app.records.save_term_plan(
        dataclasses.replace(saved, months=(PlanMonth(y, mo, "认识形状", (), 4, 6.5),))
    )
    app.revert.revert("term_plans", changed.id, changed.version)
    back = app.records.term_plan(child, term)
    assert back.months == saved.months
    with app.ctx.system_uow() as uow:
        row = uow.session.get(m.TermPlan, changed.id)
        assert row is not None and row.planned_hours == Decimal("6.0") and row.planned_visits == 4


def test_the_cli_shows_the_last_save_and_reverts_with_yes(
    demo_template: Any, tmp_path: Any, capsys: Any
) -> None:
    import shutil

    from special_ed.bootstrap import build_app
    from special_ed.cli import main

    db = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, db)
    app = build_app(f"sqlite:///{db}", "测试员")
    child = _new_child(app)
    _save(app, child, notes="命令行之前")
    _save(app, child, notes="命令行之后")
    visit, _members = _visit_with_a_team_of_three(app)
    app.visits.save(dataclasses.replace(visit, next_steps="送教之前"))
    app.visits.save(dataclasses.replace(app.visits.get(visit.id), next_steps="送教之后"))
    app.close()
    assert main(["--db", str(db), "revert", "visit", str(visit.id), "--yes"]) == 0
    assert "下次安排：送教之前 → 送教之后" in capsys.readouterr().out
    assert main(["--db", str(db), "revert", "child", str(child)]) == 0
    shown = capsys.readouterr().out
    assert "备注：命令行之前 → 命令行之后" in shown and "未作更改" in shown
    assert main(["--db", str(db), "revert", "child", str(child), "--yes"]) == 0
    assert "已撤销上一次保存" in capsys.readouterr().out
    app = build_app(f"sqlite:///{db}", "测试员")
    assert app.children.get(child).data.notes == "命令行之前"
    assert app.visits.get(visit.id).next_steps == "送教之前"
    app.close()
    assert main(["--db", str(db), "--lang", "en", "revert", "assessment", "999999"]) == 2
    assert "not found" in capsys.readouterr().err


def _visit_with_a_team_of_three(app: Any) -> tuple[Any, list[int]]:
    """A done visit of the demo whose team has three or more members (so two different pairs exist)."""
    teams = {t.id: t for t in app.reference.teams()}
    for row in app.visits.visits():
        team = teams.get(row.visit.team_id) if row.visit.team_id else None
        if row.visit.status.value == "done" and team is not None and len(team.members) >= 3:
            return row.visit, [t.id for t in team.members]
    raise AssertionError("the demo county has no done visit of a team of three")


def test_a_visit_gets_its_teachers_and_five_deliveries_back(rec_app: Any) -> None:
    from special_ed.domain.enums import Delivery

    app = rec_app
    visit, members = _visit_with_a_team_of_three(app)
    first = app.visits.save(
        dataclasses.replace(
            visit,
            teacher_ids=(members[0], members[1]),
            deliveries={Delivery.POLICY: "残疾儿童补助政策", Delivery.SKILLS: "系鞋带"},
            next_steps="下周复习系鞋带",
        )
    )
    second = app.visits.save(
        dataclasses.replace(
            first,
            teacher_ids=(members[0], members[2]),
            deliveries={Delivery.CARE: "陪伴游戏"},
            next_steps="改为认识颜色",
        )
    )
    names = {t.id: t.name for team in app.reference.teams() for t in team.members}
    text = "\n".join(app.revert.last_save("visits", second.id).lines())
    before = "、".join(names[i] for i in sorted((members[0], members[1])))
    after = "、".join(names[i] for i in sorted((members[0], members[2])))
    assert f"送教教师：{before} → {after}" in text  # the teachers are in the save, by name
    assert "下次安排：下周复习系鞋带 → 改为认识颜色" in text

    app.revert.revert("visits", second.id, second.version)
    back = app.visits.get(second.id)
    # exactly the first save's visit: its teachers, its five 送, its next steps
    assert sorted(back.teacher_ids) == sorted((members[0], members[1]))
    assert back.deliveries == first.deliveries and back.next_steps == first.next_steps
    assert back.version > second.version
    # the revert is audited with the teachers it put back, so it can be reverted in turn
    again = "\n".join(app.revert.last_save("visits", second.id).lines())
    assert f"送教教师：{after} → {before}" in again
    app.revert.revert("visits", second.id, back.version)
    assert sorted(app.visits.get(second.id).teacher_ids) == sorted((members[0], members[2]))


def test_a_visit_whose_teachers_changed_outside_the_audit_is_not_reverted(rec_app: Any) -> None:
    app = rec_app
    visit, members = _visit_with_a_team_of_three(app)
    app.visits.save(dataclasses.replace(visit, teacher_ids=(members[0], members[1]), next_steps="一"))
    saved = app.visits.save(
        dataclasses.replace(app.visits.get(visit.id), teacher_ids=(members[0], members[2]), next_steps="二")
    )
    with app.ctx.system_uow() as uow:  # a teacher row rewritten around the application
        uow.session.execute(
            update(m.VisitTeacher)
            .where(m.VisitTeacher.visit_id == saved.id, m.VisitTeacher.teacher_id == members[2])
            .values(teacher_id=members[1])
        )
        uow.commit()
    count = _audit_count(app)
    with pytest.raises(ConflictError) as changed:
        app.revert.revert("visits", saved.id, saved.version)
    assert changed.value.code == "revert.changed_since"
    assert _audit_count(app) == count and app.visits.get(saved.id).next_steps == "二"
