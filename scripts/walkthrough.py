"""Acceptance walkthrough: every page and main dialog of the demo county, in Chinese, as PNGs.

    QT_QPA_PLATFORM=offscreen python scripts/walkthrough.py [OUT_DIR]

Look at every PNG it writes: untranslated English, truncated text, empty panes.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PAGES = ("registry", "placement", "home_teaching", "schedule", "coverage", "check", "settings")


def settle(app: QApplication, seconds: float = 20.0) -> None:
    """Wait for background operations, then pump the event loop a little longer."""
    from ui.operations import running_operations

    deadline = time.monotonic() + seconds
    while running_operations() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


ENGLISH = re.compile(r"[A-Za-z]{4,}")
# Latin words that are right in the Chinese UI: formats, file types, product names
ALLOWED = {"English", "Excel", "YYYY", "xlsx", "sqlite", "sqlite3", "Python", "UTF-8", "SHA-256", "jpeg", "tiff", "webp"}


def english_left(widget: QWidget) -> set[str]:
    """Texts shown by ``widget`` and its children that still contain English words."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableView, QTabWidget

    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            columns = model.columnCount(QModelIndex())
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        texts += [action.text() for action in child.actions()]
        texts.append(child.toolTip())
    found = set()
    for text in texts:
        words = [w for w in ENGLISH.findall(text or "") if w not in ALLOWED and "/" not in text]
        if words:
            found.add(text)
    return found


def save(out: Path, widget: QWidget, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    for text in sorted(english_left(widget)):
        print(f"  English in {name}: {text!r}")


def schedule_month(app: QApplication, page: QWidget) -> None:
    """Compute next month's schedule (the demo saves none) and show the team with the most visits."""
    from PySide6.QtCore import QDate

    page.wait()  # type: ignore[attr-defined]
    settle(app)
    today = QDate.currentDate()
    page.month.setDate(QDate(today.year(), today.month(), 1).addMonths(1))  # type: ignore[attr-defined]
    settle(app)
    page.wait()  # type: ignore[attr-defined]
    settle(app)
    page.time_limit = 10.0  # type: ignore[attr-defined]  # a picture, not the best plan
    page.solve()  # type: ignore[attr-defined]
    settle(app)
    page.wait()  # type: ignore[attr-defined]
    settle(app)
    plan = page.plan  # type: ignore[attr-defined]
    if plan is not None and plan.routes:
        counts: dict[str, int] = {}
        for route in plan.routes:
            counts[route.team] = counts.get(route.team, 0) + len(route.stops)
        busiest = max(counts, key=lambda team: counts[team])
        page.team.setCurrentIndex(page.team.findData(busiest))  # type: ignore[attr-defined]
        settle(app)


def home_child(services: object) -> int:
    from sqlalchemy import select

    from special_ed.persistence import models as m

    with services.uow("read") as uow:  # type: ignore[attr-defined]
        return int(uow.session.scalar(
            select(m.Child.id).where(m.Child.placement == "home").order_by(m.Child.id).limit(1)))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="walk-"))
    out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="special-ed-walk-"))
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
    for key in PAGES:
        window.show_page(key)
        settle(app)
        save(out, window, f"page_{key}")

    coverage = window.show_page("coverage")
    for index in range(1, coverage.tabs.count()):
        coverage.tabs.setCurrentIndex(index)
        settle(app)
        save(out, window, f"page_coverage_{index}")
    placement = window.show_page("placement")
    placement.reviews_view.selectRow(0)
    settle(app)
    save(out, window, "page_placement_selected")

    check = window.show_page("check")
    check.run_check()
    settle(app, 60.0)
    save(out, window, "page_check_run")

    schedule = window.show_page("schedule")
    schedule_month(app, schedule)
    save(out, window, "page_schedule_planned")

    registry = window.show_page("registry")
    settle(app)
    registry.table.selectRow(0)
    registry.edit_selected()
    settle(app)
    from ui.child_form import ChildForm

    form = registry.findChild(ChildForm)
    for index in range(form.tabs.count()):
        form.tabs.setCurrentIndex(index)
        settle(app)
        save(out, form, f"dlg_child_form_{index}")
    form.reject()
    registry.place_selected()
    settle(app)
    from ui.placement.placement_dialog import PlacementDialog

    dialog = registry.findChild(PlacementDialog)
    save(out, dialog, "dlg_placement")
    dialog.reject()
    registry.assess_selected()
    settle(app)
    from ui.placement.assessment_dialog import AssessmentDialog

    dialog = registry.findChild(AssessmentDialog)
    save(out, dialog, "dlg_assessment")
    dialog.reject()

    from ui.printing.preview_dialog import PrintPreviewDialog
    from ui.records.dialog import ChildRecordsDialog

    child = home_child(services)
    records = ChildRecordsDialog(services, child, window)
    records.show()
    settle(app)
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
        settle(app)
        save(out, records, f"dlg_records_{index}")
    records.reject()
    preview = PrintPreviewDialog(services, child, window)
    preview.resize(1000, 760)
    preview.show()
    settle(app)
    save(out, preview, "dlg_print_preview")
    preview.reject()

    from ui.importing.wizard import ImportWizard

    wizard = ImportWizard(services, window)
    wizard.show()
    settle(app)
    save(out, wizard, "dlg_import_wizard")
    wizard.reject()

    from ui.about import AboutDialog

    about = AboutDialog(services.info.display, window)
    about.show()
    settle(app)
    save(out, about, "dlg_about")
    about.reject()
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
