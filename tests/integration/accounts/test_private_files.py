"""Files the application writes are readable by their user only (POSIX 0600)."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from special_ed.bootstrap import build_app
from special_ed.results.registry import RegistryFilter
from special_ed.services.demo import generate_demo

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_exports_and_pdfs_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual desktop umask would make files world-readable
    try:
        db = tmp_path / "county.sqlite3"
        app = build_app(str(db), "tester")
        try:
            generate_demo(app.ctx, seed=3, children=30, reference=date(2026, 9, 1))

            xlsx = tmp_path / "children.xlsx"
            app.export.children_xlsx(xlsx)
            printing = app.printing
            pdf = tmp_path / "file.pdf"
            child = app.registry.ids(RegistryFilter())[0]
            printing.print_child(child, pdf)
            audit_xlsx = tmp_path / "audit.xlsx"
            from special_ed.services.audit_log import AuditFilter

            app.audit.export_xlsx(audit_xlsx, AuditFilter())
            for path in (db, Path(str(db) + "-wal"), xlsx, pdf, audit_xlsx):
                if path.exists():
                    assert _mode(path) == 0o600, f"{path.name}: {oct(_mode(path))}"
        finally:
            app.close()
    finally:
        os.umask(old)
