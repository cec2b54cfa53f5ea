"""``special-ed backup``, ``restore`` and ``transfer``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from special_ed.backup.container import MIN_PASSPHRASE
from special_ed.errors import SpecialEdError
from special_ed.persistence.database import check_sqlite_file, describe, make_engine, resolve_url, with_key
from special_ed.progress import ConsoleProgress

PASSPHRASE_ENV = "SPECIAL_ED_BACKUP_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    bk = subparsers.add_parser(
        "backup",
        help="加密备份整个数据库（含审计记录和附件）",
        description="把整个数据库写成一个压缩并加密的备份文件；备份时其他人可以继续工作。",
    )
    bk.add_argument("--out", required=True, type=Path, metavar="FILE", help="备份文件（建议以 .sebak 结尾）")
    _passphrase_args(bk)
    bk.set_defaults(func=cmd_backup)

    rs = subparsers.add_parser(
        "restore",
        help="从备份恢复到空数据库（--db 指定目标）",
        description="先完整校验备份文件，再恢复到 --db 指定的空数据库（SQLite 或 PostgreSQL）；"
        "旧版本程序的备份恢复后自动升级。",
    )
    rs.add_argument("file", type=Path, help="备份文件")
    rs.add_argument("--replace", action="store_true", help="目标已有数据时替换它（先自动备份现有数据）")
    _passphrase_args(rs)
    rs.set_defaults(func=cmd_restore)

    tr = subparsers.add_parser(
        "transfer",
        help="把整个数据库复制到另一种空数据库（如 SQLite → PostgreSQL）并逐表核对",
        description="复制全部数据（含审计记录）到一个新建的空数据库，核对每张表的行数和摘要后才报告成功。",
    )
    tr.add_argument(
        "--to", required=True, metavar="URL", help="目标数据库 URL，如 postgresql+psycopg://用户@主机/库名"
    )
    tr.set_defaults(func=cmd_transfer)


def _passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"从标准输入读取备份密码（否则读环境变量 {PASSPHRASE_ENV} 或提示输入）",
    )


def read_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise SpecialEdError("backup.passphrase_missing")
    first = getpass.getpass(f"备份密码（至少 {MIN_PASSPHRASE} 个字符）：")
    if confirm and getpass.getpass("再输入一次：") != first:
        raise SpecialEdError("backup.passphrase_mismatch")
    return first


def _out(text: str) -> None:
    print(text, flush=True)


def _keyed(url: str) -> Any:
    """The database's info with its key when it is an encrypted file (keyring, passphrase, prompt)."""
    from special_ed.db_key import terminal_ask
    from special_ed.secret_store import SecretStore

    return with_key(describe(url), SecretStore(), ask=terminal_ask())


def _source_engine(args: argparse.Namespace) -> Any:
    url = resolve_url(args.db)
    info = describe(url)
    if info.path is not None:
        check_sqlite_file(info.path, must_exist=True, writable=False, encrypted=info.encrypted)
    info = _keyed(url)
    return make_engine(url, key=info.key)


def cmd_backup(args: argparse.Namespace) -> int:
    from special_ed.backup.service import backup

    passphrase = read_passphrase(args, confirm=True)
    engine = _source_engine(args)
    try:
        result = backup(engine, args.out, passphrase, ConsoleProgress())
    finally:
        engine.dispose()
    _out(
        f"已备份 {len(result.tables)} 张表、{result.rows} 行到 {result.path}（{result.size / 1024:.0f} KB，已加密）"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from special_ed.backup.service import restore

    passphrase = read_passphrase(args, confirm=False)
    url = resolve_url(args.db)
    key = _keyed(url).key
    result = restore(args.file, url, passphrase, replace=args.replace, progress=ConsoleProgress(), key=key)
    if result.previous_backup is not None:
        _out(f"原有数据已先备份到 {result.previous_backup}（同一密码）")
    _out(f"已从 {args.file} 恢复 {len(result.tables)} 张表、{result.rows} 行到 {result.target}")
    if result.revision != result.migrated_to:
        _out(f"备份来自较早版本（{result.revision}），已升级到 {result.migrated_to}")
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from special_ed.backup.service import transfer

    engine = _source_engine(args)
    try:
        result = transfer(engine, args.to, ConsoleProgress(), target_key=_keyed(args.to).key)
    finally:
        engine.dispose()
    _out(
        f"已复制 {len(result.tables)} 张表、{result.rows} 行到 {result.target}；每张表的行数和摘要均已核对一致"
    )
    return 0
