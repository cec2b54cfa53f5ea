"""The conventions CI enforces: ruff on everything, mypy strict on the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    proc = _run("ruff", "check", "special_ed", "ui", "tests", "benchmarks", "scripts", "dev.py")
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_mypy_strict_on_the_core() -> None:
    proc = _run("mypy", "special_ed")
    assert proc.returncode == 0, proc.stdout[-4000:]
