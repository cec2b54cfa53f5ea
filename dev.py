#!/usr/bin/env python3
"""One entry point for a fresh machine: creates or reuses .venv, installs the project, then runs it.

    python3 dev.py run            # the desktop app on your database (the first-run dialog when there is none)
    python3 dev.py demo           # the desktop app on a throw-away demo county (its title says 示范数据)
    python3 dev.py test           # the whole test suite (PostgreSQL too when SPECIAL_ED_TEST_PG is set)
    python3 dev.py cli ARGS…      # the special-ed command line
    python3 dev.py bench NAME     # a benchmark script from benchmarks/
    python3 dev.py package        # the frozen one-folder app in dist/special-ed/ (PyInstaller)

On Windows use ``py dev.py run`` / ``py dev.py test``. System Pythons refuse global pip installs,
so everything goes into .venv next to this file; reinstalls happen only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("SPECIAL_ED_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


SPEC = ROOT / "packaging" / "windows" / "special-ed.spec"
FROZEN = ROOT / "dist" / "special-ed" / ("special-ed.exe" if os.name == "nt" else "special-ed")


def ensure_venv(extras: str = "dev") -> Path:
    """The project installed (editable) into .venv with the given extras; reinstalled when pyproject.toml
    changes or an extra is asked for that the last install did not have (``package`` adds PyInstaller)."""
    python = venv_python()
    if not python.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    marker = VENV / f".installed-{digest}"
    wanted = set(extras.split(","))
    have = set(marker.read_text(encoding="utf-8").split(",")) if marker.exists() else set()
    if not wanted <= have:
        extras = ",".join(sorted(wanted | have - {""}))
        print(f"installing dependencies [{extras}] (first run or pyproject.toml changed)", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[{extras}]"])
        for old in VENV.glob(".installed-*"):
            old.unlink()
        marker.write_text(extras, encoding="utf-8")
    return python


def package(python: str, rest: list[str]) -> int:
    """PyInstaller's one-folder build into dist/special-ed/, then a quick check that it starts."""
    started = time.monotonic()
    code = subprocess.call(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            *rest,
            str(SPEC),
        ],
        cwd=ROOT,
    )
    if code != 0:
        return code
    version = subprocess.run([str(FROZEN), "--version"], capture_output=True, text=True, timeout=300)
    if version.returncode != 0:
        print(f"the frozen build does not start:\n{version.stdout}{version.stderr}")
        return 1
    size = sum(f.stat().st_size for f in FROZEN.parent.rglob("*") if f.is_file())
    print(
        f"built {FROZEN} ({version.stdout.strip()}, {size / 2**20:.0f} MiB) in {time.monotonic() - started:.0f} s"
    )
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    python = str(ensure_venv("dev,package" if command == "package" else "dev"))
    env = dict(os.environ)
    if command == "run":  # the launcher: the GUI (special_ed_launcher), as the installed special-ed
        return subprocess.call([python, "-m", "special_ed_launcher", *rest], cwd=ROOT, env=env)
    if command == "demo":
        return subprocess.call([python, "-m", "special_ed_launcher", "--demo", *rest], cwd=ROOT, env=env)
    if command == "package":
        return package(python, rest)
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
