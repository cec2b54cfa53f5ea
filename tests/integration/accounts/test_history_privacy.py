"""A child's history: not readable outside the scope; a viewer sees identifiers masked in it too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from special_ed.bootstrap import App
from special_ed.errors import NotFoundError
from special_ed.persistence.models import Child
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as


def _account(county: Callable[[], App], login: str, role: str, **scope: str) -> App:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput(login, role, "first-pass-1", **scope))
    app = login_as(county, login, "first-pass-1")
    app.accounts.change_own_password("first-pass-1", "second-pass-2")
    return app


def test_history_is_scoped_and_masked_for_a_viewer(county: Callable[[], App]) -> None:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    with admin.engine.connect() as conn:
        child_id = conn.scalar(select(Child.id).where(Child.resident_id.is_not(None)).order_by(Child.id).limit(1))
        tid = conn.scalar(select(Child.township_id).where(Child.id == child_id))
        other = conn.scalar(text("SELECT name FROM townships WHERE id != :t ORDER BY id LIMIT 1"), {"t": tid})
    detail = admin.children.get(child_id)
    new_id = detail.data.resident_id
    admin.children.update(child_id, replace(detail.data, guardians=[replace(g, phone="13912345678")
                                                                      for g in detail.data.guardians]),
                          detail.version)
    full = admin.children.history(child_id)
    assert any("13912345678" in str(e.changes) for e in full)

    viewer = _account(county, "du", "viewer")
    seen = viewer.children.history(child_id)
    assert seen and all("13912345678" not in str(e.changes) for e in seen)
    assert any("139****5678" in str(e.changes) for e in seen)
    assert all(new_id not in str(e.changes) for e in seen)
    page = viewer.registry.page(RegistryQuery(RegistryFilter(child_ids=(child_id,))))
    assert page.rows[0].resident_id != new_id and "*" in page.rows[0].resident_id
    form = viewer.children.get(child_id)
    assert "*" in form.data.resident_id and all("*" in g.phone for g in form.data.guardians if g.phone)

    outsider = _account(county, "town", "township", township=other)
    with pytest.raises(NotFoundError):
        outsider.children.history(child_id)
