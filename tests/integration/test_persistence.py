"""Migrations, unit of work, audit and optimistic locking on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, inspect, select, text

from special_ed.bootstrap import build_app
from special_ed.domain.child import ChildInput, GuardianInput
from special_ed.domain.enums import GuardianRelation, Sex
from special_ed.domain.identifiers import make_resident_id
from special_ed.errors import ConflictError, DatabaseError, ValidationError
from special_ed.persistence import migrate
from special_ed.persistence.database import make_engine
from special_ed.persistence.models import AuditEntry, Child, Township
from special_ed.results.registry import RegistryFilter


def _township(app) -> int:  # type: ignore[no-untyped-def]
    with app.uow() as uow:
        t = Township(code="500237001", name="高唐街道")
        uow.add(t)
        uow.commit()
        return t.id


def _child(tid: int, name: str = "张思琳", seq: int = 122) -> ChildInput:
    rid = make_resident_id("500237", date(2015, 3, 1), seq)
    return ChildInput(name=name, sex=Sex.FEMALE if seq % 2 == 0 else Sex.MALE, birth_date=date(2015, 3, 1),
                      township_id=tid, resident_id=rid,
                      guardians=[GuardianInput("李梅", GuardianRelation.MOTHER, "13812345678")])


def test_migrations_upgrade_and_downgrade(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        result = migrate.upgrade(engine)
        assert result.before is None and result.after == migrate.head_revision()
        tables = set(inspect(engine).get_table_names())
        assert {"children", "visits", "schemes", "findings", "audit_log", "alembic_version"} <= tables
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert migrate.upgrade(engine).after == migrate.head_revision()
        assert not migrate.upgrade(engine).changed
    finally:
        engine.dispose()


def test_newer_schema_is_refused_and_left_untouched(db_url: str) -> None:
    app = build_app(db_url, "a")
    app.close()
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError) as err:
        build_app(db_url, "a")
    assert err.value.code == "db.newer_schema"
    assert "9999_from_the_future" in err.value.message("zh")
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
    engine.dispose()


def test_unit_of_work_rolls_back_on_error(app) -> None:  # type: ignore[no-untyped-def]
    tid = _township(app)
    with pytest.raises(RuntimeError), app.uow() as uow:
        uow.add(Child(name="半截", sex="M", birth_date=date(2015, 1, 1), township_id=tid))
        uow.flush()
        raise RuntimeError("boom")
    with app.uow("read") as uow:
        assert uow.session.scalar(select(func.count(Child.id))) == 0
        assert uow.session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.table_name == "children")) == 0


def test_invalid_child_writes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    tid = _township(app)
    bad = _child(tid)
    bad.resident_id = bad.resident_id[:17] + ("1" if bad.resident_id[17] != "1" else "2")
    with pytest.raises(ValidationError) as err:
        app.children.create(bad)
    assert err.value.issues[0].code == "id.checksum"
    assert app.registry.count(RegistryFilter(include_archived=True)) == 0


def test_audit_rows_for_insert_update_archive(app) -> None:  # type: ignore[no-untyped-def]
    tid = _township(app)
    saved = app.children.create(_child(tid))
    detail = app.children.get(saved.id)
    detail.data.address = "高唐街道平安村3组"
    updated = app.children.update(saved.id, detail.data, detail.version)
    assert updated.version == detail.version + 1
    app.children.archive(saved.id, "迁出本县")
    history = app.children.history(saved.id)
    actions = [(h.table, h.action) for h in history]
    assert ("children", "insert") in actions and ("children", "archive") in actions
    update = next(h for h in history if h.table == "children" and h.action == "update")
    assert update.changes["address"] == [None, "高唐街道平安村3组"]
    assert all(h.user == "测试员" for h in history)
    assert ("guardians", "insert") in actions


def test_conflicting_edits_are_detected(app) -> None:  # type: ignore[no-untyped-def]
    tid = _township(app)
    saved = app.children.create(_child(tid))
    first = app.children.get(saved.id)
    second = app.children.get(saved.id)
    first.data.address = "A"
    app.children.update(saved.id, first.data, first.version)
    second.data.address = "B"
    with pytest.raises(ConflictError):
        app.children.update(saved.id, second.data, second.version)
    assert app.children.get(saved.id).data.address == "A"


def test_duplicate_resident_id_is_a_validation_error(app) -> None:  # type: ignore[no-untyped-def]
    tid = _township(app)
    app.children.create(_child(tid))
    with pytest.raises(ValidationError) as err:
        app.children.create(_child(tid, name="另一个"))
    assert err.value.issues[0].code == "id.duplicate"


def test_settings_are_shared_validated_and_audited(app) -> None:  # type: ignore[no-untyped-def]
    from special_ed.domain.settings import Settings

    versions = app.settings.versions()
    saved = app.settings.save(app.settings.get().with_changes(age_max=16))
    assert saved.age_max == 16
    from special_ed.bootstrap import build_app

    other_office = build_app(str(app.engine.url.render_as_string(hide_password=False)), "另一办公室")
    try:
        assert other_office.settings.get().age_max == 16
    finally:
        other_office.close()
    with pytest.raises(ValidationError):
        app.settings.save({**Settings().to_dict(), "age_min": 20, "age_max": 6})
    assert app.settings.get(refresh=True).age_max == 16
    with app.uow("read") as uow:
        entries = [(e.record_id, e.changes) for e in
                   uow.session.scalars(select(AuditEntry).where(AuditEntry.table_name == "settings"))]
    assert entries == [("age_max", {"age_max": [15, 16]})]
    if versions:
        with pytest.raises(ConflictError):
            app.settings.save(app.settings.get().with_changes(age_max=15), expected=versions)


def test_light_revision_reader_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert set(migrate.known_revisions()) == {r.revision for r in script.walk_revisions()}


def test_the_migrations_build_exactly_the_models_schema(db_url: str) -> None:
    """A model change without its migration (or a migration the models do not know) is caught here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from special_ed.persistence.models import Base

    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("children")}
        assert indexes["ix_children_pinyin"] == ["name_pinyin", "id", "archived_at"]  # the count reads it
    finally:
        engine.dispose()
