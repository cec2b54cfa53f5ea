"""The app's own roster (`export children --full`) imports back into an empty county of the same region:
every child with the same values, each guardian kept apart with their own phone, and a failing row named
by its row number in the dry run as in the real import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from special_ed.bootstrap import build_app
from special_ed.cli import main
from special_ed.persistence.models import Child, Guardian, PlacementRecord, School, Team, Township, Village

# what the roster carries and the children import reads back
FIELDS = ("name", "sex", "birth_date", "ethnicity", "address", "home_lat", "home_lon", "registered_poor",
          "dibao", "left_behind", "orphan", "has_certificate", "certificate_no", "categories", "grade",
          "level", "school_register_no", "class_name", "status", "placement", "review_due")  # fmt: skip
# the current placement decision, read back for every new child
PLACEMENT_FIELDS = ("kind", "recommended", "reason", "effective_date", "review_due", "decided_by", "class_name")


def snapshot(url: str) -> dict[str, dict[str, Any]]:
    app = build_app(url, "测试员")
    try:
        with app.uow("read") as uow:
            s = uow.session
            towns = dict(s.query(Township.id, Township.name).all())
            villages = dict(s.query(Village.id, Village.name).all())
            guardians: dict[int, list[tuple[str, str]]] = {}
            for g in s.query(Guardian).order_by(Guardian.child_id, Guardian.position):
                guardians.setdefault(g.child_id, []).append((g.name, g.phone or ""))
            schools = dict(s.query(School.id, School.name).all())
            teams = dict(s.query(Team.id, Team.name).all())
            current = {p.child_id: tuple(getattr(p, f) for f in PLACEMENT_FIELDS)
                       for p in s.query(PlacementRecord).filter(PlacementRecord.end_date.is_(None))}  # fmt: skip
            out = {}
            for c in s.query(Child):
                row = {f: getattr(c, f) for f in FIELDS}
                row["township"] = towns[c.township_id]
                row["village"] = villages.get(c.village_id)
                row["guardians"] = guardians.get(c.id, [])
                row["placement_school"] = schools.get(c.placement_school_id)
                row["team"] = teams.get(c.team_id)
                row["decision"] = current.get(c.id)
                out[c.resident_id] = row
            return out
    finally:
        app.close()


def test_full_export_imports_back_child_by_child(
    sqlite_demo_app: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_url = str(sqlite_demo_app.engine.url)
    code = sqlite_demo_app.county.profile().code
    # two guardians, the first without a phone: the phones must stay with their own guardian
    with sqlite_demo_app.engine.begin() as conn:
        child_id = conn.exec_driver_sql("SELECT id FROM children ORDER BY id LIMIT 1").scalar_one()
        conn.exec_driver_sql("UPDATE guardians SET phone = NULL WHERE child_id = ?", (child_id,))
        conn.exec_driver_sql(
            "INSERT INTO guardians (child_id, position, name, relation, phone, version) VALUES (?, 9, '王二妹', 'other', "
            "'13912345678', 1)",
            (child_id,),
        )
    sqlite_demo_app.close()
    before = snapshot(source_url)
    assert sum(len(r["guardians"]) > 1 for r in before.values()) >= 1

    files = {w: tmp_path / f"{w}.xlsx" for w in ("schools", "teachers", "teams", "children")}
    for what, path in files.items():
        args = ["--db", source_url, "export", what, str(path)] + (["--full"] if what == "children" else [])
        assert main(args) == 0
    target = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert main(["--db", target, "county", "init", code]) == 0
    for what in ("schools", "teachers", "teams"):
        assert main(["--db", target, "import", what, str(files[what])]) == 0
    capsys.readouterr()
    assert main(["--db", target, "import", "children", str(files["children"])]) == 0
    assert f"新建 {len(before)} 名儿童" in capsys.readouterr().out

    after = snapshot(target)
    assert after.keys() == before.keys()
    differing = {rid: {k: (v, after[rid][k]) for k, v in row.items() if after[rid][k] != v}
                 for rid, row in before.items()}  # fmt: skip
    assert {rid: d for rid, d in differing.items() if d} == {}


def test_a_failing_row_names_its_row_number_in_dry_run_and_import(
    sqlite_demo_app: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_url = str(sqlite_demo_app.engine.url)
    code = sqlite_demo_app.county.profile().code
    roster = tmp_path / "children.xlsx"
    assert main(["--db", source_url, "export", "children", str(roster), "--full"]) == 0
    wb = load_workbook(roster)
    ws = wb.active
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("出生日期") + 1, value="明年")  # the 4th child: no birth date
    ws.cell(row=5, column=header.index("姓名") + 1, value="")
    wb.save(roster)
    target = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert main(["--db", target, "county", "init", code]) == 0
    capsys.readouterr()
    assert main(["--db", target, "import", "children", str(roster), "--dry-run"]) == 3
    dry = capsys.readouterr().out
    assert "第 5 行" in dry and "拒收 1 行" in dry and "试运行：未写入任何数据" in dry
    assert main(["--db", target, "import", "children", str(roster)]) == 3
    real = capsys.readouterr().out
    assert "第 5 行" in real and "拒收 1 行" in real
