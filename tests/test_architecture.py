"""Layer contracts (import-linter): the core never imports Qt, the domain never imports persistence."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe, "--no-cache", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower().replace("0 broken", "")


def test_the_contracts_check_indirect_imports_and_declare_no_exceptions() -> None:
    """A contract that allows indirect imports hides a UI module reaching SQLAlchemy through a service."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contracts = {c["name"]: c for c in config["contracts"]}
    assert len(contracts) == 3
    for name, contract in contracts.items():
        assert contract["allow_indirect_imports"] is False, name
        assert not contract.get("ignore_imports"), name
    ui = next(c for c in contracts.values() if c["source_modules"] == ["ui"])
    assert {"sqlalchemy", "special_ed.persistence"} <= set(ui["forbidden_modules"])
