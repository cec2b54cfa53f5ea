"""Record which tables a session wrote, so the unit of work can say what a commit changed.

ORM flushes are seen through ``after_flush`` (new, dirty and deleted objects); Core-level
DML run through the session (bulk imports use ``session.execute(insert(...))``) through
``do_orm_execute``. The names collect in ``session.info`` until the unit of work commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

TABLES_KEY = "special_ed_written_tables"


def written_tables(session: Session) -> set[str]:
    tables: set[str] = session.info.setdefault(TABLES_KEY, set())
    return tables


def _after_flush(session: Session, _ctx: Any) -> None:
    tables = written_tables(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table:
            tables.add(table)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name:
        written_tables(state.session).add(name)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
