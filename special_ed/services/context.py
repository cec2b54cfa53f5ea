"""What every service needs: a way to open a unit of work, the acting user, the clock, the settings."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from special_ed.domain.settings import Settings
from special_ed.errors import PermissionDeniedError
from special_ed.persistence.database import DatabaseInfo
from special_ed.persistence.uow import UnitOfWork
from special_ed.services.settings_rows import load_settings


@dataclass(frozen=True)
class Actor:
    """Who is acting. Until accounts exist this is the OS user, with full rights."""

    name: str
    role: str = "coordinator"  # coordinator | viewer

    @staticmethod
    def from_os() -> Actor:
        try:
            return Actor(getpass.getuser() or "unknown")
        except Exception:
            return Actor("unknown")


# The one place where rights are decided; services name the action they perform.
READ_ONLY_ACTIONS = frozenset({"read"})


def authorize(actor: Actor, action: str) -> None:
    if actor.role == "viewer" and action not in READ_ONLY_ACTIONS:
        raise PermissionDeniedError(detail=f"{actor.name}: {action}")


@dataclass
class ServiceContext:
    make_uow: Callable[[str], UnitOfWork]
    actor: Actor
    info: DatabaseInfo
    clock: Callable[[], datetime] = datetime.now
    _settings: Settings | None = field(default=None, repr=False)

    def uow(self, action: str = "write") -> UnitOfWork:
        """Open a unit of work for ``action`` ("read" or a write action), after the permission check."""
        authorize(self.actor, action)
        return self.make_uow(self.actor.name)

    def today(self) -> date:
        return self.clock().date()

    def settings(self, refresh: bool = False) -> Settings:
        """The county's norms, read once and cached; ``refresh`` re-reads what other offices saved."""
        if self._settings is None or refresh:
            with self.uow("read") as uow:
                self._settings = load_settings(uow)
        return self._settings

    def settings_changed(self, settings: Settings) -> None:
        self._settings = settings
