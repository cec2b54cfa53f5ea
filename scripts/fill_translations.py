"""Fill translations into a .ts file from a tab-separated glossary (source<TAB>translation).

Used when many strings are added at once; Qt Linguist does the same one by one. Only
entries whose source text appears in the glossary are touched; they become finished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load_glossary(path: Path) -> dict[str, str]:
    glossary: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            raise SystemExit(f"{path}:{number}: expected source<TAB>translation")
        source, translation = line.split("\t", 1)
        glossary[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return glossary


def fill(ts_path: Path, glossary: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or source not in glossary:
            continue
        translation.text = glossary[source]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    ts_file, glossary_file = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"filled {fill(ts_file, load_glossary(glossary_file))} entries in {ts_file}")
