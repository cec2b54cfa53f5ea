"""Audit trail: every insert, update and archive of an audited row is written down.

A session hook collects the changes before the flush (when attribute history
is still known) and writes them after it (when new rows have their ids), in
the same transaction: an audit row exists exactly when the change does.

Every row is chained: its ``hash`` is sha256 over the previous row's hash and its own
content, and ``audit_tip`` holds the count and the last hash. :func:`append` is the one
writer (the hook, logins, exports and services that record events all use it); it takes
the tip first, which serialises writers, so row ids follow the chain. :func:`verify`
walks the chain and names the first row that was altered, removed or added outside it.

One transaction, one time: every audit row a transaction writes carries the same ``at``, and that
time is later than every row before it (a clock that stands still, as in tests, or steps back is
moved on by a microsecond). So the rows of one save are exactly the rows with its ``at``, which is
how 撤销上一次保存 (:mod:`special_ed.services.revert`) finds everything a save changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, update
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.base import NO_VALUE

from special_ed.persistence.models import Archivable, Audited, AuditEntry, AuditTip, Base, Child

SECRET = "***"  # what the audit shows for a password hash that changed
GENESIS = ""  # the "previous hash" of the first row

_SKIP = {"version", "created_at", "created_by", "updated_at", "updated_by"}
_PENDING = "special_ed_audit_pending"
_TXN_AT = "special_ed_audit_at"  # the time of the audit rows of the session's open transaction
# a revert labels its updates "revert" instead of "update" (session.info key, set for one transaction)
UPDATE_ACTION = "special_ed_audit_update_action"


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


def _skipped(obj: Any) -> frozenset[str]:
    return frozenset(getattr(obj, "__audit_skip__", frozenset()))


def _secret(obj: Any) -> frozenset[str]:
    return frozenset(getattr(obj, "__audit_secret__", frozenset()))


def _column_changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    skip, secret = _skipped(obj), _secret(obj)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP or key in skip:
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if _plain(old) != _plain(new):
            changes[key] = [SECRET, SECRET] if key in secret else [_plain(old), _plain(new)]
    return changes


def _collections(obj: Any) -> dict[str, tuple[str, str]]:
    """``field → (relationship, key)``: collections audited as one sorted list of keys (a visit's
    teachers as ``teacher_ids``), since their own rows carry no history of their own."""
    found: dict[str, tuple[str, str]] = getattr(obj, "__audit_collections__", {})
    return found


def _collection_changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for field, (relation, key) in _collections(obj).items():
        hist = state.attrs[relation].history
        if not hist.has_changes():
            continue
        old = sorted(getattr(o, key) for o in (*hist.unchanged, *hist.deleted))
        new = sorted(getattr(o, key) for o in (*hist.unchanged, *hist.added))
        if old != new:
            changes[field] = [old, new]
    return changes


def _row_values(obj: Any, insert: bool) -> dict[str, list[Any]]:
    """Every column of a new row (``[None, value]``) or of a deleted one (``[value, None]``)."""
    state = inspect(obj)
    values: dict[str, list[Any]] = {}
    skip, secret = _skipped(obj), _secret(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key in skip or attr.key == "id":
            continue
        value = state.attrs[attr.key].loaded_value
        if value is not NO_VALUE and value is not None:
            shown = SECRET if attr.key in secret else _plain(value)
            values[attr.key] = [None, shown] if insert else [shown, None]
    return values


def _insert_values(obj: Any) -> dict[str, list[Any]]:
    values = _row_values(obj, insert=True)
    state = inspect(obj)
    for field, (relation, key) in _collections(obj).items():
        items = state.attrs[relation].loaded_value  # never loaded (nothing appended): none
        keys = sorted(getattr(o, key) for o in items) if items is not NO_VALUE and items else []
        if keys:
            values[field] = [None, keys]
    return values


def _child_of(obj: Any) -> int | None:
    if isinstance(obj, Child):
        return obj.id
    child_id = getattr(obj, "child_id", None)
    return child_id if isinstance(child_id, int) else None


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
        collections = bool(_collections(obj))
        if not isinstance(obj, Audited) or not session.is_modified(obj, include_collections=collections):
            continue
        changes = _column_changes(obj) | (_collection_changes(obj) if collections else {})
        if not changes:
            continue
        action = session.info.get(UPDATE_ACTION, "update")
        if isinstance(obj, Archivable) and "archived_at" in changes:
            action = "archive" if changes["archived_at"][1] else "restore"
        obj.updated_at = now
        obj.updated_by = actor
        pending.append((obj, action, changes))
    # deletions are recorded by _before_delete, which also sees rows removed as orphans (a guardian
    # dropped from a child's list), which session.deleted does not show yet at this point


def _before_delete(_mapper: Any, _connection: Any, target: Any) -> None:
    if not isinstance(target, Audited):
        return
    session = object_session(target)
    if session is None:
        return
    # what was removed (a guardian's name and phone), since the row itself is gone afterwards
    session.info.setdefault(_PENDING, []).append((target, "delete", _row_values(target, insert=False)))


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
                "child_id": _child_of(obj),
            }
        )
    append(session, rows)


def _transaction_over(session: Session, *_args: Any) -> None:
    session.info.pop(_TXN_AT, None)
    session.info.pop(UPDATE_ACTION, None)


# ---- the chain ---------------------------------------------------------------------------------


def _canonical(row: dict[str, Any]) -> str:
    at = row["at"]
    content = [
        at.isoformat() if isinstance(at, datetime) else str(at),
        row["user"],
        row["table_name"],
        str(row["record_id"]),
        row["action"],
        row.get("changes") or {},
        row.get("child_id"),
    ]
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def chain_hash(previous: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((previous + "\n" + _canonical(row)).encode("utf-8")).hexdigest()


def _take_tip(conn: Connection) -> AuditTip | None:
    """Lock the tip for this transaction (a write first, so SQLite takes its lock before the read)."""
    conn.execute(update(AuditTip).where(AuditTip.id == 1).values(count=AuditTip.count))
    return _tip(conn)


def append(conn: Connection | Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write audit rows at the end of the chain, in this transaction."""
    if not rows:
        return
    session = conn if isinstance(conn, Session) else None
    connection = conn.connection() if isinstance(conn, Session) else conn
    tip = _take_tip(connection)
    previous = tip.hash if tip is not None else GENESIS
    last_id = tip.last_id if tip is not None else 0
    at = _transaction_time(session, connection, last_id, rows[0]["at"])
    for row in rows:
        row["at"] = at
        row.setdefault("changes", {})
        row.setdefault("child_id", None)
        row["record_id"] = str(row["record_id"])
        row["hash"] = previous = chain_hash(previous, row)
    # executemany with RETURNING (SQLAlchemy's insertmanyvalues): batched, and the ids come back for the tip
    ids = connection.execute(insert(AuditEntry).returning(AuditEntry.id), list(rows)).scalars().all()
    last_id = max([last_id, *(int(i) for i in ids)])
    if tip is None:
        connection.execute(insert(AuditTip).values(id=1, count=len(rows), last_id=last_id, hash=previous))
    else:
        connection.execute(
            update(AuditTip)
            .where(AuditTip.id == 1)
            .values(count=tip.count + len(rows), last_id=last_id, hash=previous)
        )


