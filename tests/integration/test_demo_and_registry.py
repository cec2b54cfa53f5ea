"""The demo county's exact counts and determinism; registry filters, pinyin search and sort in SQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from special_ed.domain.enums import FamilyFlag, Level, Placement, TeacherRole
from special_ed.domain.identifiers import check_certificate, check_resident_id
from special_ed.persistence import models as m
from special_ed.results.registry import RegistryFilter, RegistryQuery


def _snapshot(app) -> list[tuple]:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        return list(uow.session.execute(
            select(m.Child.name, m.Child.resident_id, m.Child.certificate_no, m.Child.level, m.Child.placement,
                   m.Child.team_id, m.Child.home_lat).order_by(m.Child.id)))


def test_demo_counts_are_exact(demo_app) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    with app.uow("read") as uow:
        s = uow.session
        assert s.scalar(select(func.count(m.Township.id))) == 26
        # the official list of 巫山县 (统计用区划代码 2023): 26 townships, 340 villages and communities
        assert s.scalar(select(func.count(m.Village.id))) == 340
        assert s.scalar(select(m.Village.name).where(m.Village.code == "500237001001")) == "圣泉社区"
        assert s.scalar(select(func.count(m.School.id))) == 199
        assert s.scalar(select(func.count(m.School.id)).where(m.School.kind == "special")) == 1
        counts = dict(s.execute(select(m.Child.level, func.count()).group_by(m.Child.level)).all())
        assert counts == {"mild": 282, "moderate": 148, "severe": 135}
        default = {"mild": "mainstream", "moderate": "special_school", "severe": "home"}
        # every child is placed as the level recommends, except the demo year's one 转介, whose
        # placement off the recommendation carries its reason
        off = [
            (level, placement, reason)
            for level, placement, reason in s.execute(
                select(m.Child.level, m.Child.placement, m.PlacementRecord.reason)
                .join(m.PlacementRecord, m.PlacementRecord.child_id == m.Child.id)
                .where(m.PlacementRecord.end_date.is_(None))
            )
            if default[level] != placement
        ]
        assert len(off) == 1 and off[0][2] and s.scalar(select(func.count(m.Referral.id))) == 1
        # every home-taught child has a team of 2-3 with a special-education teacher
        for team in s.scalars(select(m.Team)):
            roles = [mm.teacher.role for mm in team.members]
            assert 2 <= len(roles) <= 3 and TeacherRole.SPECIAL_ED.value in roles
        assert s.scalar(select(func.count(m.Child.id)).where(m.Child.placement == "home",
                                                              m.Child.team_id.is_(None))) == 0
        for rid, cert, lat, lon in s.execute(select(m.Child.resident_id, m.Child.certificate_no, m.Child.home_lat,
                                                    m.Child.home_lon)):
            assert check_resident_id(rid, today=date(2026, 11, 20)).ok
            assert rid.startswith("500237")
            if cert:
                assert check_certificate(cert, rid, today=date(2026, 11, 20)).ok
            if lat is not None:
                assert 30.75 <= lat <= 31.47 and 109.55 <= lon <= 110.20
    report = app.coverage.report(date(2026, 9, 1))
    assert report.school_age == 565 and report.placed == 565 and report.uncovered == 0


def test_demo_is_deterministic(sqlite_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    snaps = []
    for name in ("a", "b"):
        app = build_app(str(tmp_path / f"{name}.sqlite3"), "x")
        generate_demo(app.ctx, seed=11, reference=date(2026, 9, 1))
        snaps.append(_snapshot(app))
        app.close()
    assert snaps[0] == snaps[1]
    app = build_app(str(tmp_path / "c.sqlite3"), "x")
    generate_demo(app.ctx, seed=12, reference=date(2026, 9, 1))
    assert _snapshot(app) != snaps[0]
    app.close()


def test_registry_filters_search_and_sort(demo_app) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    everyone = app.registry.page(RegistryQuery(limit=1000))
    assert everyone.total == 565 and len(everyone.rows) == 565
    name = everyone.rows[10].name
    initials = app.registry.page(RegistryQuery(RegistryFilter(text=name), limit=1000))
    assert any(r.name == name for r in initials.rows)
    from special_ed.services.names import initials_of

    by_initials = app.registry.page(RegistryQuery(RegistryFilter(text=initials_of(name)), limit=1000))
    assert any(r.name == name for r in by_initials.rows)
    assert all(initials_of(r.name).startswith(initials_of(name)) or name in r.name for r in by_initials.rows)
    fragment = everyone.rows[3].resident_id[6:14]
    assert any(r.id == everyone.rows[3].id
               for r in app.registry.page(RegistryQuery(RegistryFilter(text=fragment), limit=1000)).rows)
    severe = app.registry.page(RegistryQuery(RegistryFilter(level=Level.SEVERE), limit=1000))
    assert severe.total == 135 and {r.placement for r in severe.rows} == {Placement.HOME.value}
    town = app.reference.townships()[2]
    in_town = app.registry.page(RegistryQuery(RegistryFilter(township_id=town.id), limit=1000))
    assert in_town.rows and {r.township for r in in_town.rows} == {town.name}
    poor = app.registry.count(RegistryFilter(flags=frozenset({FamilyFlag.REGISTERED_POOR})))
    assert 0 < poor < 565
    by_birth = app.registry.page(RegistryQuery(sort="birth_date", descending=True, limit=50)).rows
    assert [r.birth_date for r in by_birth] == sorted((r.birth_date for r in by_birth), reverse=True)
    page2 = app.registry.page(RegistryQuery(offset=100, limit=100))
    assert page2.rows[0].id == everyone.rows[100].id


def test_pinyin_search_finds_zsl(app) -> None:  # type: ignore[no-untyped-def]
    from special_ed.domain.child import ChildInput
    from special_ed.domain.enums import Sex

    with app.uow() as uow:
        t = m.Township(code="500237001", name="高唐街道")
        uow.add(t)
        uow.commit()
    app.children.create(ChildInput("张思琳", Sex.FEMALE, date(2016, 3, 1), t.id))
    app.children.create(ChildInput("赵四", Sex.MALE, date(2016, 3, 1), t.id))
    rows = app.registry.page(RegistryQuery(RegistryFilter(text="zsl"))).rows
    assert [r.name for r in rows] == ["张思琳"]
    assert [r.name for r in app.registry.page(RegistryQuery(RegistryFilter(text="zhangsi"))).rows] == ["张思琳"]


COUNTY_STATS = {
    "ix_children_pinyin": "100000 2 1 1", "ix_children_village": "100000 295",
    "ix_children_township": "100000 3847 1", "ix_children_team": "100000 17",
    "ix_children_review": "100000 310", "ix_children_placement": "100000 33334 2",
    "ix_children_level": "100000 33334 2", "ix_children_initials": "100000 19",
    "ix_children_birth": "100000 28 1", "sqlite_autoindex_children_1": "100000 1",
}  # fmt: skip


@pytest.mark.parametrize("sort", ["name", "birth_date"])
def test_a_registry_page_is_read_off_an_index_not_sorted(sqlite_demo_app, sort: str) -> None:  # type: ignore[no-untyped-def]
    """A page sorted by name or birth date walks its index: with the sort column named twice in the
    ORDER BY, SQLite sorted the whole table for each page (1.2 s at 100,000 children, encrypted)."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(sqlite_demo_app.engine, "before_cursor_execute", record)
    try:
        sqlite_demo_app.registry.page(RegistryQuery(sort=sort, limit=100))
    finally:
        event.remove(sqlite_demo_app.engine, "before_cursor_execute", record)
    statement, parameters = next((s, p) for s, p in seen if "ORDER BY" in s)
    with sqlite_demo_app.engine.connect() as conn:
        # the planner as it sees a county of 100,000 children (sqlite_stat1 of such a file, demo-built)
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'children'")
        for index, stat in COUNTY_STATS.items():
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES ('children', ?, ?)", (index, stat))
        conn.exec_driver_sql("ANALYZE sqlite_master")  # reload the statistics
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
    if sort == "name":  # the index is the whole order: nothing is sorted
        assert not [step for step in plan if "TEMP B-TREE" in step], plan
    else:  # a birth-date page sorts only the ties of one day by name ("FOR RIGHT PART OF ORDER BY")
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
