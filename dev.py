#!/usr/bin/env python3
"""One entry point for a fresh machine: creates or reuses .venv, installs the project, then runs it.

    python3 dev.py run            # the desktop app on an embedded SQLite database with the demo county
    python3 dev.py test           # the whole test suite (PostgreSQL too when SPECIAL_ED_TEST_PG is set)
    python3 dev.py cli ARGS…      # the special-ed command line
    python3 dev.py bench NAME     # a benchmark script from benchmarks/

On Windows use ``py dev.py run`` / ``py dev.py test``. System Pythons refuse global pip installs,
so everything goes into .venv next to this file; reinstalls happen only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("SPECIAL_ED_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    marker = VENV / f".installed-{digest}"
    if not marker.exists():
        print("installing dependencies (first run or pyproject.toml changed)", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
        for old in VENV.glob(".installed-*"):
            old.unlink()
        marker.touch()
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    python = str(ensure_venv())
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([python, "-m", "special_ed", "--demo", *rest], cwd=ROOT, env=env)
    if command == "cli":
        return subprocess.call([python, "-m", "special_ed", *rest], cwd=ROOT, env=env)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "-m", "pytest", "-q", *rest], cwd=ROOT, env=env)
    if command == "bench":
        if not rest:
            print("usage: dev.py bench NAME [ARGS…]  (see benchmarks/)")
            return 2
        script = ROOT / "benchmarks" / (rest[0] if rest[0].endswith(".py") else f"bench_{rest[0]}.py")
        return subprocess.call([python, str(script), *rest[1:]], cwd=ROOT, env=env)
    print(f"unknown command {command!r}\n{__doc__}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
