"""Running an installed or frozen special-ed the way a county office would: outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH (the source tree must not leak in), a private home, the offscreen platform."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SPECIAL_ED_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        SPECIAL_ED_LANG="zh",
    )
    if sys.platform == "win32":
        env["LOCALAPPDATA"] = env["APPDATA"] = str(home / "data")
    return env


def run(cmd: list[str], home: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    environment = clean_env(home)
    environment.update(env)
    return subprocess.run(
        cmd, cwd=home, env=environment, capture_output=True, text=True, timeout=timeout, encoding="utf-8"
    )


def check(cmd: list[str], home: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    proc = run(cmd, home, timeout, **env)
    assert proc.returncode == 0, (
        f"{cmd} exited {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    return proc


def gui_report(cmd: list[str], home: Path) -> dict[str, Any]:
    """Open the GUI on the demo county offscreen, let it load its first page, read its self-check report."""
    report = home / "gui-report.json"
    check([*cmd, "--demo"], home, timeout=300, SPECIAL_ED_SELF_CHECK=str(report))
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return data


def assert_chinese_gui(report: dict[str, Any]) -> None:
    assert report["language"] == "zh"
    assert "特教安置与送教上门" in report["title"], report
    assert "示范数据" in report["title"], report  # the demo says so
    assert report["file_menu"] == "文件(&F)", report  # our catalogue
    assert report["qt_cancel"] == "取消", report  # Qt's own qtbase_zh_CN
    assert report["look_in"] == "查找范围：", report
    assert report["page"] == "RegistryPage", report
    assert "565" in report["counts"], report  # the first page loaded the demo county's children


def assert_pdf(path: Path, min_pages: int = 1) -> None:
    from pypdf import PdfReader

    assert path.is_file() and path.read_bytes().startswith(b"%PDF"), path
    reader = PdfReader(str(path))
    assert len(reader.pages) >= min_pages
    text = "".join(page.extract_text() or "" for page in reader.pages[:2])
    assert "一人一档" in text or "儿童" in text, text[:500]
