"""Upgrading a SQLite file that holds data: Alembic's batch mode copies and drops tables that other
rows point to, which SQLite's enforced foreign keys refuse unless the run switches them off and
checks every reference afterwards (``migrate._migration_connection``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from special_ed.errors import DatabaseError
from special_ed.persistence import migrate
from special_ed.persistence.database import make_engine

BEFORE_COUNTY = "0005_year"  # the revision before 0002_county, which rebuilds ``schools``


def _database_at(path: Path, revision: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO townships (id, code, name, version) VALUES (1, '500237100', '高唐街道', 1)")
        )
        conn.execute(
            text(
                "INSERT INTO schools (id, code, name, kind, township_id, version) "
                "VALUES (1, 'S1', '巫山县高唐小学', 'primary', 1, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO teachers (id, name, school_id, role, active, version) VALUES (1, '李老师', 1, 'teacher', 1, 1)"
            )
        )
    engine.dispose()


def test_a_file_with_rows_pointing_at_a_rebuilt_table_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "county.db"
    _database_at(path, BEFORE_COUNTY)
    engine = make_engine(f"sqlite:///{path}")
    result = migrate.upgrade(engine)
    assert (result.before, result.after) == (BEFORE_COUNTY, migrate.head_revision())
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM schools")).scalars().all() == ["巫山县高唐小学"]
        assert conn.execute(text("SELECT school_id FROM teachers")).scalars().all() == [1]
        # enforcement is back on for the connections that follow
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_run_that_would_break_a_reference_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "county.db"
    _database_at(path, BEFORE_COUNTY)
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:  # a dangling reference, as an older program without checks left it
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.execute(text("UPDATE teachers SET school_id = 99"))
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    with pytest.raises(DatabaseError) as raised:
        migrate.upgrade(engine, backup=False)
    assert raised.value.code == "db.migration_broke_references"
    assert migrate.current_revision(engine) == BEFORE_COUNTY
    engine.dispose()
