"""The audit chain: every row hashes the previous one; removing or altering a row is detected."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from special_ed.bootstrap import App
from special_ed.persistence import audit
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as


def _verify(app: App) -> audit.ChainReport:
    with app.engine.connect() as conn:
        return audit.verify(conn)


def _raw(app: App, sql: str) -> None:
    """What someone with the database file (or a superuser) could do behind the application's back."""
    with app.engine.begin() as conn:
        if app.info.backend == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        conn.execute(text(sql))
        if app.info.backend == "postgresql":
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))


def _writes(county: Callable[[], App]) -> App:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    admin.accounts.disable("coord")
    admin.accounts.enable("coord")
    return admin


def test_an_untouched_chain_verifies(county: Callable[[], App]) -> None:
    admin = _writes(county)
    report = _verify(admin)
    assert report.intact and report.rows >= 5


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_log SET \"user\" = '县教委主任(冒名)' WHERE id = (SELECT MIN(id) + 2 FROM audit_log)",
        "DELETE FROM audit_log WHERE id = (SELECT MIN(id) + 1 FROM audit_log)",
        "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
    ],
    ids=["altered", "deleted-middle", "deleted-last"],
)
def test_a_deleted_or_altered_row_is_detected(county: Callable[[], App], tamper: str) -> None:
    admin = _writes(county)
    _raw(admin, tamper)
    report = _verify(admin)
    assert not report.intact
    assert report.problems[0][1] in {"audit.verify.broken", "audit.verify.tail_removed"}


def test_postgresql_refuses_update_and_delete_of_audit_rows(county: Callable[[], App]) -> None:
    admin = _writes(county)
    if admin.info.backend != "postgresql":
        pytest.skip("the append-only trigger is PostgreSQL's")
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), admin.engine.begin() as conn:
            conn.execute(text(sql))
    assert _verify(admin).intact


def test_guardian_edits_and_removals_are_audited_with_their_child(county: Callable[[], App]) -> None:
    from dataclasses import replace

    from sqlalchemy import select

    from special_ed.domain.child import GuardianInput
    from special_ed.persistence.models import AuditEntry
    from special_ed.results.registry import RegistryFilter

    admin = login_as(county, "admin", ADMIN_PASSWORD)
    child_id = admin.registry.ids(RegistryFilter())[0]
    detail = admin.children.get(child_id)
    first = detail.data.guardians[0]
    two = [replace(first, phone="13900001111"), GuardianInput("外婆", first.relation, "13900002222")]
    saved = admin.children.update(child_id, replace(detail.data, guardians=two), detail.version)
    admin.children.update(child_id, replace(detail.data, guardians=[two[0]]), saved.version)
    with admin.ctx.system_uow() as uow:
        rows = list(uow.session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "guardians", AuditEntry.child_id == child_id)
            .order_by(AuditEntry.id)))
        seen = [(r.action, r.user, r.changes) for r in rows]
    actions = [a for a, _u, _c in seen]
    assert "delete" in actions and ("update" in actions or "insert" in actions)
    assert all(user == "admin" for _a, user, _c in seen)
    # the removed guardian's values stay readable in the audit (guardians dropped from the list are orphans)
    removed = [c for a, _u, c in seen if a == "delete"]
    assert any(c["name"][0] == "外婆" and c["phone"][0] == "13900002222" for c in removed)
    assert _verify(admin).intact
