"""The records sub-commands print the same figures as the services."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from special_ed.cli import main


def test_compliance_due_and_files_commands(demo_template: Path, tmp_path: Path, capsys: Any) -> None:
    db = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, db)
    assert main(["--db", str(db), "compliance", "--term", "2026年春季学期", "--by", "township"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2026年春季学期 2026-02-23–2026-07-03") and out[1].startswith("名称\t应送次数")
    total = out[-1].split("\t")
    rows = [line.split("\t") for line in out[2:-1]]
    assert total[0] == "合计" and int(total[1]) == sum(int(r[1]) for r in rows) > 0
    assert main(["--db", str(db), "--lang", "en", "due"]) == 0
    due = capsys.readouterr().out.splitlines()
    assert due and all(line.split("\t")[0] in ("overdue", "due") for line in due)
    assert main(["--db", str(db), "files", "--term", "2026年春季学期", "--incomplete"]) == 0
    files = capsys.readouterr().out.splitlines()
    assert files and all("◐" in line or "○" in line for line in files)
    assert main(["--db", str(db), "compliance", "--term", "没有这个学期"]) == 2
    assert "没有这个学期" in capsys.readouterr().err
