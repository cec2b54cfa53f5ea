"""A scoped user's statistics name only their own part of the county: the 统计 (coverage) page's
townships, its totals and the reports they can run — no other township listed with zeros."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import or_, select, text

from special_ed.bootstrap import App
from special_ed.errors import SpecialEdError
from special_ed.persistence.models import Child, School, Team, Township
from special_ed.reports.registry import township_names
from special_ed.services.accounts import AccountInput
from tests.integration.accounts.conftest import ADMIN_PASSWORD, login_as

TOWNSHIP = "巫峡镇"


def _user(county: Callable[[], App], login: str, role: str, **scope: str) -> App:
    admin = login_as(county, "admin", ADMIN_PASSWORD)
    admin.accounts.create(AccountInput(login, role, "first-pass-1", **scope))
    user = login_as(county, login, "first-pass-1")
    user.accounts.change_own_password("first-pass-1", "second-pass-2")
    return user


def _township_names(app: App, condition: object) -> set[str]:
    """Names of the townships where active children matching ``condition`` live (the table, unscoped)."""
    with app.engine.connect() as conn:
        return set(conn.scalars(
            select(Township.name).join(Child, Child.township_id == Township.id)
            .where(condition, Child.archived_at.is_(None))  # type: ignore[arg-type]
        ))


def coordinator_townships(app: App) -> list[str]:
    with app.engine.connect() as conn:
        return list(conn.scalars(select(Township.name).where(Township.archived_at.is_(None))))


def test_a_township_user_sees_only_their_township_in_the_statistics(county: Callable[[], App]) -> None:
    coordinator = login_as(county, "admin", ADMIN_PASSWORD)
    county_wide = coordinator.coverage.report()
    assert len(county_wide.townships) > 1 and county_wide.scope == ""
    theirs = next(t for t in county_wide.townships if t.township == TOWNSHIP)

    user = _user(county, "town", "township", township=TOWNSHIP)
    report = user.coverage.report()
    assert [t.township for t in report.townships] == [TOWNSHIP]  # no other township, not even with zeros
    assert report.scope == TOWNSHIP
    (row,) = report.townships
    assert (row.school_age, row.placed, row.excepted, row.uncovered) == (
        theirs.school_age, theirs.placed, theirs.excepted, theirs.uncovered
    )  # the same figures the county sees for this township
    assert (report.school_age, report.uncovered) == (theirs.school_age, theirs.uncovered)
    assert township_names(user) == [TOWNSHIP]
    enrolment = user.reports.build("disability-enrolment")
    towns = {r[1] for r in enrolment.rows}
    assert towns == {TOWNSHIP}
    other = next(t.township for t in county_wide.townships if t.township != TOWNSHIP)
    with pytest.raises(SpecialEdError) as refused:
        user.reports.build("disability-enrolment", township=other)
    assert refused.value.code == "report.township_unknown"
    assert [t.name for t in user.reference.townships()] == [TOWNSHIP]  # the filter and form choices too


def test_a_school_user_and_a_teacher_see_the_townships_of_their_children(county: Callable[[], App]) -> None:
    probe = county()
    with probe.engine.connect() as conn:
        school_id, school, school_town = conn.execute(text(
            "SELECT s.id, s.name, t.name FROM schools s JOIN townships t ON t.id = s.township_id "
            "JOIN children c ON c.placement_school_id = s.id GROUP BY s.id, s.name, t.name "
            "ORDER BY COUNT(*) DESC LIMIT 1")).one()
        team_id, team = conn.execute(text(
            "SELECT t.id, t.name FROM teams t JOIN children c ON c.team_id = t.id "
            "GROUP BY t.id, t.name ORDER BY COUNT(*) DESC LIMIT 1")).one()
    every = _township_names(probe, Child.id > 0)

    school_user = _user(county, "school", "school", school=school)
    expected = _township_names(
        probe, or_(Child.placement_school_id == school_id, Child.register_school_id == school_id)
    ) | {school_town}
    listed = {t.township for t in school_user.coverage.report().townships}
    assert listed == expected and listed < every
    assert set(township_names(school_user)) == expected
    outside = sorted(every - expected)[0]
    with pytest.raises(SpecialEdError) as refused:
        school_user.reports.build("disability-enrolment", township=outside)
    assert refused.value.code == "report.township_unknown"  # not an empty report of another township
    assert len(school_user.reference.townships()) == len(coordinator_townships(probe))  # pupils live anywhere

    teacher = _user(county, "teacher", "teacher", team=team)
    with probe.engine.connect() as conn:
        team_town = conn.scalar(
            select(Township.name).join(School, School.township_id == Township.id)
            .join(Team, Team.school_id == School.id).where(Team.id == team_id)
        )
    expected = _township_names(probe, Child.team_id == team_id) | {team_town}
    report = teacher.coverage.report()
    assert {t.township for t in report.townships} == expected and report.scope == team
