"""``special-ed`` — the command line (Qt-free). ``special_ed_launcher`` is the console entry point: without a
sub-command it opens the desktop program, with one it hands argv to :func:`main` here.

Feature packages add sub-commands: each module in ``COMMAND_MODULES`` has
``register(subparsers, app_factory)`` and sets ``func`` on its parsers; the
function receives the parsed arguments and returns an exit code. Errors are
printed as one clear line (Chinese by default, ``--lang en`` for English).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from special_ed import __version__
from special_ed.cli_lang import english_help, requested_language, use_language
from special_ed.errors import SpecialEdError

COMMAND_MODULES: list[str] = [
    "special_ed.scheduling.cli",
    "special_ed.importing.cli",
    "special_ed.printing.cli",
    "special_ed.services.records_cli",
    "special_ed.services.norms_cli",
    "special_ed.services.instruments_cli",
    "special_ed.services.registration_cli",
    "special_ed.services.dropout_cli",
    "special_ed.reports.cli",
    "special_ed.services.county_cli",
    "special_ed.services.accounts_cli",
    "special_ed.backup.cli",
    "special_ed.services.revert_cli",
]

EXIT_ERROR = 2
EXIT_REJECTED = 3  # import: some rows were rejected


class AppFactory:
    """Builds the App lazily, once, from the global options (so --help needs no database)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._app: Any = None
        self.gui_login = False  # the desktop application logs in with its own dialog

    @property
    def opener(self) -> Any:
        """What the GUI opens the databases chosen while it runs with (the core's composition root)."""
        from special_ed.bootstrap import DatabaseOpener  # lazily, like build_app: --help needs no database

        return DatabaseOpener()

    def __call__(self, migrate: bool = True) -> Any:
        if self._app is None:
            from special_ed.bootstrap import build_app
            from special_ed.db_key import terminal_ask

            # Without accounts the OS user acts (and is audited); --user only names an account.
            # An encrypted file's passphrase is asked for only where a terminal can answer.
            app = build_app(self.args.db, None, migrate=migrate, ask_passphrase=terminal_ask())
            try:
                if app.actor.locked and not self.gui_login:
                    self._login(app)
            except BaseException:
                app.close()
                raise
            self._app = app
        return self._app

    def _login(self, app: Any) -> None:
        from special_ed.services.accounts_cli import login_password

        login = (self.args.user or "").strip()
        if not login:
            raise SpecialEdError("permission.login_required")
        app.accounts.login(login, login_password(login))

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def _out(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cmd_db_upgrade(args: argparse.Namespace, factory: AppFactory) -> int:
    app = factory()
    result = app.upgrade_result
    if result is None or not result.changed:
        _out(f"数据库已是最新版本（{result.after if result else '?'}）：{app.info.display}")
    else:
        _out(f"数据库已升级：{result.before or '空库'} → {result.after}：{app.info.display}")
        if result.backup:
            _out(f"升级前备份：{result.backup}")
    return 0


def cmd_db_encrypt(args: argparse.Namespace, factory: AppFactory) -> int:
    from special_ed.db_key import terminal_ask
    from special_ed.persistence.database import describe, resolve_url
    from special_ed.persistence.encrypt import encrypt_file
    from special_ed.secret_store import SecretStore

    info = describe(resolve_url(args.db))
    if info.path is None:
        raise SpecialEdError("db.encrypt_not_file", url=info.display)
    result = encrypt_file(info.path, SecretStore(), ask=terminal_ask(), keep_plain=not args.remove_plain)
    where = (
        "密钥已存入系统密钥环"
        if result.key_source == "keyring"
        else "用口令加密（请牢记口令，丢失后无法打开）"
    )
    _out(f"数据库已加密：{result.path}（{len(result.tables)} 张表、{result.rows} 行已核对一致；{where}）")
    if result.plain_backup is not None:
        _err(
            f"加密前的备份（未加密）：{result.plain_backup} —— 确认程序能正常打开加密后的数据库后，"
            "请删除它或移到安全的地方"
        )
    return 0


def cmd_demo(args: argparse.Namespace, factory: AppFactory) -> int:
    from special_ed.services.demo import generate_demo

    app = factory()
    summary = generate_demo(app.ctx, seed=args.seed, children=args.children)
    _out(
        f"示范县已生成：{summary.townships} 个乡镇（街道），{summary.villages} 个村（社区），"
        f"{summary.schools} 个校点，{summary.teachers} 名教师，{summary.teams} 个送教小组，"
        f"{summary.children} 名适龄残疾儿童（轻度 {summary.by_level['mild']}，中度 {summary.by_level['moderate']}，"
        f"重度 {summary.by_level['severe']}）。数据库：{app.info.display}"
    )
    for key, value in summary.extras.items():
        _out(f"  {key}: {value}")
    return 0


def cmd_export(args: argparse.Namespace, factory: AppFactory) -> int:
    from special_ed.safe_cells import CellGuard
    from special_ed.services.reference_export import WHAT, export_reference

    if args.what != "children" and args.what not in WHAT:
        raise SpecialEdError("export.unknown", what=args.what)
    app = factory()
    guard = CellGuard()
    english = getattr(args, "lang", "zh") == "en"
    if args.what == "children":
        n = app.export.children_xlsx(Path(args.file), guard=guard, full=args.full)
        if english:
            masked = "full ID and phone numbers" if args.full else "ID and phone numbers masked"
            _out(f"Exported {n} children to {args.file} ({masked})")
        else:
            _out(
                f"已导出 {n} 名儿童到 {args.file}"
                + ("（完整身份证号和电话）" if args.full else "（身份证号和电话已打码）")
            )
    else:
        n = export_reference(app.reference, args.what, Path(args.file), guard)
        label = {
            "areas": ("个村（社区）及乡镇", "villages (communities) and townships"),
            "schools": ("所学校", "schools"),
            "teachers": ("名教师", "teachers"),
            "teams": ("个送教小组", "home-teaching teams"),
        }[args.what]
        _out(f"Exported {n} {label[1]} to {args.file}" if english else f"已导出 {n} {label[0]}到 {args.file}")
    if guard.cleaned:
        _err(guard.warning("en" if english else "zh"))
    return 0


def demo_database_path() -> Path:
    from special_ed.locations import default_data_dir  # not persistence: the GUI's start needs no SQLAlchemy

    return default_data_dir() / "demo.sqlite3"


def fresh_demo_url() -> str:
    """A new demo database each time --demo is used, so the demo always starts the same."""
    path = demo_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


OPEN_GUI_HINT = "要打开桌面程序，请运行 special-ed（不带子命令）或 python -m special_ed_launcher；命令行的用法见 special-ed --help"


def cmd_no_command(args: argparse.Namespace, factory: AppFactory) -> int:
    _err(OPEN_GUI_HINT)
    return EXIT_ERROR


def global_options() -> argparse.ArgumentParser:
    """The options before the sub-command, shared with the GUI launcher (``special_ed_launcher``)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--db",
        help="数据库：SQLAlchemy URL 或 SQLite 文件路径（默认：用户数据目录；也可用环境变量 SPECIAL_ED_DB）",
    )
    parser.add_argument(
        "--user",
        help="登录的账户名（数据库已设账户时必填；密码在提示时输入，或用环境变量 "
        "SPECIAL_ED_PASSWORD；尚无账户时操作人为当前系统用户）",
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), default=os.environ.get("SPECIAL_ED_LANG", "zh"), help="提示语言"
    )
    return parser


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[Any]]:
    parser = argparse.ArgumentParser(
        prog="special-ed",
        description="特教安置与送教上门 — 县级特殊教育安置与送教上门管理。不带子命令运行 special-ed 打开桌面程序"
        "（special-ed --demo：用一个新的示范县打开）。",
        parents=[global_options()],
    )
    parser.add_argument(
        "--version", action="version", version=f"special-ed {__version__}", help="显示程序版本并退出"
    )
    parser.set_defaults(func=cmd_no_command)
    sub = parser.add_subparsers(dest="command", metavar="命令")

    db = sub.add_parser("db", help="数据库维护")
    db_sub = db.add_subparsers(dest="db_command", metavar="操作", required=True)
    up = db_sub.add_parser("upgrade", help="把数据库升级到本程序的版本（SQLite 先自动备份）")
    up.set_defaults(func=cmd_db_upgrade, creates_database=True)
    enc = db_sub.add_parser(
        "encrypt",
        help="把未加密的 SQLite 数据库文件加密（SQLCipher；先备份、核对，再替换原文件）",
        description="先在原文件旁做一份备份，再生成加密的副本并逐表核对，最后替换原文件；任何一步失败原文件都不变。"
        "密钥随机生成并存入系统密钥环；本机没有密钥环时改用口令（提示输入，或环境变量 SPECIAL_ED_DB_PASSPHRASE）。",
    )
    enc.add_argument("--remove-plain", action="store_true", help="核对无误后删除加密前的（未加密的）备份")
    enc.set_defaults(func=cmd_db_encrypt)

    demo = sub.add_parser("demo", help="生成示范县数据（只用于空数据库）")
    demo.add_argument("--seed", type=int, default=2019, help="随机种子（同一种子生成同样的数据）")
    demo.add_argument("--children", type=int, default=565, help="儿童人数（默认 565）")
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser("export", help="导出 Excel")
    export.add_argument(
        "what",
        choices=("children", "areas", "schools", "teachers", "teams"),
        help="children：全部儿童名册；areas：乡镇和村（社区）及代码；schools：学校；teachers：教师；"
        "teams：送教小组",
    )
    export.add_argument("file", help="输出的 .xlsx 文件")
    export.add_argument(
        "--full",
        action="store_true",
        help="完整导出身份证号、残疾证号和电话（默认打码；督导无此权限；记入审计）",
    )
    export.set_defaults(func=cmd_export)
    return parser, sub


def _register_features(sub: argparse._SubParsersAction[Any], factory_ref: Callable[[], AppFactory]) -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # the feature is not part of this build
            raise
        module.register(sub, lambda: factory_ref()())


def error_line(exc: SpecialEdError, lang: str) -> str:
    """A typed error as the one line the command line prints."""
    return f"错误：{exc.message(lang)}" if lang == "zh" else f"error: {exc.message('en')}"


def creates_database(args: argparse.Namespace) -> bool:
    """The commands that may be pointed at a database that does not exist yet."""
    if getattr(args, "creates_database", False):
        return True
    command = getattr(args, "command", None)
    if command in ("demo", "restore"):
        return True
    if command == "db":
        return getattr(args, "db_command", None) == "upgrade"
    if command == "county":  # `county init CODE`, whatever the county module calls its action
        return any(k.endswith("command") and v == "init" for k, v in vars(args).items())
    return False


def _check_given_database(args: argparse.Namespace) -> None:
    """A mistyped --db path is an error, not a new empty county (issue: a typo silently read nothing)."""
    if not args.db:
        return
    from special_ed.persistence.database import describe, resolve_url

    info = describe(resolve_url(args.db))  # an unsupported kind (mysql://…) is refused here too
    if info.path is not None and not info.path.exists() and not creates_database(args):
        raise SpecialEdError("db.missing_file_given", path=str(info.path))


def main(argv: Sequence[str] | None = None) -> int:
    lang = requested_language(sys.argv[1:] if argv is None else argv)
    use_language(lang)  # argparse's own words ("usage:", "error:") in the user's language
    parser, sub = build_parser()
    holder: dict[str, AppFactory] = {}
    _register_features(sub, lambda: holder["factory"])
    if lang == "en":
        english_help(parser)
    args = parser.parse_args(argv)
    factory = AppFactory(args)
    holder["factory"] = factory
    try:
        _check_given_database(args)
        func: Callable[..., int] = args.func
        if func in (cmd_no_command, cmd_db_upgrade, cmd_db_encrypt, cmd_demo, cmd_export):
            return func(args, factory)
        return int(func(args))
    except SpecialEdError as exc:
        print(error_line(exc, args.lang), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("已中断" if args.lang == "zh" else "interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"错误：{exc.strerror or exc}：{exc.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        factory.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
