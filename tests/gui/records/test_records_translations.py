"""The records screens' Chinese catalogue is complete, current and loadable."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ui.records.i18n import CATALOGUE, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[3]


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            out.append(message.findtext("source") or "")
    return out


def test_catalogue_covers_every_string_of_the_records_screens(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    copy.write_bytes((TRANSLATIONS_DIR / f"{CATALOGUE}.ts").read_bytes())
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "records").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], cwd=ROOT, check=True,
                   capture_output=True)
    assert unfinished(copy) == []


def test_chinese_catalogue_loads(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.records.i18n import ensure_translator

    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert ensure_translator()
    assert QCoreApplication.translate("Records", "Visits short") == "缺少次数"
