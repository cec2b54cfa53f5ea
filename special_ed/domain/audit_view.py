"""The audit as people read it: filters, rows, and values worded in Chinese (SQL-free; the UI uses it).

Table and action names come from the tables below, field names from the message catalogue's field
labels, so a row reads "儿童 修改 障碍程度：轻度 → 中度" rather than "children update level: mild → moderate".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from special_ed.messages import field_label

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
