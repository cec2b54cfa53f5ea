"""Schema upgrades with Alembic, guarded: backup first, never touch a newer schema."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy import exc as sa_exc

from special_ed.errors import DatabaseError
from special_ed.persistence.database import (
    DatabaseInfo,
    describe,
    sqlite_backup,
    translated,
    unrelated_error,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Alembic costs ~0.2 s to import; start-up only needs it when the schema must change. The known
# revisions are read straight from the version files (a test checks this agrees with Alembic).
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> dict[str, set[str]]:
    """Every revision in the version files with the revisions it follows."""
    revisions: dict[str, set[str]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        down = _DOWN.search(source)
        parents = set(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else set()
        revisions[rev.group(1)] = parents
    return revisions


def head_revision() -> str:
    revisions = known_revisions()
    followed = set().union(*revisions.values()) if revisions else set()
    heads = sorted(set(revisions) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with translated(describe(str(engine.url))), engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except sa_exc.ProgrammingError:
            return None


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def check_schema(engine: Engine) -> str | None:
    """Return the current revision; raise if it is one this program does not know (a newer program wrote it)."""
    current = current_revision(engine)
    if current is None:
        return None
    if current not in known_revisions():
        raise DatabaseError("db.newer_schema", found=current, supported=head_revision())
    return current


def upgrade(engine: Engine, *, backup: bool = True, info: DatabaseInfo | None = None) -> UpgradeResult:
    """Bring the schema to head. A SQLite file with data is copied aside first (an encrypted one
    under its own key: pass its ``info``, which holds the key)."""
    info = info or describe(str(engine.url))
    before = check_schema(engine)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    if before is None:
        with translated(info), engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        unrelated = unrelated_error(info.display, tables)
        if unrelated is not None:
            raise unrelated  # another program's database: never extend it with our tables
    backup_path: Path | None = None
    if backup and info.path is not None and info.path.exists():
        with translated(info), engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            try:
                backup_path = sqlite_backup(info.path, f"{before or 'unversioned'}-{stamp}", info.key)
            except Exception as exc:
                raise DatabaseError("db.backup_failed", detail=str(exc)) from exc
    from alembic import command

    with translated(info), _migration_connection(engine) as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(before, head, backup_path)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    info = describe(str(engine.url))
    with translated(info), _migration_connection(engine) as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """One transaction for a whole migration run.

    SQLite alters a table by copying it and dropping the old one (Alembic's batch mode); with
    foreign keys enforced, dropping a table that children's rows point to fails although the copy
    restores every reference. So on SQLite the check is switched off for the run (it can only be
    switched outside a transaction) and ``foreign_key_check`` proves inside the same transaction
    that no reference was broken; any broken one rolls the whole run back.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            yield conn
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            with conn.begin():
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    raise DatabaseError("db.migration_broke_references", tables="、".join(tables))
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
