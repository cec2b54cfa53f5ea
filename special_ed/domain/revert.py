"""撤销上一次保存, as the front ends see it (SQL-free): which records can be reverted, and what a revert puts back.

A record kind is revertible when every save of it is audited in full: the record's own row and
the rows that belong to it and are saved with it (a child's guardians). The service
(:mod:`special_ed.services.revert`) finds the last save from the audit and writes the values from
before it back, in one transaction, refusing when anything the save touched changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from special_ed import formatting
from special_ed.domain.audit_view import AuditRow


@dataclass(frozen=True)
class RevertKind:
    table: str
    action: str  # the permission a revert needs: the same as saving the record
    family: tuple[str, ...] = ()  # tables of rows saved with the record, found by their child_id


# Kinds whose audit holds everything a save writes, so nothing is reverted by halves. Not (yet):
# visits, whose teachers are not audited, and schemes, whose goals carry no child id.
KINDS: dict[str, RevertKind] = {
    k.table: k
    for k in (
        RevertKind("children", "children.write", ("guardians",)),
        RevertKind("progress_assessments", "records.assessment"),
        RevertKind("term_plans", "records.plan"),
        RevertKind("lesson_plans", "records.lesson"),
    )
}


@dataclass(frozen=True)
class LastSave:
    """The save a revert would take back: when, by whom, and its audit rows (old → new)."""

    table: str
    record_id: int
    version: int  # the record's version now: the revert checks it is still the same
    at: datetime
    user: str
    rows: tuple[AuditRow, ...]

    def lines(self, lang: str = "zh") -> list[str]:
        """One line per audit row: "监护人 修改 电话：139… → 138…"."""
        out = []
        for row in self.rows:
            what = formatting.table_label(row.table, lang)
            action = formatting.action_label(row.action, lang)
            detail = row.describe() if lang == "zh" else _describe_en(row)
            out.append(f"{what} {action} {detail}".rstrip())
        return out


def _describe_en(row: AuditRow) -> str:
    names = row.names
    return formatting.format_changes(
        row.table, row.changes, "en", action=row.action, resolve=lambda t, i: names.get((t, i))
    )


@dataclass(frozen=True)
class RevertResult:
    table: str
    record_id: int
    version: int  # the record's version after the revert
    rows: int  # audit rows put back
