"""Schema upgrades with Alembic, guarded: backup first, never touch a newer schema."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from special_ed.errors import DatabaseError
from special_ed.persistence.database import describe, sqlite_backup, translated

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with translated(describe(str(engine.url))), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseError("db.newer_schema", found=current, supported=head_revision())
    return current


def upgrade(engine: Engine, *, backup: bool = True) -> UpgradeResult:
    """Bring the schema to head. A SQLite file with data is copied aside first."""
    info = describe(str(engine.url))
    before = check_schema(engine)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    backup_path: Path | None = None
    if backup and info.path is not None and info.path.exists():
        with translated(info), engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            try:
                backup_path = sqlite_backup(info.path, f"{before or 'unversioned'}-{stamp}")
            except Exception as exc:
                raise DatabaseError("db.backup_failed", detail=str(exc)) from exc
    with translated(info), engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(before, head, backup_path)


def downgrade(engine: Engine, revision: str) -> None:
    info = describe(str(engine.url))
    with translated(info), engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
