"""special_ed.formatting: stored names and values in words, so no code or "null" reaches a Chinese user."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from special_ed import formatting as fm
from special_ed.domain.enums import Placement
from special_ed.persistence.models import Audited, Base

AUDITED = {mp.class_.__tablename__: mp for mp in Base.registry.mappers if issubclass(mp.class_, Audited)}
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("table", sorted(AUDITED))
def test_every_audited_column_has_a_label_in_both_languages(table: str) -> None:
    assert table in fm.TABLES, f"add {table} to formatting.TABLES"
    for column in AUDITED[table].column_attrs:
        field = column.key
        known = field in fm.FIELDS.get(table, {}) or field in fm.COMMON
        assert known, f"add {table}.{field} to formatting.FIELDS"
        assert HAN.search(fm.field_label(table, field)), (table, field)
        assert fm.field_label(table, field, "en") and not HAN.search(fm.field_label(table, field, "en"))


def test_every_enum_value_has_words() -> None:
    for (table, field), enum in fm.ENUMS.items():
        assert table in AUDITED and field in {c.key for c in AUDITED[table].column_attrs}, (table, field)
        for member in enum:
            assert HAN.search(fm.format_value(table, field, member.value)), (table, field, member)
            assert fm.format_value(table, field, member.value, "en") == member.label_en


def test_the_issues_examples_read_as_words() -> None:
    assert fm.format_change("placements", "kind", ["mainstream", "home"]) == "安置方式：随班就读 → 送教上门"
    assert fm.format_change("placements", "kind", ["mainstream", "home"], "en") == (
        "placement: mainstream class → home teaching"
    )
    assert fm.field_label("children", "review_due") == "复评日期"
    names = {("children", 370): "张思琳"}
    assert fm.format_change(
        "placements", "child_id", [None, 370], resolve=lambda t, i: names.get((t, i))
    ) == ("儿童：（空） → 张思琳")
    assert fm.format_value("visits", "child_id", 370) == "编号 370"  # no resolver: still not a bare number
    assert fm.format_value("placements", "team_id", 9, resolve=lambda t, i: None) == "编号 9"


@pytest.mark.parametrize(
    ("table", "field", "value", "zh", "en"),
    [
        ("children", "orphan", True, "是", "yes"),
        ("children", "dibao", False, "否", "no"),
        ("children", "notes", None, "（空）", "(none)"),
        ("children", "notes", "", "（空）", "(none)"),
        ("children", "placement", None, "未安置", "not placed"),
        ("children", "level", None, "未评估", "not assessed"),
        ("children", "birth_date", "2015-03-09", "2015年3月9日", "2015-03-09"),
        ("children", "birth_date", date(2015, 3, 9), "2015年3月9日", "2015-03-09"),
        ("audit", "at", datetime(2026, 11, 20, 9, 5), "2026年11月20日 09:05", "2026-11-20 09:05"),
        ("visits", "start_time", "08:30:00", "08:30", "08:30"),
        ("visits", "start_time", time(8, 30), "08:30", "08:30"),
        ("visits", "class_hours", "2.0", "2.0", "2.0"),
        ("visits", "class_hours", Decimal("2.0"), "2", "2"),
        ("children", "categories", "4,5", "肢体、智力", "physical, intellectual"),
        ("children", "grade", 2, "2级", "grade 2"),
        ("children", "visit_weekdays", "1,3,5", "周一、周三、周五", "Mon, Wed, Fri"),
        ("children", "status", "in_school", "在学", "in school"),
        ("children", "sex", "F", "女", "female"),
        ("visits", "cancel_reason", "weather", "天气原因", "weather"),
        ("follow_ups", "step", "visit_family", "访家庭", "visited the family"),
        ("schemes", "present_levels", {"认知": "能认识颜色"}, "认知：能认识颜色", "认知: 能认识颜色"),
        ("lesson_plans", "goal_ids", [3, 4], "3、4", "3, 4"),
        ("term_plans", "months", [{"month": "2026-09"}, {"month": "2026-10"}], "2 项", "2 items"),
        ("placements", "kind", "unknown_code", "unknown_code", "unknown_code"),  # shown, never dropped
    ],
)
def test_values(table: str, field: str, value: object, zh: str, en: str) -> None:
    assert fm.format_value(table, field, value) == zh
    assert fm.format_value(table, field, value, "en") == en


def test_audit_actions_tables_and_whole_entries() -> None:
    assert [fm.action_label(a) for a in ("insert", "update", "archive", "restore")] == [
        "新建",
        "修改",
        "归档",
        "恢复",
    ]
    assert fm.table_label("placements") == "安置" and fm.table_label("placements", "en") == "placement"
    changes = {
        "team_id": [3, 7],
        "kind": ["mainstream", Placement.HOME.value],
        "effective_date": [None, "2026-09-01"],
    }
    names = {("teams", 3): "大溪一组", ("teams", 7): "桥头二组"}
    text = fm.format_changes("placements", changes, resolve=lambda t, i: names.get((t, i)))
    # in the table's column order, not the dictionary's
    assert (
        text
        == "安置方式：随班就读 → 送教上门；生效日期：（空） → 2026年9月1日；送教小组：大溪一组 → 桥头二组"
    )
    created = fm.format_changes("placements", {"kind": [None, "home"]}, action="insert")
    assert created == "安置方式：送教上门"
    assert fm.references("visits", "makeup_of_id") == "visits" and fm.references("visits", "place") is None
