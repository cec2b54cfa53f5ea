"""A children list's placement columns: a new child is placed as the roster says, with the deciding body,
the date, the reason and the review date; a placement the file cannot support leaves the child imported and
unplaced with a warning that says why; a child already registered keeps its placement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from special_ed.bootstrap import build_app
from special_ed.cli import main
from special_ed.domain.access import Actor, Role, Scope
from special_ed.importing.sources import Source
from special_ed.persistence.models import Child, PlacementRecord


def _roster(app: Any, tmp_path: Path) -> tuple[str, dict[str, Path]]:
    url = str(app.engine.url)
    files = {w: tmp_path / f"{w}.xlsx" for w in ("schools", "teachers", "teams", "children")}
    for what, path in files.items():
        assert main(["--db", url, "export", what, str(path)] + (["--full"] if what == "children" else [])) == 0
    return app.county.profile().code, files


def _empty_county(tmp_path: Path, code: str, files: dict[str, Path]) -> str:
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert main(["--db", target, "county", "init", code]) == 0
    for what in ("schools", "teachers", "teams"):
        assert main(["--db", target, "import", what, str(files[what])]) == 0
    return target


def _edit(path: Path, edits: dict[tuple[int, str], object]) -> list[Any]:
    """Change cells by (sheet row, header); returns the header."""
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    for (row, column), value in edits.items():
        ws.cell(row=row, column=header.index(column) + 1, value=value)
    wb.save(path)
    return header


def _row_of(path: Path, placement: str) -> tuple[int, str]:
    """The first sheet row with this 安置方式, and its 身份证号."""
    ws = load_workbook(path, read_only=True).active
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    for n, values in enumerate(rows, start=2):
        if values[header.index("安置方式")] == placement:
            return n, str(values[header.index("身份证号")])
    raise AssertionError(placement)


def _rows_of(path: Path, placement: str) -> list[tuple[int, str]]:
    """The sheet rows with this 安置方式, with their 身份证号."""
    ws = load_workbook(path, read_only=True).active
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    return [(n, str(values[header.index("身份证号")])) for n, values in enumerate(rows, start=2)
            if values[header.index("安置方式")] == placement]  # fmt: skip


def test_unsupported_placements_leave_the_child_imported_and_say_why(
    sqlite_demo_app: Any, tmp_path: Path
) -> None:
    code, files = _roster(sqlite_demo_app, tmp_path)
    sqlite_demo_app.close()
    roster = files["children"]
    (no_date, no_date_id), (wrong_team, wrong_team_id) = _rows_of(roster, "送教上门")[:2]
    _edit(roster, {(no_date, "安置生效日期"): "", (wrong_team, "送教小组"): "不存在的送教组"})
    target = _empty_county(tmp_path, code, files)
    app = build_app(target, "测试员")
    try:
        preview = app.importing.preview(roster, Source.CHILDREN)
        notes = {r.row: [i.message("zh") for i in r.issues] for r in preview.rows}
        assert any("缺少安置生效日期" in m for m in notes[no_date]), notes[no_date]
        assert any("不存在的送教组" in m and "不是本县的送教小组" in m for m in notes[wrong_team])
        assert any("未导入（原因见本行其他提示）" in m for m in notes[wrong_team])
        assert no_date not in preview.placements and wrong_team not in preview.placements
        placed_in_file = sum(1 for r in preview.rows if r.values.get("placement"))
        assert len(preview.placements) == placed_in_file - 2
        result = app.importing.commit(preview)
        assert result.created == len(preview.rows)  # every child, placed or not
        with app.uow("read") as uow:
            by_id = {c.resident_id: c for c in uow.session.query(Child)}
            for rid in (no_date_id, wrong_team_id):
                assert by_id[rid].placement is None
                assert uow.session.query(PlacementRecord).filter_by(child_id=by_id[rid].id).count() == 0
            assert sum(c.placement is not None for c in by_id.values()) == placed_in_file - 2
    finally:
        app.close()


def test_a_registered_child_keeps_its_placement(sqlite_demo_app: Any, tmp_path: Path) -> None:
    _code, files = _roster(sqlite_demo_app, tmp_path)
    roster = files["children"]
    row, rid = _rows_of(roster, "随班就读")[0]
    _edit(roster, {(row, "安置方式"): "送教上门"})
    preview = sqlite_demo_app.importing.preview(roster, Source.CHILDREN)
    notes = [i.message("zh") for r in preview.rows if r.row == row for i in r.issues]
    assert any("与库中（随班就读）不同，未改动" in m for m in notes), notes
    assert preview.placements == {}  # nobody new
    sqlite_demo_app.importing.commit(preview)
    with sqlite_demo_app.uow("read") as uow:
        assert uow.session.query(Child).filter_by(resident_id=rid).one().placement == "mainstream"


def test_township_staff_import_their_children_unplaced(sqlite_demo_app: Any, tmp_path: Path) -> None:
    """Township staff may import children but not decide placements: the children come, unplaced."""
    code, files = _roster(sqlite_demo_app, tmp_path)
    sqlite_demo_app.close()
    roster = files["children"]
    wb = load_workbook(roster)
    ws = wb.active
    header = [c.value for c in ws[1]]
    town = ws.cell(row=2, column=header.index("乡镇（街道）") + 1).value
    for n in range(ws.max_row, 1, -1):  # keep one township's children
        if ws.cell(row=n, column=header.index("乡镇（街道）") + 1).value != town:
            ws.delete_rows(n)
    wb.save(roster)
    target = _empty_county(tmp_path, code, files)
    app = build_app(target, "测试员")
    try:
        town_id = next(t.id for t in app.reference.townships() if t.name == town)
        app.ctx.actor = Actor("乡镇专干", Role.TOWNSHIP, Scope(township_id=town_id, label=str(town)), account_id=1)
        preview = app.importing.preview(roster, Source.CHILDREN)
        assert preview.placements == {}
        placed_rows = [r for r in preview.rows if r.values.get("placement")]
        assert placed_rows and all(
            any("本账号无权决定安置" in i.message("zh") for i in r.issues) for r in placed_rows
        )
        assert app.importing.commit(preview).created == ws.max_row - 1
        with app.uow("read") as uow:
            assert uow.session.query(PlacementRecord).count() == 0
    finally:
        app.close()
