"""The key of an encrypted (SQLCipher) database file: where it comes from, never where it is written.

A new encrypted database gets a random 256-bit key, kept in the OS keyring under the file's path
(``special_ed.secret_store``) — never in a file beside the database. Where the PC has no keyring,
the administrator chooses a passphrase instead; it is asked for at start (the GUI's dialog, the
terminal) or read from ``SPECIAL_ED_DB_PASSPHRASE`` (scripts, servers). A start that can do neither
fails with one clear line (:class:`KeyNeeded`) instead of waiting for input nobody can give.

A passphrase is stretched here, once per process, exactly as SQLCipher 4 would stretch it
(PBKDF2-HMAC-SHA512, 256,000 iterations, the file's own 16-byte salt), and handed to SQLCipher as a
raw key with that salt. The file therefore opens with the passphrase in any SQLCipher tool, while
the application's pool of connections pays for the stretching once, not once per connection.

Plain string and file work (no SQLAlchemy, no Qt): the UI may import this module.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from special_ed.errors import DatabaseError
from special_ed.secret_store import SecretStore

ENCRYPTED_SCHEME = "sqlite+pysqlcipher"
PASSPHRASE_ENV = "SPECIAL_ED_DB_PASSPHRASE"
MIN_PASSPHRASE = 8
SQLITE_MAGIC = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default, so its own tools open the file with the passphrase
SALT_BYTES = 16

# (path, is_new) -> the passphrase, or None when the person gave up
AskPassphrase = Callable[[Path, bool], "str | None"]


@dataclass(frozen=True)
class DbKey:
    """What opens one encrypted file. Never printed: repr hides the bytes."""

    raw: bytes = field(repr=False)
    salt: bytes | None = field(default=None, repr=False)  # a passphrase's: the file's salt
    source: str = "keyring"  # "keyring" or "passphrase"

    def pragma(self) -> str:
        """The ``PRAGMA key`` statement (a raw key: SQLCipher skips its own key derivation)."""
        blob = self.raw.hex() + (self.salt.hex() if self.salt else "")
        return f"PRAGMA key = \"x'{blob}'\""


def is_encrypted_url(url: str) -> bool:
    return url.startswith(ENCRYPTED_SCHEME + ":")


def encrypted_url(path: Path) -> str:
    return f"{ENCRYPTED_SCHEME}:///{path}"


def plain_url(path: Path) -> str:
    return f"sqlite:///{path}"


def looks_encrypted(path: Path) -> bool:
    """An existing file without SQLite's header whose size is whole pages: what SQLCipher writes.

    (Anything else without the header — a few stray bytes, a text file — is reported as not a
    database, as before, rather than as a database whose key is wrong.)"""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and header != SQLITE_MAGIC


def file_url(path: Path, *, new_encrypted: bool = True) -> str:
    """The URL of a database file: a plain SQLite file stays plain, an encrypted one is opened as
    such, and a file that does not exist yet is created encrypted (unless ``new_encrypted`` is off)."""
    if path.exists() and path.stat().st_size > 0:
        return encrypted_url(path) if looks_encrypted(path) else plain_url(path)
    return encrypted_url(path) if new_encrypted else plain_url(path)


def key_name(path: Path) -> str:
    return f"sqlcipher-key:{Path(path).expanduser().resolve()}"


def file_salt(path: Path) -> bytes | None:
    """The salt SQLCipher keeps in a file's first 16 bytes (None for a missing or empty file)."""
    try:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def from_passphrase(passphrase: str, salt: bytes) -> DbKey:
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return DbKey(raw, salt, "passphrase")


def passphrase_key(path: Path, passphrase: str) -> DbKey:
    """The key for ``path`` from a passphrase: the file's salt, or a new random one for a new file."""
    salt = file_salt(path) if path.exists() else None
    if salt is None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise DatabaseError("db.passphrase_short", minimum=MIN_PASSPHRASE)
        salt = secrets.token_bytes(SALT_BYTES)
    return from_passphrase(passphrase, salt)


def new_random_key() -> DbKey:
    return DbKey(secrets.token_bytes(32), None, "keyring")


def stored_key(path: Path, store: SecretStore) -> DbKey | None:
    """The random key the keyring holds for ``path`` (None when it holds none or there is no keyring)."""
    if not store.available():
        return None
    value = store.get(key_name(path))
    if not value:
        return None
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return None
    return DbKey(raw, None, "keyring") if len(raw) == 32 else None


def keep_key(path: Path, key: DbKey, store: SecretStore) -> None:
    """Put a random key into the keyring under ``path`` and read it back (a key that was not kept
    would make the file unreadable the next time: better to fail now, before anything is written)."""
    store.set(key_name(path), key.raw.hex())
    back = stored_key(path, store)
    if back is None or back.raw != key.raw:
        raise DatabaseError("db.key_not_kept", path=str(path))


def needs_passphrase(path: Path, store: SecretStore) -> bool:
    """Whether opening (or creating) ``path`` needs a passphrase from a person: no environment
    variable, and no keyring, or a keyring without this existing file's key."""
    if os.environ.get(PASSPHRASE_ENV):
        return False
    if not store.available():
        return True
    exists = path.exists() and path.stat().st_size > 0
    return exists and stored_key(path, store) is None


def find_key(
    path: Path,
    store: SecretStore,
    *,
    passphrase: str | None = None,
    ask: AskPassphrase | None = None,
) -> DbKey:
    """The key that opens (or will create) the encrypted file ``path``.

    In order: a passphrase given by the caller or in ``SPECIAL_ED_DB_PASSPHRASE``; the keyring's
    key for this file; for a new file with a keyring, a new random key (kept in the keyring at
    once); else ``ask`` for a passphrase. Without any of these: :class:`DatabaseError`
    ``db.key_needed`` (no keyring) or ``db.key_missing`` (a keyring without this file's key)."""
    exists = path.exists() and path.stat().st_size > 0
    given = passphrase or os.environ.get(PASSPHRASE_ENV)
    if given:
        return passphrase_key(path, given)
    has_keyring = store.available()
    if has_keyring:
        found = stored_key(path, store)
        if found is not None:
            return found
        if not exists:
            key = new_random_key()
            keep_key(path, key, store)
            return key
    if ask is not None:
        typed = ask(path, not exists)
        if typed:
            return passphrase_key(path, typed)
        raise DatabaseError("db.key_cancelled", path=str(path))
    if has_keyring:
        raise DatabaseError("db.key_missing", path=str(path), env=PASSPHRASE_ENV)
    raise DatabaseError("db.key_needed", path=str(path), env=PASSPHRASE_ENV)


def terminal_ask() -> AskPassphrase | None:
    """The command line's prompt, or None without a terminal (nobody could answer: never wait)."""
    import sys

    return _ask_in_terminal if sys.stdin.isatty() else None


def _ask_in_terminal(path: Path, new: bool) -> str | None:
    import getpass

    first = getpass.getpass(
        f"数据库 {path} 已加密，请输入口令："
        if not new
        else f"为新数据库 {path} 设置口令（至少 {MIN_PASSPHRASE} 个字符）："
    )
    if new and first and getpass.getpass("再输入一次：") != first:
        raise DatabaseError("db.passphrase_mismatch")
    return first or None
