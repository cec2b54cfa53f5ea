"""Engines, database locations and the translation of driver errors into typed ones.

SQLite (a file in the user-data folder) is the embedded default: WAL for
readers beside a writer, foreign keys on, a busy timeout so that two windows
on one PC wait for each other instead of failing. Any SQLAlchemy URL works;
PostgreSQL (``postgresql+psycopg://``) is what several offices share.

An encrypted file (SQLCipher) has the URL ``sqlite+pysqlcipher:///PATH`` — without its key, which
comes from ``special_ed.db_key`` (the OS keyring or a passphrase) and travels in
:attr:`DatabaseInfo.key`. Its engine is SQLAlchemy's ordinary pysqlite dialect with the
``sqlcipher3`` module as driver (so pooling, pragmas and errors are the same as for a plain file)
and ``PRAGMA key`` as the first statement of every connection. The default file, when it does not
exist yet, is created encrypted; an explicit ``sqlite:///PATH`` stays a plain file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from special_ed.db_key import SQLITE_MAGIC, DbKey, file_url, is_encrypted_url, looks_encrypted
from special_ed.errors import DatabaseError
from special_ed.locations import APP_DIR_NAME, default_data_dir, default_sqlite_path

__all__ = ["APP_DIR_NAME", "default_data_dir", "default_sqlite_path"]

ENV_VAR = "SPECIAL_ED_DB"
BUSY_TIMEOUT_MS = 5000
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def resolve_url(explicit: str | None = None) -> str:
    """The --db value, else $SPECIAL_ED_DB, else the default SQLite file; a bare path means SQLite.

    A URL of a kind the application does not support (``mysql://``…) is refused here, in one
    line, rather than failing later inside a driver."""
    given = explicit or os.environ.get(ENV_VAR)
    if not given:
        # the default file: a new one is created encrypted, an existing one opened as it is
        return file_url(default_sqlite_path().expanduser().resolve())
    raw = given
    if "://" in raw:
        try:
            backend = make_url(raw).get_backend_name()
        except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends: not a URL at all
            raise DatabaseError("db.bad_url", url=_hide_password(raw)) from exc
        if backend not in SUPPORTED_BACKENDS:
            raise DatabaseError("db.unsupported", kind=backend, url=_hide_password(raw))
        return raw
    # a bare path: an encrypted file is opened as one; anything else (a new file too) is plain
    return file_url(Path(raw).expanduser().resolve(), new_encrypted=False)


def _hide_password(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:
        return raw.split("@")[-1]


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    backend: str  # "sqlite" or "postgresql" …
    path: Path | None  # the file, for SQLite
    damaged: str = ""  # what quick_check found; the file is then open read-only
    encrypted: bool = False  # a SQLCipher file (sqlite+pysqlcipher:///PATH)
    key: DbKey | None = field(default=None, repr=False, compare=False)  # what opens it (never shown)

    @property
    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def describe(url: str) -> DatabaseInfo:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    path = None
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        database = parsed.database
        if parsed.query.get("uri") == "true" and database.startswith("file:"):
            # an SQLite URI (file:/path?mode=ro): the file is the path after "file:", not a folder
            # named "file:" in the working directory (which a test run used to leave behind)
            database = database.removeprefix("file:").split("?", 1)[0]
        path = Path(database)
    return DatabaseInfo(url, backend, path, encrypted=is_encrypted_url(url))


def with_key(
    info: DatabaseInfo, store: Any, *, passphrase: str | None = None, ask: Any = None
) -> DatabaseInfo:
    """``info`` with the key of its encrypted file (see ``special_ed.db_key.find_key``); a plain
    database is returned as it is. ``store`` is a ``SecretStore``."""
    if not info.encrypted or info.path is None:
        return info
    from dataclasses import replace

    from special_ed.db_key import find_key

    if info.path.exists():
        check_sqlite_file(info.path, writable=False, encrypted=True)
    key = find_key(info.path, store, passphrase=passphrase, ask=ask)
    if info.path.exists():
        check_key(info.path, key)
    return replace(info, key=key)


def check_sqlite_file(
    path: Path, must_exist: bool = False, writable: bool = True, *, encrypted: bool = False
) -> None:
    """Refuse, before SQLAlchemy touches it, a file that is not a database or cannot be written.

    A 0-byte file is refused too: SQLite would silently treat it as a new, empty county, but it
    is nearly always a copy that failed (a full USB stick, a cut network share)."""
    if not path.exists():
        if must_exist:
            raise DatabaseError("db.missing_file", path=str(path))
        parent = path.parent
        if parent.exists() and not os.access(parent, os.W_OK):
            raise DatabaseError("db.readonly", path=str(parent))
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError("db.error", detail=f"{path}: {exc.strerror}") from exc
    if not header:
        raise DatabaseError("db.empty_file", path=str(path))
    if encrypted:
        if header == SQLITE_MAGIC:
            raise DatabaseError("db.plain_file", path=str(path))
        if not looks_encrypted(path):
            raise DatabaseError("db.corrupt", path=str(path))
    elif header != SQLITE_MAGIC:
        if looks_encrypted(path):
            raise DatabaseError("db.wrong_key", path=str(path))  # an encrypted file named as plain
        raise DatabaseError("db.corrupt", path=str(path))
    if writable and not os.access(path, os.W_OK):
        raise DatabaseError("db.readonly", path=str(path))


def create_private(path: Path) -> None:
    """Create a new database file readable by its user only (0600 on POSIX); SQLite gives its -wal and
    -shm files the same mode. An existing file is left as it is."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def sqlcipher_module() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def apply_key(dbapi_conn: Any, key: DbKey) -> None:
    """Key a fresh SQLCipher connection: before any other statement. SQLCipher's own log of a
    failed page check goes to stderr otherwise; the wrong key is reported as a typed error."""
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    dbapi_conn.execute(key.pragma())


def connect_file(path: Path, key: DbKey | None = None, *, read_only: bool = True) -> Any:
    """A DBAPI connection to a SQLite file (sqlcipher3 when it has a key), read-only by default."""
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    conn = sqlcipher_module().connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    apply_key(conn, key)
    return conn


def check_key(path: Path, key: DbKey) -> None:
    """Raise ``db.wrong_key`` unless ``key`` opens the encrypted file ``path`` (read-only; no change)."""
    conn = connect_file(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # sqlcipher3.DatabaseError: "file is not a database"
        if "locked" in str(exc).lower():
            return
        raise DatabaseError("db.wrong_key", path=str(path)) from exc
    finally:
        conn.close()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(url: str, *, echo: bool = False, key: DbKey | None = None) -> Engine:
    """An engine for ``url``; an encrypted file (``sqlite+pysqlcipher:///``) needs its ``key``."""
    info = describe(url)
    if info.backend == "sqlite":
        if info.encrypted and (key is None or info.path is None):
            raise DatabaseError("db.key_needed", path=info.display, env="SPECIAL_ED_DB_PASSPHRASE")
        if info.path is not None:
            check_sqlite_file(info.path, encrypted=info.encrypted)
            info.path.parent.mkdir(parents=True, exist_ok=True)
            create_private(info.path)
        file_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if info.encrypted and key is not None and info.path is not None:
            engine = create_engine(
                f"sqlite:///{info.path}", echo=echo, module=sqlcipher_module(), connect_args=file_args
            )

            def _keyed(dbapi_conn: Any, record: Any) -> None:
                apply_key(dbapi_conn, key)
                _sqlite_pragmas(dbapi_conn, record)

            event.listen(engine, "connect", _keyed)
            return engine
        engine = create_engine(url, echo=echo, connect_args=file_args)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if info.backend == "postgresql":
        connect_args["connect_timeout"] = 5
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def sqlite_health(path: Path, *, full: bool = False, key: DbKey | None = None) -> str:
    """ "" when ``PRAGMA quick_check`` (or ``integrity_check`` when ``full``) finds nothing, else its
    first finding. Read-only: the check itself never changes the file."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = connect_file(path, key)
    except Exception as exc:  # sqlite3.Error or sqlcipher3's
        return str(exc)
    try:
        rows = conn.execute(f"PRAGMA {pragma}(5)").fetchall()
    except Exception as exc:
        if "locked" in str(exc).lower():
            return ""  # a writer holds it; being busy is not being damaged
        return str(exc)
    finally:
        conn.close()
    findings = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return findings[0] if findings else ""


def sqlite_table_names(path: Path, key: DbKey | None = None) -> list[str]:
    """The tables of a SQLite file, read without changing it (opening with our pragmas would)."""
    conn = connect_file(path, key)
    try:
        return [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except Exception:
        return []  # damaged: quick_check says so
    finally:
        conn.close()


def unrelated_error(display: str, tables: list[str]) -> DatabaseError | None:
    """Another program's database (tables, none of them Alembic's): never extended with ours."""
    names = [t for t in tables if not t.startswith("sqlite_")]
    if not names or "alembic_version" in names:
        return None
    shown = "、".join(sorted(names)[:5]) + ("…" if len(names) > 5 else "")
    return DatabaseError("db.unrelated", path=display, tables=shown)


def read_only_url(path: Path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def newest_backup_hint(path: Path | None) -> str:
    """The newest backup file we can find for a database (beside it, or in the backup folder)."""
    from special_ed.locations import default_backup_dir

    folders = [default_backup_dir()]
    if path is not None:
        folders.insert(0, path.parent)
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.glob("*.sebak") if p.is_file()]
            if path is not None:
                found += [p for p in folder.glob(f"{path.stem}.*.bak{path.suffix}") if p.is_file()]
    if not found:
        return ""
    return str(max(found, key=lambda p: p.stat().st_mtime))


def make_read_only_engine(path: Path, key: DbKey | None = None) -> Engine:
    """An engine that cannot write to ``path`` (a damaged file is looked at, never changed)."""
    extra: dict[str, Any] = {"module": sqlcipher_module()} if key is not None else {}
    engine = create_engine(
        read_only_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **extra,
    )

    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        if key is not None:
            apply_key(dbapi_conn, key)
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    event.listen(engine, "connect", _pragmas)
    return engine


def translate(exc: BaseException, info: DatabaseInfo | None = None) -> DatabaseError:
    """Word a driver error as a typed DatabaseError; unknown ones keep their text as detail."""
    where = info.display if info else ""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if info is not None and info.damaged and ("readonly" in low or "read-only" in low):
        return damaged_error(info)
    if "database is locked" in low or "database table is locked" in low:
        return DatabaseError("db.locked", path=where)
    if "readonly database" in low or "read-only" in low or "attempt to write a readonly" in low:
        return DatabaseError("db.readonly", path=where)
    if "file is not a database" in low or "malformed" in low or "file is encrypted" in low:
        if info is not None and info.encrypted and "malformed" not in low:
            return DatabaseError("db.wrong_key", path=where)
        return DatabaseError("db.corrupt", path=where)
    if "unable to open database" in low:
        return DatabaseError("db.unreachable", detail=f"{where}: {text.splitlines()[0]}")
    if isinstance(exc, sa_exc.OperationalError) and info and info.backend != "sqlite":
        return DatabaseError("db.unreachable", detail=text.splitlines()[0] if text else repr(exc))
    first = text.splitlines()[0] if text else type(exc).__name__
    return DatabaseError("db.error", detail=first)


def damaged_error(info: DatabaseInfo) -> DatabaseError:
    backup = newest_backup_hint(info.path)
    return DatabaseError(
        "db.damaged_readonly",
        path=info.display,
        detail=info.damaged,
        backup=backup or "（未找到 / none found）",
    )


@contextmanager
def translated(info: DatabaseInfo | None = None) -> Iterator[None]:
    try:
        yield
    except DatabaseError:
        raise
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.Error) as exc:
        raise translate(exc, info) from exc


def sqlite_backup(path: Path, suffix: str, key: DbKey | None = None) -> Path:
    """Copy a live SQLite file consistently (the online backup API) next to the original; an
    encrypted file is copied with ``VACUUM INTO``, which SQLCipher writes under the same key."""
    target = path.with_name(f"{path.stem}.{suffix}.bak{path.suffix}")
    if key is not None:
        conn = connect_file(path, key)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()
        return target
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
