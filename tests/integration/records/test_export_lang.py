"""`special-ed export …` confirms in the language asked for: English under --lang en, Chinese by default."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from special_ed.cli import main

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("what", "english"),
    [
        ("teachers", "teachers"),
        ("schools", "schools"),
        ("teams", "home-teaching teams"),
        ("children", "children"),
    ],
)
def test_export_confirmation_follows_the_language(
    demo_template: Path, tmp_path: Path, capsys: Any, what: str, english: str
) -> None:
    db = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, db)
    out_file = tmp_path / "out.xlsx"
    assert main(["--db", str(db), "--lang", "en", "export", what, str(out_file)]) == 0
    line = capsys.readouterr().out.strip()
    assert re.fullmatch(rf"Exported \d+ {english} to {re.escape(str(out_file))}( \(.*\))?", line), line
    assert not HAN.search(line)
    assert main(["--db", str(db), "export", what, str(out_file)]) == 0
    assert capsys.readouterr().out.startswith("已导出 ")
