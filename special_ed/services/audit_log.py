"""Reading the audit (administrators): filtered entries, the chain check, an xlsx export.

Values are worded for people: table and action names in Chinese, field names through the
message catalogue's field labels, so a row reads "儿童 更新 障碍程度：轻度 → 中度" rather than
"children update level: mild → moderate".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from special_ed.messages import field_label, register_messages
from special_ed.persistence import audit
from special_ed.persistence.models import AuditEntry
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.services.context import ServiceContext

register_messages(
    {
        "audit.verify.broken": (
            "第 {id} 条审计记录被改动，或它前面的记录被删除",
            "Audit row {id} was altered, or a row before it was deleted",
        ),
        "audit.verify.unchained": (
            "第 {id} 条审计记录不在哈希链中（绕过程序写入）",
            "Audit row {id} is outside the hash chain (written around the application)",
        ),
        "audit.verify.tail_removed": (
            "最后的审计记录被删除（链尾应为第 {id} 条）",
            "The newest audit rows were deleted (the chain ends at row {id})",
        ),
        "audit.verify.count": ("审计记录条数与链记录不符", "The number of audit rows does not match the chain"),
    }
)

TABLE_LABELS: dict[str, str] = {
    "children": "儿童", "guardians": "监护人", "placements": "安置", "committee_assessments": "专家评估",
    "coverage_exceptions": "未安置说明", "schemes": "教育安置方案", "goals": "目标", "term_plans": "送教计划",
    "lesson_plans": "教案", "progress_assessments": "评估", "attachments": "档案附件", "visits": "送教记录",
    "settings": "设置", "accounts": "账户", "townships": "乡镇", "villages": "村（社区）", "schools": "学校",
    "teachers": "教师", "teams": "送教小组", "team_leave": "小组请假", "schedule_runs": "排程",
    "source_lists": "部门名单", "findings": "三查问题", "follow_ups": "三查跟进", "mapping_presets": "导入方案",
    "*": "全部",
}
ACTION_LABELS: dict[str, str] = {
    "insert": "新增", "update": "修改", "delete": "删除", "archive": "归档", "restore": "恢复",
    "login": "登录", "login_failed": "登录失败", "denied": "拒绝操作", "export": "导出（打码）",
    "export_full": "导出（完整身份证号）", "print_full": "打印（完整身份证号）",
}
_REASONS = {"unknown_user": "无此账户", "disabled": "账户已停用", "locked": "账户已锁定",
            "wrong_password": "密码错误", "locked_now": "密码错误，账户锁定"}


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

    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    def describe(self) -> str:
        return describe_changes(self.changes)


def _value(v: Any) -> str:
    if v is None or v == "":
        return "（空）"
    if v is True:
        return "是"
    if v is False:
        return "否"
    if isinstance(v, str):
        return _REASONS.get(v, v)
    return str(v)


def describe_changes(changes: dict[str, Any]) -> str:
    parts = []
    for key, pair in sorted(changes.items()):
        label = field_label(key, "zh")
        if isinstance(pair, list) and len(pair) == 2:
            old, new = pair
            if old is None:
                parts.append(f"{label}：{_value(new)}")
            elif new is None:
                parts.append(f"{label}：{_value(old)} → （删除）")
            else:
                parts.append(f"{label}：{_value(old)} → {_value(new)}")
        else:
            parts.append(f"{label}：{_value(pair)}")
    return "；".join(parts)


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def entries(self, f: AuditFilter) -> list[AuditRow]:
        stmt = select(AuditEntry)
        if f.since is not None:
            stmt = stmt.where(AuditEntry.at >= datetime.combine(f.since, time.min))
        if f.until is not None:
            stmt = stmt.where(AuditEntry.at < datetime.combine(f.until + timedelta(days=1), time.min))
        if f.user:
            stmt = stmt.where(AuditEntry.user == f.user)
        if f.child_id is not None:
            stmt = stmt.where(AuditEntry.child_id == f.child_id)
        if f.kind:
            stmt = stmt.where(AuditEntry.action == f.kind)
        if f.table:
            stmt = stmt.where(AuditEntry.table_name == f.table)
        stmt = stmt.order_by(AuditEntry.id.desc()).limit(f.limit)
        with self.ctx.uow("audit.read") as uow:
            return [
                AuditRow(e.id, e.at, e.user, e.table_name, e.record_id, e.action, e.child_id, dict(e.changes or {}))
                for e in uow.session.scalars(stmt)
            ]

    def verify(self) -> audit.ChainReport:
        self.ctx.authorize("audit.read")
        with self.ctx.system_uow() as uow:
            return audit.verify(uow.session)

    def export_xlsx(self, path: Path, f: AuditFilter, progress: Progress = NO_PROGRESS) -> int:
        from special_ed.services.export import Column, write_xlsx

        rows = self.entries(f)
        progress.set_total(len(rows))
        columns = (Column("序号", 8, "int"), Column("时间", 20), Column("操作人", 14), Column("对象", 12),
                   Column("记录", 10), Column("操作", 16), Column("儿童编号", 10), Column("内容", 80))
        data = [
            [r.id, r.at.strftime("%Y-%m-%d %H:%M:%S"), r.user, r.table_label(), r.record_id, r.action_label(),
             r.child_id, r.describe()]
            for r in rows
        ]
        n = write_xlsx(Path(path), [("审计记录", columns, data)], lambda: progress.cancelled)
        self.ctx.audit_event("audit_log", "export", "export", {"file": [None, Path(path).name], "rows": [None, n]})
        return n
