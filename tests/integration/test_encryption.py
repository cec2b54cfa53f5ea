"""Encryption at rest (SQLCipher): nothing readable in the file, keys from the keyring or a passphrase,
a wrong or missing key said in one Chinese line, `db encrypt` all-or-nothing, backups of an encrypted
file that restore into an encrypted file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from special_ed.backup import service
from special_ed.backup.dump import data_tables, reflect, table_digest
from special_ed.bootstrap import build_app
from special_ed.db_key import (
    PASSPHRASE_ENV,
    SQLITE_MAGIC,
    encrypted_url,
    find_key,
    key_name,
    looks_encrypted,
    plain_url,
)
from special_ed.errors import DatabaseError
from special_ed.persistence.database import describe, resolve_url, sqlite_backup, with_key
from special_ed.persistence.encrypt import encrypt_file
from special_ed.secret_store import MemoryKeyring, SecretStore
from special_ed.services.demo import generate_demo
from tests.conftest import fixed_clock

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


def no_keyring() -> SecretStore:
    return SecretStore(fail.Keyring())


def child_names(app: Any) -> list[str]:
    with app.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT name FROM children").fetchall()]


def digests(engine: Any) -> dict[str, tuple[int, str]]:
    with engine.connect() as conn:
        return {t.name: table_digest(conn, t) for t in data_tables(reflect(conn))}


def make_demo(url: str, **kw: Any) -> Any:
    app = build_app(url, "测试员", clock=fixed_clock, **kw)
    generate_demo(app.ctx, seed=7, children=40, reference=date(2026, 9, 1))
    return app


def test_encrypted_file_holds_no_name_in_clear_and_reopens_from_the_keyring(tmp_path: Path) -> None:
    path = tmp_path / "county.sqlite3"
    store = SecretStore(MemoryKeyring())
    app = make_demo(encrypted_url(path), secrets=store)
    names = child_names(app)
    before = digests(app.engine)
    app.close()
    data = path.read_bytes()
    assert data[:16] != SQLITE_MAGIC and looks_encrypted(path)
    assert len(names) == 40
    assert not any(name.encode("utf-8") in data for name in names)
    assert "巫山县".encode() not in data
    # the random key is in the keyring, under the file's path, and nowhere beside the file
    assert len(bytes.fromhex(store.get(key_name(path)) or "")) == 32
    assert sorted(p.name for p in tmp_path.iterdir()) == ["county.sqlite3"]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()

    again = build_app(str(path), "测试员", secrets=store)  # a bare path: recognised as encrypted
    try:
        assert again.info.encrypted and digests(again.engine) == before
    finally:
        again.close()


def test_wrong_or_missing_key_is_one_chinese_line_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "county.sqlite3"
    make_demo(encrypted_url(path), secrets=SecretStore(MemoryKeyring())).close()
    original = path.read_bytes()

    with pytest.raises(DatabaseError) as missing:
        build_app(encrypted_url(path), secrets=SecretStore(MemoryKeyring()))  # another PC's keyring
    assert missing.value.code == "db.key_missing"
    assert "密钥环里没有" in missing.value.message("zh") and PASSPHRASE_ENV in missing.value.message("zh")

    with pytest.raises(DatabaseError) as wrong:
        build_app(encrypted_url(path), secrets=no_keyring(), db_passphrase="not the passphrase")
    assert wrong.value.code == "db.wrong_key"
    assert wrong.value.message("zh") == f"无法打开加密的数据库 {path}：密钥或口令不对（文件未作改动）"

    with pytest.raises(DatabaseError) as needed:
        build_app(encrypted_url(path), secrets=no_keyring())  # no keyring, no passphrase, nobody to ask
    assert needed.value.code == "db.key_needed" and "\n" not in needed.value.message("zh")
    assert path.read_bytes() == original


def test_without_a_keyring_a_passphrase_creates_and_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "county.sqlite3"
    asked: list[tuple[Path, bool]] = []

    def ask(where: Path, new: bool) -> str:
        asked.append((where, new))
        return PASS

    app = make_demo(encrypted_url(path), secrets=no_keyring(), ask_passphrase=ask)
    names = child_names(app)
    app.close()
    assert asked == [(path, True)]
    assert not any(n.encode() in path.read_bytes() for n in names)
    # the same passphrase from the environment (scripts, servers); SQLCipher's own derivation,
    # so sqlcipher3 opens the file with the plain passphrase too
    monkeypatch.setenv(PASSPHRASE_ENV, PASS)
    app = build_app(encrypted_url(path), secrets=no_keyring())
    assert child_names(app) == names
    app.close()
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path))
    conn.execute("PRAGMA key = 'correct horse battery'")
    assert conn.execute("SELECT count(*) FROM children").fetchone()[0] == 40
    conn.close()


def test_default_file_is_created_encrypted_and_explicit_sqlite_url_stays_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SPECIAL_ED_DB", raising=False)
    assert resolve_url(None).startswith("sqlite+pysqlcipher:///")
    plain = tmp_path / "tool.sqlite3"
    app = build_app(plain_url(plain), "测试员")
    app.close()
    assert plain.read_bytes()[:16] == SQLITE_MAGIC
    assert resolve_url(str(plain)) == plain_url(plain)


def test_db_encrypt_converts_verifies_and_swaps(tmp_path: Path) -> None:
    path = tmp_path / "county.sqlite3"
    app = make_demo(plain_url(path))
    names = child_names(app)
    before = digests(app.engine)
    app.close()
    store = SecretStore(MemoryKeyring())
    result = encrypt_file(path, store)
    assert result.tables["children"] == 40 and result.key_source == "keyring"
    assert result.plain_backup is not None and result.plain_backup.read_bytes()[:16] == SQLITE_MAGIC
    assert not any(n.encode() in path.read_bytes() for n in names)
    assert not list(tmp_path.glob(".*encrypting*"))
    opened = build_app(str(path), "测试员", secrets=store)
    try:
        assert opened.info.encrypted and digests(opened.engine) == before
        assert opened.upgrade_result is not None and not opened.upgrade_result.changed
    finally:
        opened.close()
    with pytest.raises(DatabaseError) as again:
        encrypt_file(path, store)
    assert again.value.code == "db.already_encrypted"


class RefusingKeyring(MemoryKeyring):
    """A keyring that accepts a key and then reads back something else (a broken backend)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None if username.startswith("sqlcipher-key:") else super().get_password(service, username)


