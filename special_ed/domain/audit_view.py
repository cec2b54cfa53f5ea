"""The audit as people read it: filters, rows, and values worded in Chinese (SQL-free; the UI uses it).

Tables, actions, fields and values are worded by the one formatter (``special_ed.formatting``), so a
row reads "儿童 修改 障碍程度：轻度 → 中度" rather than "children update level: mild → moderate"; the
events accounts write (logins, refusals, exports, full-ID prints) are worded here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from special_ed import formatting
from special_ed.domain.access import action_label

# Events carry codes of their own in their changes: why a login failed, which action was refused.
_REASONS = {
    "unknown_user": "无此账户",
    "disabled": "账户已停用",
    "locked": "账户已锁定",
    "wrong_password": "密码错误",
    "locked_now": "密码错误，账户锁定",
}
_EVENT_FIELDS = {
    "reason": "原因",
    "action": "操作",
    "file": "文件",
    "children": "儿童人数",
    "rows": "条数",
    "document": "文件种类",
}
_DOCUMENTS = {"child_file": "一人一案档案", "notice": "安置通知书", "batch": "批量打印", "preview": "预览"}
EVENTS = frozenset({"login", "login_failed", "denied", "export", "export_full", "print_full"})
ACTION_LABELS: dict[str, str] = {
    code: formatting.action_label(code)
    for code in ("insert", "update", "revert", "delete", "archive", "restore", *sorted(EVENTS))
}


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    user: str = ""
    child_id: int | None = None
    kind: str = ""  # an action ("login", "update" …) or "" for all
    table: str = ""
    limit: int = 10_000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    table: str
    record_id: str
    action: str
    child_id: int | None
    changes: dict[str, Any]
    # names of the rows the changes' foreign keys point at, (table, id) → name; shared by a page of rows
    names: Mapping[tuple[str, int], str] = field(default_factory=dict, compare=False, repr=False)

    def table_label(self) -> str:
        return "全部" if self.table == "*" else formatting.table_label(self.table)

    def action_label(self) -> str:
        return formatting.action_label(self.action)

    def describe(self) -> str:
        if self.action in EVENTS or self.table == "*":
            return describe_event(self.changes)
        names = self.names
        return formatting.format_changes(
            self.table,
            self.changes,
            action=self.action,
            resolve=lambda table, ident: names.get((table, ident)),
        )


def _event_value(key: str, v: Any) -> str:
    if v is None or v == "":
        return "（空）"
    if key == "reason":
        return _REASONS.get(str(v), str(v))
    if key == "action":
        return action_label(str(v))
    if key == "document":
        return _DOCUMENTS.get(str(v), str(v))
    return str(v)


def describe_event(changes: dict[str, Any]) -> str:
    """A login, refusal, export or print event's details ("原因：密码错误")."""
    parts = []
    for key, pair in sorted(changes.items()):
        value = pair[1] if isinstance(pair, list) and len(pair) == 2 else pair
        if isinstance(value, dict):  # e.g. the demo county's seed and size
            value = "，".join(f"{k} {v}" for k, v in value.items())
        parts.append(f"{_EVENT_FIELDS.get(key, key)}：{_event_value(key, value)}")
    return "；".join(parts)
