"""Reading the county's settings from their rows (one JSON row per top-level key).

Kept apart from :mod:`special_ed.services.settings_store` (which saves them
and needs the service context) so that the context can read settings without
an import cycle.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from special_ed.domain.settings import Settings
from special_ed.persistence.models import SettingRow
from special_ed.persistence.uow import UnitOfWork


def load_settings(uow: UnitOfWork) -> Settings:
    rows = uow.session.scalars(select(SettingRow)).all()
    data: dict[str, Any] = {row.key: row.value for row in rows}
    return Settings.from_dict(data)
