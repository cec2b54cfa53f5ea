"""The change vocabulary: every table maps to a kind, and commits publish what they touched."""

from __future__ import annotations

from special_ed.changes import SILENT_TABLES, TABLE_KINDS, Change, ChangeHub, Changes
from special_ed.persistence.models import Base


def test_every_table_has_a_change_kind() -> None:
    missing = sorted(set(Base.metadata.tables) - set(TABLE_KINDS) - SILENT_TABLES)
    assert missing == [], f"add these tables to special_ed.changes.TABLE_KINDS: {missing}"


def test_unknown_table_over_refreshes_instead_of_staying_stale() -> None:
    assert Changes.from_tables(["no_such_table"]) == Changes.everything()
    assert Changes.from_tables(["audit_log"]) == Changes()
    assert Changes.from_tables(["visits", "visit_teachers"]) == Changes.of(Change.VISITS)


def test_hub_publishes_to_listeners_until_unsubscribed() -> None:
    hub = ChangeHub()
    seen: list[Changes] = []
    stop = hub.subscribe(seen.append)
    hub.publish(Changes.of(Change.CHILDREN))
    hub.publish(Changes())  # nothing changed: nobody is bothered
    stop()
    hub.publish(Changes.of(Change.VISITS))
    assert seen == [Changes.of(Change.CHILDREN)]
