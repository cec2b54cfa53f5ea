"""Acceptance walkthrough: every page and main dialog of the demo county, in Chinese, as PNGs.

    QT_QPA_PLATFORM=offscreen python scripts/walkthrough.py [OUT_DIR]

Look at every PNG it writes: untranslated English, truncated text, empty panes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A Chinese office PC: Qt takes some words (the file dialog's "字节") from the system's locale.
os.environ["LC_ALL"] = "zh_CN.UTF-8"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from latin_words import english_left, latin_words  # noqa: E402

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


FOUND: list[str] = []


def save(out: Path, widget: QWidget, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    for text in sorted(english_left(widget)):
        print(f"  English in {name}: {text!r} ({', '.join(latin_words(text))})")
        FOUND.append(f"{name}: {text}")


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
        return int(
            uow.session.scalar(
                select(m.Child.id).where(m.Child.placement == "home").order_by(m.Child.id).limit(1)
            )
        )


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="walk-"))
    out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="special-ed-walk-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "prefs"))
    from ui.app import build_window, make_qapplication

    app = make_qapplication([sys.argv[0]])
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    services = build_app(f"sqlite:///{workdir / 'demo.sqlite3'}", "王老师")  # the account is data, not the program's words
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
    records = ChildRecordsDialog(window, child, window)
    records.show()
    settle(app)
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
        settle(app)
        save(out, records, f"dlg_records_{index}")
    records.reject()
    preview = PrintPreviewDialog(window, child, window)
    preview.resize(1000, 760)
    preview.show()
    settle(app)
    save(out, preview, "dlg_print_preview")
    preview.reject()

    from ui.importing.wizard import ImportWizard

    wizard = ImportWizard(window, window)
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

    import dataclasses

    from ui.history_dialog import HistoryDialog

    detail = services.children.get(child)  # one saved change, so the history has words to check
    changed = dataclasses.replace(detail.data, address=detail.data.address + "（已核实）", dibao=not detail.data.dibao)
    services.children.update(child, changed, detail.version)
    history = HistoryDialog(window, child, window)
    history.show()
    settle(app)
    save(out, history, "dlg_history")
    history.reject()

    qt_dialogs(app, out, window)
    window.close()
    services.close()
    if FOUND:
        print(
            f"{len(FOUND)} text(s) with Latin words that are neither a proper name nor a unit:",
            file=sys.stderr,
        )
        for line in FOUND:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


def qt_dialogs(app: QApplication, out: Path, window: QWidget) -> None:
    """Qt's own dialogs as the program opens them: the file dialog (Qt's, as on a PC without a
    native one) and the print dialog speak Chinese through qtbase_zh_CN plus ui/qt_strings.py."""
    from PySide6.QtCore import QUrl
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    documents = Path(tempfile.mkdtemp(prefix="walk-docs-")) / "文档"
    (documents / "名单").mkdir(parents=True)  # folder names are the user's, not the program's words
    for name in ("名册.pdf", "名册.xlsx", "备份.sqlite3"):
        (documents / name).write_bytes(b"%PDF-1.4\n" if name.endswith(".pdf") else b"")
    files = QFileDialog(window, "", str(documents), "PDF (*.pdf);;Excel (*.xlsx);;* (*)")
    files.selectNameFilter("* (*)")
    files.setSidebarUrls([QUrl.fromLocalFile(str(documents))])  # not this machine's account name
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.show()
    settle(app)
    save(out, files, "dlg_qt_file")
    files.reject()
    import latin_words

    latin_words.USER_DATA |= latin_words.printers_data()  # the PC's printer names are not ours
    printer = QPrinter()
    printing = QPrintDialog(printer, window)
    printing.show()
    settle(app)
    save(out, printing, "dlg_qt_print")
    printing.reject()


if __name__ == "__main__":
    raise SystemExit(main())
