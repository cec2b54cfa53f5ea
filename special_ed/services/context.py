"""What every service needs: a way to open a unit of work, the acting user, the clock, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from special_ed.domain.access import Actor, Role, Scope, action_label, allowed
from special_ed.domain.settings import Settings
from special_ed.errors import PermissionDeniedError
from special_ed.persistence import audit
from special_ed.persistence.database import DatabaseInfo
from special_ed.persistence.uow import UnitOfWork
from special_ed.services.settings_rows import load_settings

__all__ = ["Actor", "Role", "Scope", "ServiceContext", "authorize"]


def authorize(actor: Actor, action: str) -> None:
    """Raise unless ``actor`` may perform ``action`` (the rule itself: :func:`domain.access.allowed`)."""
    if allowed(actor, action):
        return
    if actor.locked:
        raise PermissionDeniedError("permission.login_required")
    if actor.must_change_password:
        raise PermissionDeniedError("permission.must_change_password", who=actor.name)
    raise PermissionDeniedError(
        "permission.denied", who=actor.shown_name, role=actor.role.label, action=action_label(action), act=action
    )


@dataclass
class ServiceContext:
    make_uow: Callable[[str, Scope | None], UnitOfWork]
    actor: Actor
    info: DatabaseInfo
    clock: Callable[[], datetime] = datetime.now
    _settings: Settings | None = field(default=None, repr=False)

    def uow(self, action: str = "write") -> UnitOfWork:
        """Open a unit of work for ``action`` ("read" or a write action), after the permission check.

        The unit of work carries the actor's scope: its queries see only the children in it.
        """
        self.authorize(action)
        return self.make_uow(self.actor.name, self.actor.scope)

    def authorize(self, action: str) -> None:
        """Check ``action``; a refusal of a logged-in account is audited before it is raised."""
        try:
            authorize(self.actor, action)
        except PermissionDeniedError:
            if self.actor.account_id is not None:
                self.audit_event("accounts", self.actor.account_id, "denied", {"action": [None, action]})
            raise

    def system_uow(self) -> UnitOfWork:
        """A unit of work without permission check or scope: logins and audit events only."""
        return self.make_uow(self.actor.name, None)

    def audit_event(
        self,
        table: str,
        record_id: str | int,
        action: str,
        changes: dict[str, Any] | None = None,
        *,
        user: str | None = None,
        child_id: int | None = None,
    ) -> None:
        """Write one event (login, refusal, export, full-ID print) into the audit, in its own transaction."""
        with self.make_uow(user or self.actor.name, None) as uow:
            audit.record(uow.session, at=self.clock(), user=user or self.actor.name, table=table,
                         record_id=record_id, action=action, changes=changes, child_id=child_id)
            uow.commit()

    def today(self) -> date:
        return self.clock().date()

    def settings(self, refresh: bool = False) -> Settings:
        """The county's norms, read once and cached; ``refresh`` re-reads what other offices saved."""
        if self._settings is None or refresh:
            with self.system_uow() as uow:
                self._settings = load_settings(uow)
        return self._settings

    def settings_changed(self, settings: Settings) -> None:
        self._settings = settings
