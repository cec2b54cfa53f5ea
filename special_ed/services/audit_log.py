"""Reading the audit (administrators): filtered entries, the chain check, an xlsx export.

Values are worded for people: table and action names in Chinese, field names through the
message catalogue's field labels, so a row reads "儿童 更新 障碍程度：轻度 → 中度" rather than
"children update level: mild → moderate".
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from special_ed.domain.audit_view import AuditFilter, AuditRow
from special_ed.persistence import audit
from special_ed.persistence.models import AuditEntry
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.services.context import ServiceContext
from special_ed.services.display_names import audit_rows

__all__ = ["AuditFilter", "AuditRow", "AuditService"]


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
            # "负责乡镇：高唐街道" rather than "编号 1": the names of what foreign keys point at, in one go
            return audit_rows(uow, uow.session.scalars(stmt))

    def verify(self) -> audit.ChainReport:
        self.ctx.authorize("audit.read")
        with self.ctx.system_uow() as uow:
            return audit.verify(uow.session)

    def export_xlsx(self, path: Path, f: AuditFilter, progress: Progress = NO_PROGRESS) -> int:
        from special_ed.services.export import Column, write_xlsx

        rows = self.entries(f)
        progress.set_total(len(rows))
        columns = (
            Column("序号", 8, "int"),
            Column("时间", 20),
            Column("操作人", 14),
            Column("对象", 12),
            Column("记录", 10),
            Column("操作", 16),
            Column("儿童编号", 10),
            Column("内容", 80),
        )
        data = [
            [
                r.id,
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.user,
                r.table_label(),
                r.record_id,
                r.action_label(),
                r.child_id,
                r.describe(),
            ]
            for r in rows
        ]
        n = write_xlsx(Path(path), [("审计记录", columns, data)], lambda: progress.cancelled)
        self.ctx.audit_event(
            "audit_log", "export", "export", {"file": [None, Path(path).name], "rows": [None, n]}
        )
        return n
