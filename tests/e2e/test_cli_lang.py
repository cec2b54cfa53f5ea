"""The command line speaks Chinese by default, argparse's own words included; English with --lang en."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from special_ed import cli
from special_ed.cli_help_en import HELP_EN
from special_ed.cli_lang import english_help, help_texts, requested_language, use_language

HAN = re.compile(r"[\u4e00-\u9fff]")


def run(*args: str, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SPECIAL_ED_LANG"}
    if lang_env:
        env["SPECIAL_ED_LANG"] = lang_env
    return subprocess.run(
        [sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env
    )


def full_parser() -> object:
    parser, sub = cli.build_parser()
    cli._register_features(sub, lambda: None)  # type: ignore[arg-type, return-value]
    return parser


def test_help_is_chinese_argparse_words_included() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith("用法：special-ed")
    assert "显示本帮助并退出" in proc.stdout and "选项" in proc.stdout
    for english in ("usage:", "show this help message and exit", "options:", "show program's version"):
        assert english not in proc.stdout
    sub = run("print", "child", "--help")
    assert "位置参数" in sub.stdout and "positional arguments" not in sub.stdout


def test_argparse_errors_are_chinese() -> None:
    proc = run("export", "pupils", "x.xlsx")
    assert proc.returncode == 2
    assert "用法：" in proc.stderr
    assert "special-ed export：错误：参数 what：无效的选择：'pupils'（可选：'children'" in proc.stderr
    missing = run("export")
    assert "缺少必需的参数：what, file" in missing.stderr
    unknown = run("demo", "--bogus")
    assert "无法识别的参数：--bogus" in unknown.stderr


def test_english_with_lang_en() -> None:
    proc = run("--lang", "en", "--help")
    assert proc.stdout.startswith("usage: special-ed")
    assert "show this help message and exit" in proc.stdout
    assert "database maintenance" in proc.stdout
    assert not HAN.search(proc.stdout), proc.stdout
    error = run("--lang=en", "export", "pupils", "x.xlsx")
    assert "error: argument what: invalid choice: 'pupils'" in error.stderr
    assert run("--help", lang_env="en").stdout.startswith("usage:")


def test_every_help_text_has_english() -> None:
    """A Chinese help text added to a sub-command needs its English in special_ed/cli_help_en.py."""
    # Built as `--lang en` builds it: argparse's own texts ("show this help message and exit") follow
    # the language chosen before parsing, whatever an earlier test in this process chose.
    use_language("en")
    try:
        missing = [text for text in help_texts(full_parser()) if HAN.search(text) and text not in HELP_EN]  # type: ignore[arg-type]
        assert missing == [], "add to special_ed/cli_help_en.py: " + "; ".join(missing)
        parser = full_parser()
        english_help(parser)  # type: ignore[arg-type]
        assert [t for t in help_texts(parser) if HAN.search(t)] == []  # type: ignore[arg-type]
    finally:
        use_language("zh")


def test_language_is_known_before_parsing() -> None:
    assert requested_language(["--lang", "en", "demo"]) == "en"
    assert requested_language(["--lang=en"]) == "en"
    assert requested_language(["demo", "--", "--lang", "en"]) in (
        "zh",
        os.environ.get("SPECIAL_ED_LANG", "zh"),
    )
    use_language("zh")
    import argparse

    assert argparse._("usage: ") == "用法："  # type: ignore[attr-defined]
    use_language("en")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    use_language("zh")
