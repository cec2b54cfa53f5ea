"""Offscreen screenshots of the records screens with the demo county, for docs/screenshots/.

QT_QPA_PLATFORM=offscreen python scripts/records_screenshots.py [out_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from special_ed.bootstrap import build_app
    from special_ed.persistence import models as m
    from special_ed.services.demo import generate_demo

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    qt = QApplication([])
    qt.setFont(QFont("WenQuanYi Micro Hei", 10))
    from ui.i18n import install_translators

    install_translators(qt, "zh")
    from ui.records import ChildRecordsDialog, CompliancePage
    from ui.records.visit_form import VisitDialog

    db = Path(tempfile.mkdtemp()) / "demo.sqlite3"
    app = build_app(f"sqlite:///{db}", "演示", clock=lambda: datetime(2026, 11, 20, 10))
    generate_demo(app.ctx, reference=date(2026, 9, 1))
    with app.uow("read") as uow:
        child = uow.session.scalar(
            select(m.Child.id).where(m.Child.placement == "home").order_by(m.Child.id).offset(3).limit(1)
        )
    from ui.host import ServiceHost

    host = ServiceHost(app)
    from ui.operations import wait_for_operations

    dialog = ChildRecordsDialog(host, int(child))
    dialog.show()
    wait_for_operations()  # the tabs are read in the background
    qt.processEvents()
    dialog.grab().save(str(out / "records_scheme.png"))
    dialog.tabs.setCurrentWidget(dialog.assessments)
    qt.processEvents()
    dialog.grab().save(str(out / "records_assessments.png"))
    dialog.tabs.setCurrentWidget(dialog.visits)
    qt.processEvents()
    dialog.grab().save(str(out / "records_visits.png"))
    done = next(r.visit for r in dialog.visits.model.rows if r.visit.status.value == "done")
    form = VisitDialog(host, int(child), done, dialog)
    form.show()
    qt.processEvents()
    form.grab().save(str(out / "records_visit_form.png"))
    page = CompliancePage(host)
    page.resize(1400, 860)
    page.show()
    wait_for_operations()
    qt.processEvents()
    page.grab().save(str(out / "records_compliance.png"))
    page.level.setCurrentIndex(page.level.findData("townships"))
    qt.processEvents()
    page.grab().save(str(out / "records_compliance_townships.png"))
    app.close()
    print(*(str(p) for p in sorted(out.glob("records_*.png"))), sep="\n", flush=True)
    # a one-shot script: skip interpreter teardown, where Python and Qt would race to delete widgets
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
