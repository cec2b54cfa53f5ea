"""Accounts: creation rules, login, lock-out on a fake clock, administrators' changes, bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from special_ed.bootstrap import App, build_app
from special_ed.domain.access import Role
from special_ed.errors import NotFoundError, PermissionDeniedError, SpecialEdError, ValidationError
from special_ed.persistence.models import Account, AuditEntry
from special_ed.services.accounts import LOCK_MINUTES, MAX_FAILURES, AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, FAST_KDF, FakeClock, login_as


def _snapshot(app: App) -> list[tuple[object, ...]]:
    with app.ctx.system_uow() as uow:
        return [
            (a.login, a.role, a.active, a.password_hash, a.township_id, a.must_change_password, a.version)
            for a in uow.session.scalars(select(Account).order_by(Account.id))
        ]


def test_single_user_mode_until_the_first_account_which_must_be_an_administrator(db_url: str) -> None:
    app = build_app(db_url, "单机用户", kdf=FAST_KDF)
    try:
        assert not app.accounts.exist() and app.actor.single_user
        with pytest.raises(ValidationError) as err:
            app.accounts.create(AccountInput("wang", "coordinator", "password-123"))
        assert err.value.issues[0].code == "accounts.first_must_be_admin"
        assert not app.accounts.exist()
        row = app.accounts.create(AccountInput("admin", "admin", "password-123"))
        assert row.role is Role.ADMIN and not row.must_change_password  # the first admin chose it
    finally:
        app.close()
    again = build_app(db_url, "单机用户", kdf=FAST_KDF)
    try:
        assert again.actor.locked
        with pytest.raises(PermissionDeniedError) as denied:
            again.registry.count(__import__("special_ed.services.registry", fromlist=["RegistryFilter"]).RegistryFilter())
        assert denied.value.code == "permission.login_required"
    finally:
        again.close()


def test_login_names_the_account_in_the_audit_and_must_change_on_first_login(
    county: Callable[[], App],
) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("zhang", "township", "first-pass-1", "张三", township="巫峡镇"))
    user = county()
    actor = user.accounts.login("zhang", "first-pass-1")
    assert actor.must_change_password and actor.scope.label == "巫峡镇"
    from special_ed.results.registry import RegistryFilter

    with pytest.raises(PermissionDeniedError) as err:
        user.registry.count(RegistryFilter())
    assert err.value.code == "permission.must_change_password"
    with pytest.raises(ValidationError):
        user.accounts.change_own_password("first-pass-1", "short")
    user.accounts.change_own_password("first-pass-1", "second-pass-2")
    assert user.registry.count(RegistryFilter()) > 0
    with user.ctx.system_uow() as uow:
        logins = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "login")))
        users = {e.user for e in logins}
    assert {"admin", "zhang"} <= users
    again = county()
    with pytest.raises(SpecialEdError) as wrong:
        again.accounts.login("zhang", "first-pass-1")
    assert wrong.value.code == "auth.wrong_password"
    again.accounts.login("zhang", "second-pass-2")


def test_bad_logins_are_refused_with_a_clear_message(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("li", "viewer", "viewer-pass-1"))
    admin.accounts.disable("li")
    app = county()
    with pytest.raises(SpecialEdError) as unknown:
        app.accounts.login("nobody", "whatever-123")
    assert unknown.value.code == "auth.unknown_user" and "nobody" in unknown.value.message("zh")
    with pytest.raises(SpecialEdError) as disabled:
        app.accounts.login("li", "viewer-pass-1")
    assert disabled.value.code == "auth.disabled"
    with pytest.raises(SpecialEdError) as wrong:
        app.accounts.login("admin", "not-the-password")
    assert wrong.value.code == "auth.wrong_password"
    assert f"再错 {MAX_FAILURES - 1} 次" in wrong.value.message("zh")
    assert app.actor.locked  # still nobody
    with app.ctx.system_uow() as uow:
        failed = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")))
        reasons = {e.changes["reason"][1] for e in failed}
    assert reasons == {"unknown_user", "disabled", "wrong_password"}


def test_lock_out_after_repeated_failures_lifts_at_the_time_it_says(
    county: Callable[[], App], clock: FakeClock
) -> None:
    app = county()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SpecialEdError) as err:
            app.accounts.login("admin", "wrong-password")
        assert err.value.code == "auth.wrong_password"
    with pytest.raises(SpecialEdError) as locked:
        app.accounts.login("admin", "wrong-password")
    assert locked.value.code == "auth.locked"
    assert "10:15" in locked.value.message("zh")  # the clock says 10:00; the lock lasts LOCK_MINUTES
    assert LOCK_MINUTES == 15
    clock.advance(minutes=14)
    with pytest.raises(SpecialEdError) as still:
        app.accounts.login("admin", ADMIN_PASSWORD)  # the right password does not open a locked account
    assert still.value.code == "auth.locked"
    clock.advance(minutes=1, seconds=1)
    actor = app.accounts.login("admin", ADMIN_PASSWORD)
    assert actor.role is Role.ADMIN
    # a fresh run of failures starts from zero after the successful login
    with pytest.raises(SpecialEdError) as again:
        app.accounts.login("admin", "wrong-password")
    assert f"再错 {MAX_FAILURES - 1} 次" in again.value.message("zh")


def test_admin_reset_ends_a_lock_and_forces_a_new_password(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    other = county()
    for _ in range(MAX_FAILURES):
        with pytest.raises(SpecialEdError):
            other.accounts.login("coord", "wrong-password")
    admin.accounts.reset("coord", "reset-pass-22")
    actor = other.accounts.login("coord", "reset-pass-22")
    assert actor.must_change_password


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        (AccountInput("t1", "township", "password-1", township="没有这个镇"), "accounts.scope_unknown", "township"),
        (AccountInput("t2", "township", "password-1"), "accounts.scope_required", "township"),
        (AccountInput("t3", "teacher", "password-1", team="不存在的小组"), "accounts.scope_unknown", "team"),
        (AccountInput("t4", "chief", "password-1"), "accounts.role_invalid", "role"),
        (AccountInput("t5", "viewer", "short"), "accounts.password_short", "password"),
        (AccountInput("has space", "viewer", "password-1"), "accounts.login_invalid", "login"),
        (AccountInput("admin", "viewer", "password-1"), "accounts.exists", "login"),
    ],
)
def test_bad_account_input_changes_nothing(
    county: Callable[[], App], data: AccountInput, code: str, field: str
) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    before = _snapshot(admin)
    with pytest.raises(ValidationError) as err:
        admin.accounts.create(data)
    assert (err.value.issues[0].code, err.value.issues[0].field) == (code, field)
    assert err.value.message("zh")  # worded, not a bare code
    assert not err.value.message("zh").startswith("accounts.")
    assert _snapshot(admin) == before


def test_last_admin_and_own_role_are_protected(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("admin2", "admin", "second-admin-1"))
    before = _snapshot(admin)
    with pytest.raises(SpecialEdError) as own:
        admin.accounts.set_role("admin", "coordinator")
    assert own.value.code == "accounts.own_role"
    with pytest.raises(SpecialEdError) as own_disable:
        admin.accounts.disable("admin")
    assert own_disable.value.code == "accounts.own_disable"
    assert _snapshot(admin) == before
    second = login_as(county, "admin2", "second-admin-1")
    second.accounts.change_own_password("second-admin-1", "second-admin-2")
    second.accounts.disable("admin")  # another admin remains: allowed
    admin.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    before = _snapshot(second)
    # now admin2 is the last active administrator; the coordinator account is disabled by admin2 fine
    with pytest.raises(SpecialEdError) as last:
        admin.accounts.set_role("admin2", "viewer")
    assert last.value.code == "accounts.last_admin"
    assert _snapshot(second) == before
    with pytest.raises(NotFoundError):
        second.accounts.disable("ghost")


def test_only_administrators_manage_accounts(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    coord = login_as(county, "coord", "coord-pass-1")
    coord.accounts.change_own_password("coord-pass-1", "coord-pass-2")
    before = _snapshot(admin)
    for call in (
        lambda: coord.accounts.create(AccountInput("x", "viewer", "password-1")),
        lambda: coord.accounts.disable("admin"),
        lambda: coord.accounts.reset("admin", "password-1"),
        lambda: coord.accounts.rows(),
    ):
        with pytest.raises(PermissionDeniedError) as err:
            call()
        assert "县特教中心" in err.value.message("zh")
    assert _snapshot(admin) == before
    with coord.ctx.system_uow() as uow:
        denied = uow.session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "denied"))
    assert denied == 4


def test_the_password_never_reaches_the_database_or_the_audit(db_url: str, tmp_path: object) -> None:
    from special_ed.services.demo import generate_demo

    secret = "Geheim-密码-7731"
    app = build_app(db_url, "安装员", kdf=FAST_KDF)
    try:
        generate_demo(app.ctx, seed=3, children=20, reference=date(2026, 9, 1))
        app.accounts.create(AccountInput("root", "admin", secret))
        app.accounts.login("root", secret)
        app.accounts.create(AccountInput("t", "township", secret + "x", township="高唐街道"))
        app.accounts.reset("t", secret + "y")
        with app.ctx.system_uow() as uow:
            audit_text = " ".join(str(e.changes) for e in uow.session.scalars(select(AuditEntry)))
            hashes = list(uow.session.scalars(select(Account.password_hash)))
        assert secret not in audit_text and "***" in audit_text
        assert all(h.startswith("$argon2id$") and secret not in h for h in hashes)
        if app.info.path is not None:
            app.engine.dispose()
            raw = b"".join(p.read_bytes() for p in app.info.path.parent.glob(app.info.path.name + "*"))
            assert secret.encode() not in raw
    finally:
        app.close()
