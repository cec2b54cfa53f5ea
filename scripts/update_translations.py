"""Refresh the translation catalogues and compile them.

    python scripts/update_translations.py          # lupdate ui/ → .ts, then lrelease → ui/translations/*.qm
    python scripts/update_translations.py --check  # also fail when zh_CN has unfinished entries

Source strings are English; ``special_ed_zh_CN.ts`` carries the Chinese UI (the default)
and must be complete (its texts come from ``zh_CN.glossary.tsv`` or Qt Linguist);
``special_ed_en.ts`` is generated for completeness (English strings need no translation:
Qt falls back to the source text).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_translations import fill, load_glossary

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# The compiled catalogues are package data of ui.translations, so a wheel and a frozen build carry them.
QM_DIR = ROOT / "ui" / "translations"
LANGS = {"zh_CN": "special_ed_zh_CN.ts", "en": "special_ed_en.ts"}
# Translations kept as source<TAB>translation lines (easy to review in a diff); applied after lupdate.
GLOSSARY = TS_DIR / "zh_CN.glossary.tsv"


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease next to the running interpreter, else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def unfinished(ts_path: Path) -> list[str]:
    """Source texts whose translation is missing, unfinished or empty."""
    problems = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = translation.findall("numerusform") if translation is not None else []
            text = (
                "".join(n.text or "" for n in numerus)
                if numerus
                else (translation.text or "")
                if (translation is not None)
                else ""
            )
            if translation is None or translation.get("type") == "unfinished" or not text.strip():
                problems.append(f"{name}: {message.findtext('source', '')}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when zh_CN has unfinished entries")
    args = parser.parse_args()
    files = sources()
    for lang, ts_name in LANGS.items():
        ts = TS_DIR / ts_name
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-target-language", lang, *files, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        if lang == "zh_CN" and GLOSSARY.exists():
            fill(ts, load_glossary(GLOSSARY))
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(QM_DIR / ts.with_suffix(".qm").name)],
            cwd=ROOT,
            check=True,
        )
    missing = unfinished(TS_DIR / LANGS["zh_CN"])
    if missing:
        print(f"{len(missing)} unfinished zh_CN entries:", *missing, sep="\n  ")
        return 1 if args.check else 0
    print("zh_CN translation complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
