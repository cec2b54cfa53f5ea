"""`special-ed import` and `special-ed check` in a subprocess: counts, exit codes, nothing written on a dry run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from special_ed.importing.samples import (
    HOUSEHOLD_HEADER,
    SCHOOL_HEADER,
    federation_rows,
    household_rows,
    make_people,
    school_rows,
    write_csv,
    write_federation_xlsx,
    write_xlsx,
)


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPECIAL_ED_DB": str(db), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env,
                          timeout=300)  # fmt: skip


def source_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from source_rows").fetchone()[0])


def test_import_dry_run_report_and_check(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    assert run("db", "upgrade", db=db).returncode == 0
    people = make_people(25, seed=4)
    school = tmp_path / "学籍.xlsx"
    rows = list(school_rows(people[:20]))
    rows[2][3] = 5.00237201501010e17  # an ID Excel kept as a number
    rows[5][1] = "女" if rows[5][1] == "男" else "男"  # sex disagrees with the ID
    write_xlsx(school, SCHOOL_HEADER, rows)

    dry = run("import", "school-register", str(school), "--dry-run", db=db)
    assert dry.returncode == 3, dry.stderr
    assert "共 20 行，有效 18 行，有警告 0 行，拒收 2 行" in dry.stdout
    assert "第 4 行" in dry.stdout and "第 7 行" in dry.stdout
    assert "试运行" in dry.stdout
    assert source_rows(db) == 0

    report = tmp_path / "拒收.xlsx"
    real = run("import", "school-register", str(school), "--report", str(report), db=db)
    assert real.returncode == 3
    assert source_rows(db) == 18
    sheet = load_workbook(report)["拒收行"]
    assert [sheet.cell(r, 1).value for r in (3, 4)] == [4, 7]

    fed = tmp_path / "残联.xlsx"
    write_federation_xlsx(fed, federation_rows(people))
    ok = run("import", "federation", str(fed), db=db)
    assert ok.returncode == 0, ok.stderr
    house = tmp_path / "户籍.csv"
    write_csv(house, HOUSEHOLD_HEADER, household_rows(people), encoding="gbk")
    assert run("import", "household", str(house), "--dry-run", db=db).returncode == 0

    out = tmp_path / "三查.xlsx"
    check = run("check", "--out", str(out), db=db)
    assert check.returncode == 0, check.stderr
    assert "三查结果" in check.stdout
    detail = load_workbook(out)["明细"]
    kinds = {detail.cell(r, 2).value for r in range(2, detail.max_row + 1)}
    assert "疑似失学辍学" in kinds  # certified children with no school record and no placement


def test_bad_files_give_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    run("db", "upgrade", db=db)
    missing = run("import", "federation", str(tmp_path / "无.xlsx"), db=db)
    assert missing.returncode == 2 and "找不到文件" in missing.stderr
    big5 = tmp_path / "big5.csv"
    big5.write_bytes("姓名,身份證號\n陳大文,110105\n".encode("big5"))
    enc = run("import", "household", str(big5), db=db)
    assert enc.returncode == 2 and "编码" in enc.stderr and "Traceback" not in enc.stderr
    no_header = tmp_path / "乱.csv"
    no_header.write_text("a,b,c\n1,2,3\n", "utf-8")
    nh = run("import", "household", str(no_header), db=db)
    assert nh.returncode == 2 and "表头" in nh.stderr


def test_import_with_a_saved_mapping_preset(tmp_path: Path) -> None:
    from special_ed.bootstrap import build_app
    from special_ed.importing.columns import MappingPreset, guess_mapping
    from special_ed.importing.service import ImportService

    db = tmp_path / "county.sqlite3"
    people = make_people(6, seed=8)
    path = tmp_path / "乡里报的.csv"
    # Headers nobody would guess: the preset says which is which.
    write_csv(
        path, ["甲", "乙", "丙"], [[p.name, p.resident_id, p.township] for p in people], encoding="utf-8"
    )
    app = build_app(f"sqlite:///{db}", "测试员")
    try:
        mapping = guess_mapping(["甲", "乙", "丙"])
        mapping.assign(0, "name")
        mapping.assign(1, "resident_id")
        mapping.assign(2, "township")
        ImportService(app.ctx).save_preset(MappingPreset.from_mapping("乡里格式", "household", mapping))
    finally:
        app.close()
    without = run("import", "household", str(path), "--dry-run", db=db)
    assert without.returncode == 2 and "表头" in without.stderr
    unknown = run("import", "household", str(path), "--mapping", "没有", db=db)
    assert unknown.returncode == 2 and "没有" in unknown.stderr
    done = run("import", "household", str(path), "--mapping", "乡里格式", db=db)
    assert done.returncode == 0, done.stderr
    assert "有效 6 行" in done.stdout and source_rows(db) == 6


def test_check_writes_the_statistics_as_pdf(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    assert run("demo", "--children", "40", db=db).returncode == 0
    pdf = tmp_path / "统计.pdf"
    done = run("check", "--stats", str(pdf), db=db)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "安置统计表" in done.stdout
