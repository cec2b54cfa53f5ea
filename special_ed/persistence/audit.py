"""Audit trail: every insert, update and archive of an audited row is written down.

A session hook collects the changes before the flush (when attribute history
is still known) and writes them after it (when new rows have their ids), in
the same transaction: an audit row exists exactly when the change does.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from special_ed.persistence.models import Archivable, Audited, AuditEntry

_SKIP = {"version", "created_at", "created_by", "updated_at", "updated_by"}
_PENDING = "special_ed_audit_pending"


def _plain(value: Any) -> Any:
    if value is NO_VALUE:
        return None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _column_changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP:
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if _plain(old) != _plain(new):
            changes[key] = [_plain(old), _plain(new)]
    return changes


def _insert_values(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    values: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key == "id":
            continue
        value = state.attrs[attr.key].loaded_value
        if value is not NO_VALUE and value is not None:
            values[attr.key] = [None, _plain(value)]
    return values


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    actor = session.info.get("actor", "system")
    now = session.info.get("clock", datetime.now)()
    pending: list[tuple[Any, str, dict[str, list[Any]]]] = session.info.setdefault(_PENDING, [])
    for obj in session.new:
        if isinstance(obj, Audited):
            obj.created_at = obj.updated_at = now
            obj.created_by = obj.updated_by = actor
            pending.append((obj, "insert", {}))
    for obj in session.dirty:
        if not isinstance(obj, Audited) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _column_changes(obj)
        if not changes:
            continue
        action = "update"
        if isinstance(obj, Archivable) and "archived_at" in changes:
            action = "archive" if changes["archived_at"][1] else "restore"
        obj.updated_at = now
        obj.updated_by = actor
        pending.append((obj, action, changes))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            pending.append((obj, "delete", {}))


def _after_flush(session: Session, _ctx: Any) -> None:
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    actor = session.info.get("actor", "system")
    now = session.info.get("clock", datetime.now)()
    rows = []
    for obj, action, changes in pending:
        if action == "insert":
            changes = _insert_values(obj)
        # identity keys are assigned after this hook; the primary key attributes are already set
        ident = inspect(obj).mapper.primary_key_from_instance(obj)
        record_id = ",".join(str(x) for x in ident)
        rows.append(
            {
                "at": now,
                "user": actor,
                "table_name": obj.__tablename__,
                "record_id": record_id,
                "action": action,
                "changes": changes,
            }
        )
    session.connection().execute(insert(AuditEntry), rows)


def install(session_class: type[Session] | Any) -> None:
    """Attach the audit hooks to a sessionmaker (or Session subclass)."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
