"""The conventions CI enforces: ruff on everything, mypy strict on the core and the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    proc = _run("ruff", "check", "special_ed", "ui", "special_ed_launcher", "tests", "benchmarks", "scripts", "dev.py")
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_mypy_strict_on_the_core_and_the_ui() -> None:
    # pyproject's [tool.mypy] packages = ["special_ed", "ui", "special_ed_launcher"], strict, with no override for ui
    proc = _run("mypy")
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_mypy_checks_the_ui_too() -> None:
    import tomllib

    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert mypy["strict"] is True and set(mypy["packages"]) == {"special_ed", "ui", "special_ed_launcher"}
    assert not [o for o in mypy.get("overrides", []) if any(str(m).startswith("ui") for m in o["module"])]
