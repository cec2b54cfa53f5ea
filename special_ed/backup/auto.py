"""The backups an office keeps: on demand, and automatically on the first start of each day.

The administrator chooses a folder (a USB stick, a network share) and how many backups to keep;
the first start of each day writes ``special-ed-YYYYmmdd-HHMMSS.sebak`` there and removes the
oldest beyond the number kept. The passphrase of automatic backups is kept in the OS keyring
(:mod:`special_ed.secret_store`) when there is one; without one the program asks at that start.
The age of the newest backup is what the status bar shows, with a warning after a week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from special_ed.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:  # the crypto and the dump are imported when a backup is made, not at start-up
    from sqlalchemy import Engine

    from special_ed.backup import service
    from special_ed.backup.dump import DumpSummary
    from special_ed.persistence.database import DatabaseInfo
    from special_ed.secret_store import SecretStore

PREFIX = "special-ed-"
_NAME = re.compile(r"^special-ed-(\d{8}-\d{6})\.sebak$")
STALE_AFTER = timedelta(days=7)
PASSPHRASE_SECRET = "backup-passphrase"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupAge:
    path: Path | None
    taken: datetime | None
    now: datetime

    @property
    def age(self) -> timedelta | None:
        return None if self.taken is None else self.now - self.taken

    @property
    def stale(self) -> bool:
        """No backup at all, or the newest is older than a week."""
        return self.age is None or self.age > STALE_AFTER

    def describe(self, lang: str = "zh") -> str:
        if self.taken is None:
            return "尚无备份" if lang == "zh" else "no backup yet"
        days = (self.now.date() - self.taken.date()).days
        if lang == "zh":
            when = "今天" if days == 0 else "昨天" if days == 1 else f"{days} 天前"
            text = f"最新备份：{when} {self.taken:%H:%M}" if days <= 1 else f"最新备份：{when}"
            return text + ("，已超过一周，请尽快备份" if self.stale else "")
        when = "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"
        return f"newest backup: {when}" + (" — over a week old, back up soon" if self.stale else "")


def taken_at(path: Path) -> datetime:
    match = _NAME.match(path.name)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def backups_in(folder: Path) -> list[Path]:
    """This program's backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{PREFIX}*.sebak") if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


class BackupService:
    def __init__(self, engine: Engine, info: DatabaseInfo, secrets: SecretStore) -> None:
        self.engine = engine
        self.info = info
        self.secrets = secrets

    # -- on demand --------------------------------------------------------------------------
    def backup_to(self, out: Path, passphrase: str, progress: Progress = NO_PROGRESS) -> service.BackupResult:
        from special_ed.backup import service

        return service.backup(self.engine, out, passphrase, progress)

    def verify(self, path: Path, passphrase: str, progress: Progress = NO_PROGRESS) -> DumpSummary:
        from special_ed.backup import service

        return service.verify(path, passphrase, progress)

    def restore_to(
        self,
        path: Path,
        target_url: str,
        passphrase: str,
        progress: Progress = NO_PROGRESS,
        *,
        db_passphrase: str | None = None,
    ) -> service.RestoreResult:
        """Restore into another, empty database (the open one stays as it is). An encrypted target
        file gets the keyring's key (a new one for a new file) or ``db_passphrase``."""
        from special_ed.persistence.database import describe, with_key

        target = describe(target_url)
        if target_url == self.info.url or (target.path is not None and target.path == self.info.path):
            from special_ed.errors import SpecialEdError

            raise SpecialEdError("restore.not_empty", target=self.info.display)
        from special_ed.backup import service

        key = with_key(target, self.secrets, passphrase=db_passphrase).key
        return service.restore(path, target_url, passphrase, progress=progress, key=key)

    # -- automatic ---------------------------------------------------------------------------
    def newest(self, folder: Path | None, now: datetime | None = None) -> BackupAge:
        now = now or datetime.now()
        found = backups_in(folder) if folder else []
        if not found:
            return BackupAge(None, None, now)
        return BackupAge(found[0], taken_at(found[0]), now)

    def due(self, folder: Path | None, now: datetime | None = None) -> bool:
        """True when a folder is set and it holds no backup from today."""
        if folder is None:
            return False
        newest = self.newest(folder, now)
        return newest.taken is None or newest.taken.date() != newest.now.date()

    def auto_backup(
        self, folder: Path, passphrase: str, keep: int = DEFAULT_KEEP, progress: Progress = NO_PROGRESS,
        now: datetime | None = None,
    ) -> service.BackupResult:  # fmt: skip
        from special_ed.backup import service

        now = now or datetime.now()
        folder.mkdir(parents=True, exist_ok=True)
        result = service.backup(
            self.engine, folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.sebak", passphrase, progress
        )
        for old in backups_in(folder)[max(1, keep) :]:
            old.unlink(missing_ok=True)
        return result

    def saved_passphrase(self) -> str | None:
        """The automatic backups' passphrase from the keyring; None when there is none or no keyring."""
        if not self.secrets.available():
            return None
        return self.secrets.get(PASSPHRASE_SECRET)

    def save_passphrase(self, passphrase: str) -> bool:
        """Keep it in the keyring; False when this PC has no keyring (it is then asked at each backup)."""
        if not self.secrets.available():
            return False
        self.secrets.set(PASSPHRASE_SECRET, passphrase)
        return True
