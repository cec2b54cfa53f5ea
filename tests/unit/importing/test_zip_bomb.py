"""An xlsx that expands to far more than any list is refused before a byte of it is parsed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from special_ed.errors import SpecialEdError
from special_ed.importing.readers import check_xlsx_sizes, open_workbook
from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_xlsx


def _bomb(tmp_path: Path) -> Path:
    """A real workbook whose first sheet is replaced by 48 MB of one repeated row (≈ 50 KB packed)."""
    good = tmp_path / "good.xlsx"
    write_xlsx(good, SCHOOL_HEADER, list(school_rows(make_people(3, seed=1))))
    bomb = tmp_path / "名单.xlsx"
    row = '<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'
    sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    sheet += row * (48 * 1024 * 1024 // len(row)) + "</sheetData></worksheet>"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = sheet.encode() if info.filename.endswith("sheet1.xml") else src.read(info.filename)
            dst.writestr(info.filename, data)
    return bomb


def test_bomb_is_refused_with_the_part_named(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(SpecialEdError) as err:
        open_workbook(bomb)
    assert err.value.code == "import.zip_bomb"
    text = err.value.message("zh")
    assert "sheet1.xml" in text and "解压后" in text


def test_ordinary_workbooks_pass(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write_xlsx(good, SCHOOL_HEADER, list(school_rows(make_people(200, seed=1))))
    assert check_xlsx_sizes(good) > 0
    book = open_workbook(good)
    try:
        assert sum(1 for _ in book.iter_rows()) == 201
    finally:
        book.close()


def test_cli_says_one_line(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path)
    db = tmp_path / "county.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-m", "special_ed", "--db", str(db)]
    assert subprocess.run([*run, "db", "upgrade"], env=env, capture_output=True, timeout=300).returncode == 0
    result = subprocess.run([*run, "import", "school-register", str(bomb)], env=env, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert result.returncode == 2 and "解压后" in result.stderr and result.stderr.count("\n") == 1
