"""Damaged, empty, unrelated and mistyped database files: refused or opened read-only, never changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from special_ed.bootstrap import build_app
from special_ed.errors import DatabaseError


def _county(path: Path) -> None:
    from special_ed.services.demo import generate_demo

    app = build_app(str(path), "a")
    generate_demo(app.ctx)
    app.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")


def test_zero_byte_file_is_not_a_new_county(tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError) as err:
        build_app(str(path), "a")
    assert err.value.code == "db.empty_file" and "0 字节" in err.value.message("zh")
    assert path.read_bytes() == b""


def test_unrelated_sqlite_file_is_not_extended(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        build_app(str(path), "a")
    assert err.value.code == "db.unrelated" and "invoices" in err.value.message("zh")
    assert path.read_bytes() == before


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (a failing disk, a cut copy)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(len(data) // page // 2, len(data) // page // 2 + 3):
        data[n * page + 8 : n * page + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


def test_damaged_file_opens_read_only_and_points_to_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "county.sqlite3"
    _county(path)
    (tmp_path / "county.20261130.bak.sqlite3").write_bytes(b"x")  # the newest copy beside it
    _damage(path)
    before = path.read_bytes()
    app = build_app(str(path), "a")
    try:
        assert app.info.damaged
        message = app.damage_message("zh")
        assert "只读" in message and "county.20261130.bak.sqlite3" in message
        from special_ed.persistence.models import Township

        with pytest.raises(DatabaseError) as err, app.uow() as uow:
            uow.add(Township(code="500237990", name="新乡"))
            uow.commit()
        assert err.value.code == "db.damaged_readonly"
    finally:
        app.close()
    assert path.read_bytes() == before


def _index_swapped(path: Path) -> None:
    """Structurally sound b-trees whose index content no longer matches the table: only
    integrity_check (not quick_check) sees it."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE probe (a INTEGER, b TEXT)")
        conn.execute("CREATE INDEX probe_a ON probe(a)")
        conn.execute("CREATE INDEX probe_b ON probe(b)")
        conn.executemany("INSERT INTO probe VALUES (?, ?)", [(i, f"v{i:05d}") for i in range(2000)])
    with sqlite3.connect(path) as conn:
        ra = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='probe_a'").fetchone()[0]
        rb = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='probe_b'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'probe_a'", (rb,))
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'probe_b'", (ra,))


def test_import_refuses_a_file_failing_integrity_check(tmp_path: Path) -> None:
    from special_ed.importing.samples import SCHOOL_HEADER, make_people, school_rows, write_xlsx
    from special_ed.persistence.database import sqlite_health

    path = tmp_path / "county.sqlite3"
    build_app(str(path), "a").close()
    _index_swapped(path)
    assert sqlite_health(path) == "" and sqlite_health(path, full=True) != ""
    school = tmp_path / "学籍.xlsx"
    write_xlsx(school, SCHOOL_HEADER, list(school_rows(make_people(5, seed=4))))
    before = path.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "special_ed", "--db", str(path), "import", "school-register",
                             str(school)], capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert result.returncode == 2
    assert "完整性检查" in result.stderr and result.stderr.count("\n") == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM source_rows").fetchone()[0] == 0
    assert len(before) > 0


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SPECIAL_ED_DB", None)
    return subprocess.run([sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env,
                          timeout=300)  # fmt: skip


def test_mistyped_db_path_and_unsupported_urls(tmp_path: Path) -> None:
    typo = tmp_path / "countyy.sqlite3"
    result = run("--db", str(typo), "export", "children", str(tmp_path / "x.xlsx"))
    assert result.returncode == 2 and "不存在" in result.stderr and result.stderr.count("\n") == 1
    assert not typo.exists()
    assert run("--db", str(typo), "db", "upgrade").returncode == 0 and typo.exists()
    mysql = run("--db", "mysql://u:secret@host/db", "export", "children", str(tmp_path / "x.xlsx"))
    assert mysql.returncode == 2 and "不支持的数据库类型“mysql”" in mysql.stderr
    assert "secret" not in mysql.stderr and mysql.stderr.count("\n") == 1


def test_cli_and_gui_default_to_the_same_file() -> None:
    from special_ed.locations import default_sqlite_path
    from special_ed.persistence.database import resolve_url

    env_saved = os.environ.pop("SPECIAL_ED_DB", None)
    try:
        # the same file whatever its driver: a default file not there yet is created encrypted, an
        # existing one opens as it is, so the URL's scheme depends on the machine, the path must not
        url = make_url(resolve_url(None))
        assert url.get_backend_name() == "sqlite"
        assert url.database == str(default_sqlite_path().expanduser().resolve())
    finally:
        if env_saved is not None:
            os.environ["SPECIAL_ED_DB"] = env_saved
    source = (Path(__file__).resolve().parents[2] / "ui").rglob("*.py")
    assert not [p.name for p in source if "special-ed.sqlite3" in p.read_text(encoding="utf-8")]


def test_restore_replaces_a_damaged_file_keeping_it_aside(tmp_path: Path) -> None:
    from special_ed.backup import service

    path = tmp_path / "county.sqlite3"
    _county(path)
    app = build_app(str(path), "a")
    backup = service.backup(app.engine, tmp_path / "good.sebak", "correct horse").path
    app.close()
    _damage(path)
    damaged = path.read_bytes()
    result = service.restore(backup, f"sqlite:///{path}", "correct horse", replace=True)
    assert result.previous_backup is not None and result.previous_backup.read_bytes() == damaged
    healthy = build_app(str(path), "a")
    assert not healthy.info.damaged
    healthy.close()