def test_db_encrypt_failure_leaves_the_original_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "county.sqlite3"
    make_demo(plain_url(path)).close()
    original = path.read_bytes()
    with pytest.raises(DatabaseError) as failed:
        encrypt_file(path, SecretStore(RefusingKeyring()))
    assert failed.value.code == "db.key_not_kept"
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["county.sqlite3"]  # no copy, no staging

    # a colleague's window holding the write lock: refused, nothing changed
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError) as busy:
            encrypt_file(path, SecretStore(MemoryKeyring()))
        assert busy.value.code == "db.encrypt_in_use"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "county.sqlite3"
    ]


def test_backup_of_an_encrypted_file_restores_into_an_encrypted_file(tmp_path: Path) -> None:
    store = SecretStore(MemoryKeyring())
    source = make_demo(encrypted_url(tmp_path / "county.sqlite3"), secrets=store)
    before = digests(source.engine)
    names = child_names(source)
    out = tmp_path / "county.sebak"
    service.backup(source.engine, out, PASS)
    source.close()

    target = tmp_path / "restored.sqlite3"
    info = with_key(describe(encrypted_url(target)), store)  # a new random key, kept in the keyring
    service.restore(out, encrypted_url(target), PASS, key=info.key)
    assert looks_encrypted(target) and not any(n.encode() in target.read_bytes() for n in names)
    restored = build_app(str(target), "测试员", secrets=store)
    try:
        assert digests(restored.engine) == before
    finally:
        restored.close()
    # the schema-upgrade copy of an encrypted file is encrypted under the same key
    key = find_key(target, store)
    copy = sqlite_backup(target, "test", key)
    assert looks_encrypted(copy) and copy.read_bytes()[:16] != SQLITE_MAGIC


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    full_env.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "special_ed", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )


def test_cli_encrypt_then_open_with_the_passphrase(tmp_path: Path) -> None:
    """No keyring on this machine: `db encrypt` takes the passphrase from the environment; a wrong or
    missing one is one line and exit code 2, never a traceback or a prompt nobody can answer."""
    db = tmp_path / "county.sqlite3"
    assert _cli("--db", str(db), "demo", "--children", "30").returncode == 0
    env = {PASSPHRASE_ENV: PASS, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = _cli("--db", str(db), "db", "encrypt", "--remove-plain", env=env)
    assert done.returncode == 0, done.stderr
    assert "数据库已加密" in done.stdout and "30" not in done.stderr
    assert looks_encrypted(db) and not list(tmp_path.glob("*.plain-*"))
    ok = _cli("--db", str(db), "export", "children", str(tmp_path / "x.xlsx"), env=env)
    assert ok.returncode == 0 and "已导出 30 名儿童" in ok.stdout

    wrong = _cli(
        "--db",
        str(db),
        "export",
        "children",
        str(tmp_path / "y.xlsx"),
        env={**env, PASSPHRASE_ENV: "nope-nope-nope"},
    )
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert wrong.stderr.strip() == f"错误：无法打开加密的数据库 {db}：密钥或口令不对（文件未作改动）"
    missing = _cli("--db", str(db), "export", "children", str(tmp_path / "y.xlsx"),
                   env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})  # fmt: skip
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    assert "需要密钥" in missing.stderr and PASSPHRASE_ENV in missing.stderr
    assert not (tmp_path / "y.xlsx").exists()
