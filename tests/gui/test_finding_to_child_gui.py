"""三查 page: a child only the federation's list knows is registered from the finding through the child form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.importing.check_service import RESOLVED
from special_ed.importing.crosscheck import FindingKind
from special_ed.importing.samples import write_xlsx
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source
from ui.operations import running_operations

pytestmark = pytest.mark.gui


def test_register_from_the_finding(qtbot, window, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = make_resident_id("500237", date(2016, 4, 4), 555)
    path = tmp_path / "残联.xlsx"
    write_xlsx(path, ["姓名", "公民身份号码", "乡镇", "村", "残疾证号"],
               [["未入学", missing, "高唐街道", "圣泉社区", make_certificate(missing, 5, 1)]])  # fmt: skip
    importer = ImportService(services.ctx)
    importer.commit(importer.preview(path, Source.FEDERATION))
    services.check.run()
    page = window.show_page("check")
    page.reload()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    row = next(r for r in range(page.view.model().rowCount())
               if "未入学" in str(page.view.model().index(r, 2).data()) or
               "未入学" in " ".join(str(page.view.model().index(r, c).data()) for c in range(4)))  # fmt: skip
    page.view.setCurrentIndex(page.view.model().index(row, 0))
    assert page.register_button.isEnabled()
    page.register_child()  # the lists are read in the background, then the form opens
    qtbot.waitUntil(lambda: hasattr(page, "child_form"), timeout=10000)
    form = page.child_form
    assert form.isVisible()
    form.save()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    finding = next(f for f in services.check.findings()
                   if f.kind is FindingKind.DROPOUT_SUSPECTED and f.key == missing)  # fmt: skip
    assert finding.child_id is not None and finding.status == RESOLVED
    child = services.children.get(finding.child_id).data
    assert (child.name, child.resident_id) == ("未入学", missing)
