"""The printed files and the monthly summary show the compliance screens' figures, child for child.

An inspector holds the printed file next to the compliance page: the required,
delivered and shortfall figures must be the same numbers, because both come
from ``app.compliance`` (the domain's ComplianceCalculator).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import datetime

import pytest
from pypdf import PdfReader

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from special_ed.bootstrap import App, build_app
from special_ed.domain.compliance import totals
from special_ed.results.compliance import ChildCompliance
from special_ed.services.demo import generate_demo
from special_ed.services.printing import PrintingService

NOW = datetime(2026, 11, 28, 10, 0)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    path = tmp_path_factory.mktemp("db") / "county.sqlite3"
    application = build_app(f"sqlite:///{path}", "tester", clock=lambda: NOW)
    generate_demo(application.ctx, children=80)  # with every feature's records: visits for home children
    yield application
    application.close()


@pytest.fixture(scope="module")
def screen(app: App) -> list[ChildCompliance]:
    rows = app.compliance.report().children
    assert len(rows) >= 3 and any(r.totals.required_visits for r in rows)
    return rows


def figures_of(service: PrintingService, child_id: int) -> dict[str, tuple[float, float, float]]:
    summary = service.child_file(child_id).term_summary
    assert summary is not None, child_id
    return {f.label: (f.required, f.delivered, f.shortfall) for f in summary.figures}


def test_every_printed_term_summary_equals_the_compliance_screen(
    app: App, screen: list[ChildCompliance]
) -> None:
    service = app.printing
    report = app.compliance.report()
    short_somewhere = 0
    for row in screen:
        t = row.totals
        printed = figures_of(service, row.child_id)
        assert printed["送教次数"] == (t.required_visits, t.delivered_visits, t.shortfall_visits), row.name
        assert printed["送教课时"] == (t.required_hours, t.delivered_hours, t.shortfall_hours), row.name
        assert service.child_file(row.child_id).term_summary.term == report.term  # type: ignore[union-attr]
        short_somewhere += t.shortfall_visits > 0
    # The demo county has children behind on visits, so the shortfall column is exercised too.
    assert short_somewhere


def test_the_rendered_pdf_prints_the_screen_figures(app: App, screen: list[ChildCompliance]) -> None:
    row = max(screen, key=lambda r: (r.totals.shortfall_visits, r.totals.required_visits))
    t = row.totals
    data, _, _ = app.printing.render_child(row.child_id)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    conclusion = "达标" if not t.shortfall_visits else "未达标"
    short = f"{t.shortfall_visits}次" if t.shortfall_visits else "0"
    assert f"送教次数{t.required_visits}次{t.delivered_visits}次{short}{conclusion}" in text
    assert f"送教课时{t.required_hours:g}课时{t.delivered_hours:g}课时" in text


def test_the_monthly_summary_verdicts_are_the_screen_cells(app: App, screen: list[ChildCompliance]) -> None:
    service = app.printing
    month = (2026, 10)
    figures = service.month_figures([r.child_id for r in screen], *month)
    assert figures
    for row in screen:
        t = totals(c for c in row.cells if (c.year, c.month) == month)
        got = figures.get(row.child_id)
        if not t.children:
            assert got is None
            continue
        assert got is not None
        assert (got.required_visits, got.delivered_visits, got.shortfall_visits) == (
            t.required_visits,
            t.delivered_visits,
            t.shortfall_visits,
        )
        assert (got.required_hours, got.delivered_hours, got.shortfall_hours) == (
            t.required_hours,
            t.delivered_hours,
            t.shortfall_hours,
        )
