"""Every service refuses what a role may not do — checked by the service, whatever the UI shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from special_ed.bootstrap import App
from special_ed.domain.enums import CancelReason, Placement
from special_ed.domain.placement import PlacementInput
from special_ed.errors import PermissionDeniedError
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as

TOWN = "巫峡镇"
ROLES = ("admin", "coordinator", "township", "school", "teacher", "viewer")


def _first_child(app: App) -> int:
    page = app.registry.page(RegistryQuery(RegistryFilter(), limit=1))
    return page.rows[0].id


def _planned_visit(app: App) -> int:
    from sqlalchemy import text

    with app.engine.connect() as conn:
        return int(conn.scalar(text("SELECT MIN(id) FROM visits WHERE status = 'planned'")))


def _calls(app: App) -> dict[str, tuple[set[str], Callable[[], Any]]]:
    """What each service call needs: the roles allowed (admin always is)."""

    def edit_child() -> Any:
        cid = _first_child(app)
        d = app.children.get(cid)
        return app.children.update(cid, replace(d.data, notes="核实"), d.version)

    return {
        "read registry": (set(ROLES), lambda: app.registry.count(RegistryFilter())),
        "edit child": ({"coordinator", "township", "school"}, edit_child),
        "archive child": ({"coordinator"}, lambda: app.children.archive(_first_child(app), "迁出本县")),
        "place": ({"coordinator"}, lambda: app.placement.place(
            _first_child(app), PlacementInput(Placement.MAINSTREAM, date(2026, 11, 1), "x"))),
        "coverage exception": ({"coordinator"}, lambda: app.coverage.add_exception(
            _first_child(app), "住院治疗", date(2026, 11, 1))),
        "cancel visit": ({"coordinator", "township", "school", "teacher"},
                         lambda: app.visits.cancel(_planned_visit(app), CancelReason.WEATHER)),
        "archive attachment": ({"coordinator", "township", "school", "teacher"},
                               lambda: app.records.archive_attachment(10**9, "错传")),
        "run 三查": ({"coordinator"}, lambda: app.check.run()),
        "create team": ({"coordinator"}, lambda: app.reference.create_team("新组", 1, [])),
        "save settings": (set(), lambda: app.settings.save(app.settings.get())),
        "manage accounts": (set(), lambda: app.accounts.reset("admin", "whatever-123")),
        "export": (set(ROLES), lambda: app.export.children_rows(RegistryFilter())),
        "export full": ({"coordinator", "township", "school"},
                        lambda: app.export.children_rows(RegistryFilter(), full=True)),
    }


@pytest.fixture
def people(county: Callable[[], App]) -> dict[str, App]:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    from sqlalchemy import text

    with admin.engine.connect() as conn:
        school = conn.scalar(text("SELECT s.name FROM schools s JOIN children c ON c.placement_school_id = s.id "
                                  "GROUP BY s.name ORDER BY COUNT(*) DESC LIMIT 1"))
        team = conn.scalar(text("SELECT t.name FROM teams t JOIN children c ON c.team_id = t.id "
                                "GROUP BY t.name ORDER BY COUNT(*) DESC LIMIT 1"))
    scopes = {"township": {"township": TOWN}, "school": {"school": school}, "teacher": {"team": team}}
    apps = {"admin": admin}
    for role in ROLES[1:]:
        admin.accounts.create(AccountInput(role, role, "first-pass-1", **scopes.get(role, {})))
        app = login_as(county, role, "first-pass-1")
        app.accounts.change_own_password("first-pass-1", "second-pass-2")
        apps[role] = app
    return apps


@pytest.mark.parametrize("role", ROLES)
def test_each_service_call_is_checked_for_each_role(people: dict[str, App], role: str) -> None:
    app = people[role]
    for name, (allowed, call) in _calls(app).items():
        may = role == "admin" or role in allowed
        try:
            call()
        except PermissionDeniedError as exc:
            assert not may, f"{role} was refused {name}: {exc.message('zh')}"
            assert exc.message("zh").startswith("没有权限")
            continue
        except Exception:  # an allowed call may fail for its own reasons (no such visit …)
            assert may, f"{role} reached {name} but should have been refused"
            continue
        assert may, f"{role} was allowed {name}"
