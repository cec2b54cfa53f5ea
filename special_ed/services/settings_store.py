"""Settings kept in the database, one JSON row per top-level key, shared by every office."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from special_ed.domain.settings import Settings
from special_ed.errors import ConflictError
from special_ed.persistence import audit
from special_ed.persistence.models import SettingRow
from special_ed.persistence.uow import UnitOfWork
from special_ed.services.context import ServiceContext


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, refresh: bool = False) -> Settings:
        return self.ctx.settings(refresh)

    def versions(self) -> dict[str, int]:
        with self.ctx.uow("read") as uow:
            return {row.key: row.version for row in uow.session.scalars(select(SettingRow))}

    def save(self, settings: Settings | dict[str, Any], expected: dict[str, int] | None = None) -> Settings:
        """Validate, then store every key that changed; a key another office changed meanwhile is a conflict."""
        data = settings.to_dict() if isinstance(settings, Settings) else settings
        validated = Settings.from_dict(data)  # raises ValidationError listing every problem
        with self.ctx.uow("settings.write") as uow:
            self.write(uow, validated, expected)
            uow.commit()
        self.ctx.settings_changed(validated)
        return validated

    def set_idle_lock(self, minutes: int) -> Settings:
        """How long a logged-in window may sit without input before it locks, for every office.

        Administrators only (``settings.write``); out of range (``IDLE_LOCK_RANGE``) is refused
        naming the setting, and nothing is written. Only this key is stored, so norms another
        office is editing are neither overwritten nor in conflict. The new time applies at once
        in this process (the cached settings are replaced); the idle lock reads it on every check.
        """
        self.ctx.authorize("settings.write")
        current = self.get(refresh=True)
        validated = Settings.from_dict({**current.to_dict(), "idle_lock_minutes": minutes})
        with self.ctx.uow("settings.write") as uow:
            self.write(uow, validated)
            uow.commit()
        self.ctx.settings_changed(validated)
        return validated

    def write(self, uow: UnitOfWork, settings: Settings, expected: dict[str, int] | None = None) -> None:
        """Store every key of ``settings`` that changed, audited, inside the caller's unit of work.

        The caller commits, then calls ``ctx.settings_changed``; used where settings change together
        with other rows (the county's profile with its areas) so that neither is half-written.
        """
        write_settings(uow, settings, self.ctx.actor.name, self.ctx.clock(), expected)


def write_settings(
    uow: UnitOfWork, settings: Settings, who: str, now: datetime, expected: dict[str, int] | None = None
) -> None:
    """The one writer of settings rows (with their audit entries); see :meth:`SettingsService.write`."""
    stored = settings.to_dict()
    rows = {row.key: row for row in uow.session.scalars(select(SettingRow))}
    # what was in force: stored rows over defaults (a key never saved is at its default)
    before = {**Settings().to_dict(), **{k: r.value for k, r in rows.items()}}
    for key, value in stored.items():
        row = rows.get(key)
        if row is not None and expected is not None and key in expected and expected[key] != row.version:
            raise ConflictError(by=row.updated_by or "")
        if before.get(key) != value:
            # settings rows are keyed by name, not Audited models: the audit entry is written here
            audit.record(
                uow.session,
                at=now,
                user=who,
                table="settings",
                record_id=key,
                action="update",
                changes={key: [before.get(key), value]},
            )
        if row is None:
            uow.add(SettingRow(key=key, value=value, updated_by=who, updated_at=now))
        elif row.value != value:
            row.value = value
            row.updated_by = who
            row.updated_at = now
