"""The command line end to end, in a subprocess like a coordinator would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from special_ed.domain.identifiers import check_certificate, check_resident_id


def run(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPECIAL_ED_DB": str(db), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env,
                          timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_demo_then_export_gives_565_valid_rows(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    assert "升级" in run("db", "upgrade", db=db).stdout
    out = run("demo", db=db).stdout
    assert "565" in out and "轻度 282" in out
    xlsx = tmp_path / "children.xlsx"
    run("export", "children", str(xlsx), "--full", db=db)  # single-user mode: full values allowed
    ws = load_workbook(xlsx, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert len(data) == 565
    assert header[1] == "姓名" and header[4] == "身份证号"
    id_col, cert_col, level_col = header.index("身份证号"), header.index("残疾证号"), header.index("障碍程度")
    grade_of = {"轻度": {4}, "中度": {3}, "重度": {1, 2}}
    for row in data:
        assert isinstance(row[id_col], str) and check_resident_id(row[id_col]).ok
        if row[cert_col]:
            cert = check_certificate(row[cert_col], row[id_col])
            assert cert.parsed is not None and cert.parsed.grade in grade_of[row[level_col]]


def test_errors_are_one_line_and_nonzero(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    run("demo", "--children", "20", db=db)
    again = run("demo", db=db, check=False)
    assert again.returncode != 0 and "Traceback" not in again.stderr
    assert again.stderr.strip().count("\n") == 0 and "空数据库" in again.stderr
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all, sorry" * 10)
    before = bad.read_bytes()
    proc = run("db", "upgrade", db=bad, check=False)
    assert proc.returncode != 0 and "损坏" in proc.stderr and "Traceback" not in proc.stderr
    assert bad.read_bytes() == before
    en = run("--lang", "en", "export", "children", str(tmp_path / "missing" / "x.xlsx"), db=db, check=False)
    assert en.returncode != 0 and "Cannot write" in en.stderr


def test_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "special_ed", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("special-ed ")
