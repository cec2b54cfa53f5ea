from __future__ import annotations

import json

import pytest

from special_ed.errors import ValidationError
from special_ed.scheduling.scenario_io import loads_scenario, parse_scenario, scenario_to_json
from tests.scheduling.factory import child, scenario


def _fields(doc: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        parse_scenario(doc)
    return {i.field: i.code for i in info.value.issues}


def test_valid_scenario_round_trips() -> None:
    doc = scenario(calendar={"holidays": ["2026-03-09"], "workdays": ["2026-03-07"]},
                   children=[child("C1", window={"start": "09:00", "end": "12:00"}, weekdays=[1, 3],
                                   unavailable=["2026-03-02"])])
    s, warnings = parse_scenario(doc)
    assert warnings == []
    again, _ = parse_scenario(json.loads(json.dumps(scenario_to_json(s))))
    assert again == s
    assert s.child("C1").window == (9 * 60, 12 * 60)
    assert s.child("C1").weekdays == frozenset({1, 3})


def test_errors_name_the_json_path() -> None:
    doc = scenario(children=[
        child("C1"), child("C2"), child("C3"),
        child("C4", window={"start": "9h", "end": "12:00"}, unavailable=["2026-03-01", "2026-02-30"]),
    ])
    fields = _fields(doc)
    assert fields["children[3].window.start"] == "scenario.time"
    assert fields["children[3].unavailable[1]"] == "scenario.date"


def test_unknown_team_duplicate_ids_and_bad_values_all_reported_at_once() -> None:
    doc = scenario(
        month="2026-13",
        min_days_between_visits=0,
        teams=[{"id": "T1", "base": {"lat": 31, "lon": 109}}, {"id": "T1", "base": {"lat": 31, "lon": 200}}],
        children=[child("C1", team="T9"), child("C1", visits=0, weekdays=[0, 8],
                                                window={"start": "12:00", "end": "10:00"})],
    )
    fields = _fields(doc)
    assert fields["month"] == "scenario.month"
    assert fields["min_days_between_visits"] == "scenario.range"
    assert fields["teams[1].base.lon"] == "scenario.range"
    assert fields["children[0].team"] == "scenario.unknown_team"
    assert fields["children[1].id"] == "scenario.duplicate_id"
    assert fields["children[1].visits"] == "scenario.range"
    assert fields["children[1].weekdays[0]"] == "scenario.weekday"
    assert fields["children[1].window.end"] == "scenario.time_order"


def test_workday_errors() -> None:
    assert _fields(scenario(workday={"start": "17:00", "end": "08:00"}))["workday.end"] == "scenario.time_order"
    assert _fields(scenario(workday={"start": "08:00", "end": "17:00", "lunch": ["07:00", "08:30"]}))[
        "workday.lunch"] == "scenario.lunch_outside"
    assert _fields(scenario(workday={"start": "25:00", "end": "17:00"}))["workday.start"] == "scenario.time"
    assert _fields(scenario(travel={"speed_kmh": 0, "road_factor": 1.5}))["travel.speed_kmh"] == "scenario.range"


def test_wrong_format_and_not_json() -> None:
    assert _fields({"format": "something/2"})["format"] == "scenario.format"
    with pytest.raises(ValidationError) as info:
        loads_scenario("{ not json")
    issue = info.value.issues[0]
    assert issue.code == "scenario.json" and issue.params["line"] == 1
    assert "JSON" in issue.message("en")


def test_messages_are_worded_in_both_languages() -> None:
    with pytest.raises(ValidationError) as info:
        parse_scenario(scenario(children=[child("C1", team="T9")]))
    assert "children[0].team" in info.value.message("zh") and "送教小组" in info.value.message("zh")
    assert "there is no team" in info.value.message("en")


def test_window_shorter_than_visit_and_missing_home_are_warnings_not_errors() -> None:
    doc = scenario(children=[child("C1", window={"start": "09:00", "end": "10:00"}, duration_min=90),
                             {**child("C2"), "home": None}])
    s, warnings = parse_scenario(doc)
    assert [w.code for w in warnings] == ["scenario.window_short"]
    assert warnings[0].field == "children[0].window"
    assert s.child("C2").home is None


def test_empty_children_list_warns() -> None:
    _, warnings = parse_scenario(scenario(children=[]))
    assert [w.code for w in warnings] == ["scenario.no_children"]


def test_not_utf8_and_absurd_nesting_are_one_clear_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """A scenario (or plan) saved as GB18030 by Notepad, or a hostile file nested 100,000 deep: exit
    code 2 and one Chinese line naming the file — no UnicodeDecodeError, no RecursionError traceback."""
    from special_ed.cli import main
    from special_ed.errors import SpecialEdError
    from special_ed.scheduling.scenario_io import MAX_DEPTH, load_scenario

    doc = scenario(children=[child("C1")])
    doc["children"][0]["name"] = "张小明"
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes(json.dumps(doc, ensure_ascii=False).encode("gb18030"))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    just_too_deep = tmp_path / "deep33.json"
    just_too_deep.write_text('{"a": ' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1), "utf-8")
    brackets_in_text = tmp_path / "text.json"
    doc["children"][0]["name"] = "[" * 100 + "{" * 100  # brackets inside a string are no nesting
    brackets_in_text.write_text(json.dumps(doc), "utf-8")
    assert load_scenario(brackets_in_text)[0].child("C1").name == "[" * 100 + "{" * 100

    for path, code, words in (
        (gbk, "scenario.not_utf8", "不是 UTF-8 编码"),
        (deep, "scenario.too_deep", f"嵌套超过 {MAX_DEPTH} 层"),
        (just_too_deep, "scenario.too_deep", "第 1 行"),
    ):
        with pytest.raises(SpecialEdError) as info:
            load_scenario(path)
        assert info.value.code == code
        out = tmp_path / "plan.json"
        capsys.readouterr()
        assert main(["schedule", "--scenario", str(path), "--out", str(out)]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and words in err and str(path) in err
        assert err.startswith("错误：") and "Traceback" not in err and not out.exists()
        # a plan given to --replan is read the same way
        good = tmp_path / "good.json"
        good.write_text(json.dumps(scenario(children=[child("C1")])), "utf-8")
        assert main(["schedule", "--scenario", str(good), "--replan", str(path), "--as-of", "2026-03-10",
                     "--out", str(out)]) == 2  # fmt: skip
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and words in err
