"""Render the main views with the demo county into docs/screenshots/ (offscreen; needs a CJK font).

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, rounds: int = 30) -> None:
    import time

    from ui.operations import running_operations

    for _ in range(rounds):
        app.processEvents()
        if running_operations() == 0:
            break
        time.sleep(0.05)
    app.processEvents()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="special-ed-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "prefs"))
    from ui.app import build_window, make_qapplication

    app = make_qapplication([sys.argv[0]])
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    services = build_app(f"sqlite:///{workdir / 'demo.sqlite3'}", "coordinator")
    generate_demo(services.ctx)
    window = build_window(services, services.info.display)
    window.resize(1360, 820)
    window.show()
    settle(app)
    for key in ("registry", "placement", "coverage", "settings"):
        page = window.show_page(key)
        settle(app)
        if key == "placement":
            page.within.setValue(120)
            settle(app)
            page.reviews_view.selectRow(0)
            settle(app)
        if key == "coverage":
            page.tabs.setCurrentIndex(0)
            settle(app)
        save(window, f"main_{key}")
    registry = window.show_page("registry")
    registry.filter_bar.search.setText("zy")
    registry.filter_bar.flush()
    settle(app)
    save(window, "main_registry_search")
    registry.table.selectRow(0)
    registry.edit_selected()
    settle(app)
    from ui.child_form import ChildForm

    form = registry.findChild(ChildForm)
    form.resident_id.setText(
        form.resident_id.text()[:-1] + ("0" if form.resident_id.text()[-1] != "0" else "1")
    )
    form.validate()
    settle(app)
    save(form, "main_child_form")
    form.reject()
    registry.place_selected()
    settle(app)
    from ui.placement.placement_dialog import PlacementDialog

    dialog = registry.findChild(PlacementDialog)
    dialog.kind_buttons[list(dialog.kind_buttons)[2]].setChecked(True)
    dialog.validate()
    settle(app)
    save(dialog, "main_placement_dialog")
    dialog.reject()
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
