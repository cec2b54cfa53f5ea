"""A scoped account's queries contain no child outside its scope: registry, search, counts, charts,
exports, prints, records and 三查 — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import or_, select, text

from special_ed.bootstrap import App
from special_ed.domain.enums import Placement
from special_ed.errors import NotFoundError, PermissionDeniedError
from special_ed.persistence.models import Child
from special_ed.results.registry import RegistryFilter, RegistryQuery
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as

TOWNSHIP = "巫峡镇"


def _scoped_user(county: Callable[[], App], role: str, **scope: str) -> App:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("scoped", role, "first-pass-1", **scope))
    user = login_as(county, "scoped", "first-pass-1")
    user.accounts.change_own_password("first-pass-1", "second-pass-2")
    return user


def _ids_where(app: App, condition: object) -> set[int]:
    with app.engine.connect() as conn:  # the truth, straight from the table
        return set(conn.scalars(select(Child.id).where(condition)))  # type: ignore[arg-type]


def _township_id(app: App) -> int:
    with app.engine.connect() as conn:
        return int(conn.scalar(text("SELECT id FROM townships WHERE name = :n"), {"n": TOWNSHIP}))


def test_a_township_user_sees_only_the_children_of_the_township(county: Callable[[], App], tmp_path: Path) -> None:
    user = _scoped_user(county, "township", township=TOWNSHIP)
    tid = _township_id(user)
    mine = _ids_where(user, Child.township_id == tid)
    everyone = _ids_where(user, Child.id > 0)
    assert mine and everyone - mine  # the demo county has children on both sides

    page = user.registry.page(RegistryQuery(RegistryFilter(include_archived=True), limit=10_000))
    assert {r.id for r in page.rows} == mine and page.total == len(mine)
    assert user.registry.count(RegistryFilter(include_archived=True)) == len(mine)
    assert set(user.registry.ids(RegistryFilter(include_archived=True))) == mine
    # asking for another township by filter finds nobody rather than the other township's children
    other_tid = next(iter(_ids_where(user, Child.township_id != tid)))
    with user.engine.connect() as conn:
        other_town = conn.scalar(select(Child.township_id).where(Child.id == other_tid))
    assert user.registry.count(RegistryFilter(township_id=other_town)) == 0
    # search by a name of a child outside the township
    with user.engine.connect() as conn:
        outsider_name = conn.scalar(select(Child.name).where(Child.id == other_tid))
    found = user.registry.page(RegistryQuery(RegistryFilter(text=outsider_name)))
    assert all(r.id in mine for r in found.rows)

    with pytest.raises(NotFoundError):
        user.children.get(other_tid)
    assert user.children.get(next(iter(mine))).id in mine

    coverage = user.coverage.report()
    assert coverage.school_age <= len(mine)
    assert {t.township for t in coverage.townships if t.school_age} <= {TOWNSHIP}
    assert all(e.child_id in mine for e in coverage.exceptions)

    compliance = user.compliance.report()
    assert {c.child_id for c in compliance.children} <= mine
    assert all(row.child_id in mine for row in user.compliance.due_list())


    rows = user.export.children_rows(RegistryFilter(include_archived=True))
    assert len(rows) == len(mine) and {r[6] for r in rows} == {TOWNSHIP}

    printing = _printing(user)
    assert set(printing.ids_for(RegistryFilter(include_archived=True))) <= mine
    with pytest.raises(NotFoundError):
        printing.child_file(other_tid)

    assert all(r.child_id in mine for r in user.placement.reviews_due(within_days=3650))


def test_three_checks_list_only_the_township(county: Callable[[], App], tmp_path: Path) -> None:

    admin = login_as(county, "admin", ADMIN_PASSWORD)
    findings = _check(admin).run()
    assert {f.township for f in findings} - {TOWNSHIP}, "the demo county needs findings elsewhere too"
    user = _scoped_user(county, "township", township=TOWNSHIP)
    tid = _township_id(user)
    mine = _ids_where(user, Child.township_id == tid)
    seen = user.check.findings()
    assert seen, "the township has findings of its own"
    for f in seen:
        assert (f.child_id in mine) if f.child_id is not None else (f.township == TOWNSHIP)
    computed = user.check.compute()
    assert all(f.child_id in mine for f in computed.findings if f.child_id is not None)


def _check(app: App):  # type: ignore[no-untyped-def]
    return app.check


def _printing(app: App):  # type: ignore[no-untyped-def]
    return app.printing


def test_a_school_user_and_a_teacher_see_only_their_children(county: Callable[[], App]) -> None:
    probe = county()
    with probe.engine.connect() as conn:
        school_id, school = conn.execute(text(
            "SELECT s.id, s.name FROM schools s JOIN children c ON c.placement_school_id = s.id "
            "GROUP BY s.id, s.name ORDER BY COUNT(*) DESC LIMIT 1")).one()
        team_id, team = conn.execute(text(
            "SELECT t.id, t.name FROM teams t JOIN children c ON c.team_id = t.id "
            "GROUP BY t.id, t.name ORDER BY COUNT(*) DESC LIMIT 1")).one()
    school_user = _scoped_user(county, "school", school=school)
    mine = _ids_where(school_user, or_(Child.placement_school_id == school_id, Child.register_school_id == school_id))
    got = school_user.registry.page(RegistryQuery(RegistryFilter(include_archived=True), limit=10_000))
    assert {r.id for r in got.rows} == mine

    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput("teacher", "teacher", "teacher-pass-1", team=team))
    teacher = login_as(county, "teacher", "teacher-pass-1")
    teacher.accounts.change_own_password("teacher-pass-1", "teacher-pass-2")
    team_children = _ids_where(teacher, Child.team_id == team_id)
    got = teacher.registry.page(RegistryQuery(RegistryFilter(include_archived=True), limit=10_000))
    assert {r.id for r in got.rows} == team_children
    with teacher.engine.connect() as conn:
        visited = set(conn.scalars(text("SELECT DISTINCT child_id FROM visits")))
    outsiders = visited - team_children
    assert outsiders and visited & team_children
    assert teacher.visits.visits(child_id=min(outsiders)) == []
    assert teacher.visits.visits(child_id=min(visited & team_children))
    every = {v.visit.id for v in teacher.visits.visits()}
    with teacher.engine.connect() as conn:
        expected = set(conn.scalars(select(text("id")).select_from(text("visits")).where(
            text(f"archived_at IS NULL AND child_id IN ({','.join(str(i) for i in team_children)})"))))
    assert every == expected


def test_writes_outside_the_scope_are_refused_and_change_nothing(county: Callable[[], App]) -> None:
    user = _scoped_user(county, "township", township=TOWNSHIP)
    tid = _township_id(user)
    mine = sorted(_ids_where(user, Child.township_id == tid))
    detail = user.children.get(mine[0])
    with user.engine.connect() as conn:
        other_town = conn.scalar(select(Child.township_id).where(Child.township_id != tid).limit(1))
        before = conn.execute(select(Child.township_id, Child.version).where(Child.id == mine[0])).one()
    from dataclasses import replace

    moved = replace(detail.data, township_id=other_town, village_id=None)
    with pytest.raises(PermissionDeniedError) as err:
        user.children.update(mine[0], moved, detail.version)
    assert err.value.code == "scope.child_outside" and TOWNSHIP in err.value.message("zh")
    with pytest.raises(PermissionDeniedError):
        user.children.create(replace(moved, resident_id="", name="外乡儿童"))
    with user.engine.connect() as conn:
        assert conn.execute(select(Child.township_id, Child.version).where(Child.id == mine[0])).one() == before
        assert conn.scalar(select(Child.id).where(Child.name == "外乡儿童")) is None
    # the township's own child can be edited
    user.children.update(mine[0], replace(detail.data, notes="乡镇核实"), detail.version)


def test_placement_decisions_are_not_for_teachers_or_township_staff(county: Callable[[], App]) -> None:
    from special_ed.domain.placement import PlacementInput

    user = _scoped_user(county, "township", township=TOWNSHIP)
    child = min(_ids_where(user, Child.township_id == _township_id(user)))
    with pytest.raises(PermissionDeniedError):
        user.placement.place(child, PlacementInput(Placement.MAINSTREAM, date(2026, 11, 1), "test"))


def test_a_township_import_refuses_rows_of_another_township(county: Callable[[], App], tmp_path: Path) -> None:
    from special_ed.importing.samples import write_xlsx
    from special_ed.importing.sources import Source
    from tests.integration.test_import_service import HEADER, new_rows

    user = _scoped_user(county, "township", township=TOWNSHIP)
    service = user.importing
    rows = new_rows(user, 3, start=500)
    for row in rows:
        row[4] = TOWNSHIP
    path = tmp_path / "本镇.xlsx"
    write_xlsx(path, HEADER, rows)
    result = service.commit(service.preview(path, Source.CHILDREN), {})
    assert result.created == 3

    other = new_rows(user, 2, start=600)
    other[0][4] = TOWNSHIP
    other[1][4] = "高唐街道"
    mixed = tmp_path / "两镇.xlsx"
    write_xlsx(mixed, HEADER, other)
    before = user.registry.count(RegistryFilter())
    with user.engine.connect() as conn:
        total_before = conn.scalar(text("SELECT COUNT(*) FROM children"))
    with pytest.raises(PermissionDeniedError) as err:
        service.commit(service.preview(mixed, Source.CHILDREN), {})
    assert err.value.code == "scope.import_row" and "第 3 行" in err.value.message("zh")
    assert user.registry.count(RegistryFilter()) == before
    with user.engine.connect() as conn:
        assert conn.scalar(text("SELECT COUNT(*) FROM children")) == total_before
