"""A committed write publishes the kinds of what it touched; a rolled-back one publishes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from special_ed.bootstrap import build_app
from special_ed.changes import Change, Changes
from special_ed.persistence.models import Township


def test_commit_publishes_changes_and_rollback_does_not(tmp_path: Path) -> None:
    app = build_app(f"sqlite:///{tmp_path / 'c.sqlite3'}", user="tester")
    seen: list[Changes] = []
    app.changes.subscribe(seen.append)
    try:
        with app.uow() as uow:
            uow.add(Township(code="500237100", name="测试镇"))
            uow.commit()
        assert seen == [Changes.of(Change.REFERENCE)]
        with pytest.raises(RuntimeError), app.uow() as uow:
            uow.add(Township(code="500237101", name="另一镇"))
            uow.flush()
            raise RuntimeError("abandoned")
        assert seen == [Changes.of(Change.REFERENCE)]
    finally:
        app.close()