def _transaction_time(
    session: Session | None, connection: Connection, last_id: int, wanted: datetime
) -> datetime:
    """The ``at`` of this transaction's rows: the same for all of them, later than any row before.

    Called with the tip taken, so no other writer can append in between."""
    if session is not None and _TXN_AT in session.info:
        known: datetime = session.info[_TXN_AT]
        return known
    last_at = connection.scalar(select(AuditEntry.at).where(AuditEntry.id == last_id)) if last_id else None
    at = wanted if last_at is None or wanted > last_at else last_at + timedelta(microseconds=1)
    if session is not None:
        session.info[_TXN_AT] = at
    return at


def record(
    conn: Connection | Session,
    *,
    at: datetime,
    user: str,
    table: str,
    record_id: str | int,
    action: str,
    changes: dict[str, Any] | None = None,
    child_id: int | None = None,
) -> None:
    """Write one event (a login, an export, a refusal) into the chain."""
    append(
        conn,
        [
            {
                "at": at,
                "user": user,
                "table_name": table,
                "record_id": str(record_id),
                "action": action,
                "changes": changes or {},
                "child_id": child_id,
            }
        ],
    )


@dataclass(frozen=True)
class ChainReport:
    rows: int
    problems: list[tuple[int | None, str]]  # (audit row id or None, what is wrong: a code for messages)

    @property
    def intact(self) -> bool:
        return not self.problems


def _stored(rows: Iterable[Any]) -> Iterator[tuple[int, dict[str, Any], str | None]]:
    for r in rows:
        yield (
            r.id,
            {
                "at": r.at,
                "user": r.user,
                "table_name": r.table_name,
                "record_id": r.record_id,
                "action": r.action,
                "changes": r.changes,
                "child_id": r.child_id,
            },
            r.hash,
        )


def verify(conn: Connection | Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in id order: every row's hash must follow from the previous one, and the tip agree."""
    connection = conn.connection() if isinstance(conn, Session) else conn
    problems: list[tuple[int | None, str]] = []
    previous = GENESIS
    count = 0
    last_id = 0
    cols = (
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user,
        AuditEntry.table_name,
        AuditEntry.record_id,
        AuditEntry.action,
        AuditEntry.changes,
        AuditEntry.child_id,
        AuditEntry.hash,
    )
    while True:
        chunk = list(
            connection.execute(
                select(*cols).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
            )
        )
        if not chunk:
            break
        for ident, row, stored in _stored(chunk):
            count += 1
            last_id = ident
            if stored is None:
                problems.append((ident, "audit.verify.unchained"))
                continue
            expected = chain_hash(previous, row)
            if stored != expected:
                # altered content, or a row before it removed: say which by trying the stored hash as a new start
                problems.append((ident, "audit.verify.broken"))
            previous = stored
    tip = _tip(connection)
    if tip is not None and (tip.hash != previous or tip.last_id != last_id):
        problems.append((tip.last_id, "audit.verify.tail_removed"))
    elif tip is not None and tip.count != count - _unchained(problems):
        problems.append((None, "audit.verify.count"))
    return ChainReport(count, problems)


def _tip(connection: Connection) -> AuditTip | None:
    row = connection.execute(
        select(AuditTip.count, AuditTip.last_id, AuditTip.hash).where(AuditTip.id == 1)
    ).first()
    if row is None:
        return None
    count, last_id, last_hash = row
    return AuditTip(id=1, count=count, last_id=last_id, hash=last_hash)


def _unchained(problems: list[tuple[int | None, str]]) -> int:
    return sum(1 for _, code in problems if code == "audit.verify.unchained")


def install(session_class: type[Session] | Any) -> None:
    """Attach the audit hooks to a sessionmaker (or Session subclass)."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    for name in ("after_commit", "after_rollback", "after_soft_rollback"):
        event.listen(session_class, name, _transaction_over)
    if not event.contains(Base, "before_delete", _before_delete):
        event.listen(Base, "before_delete", _before_delete, propagate=True)
