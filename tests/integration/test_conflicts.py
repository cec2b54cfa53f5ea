"""Conflicts lose nothing: guardian edits raise the child's version and are made in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from special_ed.domain.child import ChildInput, GuardianInput
from special_ed.domain.enums import Category, GuardianRelation, Sex
from special_ed.errors import ConflictError
from special_ed.persistence.models import Guardian, Township


def _child(app: Any) -> int:
    with app.uow() as uow:
        t = Township(code="500237001", name="高唐街道")
        uow.add(t)
        uow.commit()
        tid = t.id
    data = ChildInput(
        "张思琳", Sex.FEMALE, date(2015, 3, 1), tid,
        guardians=[GuardianInput("李梅", GuardianRelation.MOTHER, "13812345678"),
                   GuardianInput("张强", GuardianRelation.FATHER, "13900000000")],
    )  # fmt: skip
    return app.children.create(data).id


def _guardian_rows(app: Any, cid: int) -> list[tuple[int, str, str | None]]:
    with app.uow("read") as uow:
        rows = uow.session.execute(
            select(Guardian.id, Guardian.name, Guardian.phone)
            .where(Guardian.child_id == cid)
            .order_by(Guardian.position)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_stale_guardian_conflict(app: Any) -> None:
    """Office A changes the mother's phone; office B, holding the older form, changes the address.
    B's save must be refused as a conflict, not silently put the old phone back."""
    cid = _child(app)
    form_a = app.children.get(cid)
    form_b = app.children.get(cid)
    ids_before = [r[0] for r in _guardian_rows(app, cid)]

    a = form_a.data
    a.guardians[0] = replace(a.guardians[0], phone="13700001111")
    saved = app.children.update(cid, a, form_a.version)
    assert saved.version > form_a.version  # a guardian-only change moves the child's version
    assert [r[0] for r in _guardian_rows(app, cid)] == ids_before  # updated in place, same rows

    b = form_b.data
    b.address = "高唐街道 12 号"
    with pytest.raises(ConflictError) as err:
        app.children.update(cid, b, form_b.version)
    theirs = err.value.params.get("current")
    assert theirs is not None and theirs.data.guardians[0].phone == "13700001111"
    assert _guardian_rows(app, cid)[0][2] == "13700001111"


def test_other_child_changes_raise_the_version(app: Any) -> None:
    cid = _child(app)
    detail = app.children.get(cid)
    data = detail.data
    data.categories = [Category.HEARING]
    data.left_behind = True
    v2 = app.children.update(cid, data, detail.version).version
    assert v2 > detail.version
    again = app.children.get(cid)
    again.data.guardians = [again.data.guardians[1]]  # the mother's row removed: the father's row stays
    father_id = again.data.guardians[0].id
    v3 = app.children.update(cid, again.data, v2).version
    assert v3 > v2
    assert [r[0] for r in _guardian_rows(app, cid)] == [father_id]
    unchanged = app.children.get(cid)
    assert app.children.update(cid, unchanged.data, v3).version == v3  # nothing changed, nothing moves


def test_save_waits_for_a_long_import_instead_of_failing(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds SQLite's write lock for longer than the busy timeout (a large import):
    the save waits and succeeds once the lock is released."""
    import sqlite3
    import threading
    import time

    import special_ed.persistence.database as database
    from special_ed.bootstrap import build_app

    path = tmp_path / "county.sqlite3"
    app = build_app(str(path), "a")
    try:
        cid = _child(app)
        detail = app.children.get(cid)
        monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
        app.close()
        app = build_app(str(path), "a")  # connections with the short timeout
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")  # the importer's open write transaction
        released = threading.Timer(2.0, holder.execute, ["COMMIT"])
        released.start()
        data = detail.data
        data.address = "等到了"
        started = time.monotonic()
        saved = app.children.update(cid, data, detail.version)
        assert time.monotonic() - started >= 1.5  # it really waited past the 0.2 s busy timeout
        assert saved.version > detail.version
        assert app.children.get(cid).data.address == "等到了"
        released.join()
        holder.close()
    finally:
        app.close()
