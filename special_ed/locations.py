"""Where the application keeps its files: one definition for the CLI and the GUI.

Qt-free and SQL-free, so the UI may import it (it may not import persistence): the desktop
program and ``special-ed`` without ``--db`` open the same file.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "special-ed"
DEFAULT_DB_NAME = "special_ed.sqlite3"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return default_data_dir() / DEFAULT_DB_NAME


def default_backup_dir() -> Path:
    return default_data_dir() / "backups"
