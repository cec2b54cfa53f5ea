"""The GUI never stores a PostgreSQL password in clear in QSettings: keyring, or ask."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import null

from special_ed.db_secrets import split_password, with_password
from special_ed.secret_store import MemoryKeyring, SecretStore
from ui import prefs
from ui.startup import DB_KEY, remember_url, remembered_url

URL = "postgresql+psycopg://clerk:S3cr%3At-密@10.0.0.5:5432/county"
SECRET = "S3cr:t-密"


def _ini_text(folder: Path) -> str:
    prefs.prefs().sync()
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*.ini"))


def test_split_and_join_keep_the_url_otherwise_intact() -> None:
    bare, password = split_password(URL)
    assert password == SECRET and "S3cr" not in bare and bare.startswith("postgresql+psycopg://clerk@10.0.0.5")
    assert split_password(with_password(bare, SECRET)) == (bare, SECRET)
    assert split_password("sqlite:////tmp/a.sqlite3") == ("sqlite:////tmp/a.sqlite3", None)


def test_with_a_keyring_the_password_lives_there_and_not_in_qsettings(isolated_prefs: Path) -> None:
    store = SecretStore(MemoryKeyring())
    remember_url(URL, store)
    assert SECRET not in _ini_text(isolated_prefs) and "S3cr" not in _ini_text(isolated_prefs)
    asked: list[str] = []
    full = remembered_url(store, ask=lambda where: asked.append(where) or "x")
    assert full is not None and split_password(full) == split_password(URL)
    assert not asked


def test_without_a_keyring_nothing_is_written_down_and_the_password_is_asked(isolated_prefs: Path) -> None:
    store = SecretStore(null.Keyring())
    assert not store.available()
    remember_url(URL, store)
    assert "S3cr" not in _ini_text(isolated_prefs)
    asked: list[str] = []

    def ask(where: str) -> str:
        asked.append(where)
        return SECRET

    full = remembered_url(store, ask=ask)
    assert asked and "S3cr" not in asked[0]
    assert full is not None and split_password(full) == split_password(URL)
    assert remembered_url(store, ask=lambda _w: None) is None  # cancelled: go to the database choice


def test_a_clear_password_left_by_an_older_version_is_moved_out(isolated_prefs: Path) -> None:
    prefs.prefs().setValue(DB_KEY, URL)
    store = SecretStore(MemoryKeyring())
    full = remembered_url(store, ask=lambda _w: None)
    assert full is not None and split_password(full)[1] == SECRET
    assert "S3cr" not in _ini_text(isolated_prefs)
