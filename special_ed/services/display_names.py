"""Names of the rows that foreign keys point at, for :mod:`special_ed.formatting`'s resolver.

An audit entry stores ``team_id: [3, 7]``; a person reads "送教小组：大溪一组 → 桥头二组".
:func:`referenced_ids` collects the ids a batch of entries mentions, :func:`load_names`
reads their names with one query per referenced table, and the caller hands
``names.get`` as the resolver to :func:`~special_ed.formatting.format_changes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from special_ed.domain.audit_view import AuditRow
from special_ed.formatting import Names, format_date, references
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork

# The column that names a row of each referenced table (a date for rows that have no name).
_NAMED_BY: dict[str, Any] = {
    "children": m.Child.name,
    "townships": m.Township.name,
    "villages": m.Village.name,
    "schools": m.School.name,
    "teams": m.Team.name,
    "teachers": m.Teacher.name,
    "lesson_plans": m.LessonPlan.topic,
    "schemes": m.Scheme.school_year,
    "goals": m.Goal.text,
    "findings": m.Finding.name,
    "schedule_runs": m.ScheduleRun.month,
    "committee_assessments": m.CommitteeAssessment.assessed_on,
    "visits": m.Visit.day,
}
_CHUNK = 500


def referenced_ids(entries: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, set[int]]:
    """Per referenced table, the ids that ``(table, changes)`` pairs mention (old and new values)."""
    wanted: dict[str, set[int]] = {}
    for table, changes in entries:
        for field, value in changes.items():
            target = references(table, field)
            if target is None:
                continue
            values = value if isinstance(value, list | tuple) else [value]
            # a pair of values, each an id or a list of ids (a visit's teachers)
            flat = [w for v in values for w in (v if isinstance(v, list | tuple) else [v])]
            wanted.setdefault(target, set()).update(v for v in flat if isinstance(v, int))
    return wanted


def load_names(uow: UnitOfWork, wanted: Mapping[str, Iterable[int]], lang: str = "zh") -> Names:
    """``(table, id) → name`` for the ids asked for; ids of tables without a name column are left out."""
    names: Names = {}
    for table, ids in wanted.items():
        column = _NAMED_BY.get(table)
        if column is None:
            continue
        model = column.class_
        todo = sorted(set(ids))
        for start in range(0, len(todo), _CHUNK):
            chunk = todo[start : start + _CHUNK]
            for row_id, value in uow.session.execute(select(model.id, column).where(model.id.in_(chunk))):
                names[(table, row_id)] = (
                    format_date(value, lang) if hasattr(value, "isoformat") else str(value)
                )
    return names


def audit_rows(uow: UnitOfWork, entries: Iterable[m.AuditEntry]) -> list[AuditRow]:
    """Audit entries as rows for people, with the names their foreign keys point at read in one go."""
    found = list(entries)
    names = load_names(uow, referenced_ids((e.table_name, e.changes or {}) for e in found))
    return [
        AuditRow(
            e.id, e.at, e.user, e.table_name, e.record_id, e.action, e.child_id, dict(e.changes or {}), names
        )
        for e in found
    ]
