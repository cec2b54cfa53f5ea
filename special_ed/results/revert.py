"""Results of :mod:`special_ed.services.revert` (撤销上一次保存): the last save as read, what a revert did.

Plain values without SQL, so the UI can use them without reaching SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from special_ed import formatting
from special_ed.domain.audit_view import AuditRow


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
