"""`special-ed template` and `special-ed import schools|teachers|teams|villages` as a coordinator runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import openpyxl
from sqlalchemy import create_engine, text


def cli(db: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "special_ed", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=300, cwd=cwd)  # fmt: skip


def fill(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(path)
    return path


def rows_in(db: Path, table: str) -> int:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def test_templates_then_imports_with_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "巴东县.sqlite3"
    assert cli(db, "county", "init", "422823").returncode == 0

    done = cli(db, "template", "schools", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    template = tmp_path / "学校导入模板.xlsx"
    assert template.is_file() and "学校导入模板.xlsx" in done.stdout
    schools = fill(template, [
        ("", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "", None, None),
        ("", "信陵镇中心小学", "小学", "信陵镇", "", None, None),
        ("12345", "坏标识码小学", "小学", "信陵镇", "", None, None),
    ])  # fmt: skip

    # a dry run checks every row, names the refused one, writes nothing, exits 3
    done = cli(db, "import", "schools", str(schools), "--dry-run", "--report", str(tmp_path / "拒收.xlsx"))
    assert done.returncode == 3, done.stderr
    assert "共 3 行，有效 2 行，有警告 0 行，拒收 1 行" in done.stdout
    assert "第 4 行：学校标识码应为 10 位数字，而不是“12345”" in done.stdout
    assert "试运行：未写入任何数据" in done.stdout and rows_in(db, "schools") == 0
    report = openpyxl.load_workbook(tmp_path / "拒收.xlsx").worksheets[0]
    assert [c for c in next(report.iter_rows(min_row=3, max_row=3, values_only=True))][:3] == [
        4, "学校标识码", "学校标识码应为 10 位数字，而不是“12345”"]  # fmt: skip

    # for real: the two good rows go in, still exit 3 because one was refused
    done = cli(db, "import", "schools", str(schools))
    assert done.returncode == 3 and "已导入学校 2 条" in done.stdout
    assert rows_in(db, "schools") == 2

    teachers = fill(Path(cli(db, "template", "teachers", str(tmp_path / "t.xlsx")).stdout.split("：", 1)[1].strip()), [
        ("李敏", "巴东县特殊教育学校", "特教教师", "13800000001", "是"),
        ("王芳", "信陵镇中心小学", "普通教师", "", "是"),
    ])  # fmt: skip
    done = cli(db, "import", "teachers", str(teachers))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "已导入教师 2 条" in done.stdout

    cli(db, "template", "teams", str(tmp_path / "teams.xlsx"))
    teams = fill(tmp_path / "teams.xlsx", [("信陵一组", "巴东县特殊教育学校", "李敏", "王芳", "", "信陵镇")])
    done = cli(db, "import", "teams", str(teams))
    assert done.returncode == 0, done.stdout + done.stderr
    assert rows_in(db, "teams") == 1 and rows_in(db, "team_members") == 2

    # the same team again: refused with its reason, exit 3, nothing new
    done = cli(db, "import", "teams", str(teams))
    assert done.returncode == 3 and "送教小组“信陵一组”已存在" in done.stdout
    assert rows_in(db, "teams") == 1

    # coordinates copied from 高德 (GCJ-02)
    cli(db, "template", "villages", str(tmp_path / "v.xlsx"))
    villages = fill(tmp_path / "v.xlsx", [("", "信陵镇", "白土坡社区", "31.0336", "110.3470")])
    done = cli(db, "import", "villages", str(villages), "--datum", "gcj02")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "已更新 1 个村（社区）的坐标" in done.stdout


def test_a_file_that_is_not_such_a_list(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    assert cli(db, "county", "init", "422823").returncode == 0
    other = tmp_path / "其他.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "身份证号"])
    book.save(other)
    done = cli(db, "import", "villages", str(other))
    assert done.returncode == 2
    assert "找不到村（社区）坐标名单的表头（应有：村、纬度、经度）" in done.stderr
