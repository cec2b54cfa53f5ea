"""The command line in the user's language: argparse's own words and our help texts.

argparse asks ``gettext`` for its words ("usage: ", "show this help message and exit",
"error: ...") through the module-level names ``_`` and ``ngettext``; Python ships no Chinese
catalogue, so ``use_language("zh")`` points those names at the table below (argparse looks
them up at call time, so this covers every parser, including the feature modules'). Our own
help texts are written in Chinese; ``english_help(parser)`` swaps them for ``HELP_EN`` when
``--lang en`` is given. ``tests/e2e/test_cli_lang.py`` fails on any help text without English.
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Sequence

from special_ed.cli_help_en import HELP_EN

# msgid (as in CPython 3.11–3.13's argparse.py) → Chinese
ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项有歧义：%(option)s 可以是 %(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "无效的选择：%(value)r，是否想输入 %(closest)r？（可选：%(choices)s）"
    ),
    "not allowed with argument %s": "不能与参数 %s 同用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
    'argument "-" with mode %r': "参数“-”不能用于模式 %r",
    "conflicting subparser: %s": "子命令重复：%s",
    "conflicting subparser alias: %s": "子命令别名重复：%s",
    "conflicting option string: %s": "选项重复：%s",
    "conflicting option strings: %s": "选项重复：%s",
    "%r is not callable": "%r 不可调用",
    "mutually exclusive arguments must be optional": "互斥的参数必须是可选参数",
    "cannot have multiple subparser arguments": "不能有多组子命令",
    "dest= is required for options like %r": "%r 这样的选项需要 dest=",
    "'required' is an invalid argument for positionals": "位置参数不能用“required”",
    "invalid conflict_resolution value: %r": "无效的 conflict_resolution 值：%r",
    "cannot merge actions - two groups are named %r": "无法合并：两组都叫 %r",
    "%(prog)s: warning: %(message)s\n": "%(prog)s：警告：%(message)s\n",
}

LANGUAGES = ("zh", "en")


def _zh(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _zh_n(singular: str, plural: str, n: int) -> str:
    return ARGPARSE_ZH.get(singular if n == 1 else plural, singular if n == 1 else plural)


def requested_language(argv: Sequence[str]) -> str:
    """``--lang`` as argparse will read it, known before the parser exists (its help needs it)."""
    lang = os.environ.get("SPECIAL_ED_LANG", "zh")
    items = list(argv)
    for position, item in enumerate(items):
        if item == "--":
            break
        if item == "--lang" and position + 1 < len(items):
            lang = items[position + 1]
        elif item.startswith("--lang="):
            lang = item.split("=", 1)[1]
    return lang if lang in LANGUAGES else "zh"


def use_language(lang: str) -> None:
    """argparse speaks ``lang`` from now on in this process."""
    if lang == "zh":
        argparse._ = _zh  # type: ignore[attr-defined]
        argparse.ngettext = _zh_n  # type: ignore[attr-defined]
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text of ``parser`` and its sub-commands (descriptions, arguments, commands)."""
    found: list[str] = []
    for parser_, action in _actions(parser):
        if action is None:
            found += [t for t in (parser_.description, parser_.epilog) if t]
        elif action.help and action.help is not argparse.SUPPRESS:
            found.append(action.help)
    return list(dict.fromkeys(found))


def english_help(parser: argparse.ArgumentParser) -> None:
    """Replace our Chinese help texts by their English (a text without one stays as written)."""
    for parser_, action in _actions(parser):
        if action is None:
            parser_.description = HELP_EN.get(parser_.description or "", parser_.description)
            parser_.epilog = HELP_EN.get(parser_.epilog or "", parser_.epilog)
        elif action.help and action.help is not argparse.SUPPRESS:
            action.help = HELP_EN.get(action.help, action.help)
        if action is not None and isinstance(action.metavar, str):
            action.metavar = METAVAR_EN.get(action.metavar, action.metavar)


# Sub-command placeholders in usage lines, written in Chinese (命令) and given English here.
METAVAR_EN = {"命令": "COMMAND", "操作": "ACTION"}


def _actions(
    parser: argparse.ArgumentParser,
) -> list[tuple[argparse.ArgumentParser, argparse.Action | None]]:
    """(parser, None) for each parser, then (parser, action) for its arguments and its commands."""
    found: list[tuple[argparse.ArgumentParser, argparse.Action | None]] = [(parser, None)]
    for action in parser._actions:
        found.append((parser, action))
        if isinstance(action, argparse._SubParsersAction):
            found += [(parser, choice) for choice in action._choices_actions]
            for child in dict.fromkeys(action.choices.values()):
                found += _actions(child)
    return found
