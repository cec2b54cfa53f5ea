"""A database as a stream of records, and back: the one format of backups, restores and transfers.

The stream is JSON lines, one table after another in foreign-key order, rows in primary-key order::

    {"kind": "special-ed-dump", "revision": "...", "backend": "sqlite", "tables": {"children": 565, ...}}
    {"table": "children", "columns": ["id", "name", ...]}
    [1, "王小明", {"$d": "2015-03-01"}, ...]
    {"end": "children", "rows": 565, "sha256": "..."}
    ...
    {"done": true}

Values that JSON has no type for are tagged (``$d`` date, ``$dt`` datetime, ``$t`` time, ``$b``
bytes, ``$n`` decimal, ``$j`` a JSON column's value), so a SQLite file and a PostgreSQL database
give the same stream for the same data — which is what makes the per-table digest a check that a
transfer or a restore copied every value, not just every row. Tables are read by reflection, not
from the models, so a backup of an older schema is read as it is and migrated after the restore.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, MetaData, Table, func, select, text

from special_ed.backup.container import BackupError
from special_ed.progress import NO_PROGRESS, Progress

SKIPPED_TABLES = frozenset({"alembic_version"})
BATCH = 1000


def encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    if isinstance(value, dict | list):
        return {"$j": value}
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


def decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    ((tag, raw),) = value.items()
    if tag == "$dt":
        return datetime.fromisoformat(raw)
    if tag == "$d":
        return date.fromisoformat(raw)
    if tag == "$t":
        return time.fromisoformat(raw)
    if tag == "$b":
        return base64.b64decode(raw)
    if tag == "$n":
        return Decimal(raw)
    if tag == "$j":
        return raw
    raise BackupError("backup.damaged")


def _line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"


def reflect(conn: Connection) -> MetaData:
    meta = MetaData()
    meta.reflect(bind=conn)
    return meta


def data_tables(meta: MetaData) -> list[Table]:
    return [t for t in meta.sorted_tables if t.name not in SKIPPED_TABLES]


def _ordered(table: Table) -> Any:
    keys = list(table.primary_key.columns) or list(table.columns)
    return select(table).order_by(*keys)


def table_rows(conn: Connection, table: Table) -> Iterator[list[Any]]:
    result = conn.execution_options(yield_per=2000).execute(_ordered(table))
    for row in result:
        yield [encode(v) for v in row]


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and digest of a table as it is now (the transfer's after-check)."""
    digest = hashlib.sha256()
    n = 0
    for row in table_rows(conn, table):
        digest.update(_line(row))
        n += 1
    return n, digest.hexdigest()


def dump(conn: Connection, revision: str | None, progress: Progress = NO_PROGRESS) -> Iterator[bytes]:
    """The whole database as JSON lines; ``conn`` must already be in one snapshot transaction."""
    meta = reflect(conn)
    tables = data_tables(meta)
    counts = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}
    progress.set_total(sum(counts.values()))
    yield _line(
        {"kind": "special-ed-dump", "revision": revision, "backend": conn.dialect.name, "tables": counts}
    )
    for table in tables:
        yield _line({"table": table.name, "columns": [c.name for c in table.columns]})
        digest = hashlib.sha256()
        n = 0
        for row in table_rows(conn, table):
            line = _line(row)
            digest.update(line)
            n += 1
            if n % BATCH == 0:
                progress.advance(BATCH)  # raises CancelledError when asked to stop
            yield line
        progress.advance(n % BATCH)
        yield _line({"end": table.name, "rows": n, "sha256": digest.hexdigest()})
    yield _line({"done": True})


def lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        data = rest + chunk
        *complete, rest = data.split(b"\n")
        yield from complete
    if rest:
        raise BackupError("backup.damaged")


@dataclass
class TableSection:
    name: str
    columns: list[str]
    rows: int = 0
    digest: str = ""


@dataclass
class DumpSummary:
    revision: str | None
    backend: str
    counts: dict[str, int]
    sections: list[TableSection] = field(default_factory=list)


