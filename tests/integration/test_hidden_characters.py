"""Control characters, invisible names and impossible birth dates are refused at every input,
with the row and field named; nothing is written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from special_ed.domain.child import ChildInput, GuardianInput, validate_child
from special_ed.domain.enums import GuardianRelation, Sex
from special_ed.domain.identifiers import make_resident_id
from special_ed.domain.settings import Settings
from special_ed.domain.text_rules import control_issue, name_issues
from special_ed.errors import ValidationError

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("\u200b\u200b", "text.invisible"),
        ("\u202e", "text.bidi"),
        ("王\u202e明", "text.bidi"),
        ("\ufeff \u3000", "text.invisible"),
        ("王\x07明", "text.control"),
        ("\x00", "text.control"),
    ],
)
def test_name_rules(value: str, code: str) -> None:
    assert code in {i.code for i in name_issues("name", value)}


def test_good_names_and_multiline_notes_pass() -> None:
    assert name_issues("name", "王小明") == [] and name_issues("name", "Ayşe Nur") == []
    assert control_issue("notes", "第一行\n第二行\t缩进", multiline=True) is None
    found = control_issue("address", "巫峡镇\n1号")
    assert found is not None and found.params == {"char": "U+000A", "position": 4}


def _input(**changes: object) -> ChildInput:
    data = ChildInput(
        "王小明", Sex.MALE, date(2015, 3, 1), 1, guardians=[GuardianInput("李梅", GuardianRelation.MOTHER)]
    )
    for k, v in changes.items():
        setattr(data, k, v)
    return data


def test_validate_child_names_the_field() -> None:
    settings = Settings()
    _, issues = validate_child(_input(address="巫峡镇\x1b[31m"), settings, TODAY)
    assert [(i.code, i.field) for i in issues if i.is_error] == [("text.control", "address")]
    assert "家庭住址" in issues[0].message("zh") and "U+001B" in issues[0].message("zh")
    _, issues = validate_child(_input(name="\u200b"), settings, TODAY)
    assert [(i.code, i.field) for i in issues if i.is_error] == [("text.invisible", "name")]
    _, issues = validate_child(_input(birth_date=date(1899, 12, 30)), settings, TODAY)
    assert [i.code for i in issues if i.is_error] == ["date.too_old"]
    g = [GuardianInput("李梅"), GuardianInput("\u202e梅李")]
    _, issues = validate_child(_input(guardians=g), settings, TODAY)
    assert [(i.code, i.field, i.params.get("row")) for i in issues if i.is_error] == [
        ("text.bidi", "guardian.name", 2)
    ]


def test_service_refuses_and_writes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    from special_ed.persistence.models import Child, Township

    with app.uow() as uow:
        t = Township(code="500237001", name="高唐街道")
        uow.add(t)
        uow.commit()
        tid = t.id
    with pytest.raises(ValidationError) as err:
        app.children.create(_input(township_id=tid, name="王\x07明"))
    assert err.value.fields == ["name"]
    with app.uow("read") as uow:
        assert uow.session.query(Child).count() == 0
    saved = app.children.create(_input(township_id=tid))
    with pytest.raises(ValidationError):
        app.children.update(saved.id, _input(township_id=tid, notes="\x00"), saved.version)


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPECIAL_ED_DB": str(db), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env,
                          timeout=300)  # fmt: skip


def test_import_refuses_rows_with_row_and_field(tmp_path: Path) -> None:
    from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_csv

    db = tmp_path / "county.sqlite3"
    assert run("db", "upgrade", db=db).returncode == 0
    rows = list(school_rows(make_people(6, seed=4)))
    rows[1][0] = "王\x07明"  # file row 3
    rows[3][8] = "巫峡镇\x01"  # file row 5, column 乡镇 (a NUL makes the file binary)
    rows[4][2] = "1899-05-01"  # file row 6
    rows[4][3] = make_resident_id("500237", date(1899, 5, 1), 11)
    csv_path = tmp_path / "学籍.csv"
    write_csv(csv_path, SCHOOL_HEADER, rows, encoding="utf-8")
    for extra in (["--dry-run"], []):
        result = run("import", "school-register", str(csv_path), *extra, db=db)
        assert result.returncode == 3, result.stderr
        assert "拒收 3 行" in result.stdout
        assert "第 3 行" in result.stdout and "控制字符" in result.stdout
        assert "第 5 行" in result.stdout and "乡镇" in result.stdout
        assert "第 6 行" in result.stdout and "早于 1900-01-01" in result.stdout
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("select name from source_rows")]
    assert len(names) == 3 and not any("\x07" in n for n in names)
