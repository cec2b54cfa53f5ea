"""A child's history reads as words: labels, enum wording, names for ids — no codes, no null.

The flow is a real one (register, assess, place at home, move to a mainstream
class, archive); every audit entry it writes is formatted the way the history
dialog shows it, and nothing a Chinese coordinator cannot read may appear.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from special_ed.domain.child import ChildInput
from special_ed.domain.enums import Level, Placement, SchoolKind, Sex, TeacherRole
from special_ed.domain.placement import PlacementInput
from special_ed.formatting import action_label, format_changes, table_label
from special_ed.results.placement import AssessmentInput

# Fields whose stored value is itself Latin text (pinyin kept for sorting).
LATIN_DATA = ("姓名拼音：", "拼音首字母：")
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
CODES = {p.value for p in Placement} | {lv.value for lv in Level} | {"null", "None", "True", "False"}


def test_a_placement_history_has_no_codes_or_nulls(demo_app) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    town = app.reference.townships()[0]
    child = app.children.create(ChildInput("新来的", Sex.MALE, date(2017, 5, 1), town.id)).id
    app.placement.record_assessment(child, AssessmentInput(date(2026, 9, 20), Level.SEVERE, "专家委员会"))
    team = next(t for t in app.reference.teams() if TeacherRole.SPECIAL_ED in t.roles)
    ordinary = next(s for s in app.reference.schools(SchoolKind.ORDINARY))
    app.placement.place(
        child, PlacementInput(Placement.HOME, date(2026, 10, 1), school_id=team.school_id, team_id=team.id)
    )
    app.placement.place(
        child,
        PlacementInput(
            Placement.MAINSTREAM,
            date(2026, 11, 1),
            school_id=ordinary.id,
            reason="家长要求",
            class_name="三年级1班",
        ),
    )
    detail = app.children.get(child)
    app.children.update(child, dataclasses.replace(detail.data, notes="已转入普校"), detail.version)
    app.children.archive(child, "测试归档")

    entries = app.children.history(child)
    names = app.children.history_names(entries)
    lines = [
        f"{table_label(e.table)} {action_label(e.action)} "
        + format_changes(e.table, e.changes, resolve=lambda t, i: names.get((t, i)), action=e.action)
        for e in entries
    ]
    text = "\n".join(lines)
    assert "安置方式：送教上门 → 随班就读" in text  # the child's current placement
    assert f"送教小组：{team.name}" in text  # the team by name, not by id
    assert f"学校：{ordinary.name}" in text
    assert "儿童：新来的" in text  # the placement rows' child_id
    assert "安置 新建" in text and "儿童 归档" in text
    for line in lines:
        for part in re.split("[；\n]", line):
            if part.startswith(LATIN_DATA):
                continue
            assert not SNAKE.search(part), part
            assert not CODES & set(re.findall(r"[A-Za-z_]+", part)), part
            assert not re.search(r"编号 \d+", part) or part.startswith("依据的评估"), part
