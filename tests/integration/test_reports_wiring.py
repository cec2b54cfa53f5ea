"""App.reports is built on first use from the services the reports read, with no back-reference to
the App: a report built from those services alone equals the one App.reports builds."""

from __future__ import annotations

from datetime import date
from typing import Any

from special_ed.reports.service import ReportSources, ReportsService


def test_reports_are_built_lazily_from_the_services_they_read(demo_app: Any) -> None:
    app = demo_app
    assert "reports" not in vars(app)  # nothing built (nor imported) until a report is asked for
    sources = app.reports.sources
    assert (sources.ctx, sources.norms, sources.registration, sources.dropout, sources.county) == (
        app.ctx,
        app.norms,
        app.registration,
        app.dropout,
        app.county,
    )
    assert not hasattr(app.reports, "app")  # the old back-reference assigned after construction
    assert app.reports is app.reports  # one per App

    alone = ReportsService(ReportSources(app.ctx, app.norms, app.registration, app.dropout, app.county))
    for key in ("disability-enrolment", "teacher-workload", "dropout-ledger"):
        a = app.reports.build(key, 2026, None, date(2026, 11, 20))
        b = alone.build(key, 2026, None, date(2026, 11, 20))
        assert a == b, key
