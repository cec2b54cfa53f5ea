"""Wording of the backup, restore and transfer codes, zh and en.

Plain data, collected with the other catalogues by :func:`special_ed.messages.catalogue`.
"""

from __future__ import annotations

BACKUP: dict[str, tuple[str, str]] = {
    "backup.damaged": (
        "备份文件已损坏或被改动，无法使用（目标数据库未作任何更改）",
        "The backup file is damaged or was altered and cannot be used (the target was not touched)",
    ),
    "backup.truncated": (
        "备份文件不完整（可能复制时中断），无法使用（目标数据库未作任何更改）",
        "The backup file is incomplete (perhaps a copy was interrupted); the target was not touched",
    ),
    "backup.not_a_backup": ("这不是本程序的备份文件", "This is not a backup file of this program"),
    "backup.missing": ("备份文件不存在：{path}", "The backup file does not exist: {path}"),
    "backup.newer_format": (
        "备份文件格式（{found}）比本程序新，请先升级程序",
        "The backup format ({found}) is newer than this program; upgrade the program first",
    ),
    "backup.newer_schema": (
        "这份备份来自更新版本的程序（数据库版本 {found}，本程序支持到 {supported}），请先升级程序再恢复",
        "This backup comes from a newer program (schema {found}; this one supports {supported}); "
        "upgrade the program before restoring",
    ),
    "backup.wrong_passphrase": (
        "备份密码不正确（或文件已损坏），未作任何更改",
        "Wrong backup passphrase (or a damaged file); nothing was changed",
    ),
    "backup.passphrase_missing": (
        "需要备份密码：请用 --passphrase-stdin 从标准输入提供，或设置环境变量 SPECIAL_ED_BACKUP_PASSPHRASE",
        "A backup passphrase is needed: give it with --passphrase-stdin or SPECIAL_ED_BACKUP_PASSPHRASE",
    ),
    "backup.passphrase_short": (
        "备份密码至少需要 {min} 个字符",
        "The backup passphrase needs at least {min} characters",
    ),
    "backup.passphrase_mismatch": ("两次输入的密码不一致", "The two passphrases differ"),
    "backup.schema_mismatch": (
        "备份中的表“{table}”与数据库结构不符，无法恢复",
        "Table “{table}” of the backup does not match the database schema",
    ),
    "restore.not_empty": (
        "目标数据库 {target} 已有数据；要用备份替换它请加 --replace（会先备份现有数据）",
        "The target database {target} holds data; add --replace to replace it (it is backed up first)",
    ),
    "transfer.same": (
        "迁移的目标就是当前数据库：{target}",
        "The transfer target is the source itself: {target}",
    ),
    "transfer.not_empty": (
        "迁移目标 {target} 不是空数据库；请指定一个新建的空数据库",
        "The transfer target {target} is not empty; give a newly created empty database",
    ),
    "transfer.mismatch": (
        "迁移后核对不一致（表：{table}），目标数据库未保存任何数据",
        "After the copy, these tables differ: {table}; nothing was kept in the target",
    ),
}
