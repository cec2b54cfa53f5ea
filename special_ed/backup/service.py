"""Backup, restore and transfer of a whole county database (every table: the audit and attachments too).

* :func:`backup` reads one consistent snapshot while others keep working (SQLite: one read
  transaction, which WAL keeps stable; PostgreSQL: one REPEATABLE READ transaction), streams it
  through zlib and AES-GCM into a temporary file beside the target and renames it into place, so
  a killed backup never leaves a half file under the chosen name.
* :func:`restore` first reads and authenticates the *whole* backup (wrong passphrase, damage,
  a cut-off file: refused before anything is written), then loads it all-or-nothing: a SQLite
  target is built in a temporary file renamed into place at the end, a PostgreSQL target is filled
  in one transaction. The schema is created at the backup's revision and then migrated to this
  program's, so older backups restore; a backup from a newer program is refused.
* :func:`transfer` copies a database into an empty one of the other kind the same way and then
  compares every table's row count and digest, reading the target back.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, inspect

from special_ed import __version__
from special_ed.backup.container import (
    BackupError,
    EncryptedWriter,
    decrypted_stream,
    open_backup,
)
from special_ed.backup.dump import DumpReader, DumpSummary, Loader, data_tables, dump, reflect, table_digest
from special_ed.errors import DatabaseError, SpecialEdError
from special_ed.persistence import migrate
from special_ed.persistence.database import (
    apply_key,
    check_key,
    connect_file,
    describe,
    make_engine,
    make_read_only_engine,
    sqlcipher_module,
    sqlite_health,
    translated,
)
from special_ed.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from special_ed.db_key import DbKey

SUFFIX = ".sebak"
_STAGING = ".restoring-"


@contextlib.contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees one fixed state of the database for as long as it is open."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn
            return
        if conn.dialect.name == "sqlite":
            # pysqlite starts no transaction for a SELECT; an explicit one pins the WAL snapshot
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()
            return
        yield conn


@dataclass(frozen=True)
class BackupResult:
    path: Path
    tables: dict[str, int]
    size: int
    revision: str | None

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def backup(engine: Engine, out: Path, passphrase: str, progress: Progress = NO_PROGRESS) -> BackupResult:
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise SpecialEdError("file.unwritable", path=str(out), detail="文件夹不存在 / folder missing")
    info = describe(str(engine.url))
    revision = migrate.check_schema(engine)
    counts: dict[str, int] = {}
    fd, tmp_name = tempfile.mkstemp(prefix=".~backup-", suffix=SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            meta = {"app_version": __version__, "revision": revision, "backend": info.backend,
                    "created": datetime.now().isoformat(timespec="seconds")}  # fmt: skip
            writer = EncryptedWriter(fh, passphrase, meta)
            with translated(info), snapshot(engine) as conn:
                for line in dump(conn, revision, progress):
                    writer.write(line)
                    if line.startswith(b'{"end":'):
                        record = json.loads(line)
                        counts[record["end"]] = record["rows"]
            writer.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupResult(out, counts, out.stat().st_size, revision)


def _check_revision(revision: str | None) -> None:
    if revision is not None and revision not in migrate.known_revisions():
        raise SpecialEdError("backup.newer_schema", found=revision, supported=migrate.head_revision())


def verify(path: Path, passphrase: str, progress: Progress = NO_PROGRESS) -> DumpSummary:
    """Read and authenticate the whole backup; raise on anything wrong. Writes nothing."""
    fh, header = open_backup(path)
    with fh:
        _check_revision(header.revision)
        summary = DumpReader(decrypted_stream(fh, header, passphrase)).run(progress=progress)
    if summary.revision != header.revision:
        raise BackupError("backup.damaged")
    return summary


@dataclass(frozen=True)
class RestoreResult:
    target: str
    tables: dict[str, int]
    revision: str | None
    migrated_to: str
    previous_backup: Path | None

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _has_data(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        if not names:
            return False
        meta = reflect(conn)
        from sqlalchemy import func, select

        return any(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in data_tables(meta))


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _migrate_on(conn: Connection, revision: str) -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _load_stream(conn: Connection, path: Path, passphrase: str, progress: Progress) -> DumpSummary:
    fh, header = open_backup(path)
    with fh:
        if header.revision:
            _migrate_on(conn, header.revision)
        loader = Loader(conn)
        summary = DumpReader(decrypted_stream(fh, header, passphrase)).run(loader, progress)
        loader.finish()
    _migrate_on(conn, "head")
    return summary


def remove_stale_staging(folder: Path) -> None:
    """Files a killed restore left behind (they are never a database anyone opened)."""
    for leftover in folder.glob(f"*{_STAGING}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _plain_sqlite_engine(path: Path, key: DbKey | None = None) -> Engine:
    """The staging file's engine; with ``key``, an encrypted (SQLCipher) file from its first page."""
    extra: dict[str, Any] = {"module": sqlcipher_module()} if key is not None else {}
    engine = create_engine(f"sqlite:///{path}", **extra)

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        if key is not None:
            apply_key(dbapi_conn, key)
        dbapi_conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table; checked at the end
        dbapi_conn.execute("PRAGMA journal_mode = DELETE")

    return engine


