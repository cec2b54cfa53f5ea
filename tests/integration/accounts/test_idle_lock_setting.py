"""The idle-lock time: a county setting every office reads, changed by an administrator only, in range."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from special_ed.bootstrap import App
from special_ed.domain.settings import Settings
from special_ed.errors import PermissionDeniedError, ValidationError
from special_ed.persistence import models as m
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as


def test_settings_default_and_range() -> None:
    assert Settings().idle_lock_minutes == 15
    assert Settings.from_dict({"idle_lock_minutes": 120}).idle_lock_minutes == 120
    for bad, code in ((0, "settings.range"), (121, "settings.range"), ("半小时", "settings.integer"), (2.5, "settings.range")):
        with pytest.raises(ValidationError) as raised:
            Settings.from_dict({"idle_lock_minutes": bad})
        (issue,) = raised.value.issues
        assert issue.code == code
        assert "空闲锁定时间（分钟）" in issue.message("zh")  # the setting is named in Chinese


def test_an_administrator_sets_it_for_every_office(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.settings.set_idle_lock(5)
    assert admin.settings.get().idle_lock_minutes == 5  # this office: at once, no restart
    other_office = county()  # another PC opening the same database
    assert other_office.settings.get().idle_lock_minutes == 5
    with admin.uow("read") as uow:
        rows = uow.session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.table_name == "settings", m.AuditEntry.record_id == "idle_lock_minutes")
        ).all()
        assert [(r.user, r.changes) for r in rows] == [("admin", {"idle_lock_minutes": [15, 5]})]


def test_out_of_range_and_other_roles_change_nothing(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    with pytest.raises(ValidationError) as raised:
        admin.settings.set_idle_lock(0)
    assert "1–120" in raised.value.issues[0].message("zh")
    coordinator = county()
    coordinator.accounts.login("coord", "coord-pass-1")
    coordinator.accounts.change_own_password("coord-pass-1", "coord-pass-2")
    with pytest.raises(PermissionDeniedError):
        coordinator.settings.set_idle_lock(60)
    assert county().settings.get().idle_lock_minutes == 15
