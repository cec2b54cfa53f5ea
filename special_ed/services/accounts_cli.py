"""`special-ed users …` and `special-ed audit …`: accounts and the audit on the command line.

    special-ed users add NAME --role admin|coordinator|township|school|teacher|viewer
                         [--township T] [--school S] [--team T] [--display-name N] --password-stdin
    special-ed users list | disable NAME | enable NAME | reset NAME --password-stdin | passwd --password-stdin
    special-ed users idle-lock [MINUTES]
    special-ed audit --verify
    special-ed audit [--since DATE] [--user NAME] --out FILE.xlsx

A new account's password is read from stdin (``--password-stdin``) or asked twice at the terminal;
never from an argument. The password of the person running the command (``--user``) comes from the
prompt or SPECIAL_ED_PASSWORD (see cli.py).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.domain.access import Role
from special_ed.errors import SpecialEdError

PASSWORD_ENV = "SPECIAL_ED_PASSWORD"


def register(sub: argparse._SubParsersAction[Any], app_factory: Callable[[], Any]) -> None:
    users = sub.add_parser("users", help="账户管理（系统管理员）")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="新建账户（第一个账户必须是系统管理员）")
    add.add_argument("name", help="用户名（登录名）")
    add.add_argument(
        "--role",
        required=True,
        choices=[r.value for r in Role],
        help="角色：admin 系统管理员、coordinator 县特教中心、township 乡镇、school 学校、"
        "teacher 送教教师、viewer 督导",
    )
    add.add_argument("--township", default="", help="乡镇（街道）名称或代码（township 角色必填）")
    add.add_argument("--school", default="", help="学校名称或代码（school 角色必填）")
    add.add_argument("--team", default="", help="送教小组名称（teacher 角色必填）")
    add.add_argument("--display-name", default="", help="显示名（默认同用户名）")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入读取新账户的密码")
    add.set_defaults(func=lambda args: _add(app_factory(), args))
    lst = users_sub.add_parser("list", help="列出账户")
    lst.set_defaults(func=lambda args: _list(app_factory(), args))
    dis = users_sub.add_parser("disable", help="停用账户")
    dis.add_argument("name")
    dis.set_defaults(func=lambda args: _simple(app_factory(), args, "disable"))
    ena = users_sub.add_parser("enable", help="重新启用账户")
    ena.add_argument("name")
    ena.set_defaults(func=lambda args: _simple(app_factory(), args, "enable"))
    reset = users_sub.add_parser("reset", help="重置密码（下次登录须修改）")
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true", help="从标准输入读取新密码")
    reset.set_defaults(func=lambda args: _reset(app_factory(), args))
    passwd = users_sub.add_parser("passwd", help="修改自己（--user）的密码")
    passwd.add_argument("--password-stdin", action="store_true", help="从标准输入读取新密码")
    passwd.set_defaults(func=lambda args: _passwd(app_factory(), args))
    idle = users_sub.add_parser("idle-lock", help="窗口无操作多少分钟后锁定（全县各办公室；不带参数则显示）")
    idle.add_argument("minutes", nargs="?", type=int, help="分钟数，1–120")
    idle.set_defaults(func=lambda args: _idle_lock(app_factory(), args))

    aud = sub.add_parser("audit", help="审计记录：校验（--verify）或导出 Excel（系统管理员）")
    aud.add_argument("--verify", action="store_true", help="校验哈希链：发现被删除或改动的记录")
    aud.add_argument("--since", type=date.fromisoformat, help="起始日期 YYYY-MM-DD")
    aud.add_argument("--user", dest="audit_user", default="", help="只导出此操作人的记录")
    aud.add_argument("--out", help="输出的 .xlsx 文件")
    aud.set_defaults(func=lambda args: _audit(app_factory(), args))


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise SpecialEdError("accounts.password_missing")
        return password
    if not sys.stdin.isatty():
        raise SpecialEdError("accounts.password_missing")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise SpecialEdError("accounts.password_mismatch")
    return first


def _describe(row: Any) -> str:
    state = "在用" if row.active else "已停用"
    if row.locked_until is not None:
        state += f"，锁定至 {row.locked_until:%Y-%m-%d %H:%M}"
    if row.must_change_password:
        state += "，须改密码"
    return f"{row.login}\t{row.display_name}\t{row.role.label}\t{row.scope_label}\t{state}"


def _add(app: Any, args: argparse.Namespace) -> int:
    from special_ed.services.accounts import AccountInput

    password = _new_password(args)
    row = app.accounts.create(
        AccountInput(args.name, args.role, password, args.display_name, args.township, args.school, args.team)
    )
    print(f"已建立账户：{_describe(row)}")
    return 0


def _list(app: Any, args: argparse.Namespace) -> int:
    rows = app.accounts.rows()
    print("用户名\t显示名\t角色\t范围\t状态")
    for row in rows:
        print(_describe(row))
    return 0


def _simple(app: Any, args: argparse.Namespace, what: str) -> int:
    row = getattr(app.accounts, what)(args.name)
    print(f"{'已停用' if what == 'disable' else '已启用'}：{_describe(row)}")
    return 0


def _reset(app: Any, args: argparse.Namespace) -> int:
    row = app.accounts.reset(args.name, _new_password(args))
    print(f"已重置密码（下次登录须修改）：{_describe(row)}")
    return 0


def login_password(login: str) -> str:
    """The password of the person running a command: SPECIAL_ED_PASSWORD, else the terminal prompt."""
    import os

    password = os.environ.get(PASSWORD_ENV, "")
    if password:
        return password
    if sys.stdin.isatty():
        return getpass.getpass(f"{login} 的密码：")
    raise SpecialEdError("auth.no_password", login=login)


def _passwd(app: Any, args: argparse.Namespace) -> int:
    if app.actor.account_id is None:
        raise SpecialEdError("permission.login_required")
    old = login_password(app.actor.name)
    app.accounts.change_own_password(old, _new_password(args))
    print(f"{app.actor.name} 的密码已修改")
    return 0


def _idle_lock(app: Any, args: argparse.Namespace) -> int:
    if args.minutes is None:
        print(f"窗口无操作 {app.settings.get(refresh=True).idle_lock_minutes} 分钟后锁定")
        return 0
    settings = app.settings.set_idle_lock(args.minutes)
    print(f"已设置：窗口无操作 {settings.idle_lock_minutes} 分钟后锁定（全县各办公室）")
    return 0


def _audit(app: Any, args: argparse.Namespace) -> int:
    from special_ed.services.audit_log import AuditFilter

    if args.verify:
        report = app.audit.verify()
        if report.intact:
            print(f"审计记录完整：{report.rows} 条，哈希链无断点")
            return 0
        for ident, code in report.problems:
            print(
                SpecialEdError(code, id=ident if ident is not None else "?").message(args.lang),
                file=sys.stderr,
            )
        raise SpecialEdError("audit.verify.failed", count=len(report.problems))
    if not args.out:
        raise SpecialEdError("required", field="--out")
    n = app.audit.export_xlsx(Path(args.out), AuditFilter(since=args.since, user=args.audit_user))
    print(f"已导出 {n} 条审计记录到 {args.out}")
    return 0
