"""What a write changed, in a fixed vocabulary every front end understands.

Services never name changes by hand: the unit of work records which tables a
committed transaction touched and maps them to a :class:`Change` kind here, so a
page that shows visits refreshes after *any* write that touched visits — a saved
schedule, an import, a records form — without the writer knowing the page exists.
The GUI adapts :class:`ChangeHub` events into a Qt signal (napari's idea: core events,
UI adapters); the CLI ignores them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Change(StrEnum):
    CHILDREN = "children"  # the child record itself, guardians, disabilities, flags
    PLACEMENTS = "placements"  # committee assessments, placements, coverage exceptions
    RECORDS = "records"  # 五有: schemes, goals, plans, lesson plans, assessments, attachments
    VISITS = "visits"  # 五送 visit records and their teachers
    SCHEDULE = "schedule"  # saved schedule runs, travel times, team leave
    REFERENCE = "reference"  # townships, villages, schools, teachers, teams, county profile
    SETTINGS = "settings"  # the county's norms
    IMPORTS = "imports"  # agency lists, their rows, 三查 findings and follow-ups
    ACCOUNTS = "accounts"  # user accounts and roles
    CASES = "cases"  # 控辍保学 cases, committee sittings and the county's yearly cycle


# Table name → kind. A table missing here is reported as every kind (a safe over-refresh),
# and a test fails until it is added, so a new table cannot silently leave pages stale.
TABLE_KINDS: dict[str, Change] = {
    "settings": Change.SETTINGS,
    "townships": Change.REFERENCE,
    "villages": Change.REFERENCE,
    "schools": Change.REFERENCE,
    "teachers": Change.REFERENCE,
    "teams": Change.REFERENCE,
    "team_members": Change.REFERENCE,
    "team_townships": Change.REFERENCE,
    "team_leave": Change.SCHEDULE,
    "children": Change.CHILDREN,
    "guardians": Change.CHILDREN,
    "child_unavailable": Change.SCHEDULE,
    "committee_assessments": Change.PLACEMENTS,
    "placements": Change.PLACEMENTS,
    "coverage_exceptions": Change.PLACEMENTS,
    "schemes": Change.RECORDS,
    "goals": Change.RECORDS,
    "term_plans": Change.RECORDS,
    "lesson_plans": Change.RECORDS,
    "progress_assessments": Change.RECORDS,
    "attachments": Change.RECORDS,
    "visits": Change.VISITS,
    "visit_teachers": Change.VISITS,
    "schedule_runs": Change.SCHEDULE,
    "travel_times": Change.SCHEDULE,
    "mapping_presets": Change.IMPORTS,
    "source_lists": Change.IMPORTS,
    "source_rows": Change.IMPORTS,
    "findings": Change.IMPORTS,
    "follow_ups": Change.IMPORTS,
    "accounts": Change.ACCOUNTS,
}

# Tables whose writes are bookkeeping, not data a page shows.
SILENT_TABLES = frozenset({"audit_log", "audit_tip", "alembic_version"})


@dataclass(frozen=True)
class Changes:
    """An immutable set of change kinds; falsy when nothing changed."""

    kinds: frozenset[Change] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Change) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Change))

    @classmethod
    def from_tables(cls, tables: Iterable[str]) -> Changes:
        kinds: set[Change] = set()
        for table in tables:
            if table in SILENT_TABLES:
                continue
            kind = TABLE_KINDS.get(table)
            if kind is None:
                return cls.everything()
            kinds.add(kind)
        return cls(frozenset(kinds))

    def touches(self, *kinds: Change) -> bool:
        return bool(self.kinds.intersection(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


Listener = Callable[[Changes], None]


class ChangeHub:
    """Tells listeners what each committed transaction changed (called on the committing thread).

    Owned by the composition root (one per opened database), never a module global.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)
