"""``special-ed db encrypt``: turn an existing plain SQLite file into an encrypted (SQLCipher) one.

All or nothing, in this order:

1. the key is chosen first (a random one for the keyring, or a passphrase), so that a PC that
   cannot keep it fails before anything is written;
2. with other writers held off (``BEGIN IMMEDIATE``), a consistent plain copy is made beside the
   file (SQLite's online backup API): the backup the issue asks for;
3. that copy is exported into a hidden ``.NAME.encrypting-…`` file under the new key
   (``sqlcipher_export``);
4. the encrypted file is verified: ``integrity_check``, the same tables with the same schema and
   the same number of rows as the copy;
5. the key is put into the keyring and read back;
6. only if the original has not changed since step 2 is the encrypted file renamed over it.

Any failure removes the hidden file (and a key it had kept) and leaves the original as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from special_ed.db_key import (
    PASSPHRASE_ENV,
    AskPassphrase,
    DbKey,
    from_passphrase,
    keep_key,
    key_name,
    looks_encrypted,
    new_random_key,
)
from special_ed.errors import DatabaseError, SpecialEdError
from special_ed.persistence.database import (
    BUSY_TIMEOUT_MS,
    check_sqlite_file,
    connect_file,
    sqlcipher_module,
    sqlite_health,
    sqlite_table_names,
    unrelated_error,
)
from special_ed.secret_store import SecretStore

_STAGING = ".encrypting-"


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    plain_backup: Path | None  # the plain copy made first (None when removed at the end)
    key_source: str  # "keyring" or "passphrase"
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _choose_key(path: Path, store: SecretStore, passphrase: str | None, ask: AskPassphrase | None) -> DbKey:
    import secrets as random

    from special_ed.db_key import MIN_PASSPHRASE, SALT_BYTES

    given = passphrase or os.environ.get(PASSPHRASE_ENV)
    if not given and store.available():
        return new_random_key()
    if not given and ask is not None:
        given = ask(path, True)
        if not given:
            raise DatabaseError("db.key_cancelled", path=str(path))
    if not given:
        raise DatabaseError("db.key_needed", path=str(path), env=PASSPHRASE_ENV)
    if len(given) < MIN_PASSPHRASE:
        raise DatabaseError("db.passphrase_short", minimum=MIN_PASSPHRASE)
    return from_passphrase(given, random.token_bytes(SALT_BYTES))


def _counts(conn: object, tables: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in tables:
        quoted = '"' + name.replace('"', '""') + '"'
        out[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])  # type: ignore[attr-defined]
    return out


def _schema(conn: object) -> list[tuple[str, str]]:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def _stamp(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """What would show a write by someone else: size and mtime of the file and its WAL."""
    out: list[tuple[int, int] | None] = []
    for side in ("", "-wal"):
        try:
            st = os.stat(str(path) + side)
        except FileNotFoundError:
            out.append(None)
        else:
            out.append((st.st_size, st.st_mtime_ns))
    return tuple(out)


def remove_stale_staging(folder: Path) -> None:
    for leftover in folder.glob(f".*{_STAGING}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def encrypt_file(
    path: Path,
    store: SecretStore,
    *,
    passphrase: str | None = None,
    ask: AskPassphrase | None = None,
    keep_plain: bool = True,
    clock: type[datetime] = datetime,
) -> EncryptResult:
    path = Path(path).expanduser().resolve()
    if path.exists() and looks_encrypted(path):
        raise DatabaseError("db.already_encrypted", path=str(path))
    check_sqlite_file(path, must_exist=True)  # missing, 0 bytes, not a database, read-only
    unrelated = unrelated_error(str(path), sqlite_table_names(path))
    if unrelated is not None:
        raise unrelated
    damage = sqlite_health(path, full=True)
    if damage:
        raise DatabaseError("db.damaged_refused", path=str(path), detail=damage)
    key = _choose_key(path, store, passphrase, ask)
    remove_stale_staging(path.parent)

    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    plain_copy = path.with_name(f"{path.stem}.plain-{stamp}.bak{path.suffix}")
    fd, staging_name = tempfile.mkstemp(prefix=f".{path.name}{_STAGING}", dir=path.parent)
    os.close(fd)
    staging = Path(staging_name)
    staging.unlink()  # sqlcipher_export creates it; mkstemp only reserved a unique name
    kept_key = False
    success = False
    try:
        # 2. a consistent plain copy, other writers held off while it is taken
        lock = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            lock.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            lock.execute("BEGIN IMMEDIATE")
            fd = os.open(plain_copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            # read through a second connection: the locking one cannot also feed the backup
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            copy = sqlite3.connect(plain_copy)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
            lock.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise DatabaseError("db.encrypt_in_use", path=str(path)) from exc
            raise
        finally:
            lock.close()
        before = _stamp(path)

        # 3. the copy exported under the new key
        plain = sqlcipher_module().connect(str(plain_copy))
        try:
            plain.execute("PRAGMA cipher_log_level = NONE")
            blob = key.pragma().split("=", 1)[1].strip()  # "x'…'" as in PRAGMA key
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {blob}", (str(staging),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
            tables = [n for n in sqlite_table_names(plain_copy) if not n.startswith("sqlite_")]
            expected = _counts(plain, tables)
            schema = _schema(plain)
        finally:
            plain.close()
        os.chmod(staging, 0o600)

        # 4. verified before it replaces anything
        check = connect_file(staging, key)
        try:
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseError("db.encrypt_failed", path=str(path), detail="integrity_check")
            if _schema(check) != schema or _counts(check, tables) != expected:
                raise DatabaseError("db.encrypt_failed", path=str(path), detail="rows differ")
        finally:
            check.close()
        with staging.open("rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise DatabaseError("db.encrypt_failed", path=str(path), detail="not encrypted")

        # 5. the key kept (and read back) before the only copy of the data depends on it
        if key.source == "keyring":
            keep_key(path, key, store)
            kept_key = True

        # 6. the swap, only if nobody wrote in between
        if _stamp(path) != before:
            raise DatabaseError("db.encrypt_in_use", path=str(path))
        try:
            os.replace(staging, path)
        except PermissionError as exc:  # Windows: another program has the file open
            raise DatabaseError("db.encrypt_in_use", path=str(path)) from exc
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + side)  # the plain file's, which must never meet the new one
        success = True
    except SpecialEdError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError("db.encrypt_failed", path=str(path), detail=str(exc)) from exc
    except Exception as exc:  # sqlcipher3's errors
        raise DatabaseError("db.encrypt_failed", path=str(path), detail=str(exc)) from exc
    finally:
        if not success:
            staging.unlink(missing_ok=True)
            plain_copy.unlink(missing_ok=True)  # the original is untouched: no second plain copy
            if kept_key:
                with contextlib.suppress(SpecialEdError):
                    store.delete(key_name(path))
    if not keep_plain:
        plain_copy.unlink(missing_ok=True)
    return EncryptResult(path, plain_copy if keep_plain else None, key.source, expected)
