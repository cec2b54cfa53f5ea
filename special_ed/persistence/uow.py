"""Unit of work: one transaction per service operation, rolled back on any error.

Services write ``with self.uow() as uow: …; uow.commit()``. Leaving the block
without commit (or with an exception) rolls everything back, so a failed
operation leaves nothing half-written. Driver errors become typed errors.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from special_ed.changes import ChangeHub, Changes
from special_ed.domain.access import Scope
from special_ed.errors import ConflictError, DatabaseError, NotFoundError, SpecialEdError
from special_ed.persistence.change_tracking import TABLES_KEY, written_tables
from special_ed.persistence.database import DatabaseInfo, translate
from special_ed.persistence.models import Base
from special_ed.persistence.scope import SCOPE_KEY

T = TypeVar("T", bound=Base)
P = ParamSpec("P")
R = TypeVar("R")


class UnitOfWork:
    def __init__(
        self,
        factory: sessionmaker[Session],
        actor: str,
        info: DatabaseInfo | None = None,
        clock: Callable[[], datetime] = datetime.now,
        hub: ChangeHub | None = None,
        scope: Scope | None = None,
    ) -> None:
        self._factory = factory
        self._scope = scope
        self._hub = hub
        self.changes = Changes()  # what the last commit of this unit of work changed
        self._actor = actor
        self._info = info
        self._clock = clock
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its with-block")
        return self._session

    @property
    def actor(self) -> str:
        return self._actor

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self._session.info["actor"] = self._actor
        self._session.info["clock"] = self._clock
        if self._scope is not None:
            self._session.info[SCOPE_KEY] = self._scope
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if exc is not None and not isinstance(exc, SpecialEdError):
            typed = self._typed(exc)
            if typed is not None:
                raise typed from exc

    def commit(self) -> None:
        session = self.session
        try:
            session.commit()
        except Exception as exc:
            session.rollback()
            session.info.pop(TABLES_KEY, None)
            typed = self._typed(exc)
            if typed is not None:
                raise typed from exc
            raise
        self.changes = Changes.from_tables(written_tables(session))
        session.info.pop(TABLES_KEY, None)
        if self._hub is not None:
            self._hub.publish(self.changes)

    def check_integrity(self) -> None:
        """Before a large write (an import, a restore): refuse a SQLite file that fails
        ``PRAGMA integrity_check`` instead of writing thousands of rows into it."""
        if self._info is None or self._info.backend != "sqlite":
            return
        from sqlalchemy import text

        findings = [str(r) for r in self.session.execute(text("PRAGMA integrity_check(5)")).scalars()]
        if findings and findings != ["ok"]:
            raise DatabaseError("db.damaged_refused", path=self._info.display, detail=findings[0])

    def flush(self) -> None:
        try:
            self.session.flush()
        except Exception as exc:
            typed = self._typed(exc)
            if typed is not None:
                raise typed from exc
            raise

    def _typed(self, exc: BaseException) -> SpecialEdError | None:
        if isinstance(exc, StaleDataError):
            return ConflictError(by="")
        if isinstance(exc, sa_exc.IntegrityError):
            return DatabaseError("db.error", detail=str(exc.orig).splitlines()[0])
        if isinstance(exc, sa_exc.OperationalError | sa_exc.DatabaseError | sa_exc.InterfaceError):
            return translate(exc, self._info)
        return None

    # ---- small repository helpers every service uses -----------------------------------------

    def get(self, model: type[T], ident: Any, what: str = "") -> T:
        obj = self.session.get(model, ident)
        if obj is None:
            raise NotFoundError(what=what or model.__tablename__, key=str(ident))
        return obj

    def add(self, obj: Base) -> None:
        self.session.add(obj)

    def first(self, model: type[T], **where: Any) -> T | None:
        stmt = select(model).filter_by(**where).limit(1)
        return self.session.scalars(stmt).first()


UowFactory = Callable[[], UnitOfWork]


LOCK_PATIENCE_S = 180.0  # a large import holds SQLite's write lock for its whole transaction


def retry_when_locked(fn: Callable[P, R]) -> Callable[P, R]:
    """For a service method whose body is one transaction: when SQLite's write lock is held
    (another window is importing 100,000 rows), wait and run the whole transaction again,
    instead of failing with "数据库正被其他程序占用" after the busy timeout."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        deadline = time.monotonic() + LOCK_PATIENCE_S
        delay = 0.1
        while True:
            try:
                return fn(*args, **kwargs)
            except DatabaseError as exc:
                if exc.code != "db.locked" or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)

    return wrapper
