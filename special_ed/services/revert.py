"""撤销上一次保存: put a record's last saved change back, from its audit trail.

The audit gives every row of one transaction the same time (see :mod:`special_ed.persistence.audit`),
so the last save of a record is: the newest audit row of the record (or of a row saved with it, a
child's guardians), and every row with that row's time. A revert writes the values from before that
save back in one transaction and is audited too (its updates as "revert"), so a revert can itself be
reverted. It refuses, and writes nothing, when:

- the record's version is not the one the caller saw (someone saved since the form was opened);
- anything that save touched was changed again afterwards, or no longer holds what the save wrote;
- the save also wrote other records (a placement decision updates the child): those are reverted
  where they were made, not by halves here;
- the last change was the record's creation, an archive or a restore (not a save to take back);
- an old value was not written down in the audit (a password hash, a file's content).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, Time, and_, or_, select
from sqlalchemy.orm.attributes import flag_modified

from special_ed import formatting
from special_ed.domain.audit_view import EVENTS
from special_ed.domain.revert import KINDS, RevertKind
from special_ed.errors import ConflictError, Issue, SpecialEdError, ValidationError
from special_ed.persistence import audit
from special_ed.persistence import models as m
from special_ed.persistence.uow import UnitOfWork, retry_when_locked
from special_ed.results.revert import LastSave, RevertResult
from special_ed.services.context import ServiceContext
from special_ed.services.display_names import audit_rows

_MAX_ROWS = 1000  # a save of one record writes a few rows; a transaction with more was an import
_SAVES = ("update", "revert", "insert", "delete")


def _model(table: str) -> Any:
    for mapper in m.Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise SpecialEdError("revert.unsupported", what=formatting.table_label(table))


def _typed(model: Any, field: str, value: Any) -> Any:
    """An audit value (JSON: dates as ISO text, decimals as text) as the column holds it."""
    if value is None:
        return None
    column = model.__table__.c.get(field)
    if column is None:  # an audited collection (a visit's teacher_ids): its value is what it holds
        return value
    kind = column.type
    if isinstance(value, str):
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
        if isinstance(kind, Time):
            return time.fromisoformat(value)
        if isinstance(kind, Numeric) and kind.asdecimal:
            return Decimal(value)
    return value


def _not_written(value: Any) -> bool:
    return value == audit.SECRET or (
        isinstance(value, str) and value.startswith("<") and value.endswith(" bytes>")
    )


class RevertService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @staticmethod
    def kind(table: str) -> RevertKind:
        kind = KINDS.get(table)
        if kind is None:
            raise SpecialEdError("revert.unsupported", what=formatting.table_label(table))
        return kind

    def last_save(self, table: str, record_id: int) -> LastSave:
        """What 撤销上一次保存 would take back (raises when there is nothing it could revert)."""
        kind = self.kind(table)
        with self.ctx.uow("read") as uow:
            root, entries = self._last_save(uow, kind, record_id)
            rows = tuple(audit_rows(uow, entries))
            return LastSave(table, record_id, root.version, entries[-1].at, entries[-1].user, rows)

    @retry_when_locked
    def revert(self, table: str, record_id: int, expected_version: int) -> RevertResult:
        """Write back the values from before the record's last save, if nothing changed since."""
        kind = self.kind(table)
        with self.ctx.uow(kind.action) as uow:
            root, entries = self._last_save(uow, kind, record_id)
            if root.version != expected_version:
                raise ConflictError(
                    "revert.changed", by=root.updated_by or "", what=formatting.table_label(table)
                )
            session = uow.session
            now = self.ctx.clock()
            session.info["clock"] = lambda: now  # the row stamps and the audit rows share one time
            session.info[audit.UPDATE_ACTION] = "revert"
            if table == "children":
                self._check_resident_id(uow, entries, record_id)
            root_changed = False
            for e in reversed(entries):
                model = _model(e.table_name)
                ident = int(e.record_id)
                changes = e.changes or {}
                if e.action == "insert":  # a row added by the save (a guardian): removed again
                    session.delete(session.get(model, ident))
                elif e.action == "delete":  # a row removed by the save: back, with its id
                    values = {f: _typed(model, f, pair[0]) for f, pair in changes.items()}
                    session.add(model(id=ident, **values))
                else:
                    row = session.get(model, ident)
                    for field, pair in changes.items():
                        setattr(row, field, _typed(model, field, pair[0]))
                    root_changed = root_changed or (e.table_name == table and ident == record_id)
            if not root_changed:
                flag_modified(root, "updated_at")  # the record's version moves with its guardians
            uow.flush()
            if not root_changed:
                # the revert is in the record's own history even when only its guardians changed
                audit.record(
                    session,
                    at=now,
                    user=uow.actor,
                    table=table,
                    record_id=record_id,
                    action="revert",
                    child_id=record_id if table == "children" else None,
                )
            uow.commit()
            return RevertResult(table, record_id, root.version, len(entries))

    # ---- finding the save -------------------------------------------------------------------------

    def _last_save(self, uow: UnitOfWork, kind: RevertKind, record_id: int) -> tuple[Any, list[m.AuditEntry]]:
        table = kind.table
        label = formatting.table_label(table)
        root = uow.get(
            _model(table), record_id, label
        )  # scoped: a child outside the actor's area is not found
        session = uow.session
        A = m.AuditEntry
        mine = and_(A.table_name == table, A.record_id == str(record_id))
        if kind.family:
            mine = or_(mine, and_(A.table_name.in_(kind.family), A.child_id == record_id))
        last = session.scalars(
            select(A).where(mine, A.action.not_in(EVENTS)).order_by(A.id.desc()).limit(1)
        ).first()
        if last is None:
            raise SpecialEdError("revert.nothing", what=label)
        entries = [
            e
            for e in session.scalars(select(A).where(A.at == last.at).order_by(A.id).limit(_MAX_ROWS + 1))
            if not (e.action == "revert" and not e.changes)  # a revert's own marker row: nothing to put back
        ]
        others = sorted(
            {formatting.table_label(e.table_name) for e in entries if not self._belongs(e, kind, record_id)}
        )
        if others or len(entries) > _MAX_ROWS:
            raise SpecialEdError("revert.other_records", what=label, others="、".join(others) or label)
        for e in entries:
            if e.table_name == table and e.action == "insert":
                raise SpecialEdError("revert.first_save", what=label)
            if e.action not in _SAVES:
                raise SpecialEdError(
                    "revert.not_a_save", what=label, action=formatting.action_label(e.action)
                )
            if e.action in ("insert", "delete") and e.table_name == table:
                raise SpecialEdError(
                    "revert.not_a_save", what=label, action=formatting.action_label(e.action)
                )
            for field, pair in (e.changes or {}).items():
                if not isinstance(pair, list) or len(pair) != 2 or _not_written(pair[0]):
                    raise SpecialEdError(
                        "revert.not_written", what=label, field=formatting.field_label(e.table_name, field)
                    )
        self._check_unchanged(uow, entries, label)
        return root, entries

    @staticmethod
    def _belongs(e: m.AuditEntry, kind: RevertKind, record_id: int) -> bool:
        if e.table_name == kind.table:
            return e.record_id == str(record_id)
        return e.table_name in kind.family and e.child_id == record_id

    @staticmethod
    def _check_unchanged(uow: UnitOfWork, entries: list[m.AuditEntry], label: str) -> None:
        """Nothing the save wrote was changed again afterwards, and every row still holds what it wrote."""
        session = uow.session
        A = m.AuditEntry
        newest = max(e.id for e in entries)
        for table, record in sorted({(e.table_name, e.record_id) for e in entries}):
            later = session.scalars(
                select(A)
                .where(A.table_name == table, A.record_id == record, A.id > newest, A.action.not_in(EVENTS))
                .order_by(A.id)
                .limit(1)
            ).first()
            if later is not None:
                raise ConflictError(
                    "revert.changed_since", what=label, by=later.user, at=later.at.strftime("%Y-%m-%d %H:%M")
                )
        for e in entries:
            model = _model(e.table_name)
            row = session.get(model, int(e.record_id))
            changes = e.changes or {}
            if e.action == "delete":
                holds = row is None
            elif row is None:
                holds = False
            else:
                holds = all(getattr(row, f) == _typed(model, f, pair[1]) for f, pair in changes.items())
            if not holds:
                raise ConflictError(
                    "revert.changed_since", what=label, by=e.user, at=e.at.strftime("%Y-%m-%d %H:%M")
                )

    @staticmethod
    def _check_resident_id(uow: UnitOfWork, entries: list[m.AuditEntry], child_id: int) -> None:
        """The resident ID put back must not be another child's now (a clear message, not a constraint error)."""
        for e in entries:
            pair = (e.changes or {}).get("resident_id")
            if e.table_name != "children" or not isinstance(pair, list) or not pair[0]:
                continue
            other = uow.session.execute(
                select(m.Child.id, m.Child.name).where(m.Child.resident_id == pair[0], m.Child.id != child_id)
            ).first()
            if other is not None:
                raise ValidationError(
                    [Issue("id.duplicate", "resident_id", {"value": pair[0], "other": other.name})]
                )
