"""Every window and dialog on a small screen: none reaches past it, no button lies outside it.

    python scripts/screen_fit.py 1366x768            # a 1366×768 laptop at 100 %
    python scripts/screen_fit.py 1280x720@1.5 [OUT]  # 1920×1080 at 150 % (Qt's device-independent pixels)

Runs on Qt's offscreen platform with one screen of that size, opens the demo county's main
window (every page) and each dialog the way the program does, and prints each problem; the
exit code is 1 when there is one. With OUT, a PNG of each window is written there.
tests/gui/test_screen_fit.py runs it for 1366×768, 1536×864 @125 % and 1280×720 @150 %.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(spec: str, workdir: Path) -> tuple[int, int]:
    """Qt's offscreen platform with one screen as given (before any Qt import)."""
    size, _, dpr = spec.partition("@")
    width, height = (int(n) for n in size.lower().split("x"))
    config = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "dpr": float(dpr or 1),
            }
        ]
    }
    path = workdir / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    return width, height


PROBLEMS: list[str] = []


def settle(app: object, seconds: float = 20.0) -> None:
    from ui.operations import running_operations

    deadline = time.monotonic() + seconds
    while running_operations() and time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.05)
    for _ in range(8):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def check(window: object, name: str, out: Path | None) -> None:
    """The window inside the screen's usable area, and every visible button inside the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from ui.screen_fit import screen_for, usable_area

    def fits(size: object, room: object) -> bool:
        return size.width() <= room.width() and size.height() <= room.height()  # type: ignore[attr-defined]

    assert isinstance(window, QWidget)
    screen = screen_for(window).geometry()
    available, usable = screen_for(window).availableGeometry(), usable_area(window).size()
    frame = window.frameGeometry()
    if not window.isMaximized() and not (available.contains(frame) and fits(window.size(), usable)):
        PROBLEMS.append(
            f"{name}: window {rect(frame)} does not fit {rect(available)} (with room for a frame)"
        )
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        # a button in a scroll area is reachable when the area's viewport is on the screen
        shown = _scroll_viewport(button) or button
        global_rect = QRect(shown.mapToGlobal(shown.rect().topLeft()), shown.size())
        what = button.text() or button.toolTip() or button.objectName()
        if not screen.contains(global_rect):
            PROBLEMS.append(
                f"{name}: button {what!r} at {rect(global_rect)} is outside the screen {rect(screen)}"
            )
        elif not window.geometry().contains(global_rect):
            PROBLEMS.append(f"{name}: button {what!r} at {rect(global_rect)} is cut off by its window")
    if out is not None:
        window.grab().save(str(out / f"{name}.png"))
    print(f"{name}: {window.width()}×{window.height()}")


def _scroll_viewport(widget: object) -> object | None:
    """The viewport of the innermost scroll area holding ``widget``, if any."""
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while isinstance(parent, QWidget):
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):  # type: ignore[arg-type]
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def rect(r: object) -> str:
    return f"{r.x()},{r.y()} {r.width()}×{r.height()}"  # type: ignore[attr-defined]


def opened(app: object, dialog: object, name: str, out: Path | None) -> None:
    dialog.show()  # type: ignore[attr-defined]
    settle(app)
    check(dialog, name, out)
    dialog.reject()  # type: ignore[attr-defined]
    settle(app, 2.0)


def main() -> int:
    spec = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="special-ed-fit-"))
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb"):
        configure(spec, workdir)  # under Xvfb (QT_QPA_PLATFORM=xcb) the X screen is the screen
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "prefs"))
    from datetime import date

    from ui.app import build_window, make_qapplication

    app = make_qapplication([sys.argv[0]])
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    services = build_app(f"sqlite:///{workdir / 'demo.sqlite3'}", "coordinator")
    generate_demo(services.ctx, children=120)
    window = build_window(services, services.info.display)
    window.show()
    settle(app)
    for key in ("registry", "placement", "home_teaching", "schedule", "coverage", "check", "settings"):
        window.show_page(key)
        settle(app)
        check(window, f"main_{key}", out)

    from sqlalchemy import select

    from special_ed.persistence import models as m

    with services.uow("read") as uow:
        child = int(uow.session.scalar(select(m.Child.id).where(m.Child.placement == "home").limit(1)))

    from ui.about import AboutDialog
    from ui.child_form import ArchiveDialog, ChildForm
    from ui.coverage.page import ExceptionDialog
    from ui.first_run import FirstRunDialog
    from ui.history_dialog import HistoryDialog
    from ui.importing.wizard import ImportWizard
    from ui.placement.assessment_dialog import AssessmentDialog
    from ui.placement.placement_dialog import PlacementDialog
    from ui.placement.sitting_dialog import CommitteeSittingDialog
    from ui.printing.batch_dialog import BatchPrintDialog
    from ui.printing.preview_dialog import PrintPreviewDialog
    from ui.printing.summary_dialog import MonthlySummaryDialog
    from ui.records.dialog import ChildRecordsDialog
    from ui.records.quick_entry import QuickEntryDialog
    from ui.records.visit_form import VisitDialog
    from ui.records.visits_tab import CancelDialog, MakeupDialog

    detail = services.children.get(child)
    form = ChildForm(window, detail, window)
    for index in range(form.tabs.count()):
        form.tabs.setCurrentIndex(index)
        form.show()
        settle(app)
        check(form, f"child_form_{index}", out)
    form.reject()
    opened(app, ChildForm(window, None, window), "child_form_new", out)
    opened(app, ArchiveDialog(detail.data.name, window), "archive_child", out)
    opened(app, PlacementDialog(window, child, window), "placement", out)
    opened(app, AssessmentDialog(window, child, window), "assessment", out)
    opened(app, CommitteeSittingDialog(window, window), "committee_sitting", out)
    records = ChildRecordsDialog(window, child, window)
    records.show()
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
        settle(app)
        check(records, f"records_{index}", out)
    records.reject()
    opened(app, VisitDialog(window, child, None, window), "visit", out)
    opened(app, CancelDialog(window), "visit_cancel", out)
    opened(app, MakeupDialog(date.today(), window), "visit_makeup", out)
    opened(app, QuickEntryDialog(window, None, services.ctx.today(), window), "quick_entry", out)
    opened(app, PrintPreviewDialog(window, child, window), "print_preview", out)
    registry = window.show_page("registry")
    opened(app, BatchPrintDialog(window, registry.filter_bar.current_filter(), window), "batch_print", out)
    opened(app, MonthlySummaryDialog(window, window), "monthly_summary", out)
    opened(app, ImportWizard(window, window), "import_wizard", out)
    opened(app, AboutDialog(services.info.display, window), "about", out)
    opened(app, HistoryDialog(window, child, window), "history", out)
    opened(app, ExceptionDialog(date.today(), window), "coverage_exception", out)
    opened(app, FirstRunDialog(workdir, lambda url: None, window), "first_run", out)
    window.close()
    services.close()
    for problem in PROBLEMS:
        print(f"  PROBLEM {problem}", file=sys.stderr)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    raise SystemExit(main())
