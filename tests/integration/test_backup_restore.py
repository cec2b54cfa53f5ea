"""Encrypted backup → restore equality on both backends, refusals that leave the target as it was,
transfer SQLite → PostgreSQL with equal digests."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from special_ed.backup import service
from special_ed.backup.dump import data_tables, reflect, table_digest
from special_ed.errors import SpecialEdError
from tests.conftest import PG_ENV, _pg_database

PASS = "correct horse battery"


def digests(url_or_engine: Any) -> dict[str, tuple[int, str]]:
    engine = create_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    try:
        with engine.connect() as conn:
            return {t.name: table_digest(conn, t) for t in data_tables(reflect(conn))}
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()


@pytest.fixture
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"


def _attach(app: Any) -> None:
    """An attachment (binary) and an audit entry exist, so the backup must carry both."""
    with app.engine.begin() as conn:
        cid = conn.execute(text("SELECT id FROM children ORDER BY id LIMIT 1")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO attachments (child_id, kind, filename, mime, size, sha256, content, version) "
                "VALUES (:c, 'other', '照片.png', 'image/png', 6, 'x', :b, 1)"
            ),
            {"c": cid, "b": b"\x89PNG\x00\xff"},
        )


def test_backup_restore_equality(demo_app: Any, tmp_path: Path) -> None:
    """Both backends as the source (db_url fixture), a SQLite file and, when configured, PostgreSQL as target."""
    _attach(demo_app)
    out = tmp_path / "county.sebak"
    result = service.backup(demo_app.engine, out, PASS)
    assert (
        result.tables["children"] > 0 and result.tables["audit_log"] > 0 and result.tables["attachments"] >= 1
    )
    raw = out.read_bytes()
    with demo_app.engine.connect() as conn:
        name = conn.execute(text("SELECT name FROM children ORDER BY id LIMIT 1")).scalar_one()
    assert name.encode("utf-8") not in raw and b"audit_log" not in raw  # encrypted, not just compressed
    before = digests(demo_app.engine)
    targets = [f"sqlite:///{tmp_path / 'restored.sqlite3'}"]
    server = os.environ.get(PG_ENV)
    pg = _pg_database(server) if server else None
    if pg is not None:
        targets.append(next(pg))
    try:
        for url in targets:
            restored = service.restore(out, url, PASS)
            assert restored.tables == result.tables
            assert digests(url) == before, url
            from special_ed.bootstrap import build_app

            app2 = build_app(url, "b")  # opens at head and can write (sequences moved on)
            with app2.uow() as uow:
                from special_ed.persistence.models import Township

                uow.add(Township(code="500237999", name="新乡镇"))
                uow.commit()
            app2.close()
    finally:
        if pg is not None:
            pg.close()


def test_wrong_passphrase_and_damage_leave_the_target_untouched(sqlite_demo_app: Any, tmp_path: Path) -> None:
    out = tmp_path / "b.sebak"
    service.backup(sqlite_demo_app.engine, out, PASS)
    target = tmp_path / "target.sqlite3"
    target_url = f"sqlite:///{target}"

    def refused(path: Path, passphrase: str = PASS, replace: bool = False) -> str:
        with pytest.raises(SpecialEdError) as err:
            service.restore(path, target_url, passphrase, replace=replace)
        return err.value.code

    assert refused(out, "wrong passphrase") == "backup.wrong_passphrase"
    assert not target.exists()
    data = bytearray(out.read_bytes())
    for where in (len(data) // 2, len(data) - 5):
        damaged = tmp_path / f"d{where}.sebak"
        copy = bytearray(data)
        copy[where] ^= 0x01
        damaged.write_bytes(bytes(copy))
        assert refused(damaged) in {"backup.damaged", "backup.wrong_passphrase"}
    cut = tmp_path / "cut.sebak"
    cut.write_bytes(bytes(data[: len(data) - 100]))
    assert refused(cut) in {"backup.truncated", "backup.damaged"}
    header_edit = tmp_path / "h.sebak"
    header_edit.write_bytes(bytes(data).replace(b'"sqlite"', b'"sqlitX"', 1))
    assert refused(header_edit) in {"backup.damaged", "backup.wrong_passphrase"}
    assert not target.exists() and list(tmp_path.glob("*restoring*")) == []
    # an existing county is not overwritten without --replace, nor by a bad file with it
    service.restore(out, target_url, PASS)
    state = target.read_bytes()
    assert refused(out) == "restore.not_empty"
    assert refused(cut, replace=True) in {"backup.truncated", "backup.damaged"}
    assert target.read_bytes() == state


def test_replace_backs_up_first(sqlite_demo_app: Any, tmp_path: Path) -> None:
    out = tmp_path / "b.sebak"
    service.backup(sqlite_demo_app.engine, out, PASS)
    target = f"sqlite:///{tmp_path / 't.sqlite3'}"
    service.restore(out, target, PASS)
    eng = create_engine(target)
    with eng.begin() as conn:
        conn.execute(text("DELETE FROM guardians"))
    eng.dispose()
    changed = digests(target)
    result = service.restore(out, target, PASS, replace=True, backup_folder=tmp_path / "bak")
    assert result.previous_backup is not None and result.previous_backup.exists()
    assert digests(target) == digests(sqlite_demo_app.engine)
    again = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    service.restore(result.previous_backup, again, PASS)
    assert digests(again) == changed


def test_newer_backup_is_refused(
    sqlite_demo_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from special_ed.persistence import migrate

    out = tmp_path / "b.sebak"
    monkeypatch.setattr(migrate, "check_schema", lambda engine: "9999_from_the_future")
    service.backup(sqlite_demo_app.engine, out, PASS)
    monkeypatch.undo()
    with pytest.raises(SpecialEdError) as err:
        service.restore(out, f"sqlite:///{tmp_path / 't.sqlite3'}", PASS)
    assert err.value.code == "backup.newer_schema"
    assert not (tmp_path / "t.sqlite3").exists()


def test_older_backup_restores_and_migrates(tmp_path: Path) -> None:
    """A backup of a database at the first revision restores and is brought to head."""
    from alembic import command

    from special_ed.persistence import migrate
    from special_ed.persistence.database import make_engine

    src = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with src.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_initial")
        conn.execute(text("INSERT INTO townships (code, name, version) VALUES ('500237001', '高唐街道', 1)"))
    out = tmp_path / "old.sebak"
    assert service.backup(src, out, PASS).revision == "0001_initial"
    src.dispose()
    target = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    result = service.restore(out, target, PASS)
    assert result.revision == "0001_initial" and result.migrated_to == migrate.head_revision()
    eng = make_engine(target)
    assert migrate.current_revision(eng) == migrate.head_revision()
    eng.dispose()


def test_backup_is_one_snapshot_while_others_write(sqlite_demo_app: Any, tmp_path: Path) -> None:
    """Rows committed by another office while the backup runs are not half in it."""
    from special_ed.backup import dump as dump_module

    engine = sqlite_demo_app.engine
    started = threading.Event()
    original = dump_module.table_rows

    def slow_rows(conn: Any, table: Any) -> Iterator[list[Any]]:
        if table.name == "children":
            started.set()
            writer.join()
        yield from original(conn, table)

    def write() -> None:
        started.wait(30)
        with engine.begin() as conn:
            conn.execute(text("UPDATE children SET address = '改过的地址'"))
            conn.execute(text("DELETE FROM guardians"))

    writer = threading.Thread(target=write)
    writer.start()
    before = digests(engine)
    dump_module.table_rows = slow_rows  # type: ignore[assignment]
    try:
        out = tmp_path / "snap.sebak"
        service.backup(engine, out, PASS)
    finally:
        dump_module.table_rows = original  # type: ignore[assignment]
    target = f"sqlite:///{tmp_path / 'snap.sqlite3'}"
    service.restore(out, target, PASS)
    assert digests(target) == before
    assert digests(engine) != before


@pytest.mark.postgres
def test_transfer_sqlite_to_postgresql(sqlite_demo_app: Any) -> None:
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} not set")
    pg = _pg_database(server)
    url = next(pg)
    try:
        result = service.transfer(sqlite_demo_app.engine, url)
        assert result.tables["children"] > 0
        assert digests(url) == digests(sqlite_demo_app.engine)
        with pytest.raises(SpecialEdError) as err:
            service.transfer(sqlite_demo_app.engine, url)
        assert err.value.code == "transfer.not_empty"
        # and back: PostgreSQL → a new SQLite file gives the same digests again
    finally:
        pg.close()


def test_cli_backup_restore_and_messages(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SPECIAL_ED_BACKUP_PASSPHRASE", None)
    db = tmp_path / "county.sqlite3"

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "special_ed", "--db", str(db), *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=300)  # fmt: skip

    assert run("demo", "--children", "40").returncode == 0
    out = tmp_path / "x.sebak"
    missing = run("backup", "--out", str(out))
    assert missing.returncode == 2 and "--passphrase-stdin" in missing.stderr and not out.exists()
    assert "至少" in run("backup", "--out", str(out), "--passphrase-stdin", stdin="short\n").stderr
    ok = run("backup", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert ok.returncode == 0 and "已加密" in ok.stdout
    db = tmp_path / "restored.sqlite3"
    wrong = run("restore", str(out), "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.returncode == 2 and "密码不正确" in wrong.stderr and wrong.stderr.count("\n") == 1
    assert not db.exists()
    good = run("restore", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert good.returncode == 0, good.stderr
    assert "恢复" in good.stdout and db.exists()
