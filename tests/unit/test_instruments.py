"""Structured assessment instruments: the shipped structures, scoring, refusals and comparison."""

from __future__ import annotations

from datetime import date

import pytest

from special_ed.domain import instruments as ins
from special_ed.domain.instruments import Administration, Instrument
from special_ed.errors import ValidationError


def with_items(instrument: Instrument, per_domain: int = 2) -> Instrument:
    for d in instrument.domains:
        for n in range(per_domain):
            instrument = instrument.with_item(d.key, f"{d.name}题{n + 1}")
    return instrument


def test_autism_scale_ships_the_eight_published_domains_scored_pefx() -> None:
    a = ins.AUTISM
    assert a.source == "中国残疾人联合会" and "孤独症儿童发展评估表" in a.name
    assert [d.name for d in a.domains] == [
        "感知觉", "粗大动作", "精细动作", "语言与沟通", "认知", "社会交往", "生活自理", "情绪与行为",
    ]
    assert [p.code for p in a.scale] == ["P", "E", "F", "X"] and a.point("X").value is None  # type: ignore[union-attr]
    assert a.times_per_year == 3
    assert not a.items_published and all(not d.items for d in a.domains)  # the county adds the items


def test_learning_scale_ships_its_domain_structure_scored_3_to_0() -> None:
    s = ins.LEARNING
    assert [p.code for p in s.scale] == ["3", "2", "1", "0"]
    assert [(d.group, d.name) for d in s.domains[:3]] == [
        ("粗大运动", "姿势控制"), ("粗大运动", "移动能力"), ("粗大运动", "运动与游戏"),
    ]
    assert {d.group for d in s.domains} == {"粗大运动", "精细动作"}


def test_domain_subtotals_leave_x_out_and_percentages_compare_domains() -> None:
    a = with_items(ins.AUTISM)
    scores = {"perception.1": "P", "perception.2": "x", "gross_motor.1": "E", "gross_motor.2": "F"}
    clean = ins.validate_scores(a, scores)
    assert clean["perception.2"] == "X"  # normalised to the scale's code
    result = ins.score(a, clean).by_key()
    # 感知觉: one P (2) scored, X recorded but not scored → 2 of 2 = 100 %
    assert (result["perception"].subtotal, result["perception"].maximum, result["perception"].recorded) == (2, 2, 2)
    assert result["perception"].percent == 100.0
    # 粗大动作: E (1) + F (0) of 2 × 2 → 25 %
    assert (result["gross_motor"].subtotal, result["gross_motor"].maximum) == (1, 4)
    assert result["gross_motor"].percent == 25.0
    assert result["language"].percent is None  # nothing scored there


def test_a_score_off_the_scale_is_refused_naming_the_item() -> None:
    s = with_items(ins.LEARNING)
    with pytest.raises(ValidationError) as raised:
        ins.validate_scores(s, {"posture.1": "4", "posture.2": "2", "nope.9": "1"})
    codes = {i.code for i in raised.value.issues}
    assert codes == {"assessment.score_off_scale", "assessment.item_unknown"}
    off = next(i for i in raised.value.issues if i.code == "assessment.score_off_scale")
    assert "姿势控制" in off.message("zh") and "4" in off.message("zh") and "3/2/1/0" in off.message("zh")


def test_comparison_with_the_previous_administration() -> None:
    s = with_items(ins.LEARNING, 1)
    before = ins.score(s, {"posture.1": "1", "grasp.1": "3"})
    after = ins.score(s, {"posture.1": "3", "grasp.1": "2"})
    changes = {c.key: c for c in ins.compare(after, before)}
    assert (changes["posture"].before, changes["posture"].after, changes["posture"].delta) == (33.3, 100.0, 66.7)
    assert changes["grasp"].delta == pytest.approx(-33.3)
    assert changes["mobility"].delta is None
    assert all(c.before is None for c in ins.compare(after, None))


def test_goals_show_the_progress_of_the_domain_or_item_they_target() -> None:
    s = with_items(ins.LEARNING, 1)
    prev = Administration(1, s.key, date(2026, 9, 15), "王", {"posture.1": "1", "grasp.1": "2"}, id=1)
    now = Administration(1, s.key, date(2026, 11, 18), "王", {"posture.1": "2", "grasp.1": "2"}, id=2)
    goals = [(7, "独坐五分钟", ("id_learning:posture.1",)), (8, "抓放", ("id_learning:grasp", "cdpf_autism:language"))]
    progress = ins.goal_progress(s, goals, now, ins.score(s, now.scores), prev, ins.score(s, prev.scores))
    assert [(g.goal_id, g.target, g.before, g.after, g.improved) for g in progress] == [
        (7, "posture.1", "1", "2", True),
        (8, "grasp", "66.7%", "66.7%", False),
    ]  # the autism target belongs to another instrument and is not shown here


def test_county_items_and_instruments_round_trip_and_bad_definitions_are_refused() -> None:
    a = ins.AUTISM.with_item("language", "能说出自己的名字")
    assert a.domain("language").items[0].code == "language.1"  # type: ignore[union-attr]
    assert a.domain("language").items[0].county_added  # type: ignore[union-attr]
    assert Instrument.from_dict(a.to_dict()) == a
    with pytest.raises(ValidationError):
        a.with_item("language", "能说出自己的名字")  # the same item twice
    with pytest.raises(ValidationError):
        a.with_item("no_such_domain", "x")
    with pytest.raises(ValidationError) as raised:
        Instrument.from_dict({"key": "k", "name": "n", "scale": [{"code": "A", "value": None}], "domains": []})
    wheres = {i.params["where"] for i in raised.value.issues}
    assert {"scale", "domains"} <= wheres
    merged = ins.merged(ins.AUTISM, a)
    assert merged.domain("language").items == a.domain("language").items  # type: ignore[union-attr]
