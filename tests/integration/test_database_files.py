"""Bad database files: a clear typed error, and the file exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from special_ed.bootstrap import build_app
from special_ed.errors import DatabaseError
from special_ed.persistence.database import resolve_url


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        build_app(str(path), "a")
    assert err.value.code == "db.corrupt"
    assert path.read_bytes() == before


def test_truncated_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    app = build_app(str(path), "a")
    app.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 50)
    with pytest.raises(DatabaseError) as err:
        build_app(str(path), "a")
    assert err.value.code in {"db.corrupt", "db.error"}


def test_locked_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    app = build_app(str(path), "a")
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import special_ed.persistence.database as database

        database.BUSY_TIMEOUT_MS, saved = 200, database.BUSY_TIMEOUT_MS
        try:
            app2 = build_app(str(path), "b", migrate=False)
        except DatabaseError as err:
            assert err.code == "db.locked"
        else:
            from special_ed.persistence.models import Township

            with pytest.raises(DatabaseError) as err2, app2.uow() as uow:  # readers pass in WAL; a writer waits
                uow.add(Township(code="9", name="x"))
                uow.commit()
            assert err2.value.code == "db.locked"
            assert "占用" in err2.value.message("zh")
            app2.close()
        finally:
            database.BUSY_TIMEOUT_MS = saved
    finally:
        holder.rollback()
        holder.close()
        app.close()


def test_read_only_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    build_app(str(path), "a").close()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    app = build_app(url, "a")  # reading works
    from datetime import date

    from special_ed.domain.child import ChildInput
    from special_ed.domain.enums import Sex

    with pytest.raises(DatabaseError) as err:
        from special_ed.persistence.models import Township

        with app.uow() as uow:
            uow.add(Township(code="1", name="x"))
            uow.commit()
    assert err.value.code == "db.readonly"
    assert ChildInput("x", Sex.MALE, date(2015, 1, 1), 1)
    app.close()


def test_backup_before_upgrade_of_an_older_schema(tmp_path: Path) -> None:
    from special_ed.persistence import migrate
    from special_ed.persistence.database import make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE keepme (x INTEGER)")
    engine.dispose()
    app = build_app(str(path), "a")
    assert app.upgrade_result is not None and app.upgrade_result.backup is not None
    assert app.upgrade_result.backup.exists()
    app.close()


def test_missing_file_is_created_in_a_new_folder(tmp_path: Path) -> None:
    app = build_app(str(tmp_path / "new" / "db.sqlite3"), "a")
    assert app.info.path == (tmp_path / "new" / "db.sqlite3").resolve()
    app.close()


def test_resolve_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPECIAL_ED_DB", "postgresql+psycopg://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "x.db")).startswith("sqlite:///")


def test_an_sqlite_uri_names_the_file_and_creates_no_folder_named_file(tmp_path: Path, monkeypatch) -> None:
    """``sqlite:///file:/x.sqlite3?mode=ro&uri=true`` left a folder ``file:`` in the working directory."""
    from special_ed.persistence.database import describe

    path = tmp_path / "ro.sqlite3"
    build_app(str(path), "a").close()
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert describe(url).path == path
    build_app(url, "a").close()
    assert list(work.iterdir()) == []
