"""Write the reference imports' xlsx templates into special_ed/data/templates/ (package data).

Run after changing a kind's fields in special_ed/importing/reference_kinds.py; a test fails while a
shipped template's headers differ from the fields.

    python scripts/build_import_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from special_ed.importing.reference_kinds import ReferenceKind, template_path  # noqa: E402
from special_ed.importing.reference_templates import build_template  # noqa: E402


def main() -> int:
    for kind in ReferenceKind:
        path = template_path(kind)
        build_template(kind, path)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