class DumpReader:
    """Parse a dump; ``on_rows(section, rows)`` gets each batch. Every table's count and digest and
    the closing record are checked — a stream that ends early or was altered raises."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._lines = lines(chunks)

    def run(self, on_rows: Any = None, progress: Progress = NO_PROGRESS) -> DumpSummary:
        try:
            first = json.loads(next(self._lines))
        except (StopIteration, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BackupError("backup.damaged") from exc
        if not isinstance(first, dict) or first.get("kind") != "special-ed-dump":
            raise BackupError("backup.damaged")
        summary = DumpSummary(first.get("revision"), str(first.get("backend")), dict(first.get("tables", {})))
        progress.set_total(sum(summary.counts.values()))
        section: TableSection | None = None
        digest = hashlib.sha256()
        batch: list[list[Any]] = []
        done = False
        for raw in self._lines:
            if done:
                raise BackupError("backup.damaged")
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise BackupError("backup.damaged") from exc
            if isinstance(record, list):
                if section is None or len(record) != len(section.columns):
                    raise BackupError("backup.damaged")
                digest.update(raw + b"\n")
                section.rows += 1
                batch.append(record)
                if len(batch) >= BATCH:
                    if on_rows is not None:
                        on_rows(section, batch)
                    progress.advance(len(batch))
                    batch = []
            elif "table" in record and section is None:
                section = TableSection(str(record["table"]), [str(c) for c in record["columns"]])
                digest = hashlib.sha256()
            elif "end" in record and section is not None and record["end"] == section.name:
                if batch and on_rows is not None:
                    on_rows(section, batch)
                progress.advance(len(batch))
                batch = []
                section.digest = digest.hexdigest()
                if record.get("rows") != section.rows or record.get("sha256") != section.digest:
                    raise BackupError("backup.damaged")
                if summary.counts.get(section.name) != section.rows:
                    raise BackupError("backup.damaged")
                summary.sections.append(section)
                section = None
            elif record.get("done") is True and section is None:
                done = True
            else:
                raise BackupError("backup.damaged")
        if not done or {s.name for s in summary.sections} != set(summary.counts):
            raise BackupError("backup.truncated")
        return summary


class Loader:
    """Insert dumped rows into a database whose schema is at the dump's revision."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.meta = reflect(conn)
        # Migrations may seed rows (the audit chain's tip); the dump holds the complete state.
        for table in reversed(data_tables(self.meta)):
            conn.execute(table.delete())

    def __call__(self, section: TableSection, rows: list[list[Any]]) -> None:
        table = self.meta.tables.get(section.name)
        if table is None:
            raise BackupError("backup.schema_mismatch", table=section.name)
        missing = [c for c in section.columns if c not in table.c]
        if missing:
            raise BackupError("backup.schema_mismatch", table=f"{section.name}.{missing[0]}")
        self.conn.execute(
            table.insert(), [dict(zip(section.columns, map(decode, r), strict=True)) for r in rows]
        )

    def finish(self) -> None:
        """PostgreSQL: move every id sequence past the ids that were inserted."""
        if self.conn.dialect.name != "postgresql":
            return
        for table in data_tables(self.meta):
            pk = list(table.primary_key.columns)
            try:
                if len(pk) != 1 or pk[0].type.python_type is not int:
                    continue
            except NotImplementedError:
                continue
            column = pk[0].name
            seq = self.conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": f'"{table.name}"', "c": column}
            ).scalar()
            if seq:
                self.conn.execute(
                    text(f'SELECT setval(:s, COALESCE((SELECT MAX("{column}") FROM "{table.name}"), 1), '
                         f'(SELECT MAX("{column}") FROM "{table.name}") IS NOT NULL)'),
                    {"s": seq},
                )  # fmt: skip


def row_counts(conn: Connection) -> Mapping[str, int]:
    meta = reflect(conn)
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in data_tables(meta)
    }