def restore(
    path: Path,
    target_url: str,
    passphrase: str,
    *,
    replace: bool = False,
    progress: Progress = NO_PROGRESS,
    backup_folder: Path | None = None,
    key: DbKey | None = None,
) -> RestoreResult:
    """Restore ``path`` into ``target_url``; an encrypted SQLite target (``sqlite+pysqlcipher``)
    needs its ``key`` (the existing file's, or the new one's) and is built encrypted from the start,
    so no plain copy of the data is ever written."""
    path = Path(path)
    summary = verify(path, passphrase)  # the whole file, before anything is touched
    info = describe(target_url)
    previous: Path | None = None
    if info.encrypted and key is None:
        raise DatabaseError("db.key_needed", path=info.display, env="SPECIAL_ED_DB_PASSPHRASE")

    if info.backend == "sqlite" and info.path is not None:
        target = info.path
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(target.parent)
        occupied = target.exists() and target.stat().st_size > 0
        if occupied and info.encrypted and key is not None:
            check_key(target, key)  # a wrong key is not a damaged file to be replaced
        damage = sqlite_health(target, full=True, key=key if info.encrypted else None) if occupied else ""
        if damage:
            # integrity_check failed: the usual case for restoring. Nothing can be read from it
            # reliably, so it is kept aside byte for byte instead of backed up row by row.
            if not replace:
                raise SpecialEdError("restore.not_empty", target=info.display)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            previous = target.with_name(f"{target.stem}.damaged-{stamp}{target.suffix}")
            shutil.copy2(target, previous)
        elif occupied:
            # read-only: even opening with the app's pragmas would rewrite the file header (WAL)
            existing = (
                make_read_only_engine(target, key)
                if info.encrypted
                else create_engine(f"sqlite:///file:{target}?mode=ro&uri=true")
            )
            try:
                with translated(info):
                    full = _has_data(existing)
                if full and not replace:
                    raise SpecialEdError("restore.not_empty", target=info.display)
                if full:
                    previous = _backup_before_replace(existing, target.parent if backup_folder is None
                                                      else backup_folder, passphrase)  # fmt: skip
            finally:
                existing.dispose()
        fd, staging_name = tempfile.mkstemp(prefix=f".{target.name}{_STAGING}", dir=target.parent)
        os.close(fd)
        staging = Path(staging_name)
        try:
            staging.unlink()  # SQLCipher writes its salt into a file it creates itself
            engine = _plain_sqlite_engine(staging, key if info.encrypted else None)
            try:
                with engine.begin() as conn:
                    _load_stream(conn, path, passphrase, progress)
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise BackupError("backup.damaged")
            finally:
                engine.dispose()
            check = connect_file(staging, key if info.encrypted else None, read_only=False)
            try:
                if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise BackupError("backup.damaged")
            finally:
                check.close()
            for side in ("-wal", "-shm"):
                Path(str(target) + side).unlink(missing_ok=True)
            os.replace(staging, target)
        except BaseException:
            staging.unlink(missing_ok=True)
            raise
    else:
        engine = make_engine(target_url)
        try:
            with translated(info):
                full = _has_data(engine)
                if full and not replace:
                    raise SpecialEdError("restore.not_empty", target=info.display)
                if full:
                    previous = _backup_before_replace(
                        engine, backup_folder or _default_backup_folder(), passphrase
                    )
                with engine.begin() as conn:
                    if _has_tables(engine) or full:
                        reflect(conn).drop_all(conn)
                        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
                    _load_stream(conn, path, passphrase, progress)
        finally:
            engine.dispose()
    return RestoreResult(info.display, summary.counts, summary.revision, migrate.head_revision(), previous)


def _default_backup_folder() -> Path:
    from special_ed.persistence.database import default_data_dir

    folder = default_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _backup_before_replace(engine: Engine, folder: Path, passphrase: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = folder / f"before-restore-{stamp}{SUFFIX}"
    try:
        return backup(engine, out, passphrase).path
    except SpecialEdError:
        raise
    except Exception as exc:
        raise DatabaseError("db.backup_failed", detail=str(exc)) from exc


# -- transfer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferResult:
    target: str
    tables: dict[str, int]
    digests: dict[str, str]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def transfer(
    source: Engine, target_url: str, progress: Progress = NO_PROGRESS, target_key: DbKey | None = None
) -> TransferResult:
    """Copy everything into an empty database, then prove it: counts and digests per table
    (an encrypted SQLite target needs its ``target_key``)."""
    info = describe(target_url)
    source_info = describe(str(source.url))
    if info.backend == source_info.backend and info.url == source_info.url:
        raise SpecialEdError("transfer.same", target=info.display)
    revision = migrate.check_schema(source)
    target = make_engine(target_url, key=target_key)
    try:
        with translated(info):
            if _has_tables(target):
                raise SpecialEdError("transfer.not_empty", target=info.display)
        with translated(source_info), snapshot(source) as src:
            chunks = dump(src, revision, progress)
            with translated(info), target.begin() as conn:
                if revision:
                    _migrate_on(conn, revision)
                loader = Loader(conn)
                summary = DumpReader(chunks).run(loader)
                loader.finish()
                expected = {s.name: (s.rows, s.digest) for s in summary.sections}
                copied = {
                    t.name: table_digest(conn, t) for t in data_tables(loader.meta) if t.name in expected
                }
                wrong = sorted(name for name in expected if copied.get(name) != expected[name])
                if wrong:
                    raise SpecialEdError("transfer.mismatch", table="、".join(wrong))
                _migrate_on(conn, "head")
    finally:
        target.dispose()
    return TransferResult(
        info.display, {k: v[0] for k, v in expected.items()}, {k: v[1] for k, v in expected.items()}
    )
