"""送教工作量: teachers' visits and credited 课时 (the preset's rule) by term or month, and each
child's annual 课时 against the yearly target — both printable (xlsx / PDF) from the same service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.workload import AnnualHoursReport, ChildAnnualHours, TeacherWorkload, WorkloadReport
from ui.errors import show_error
from ui.file_dialogs import start_path
from ui.pages import Host
from ui.records.table import WARN, Column, RowsModel


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class WorkloadPage(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        title = QLabel(self.tr("Teacher workload and annual class hours"))
        title.setProperty("role", "pageTitle")
        self.period = QComboBox()
        self.period.setObjectName("workloadPeriod")
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rule = QLabel()
        self.rule.setObjectName("workloadRule")
        self.rule.setWordWrap(True)
        export_xlsx = QPushButton(self.tr("Export Excel…"))
        export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        export_pdf = QPushButton(self.tr("Print to PDF…"))
        export_pdf.setObjectName("workloadPdf")
        export_pdf.clicked.connect(lambda: self.export(".pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period, 1)
        top.addWidget(export_xlsx)
        top.addWidget(export_pdf)

        self.workload = RowsModel(self.workload_columns(), parent=self)
        self.annual = RowsModel(self.annual_columns(), parent=self)
        self.annual_note = QLabel()
        self.annual_note.setObjectName("annualNote")
        self.annual_note.setWordWrap(True)
        annual_box = QWidget()
        annual_layout = QVBoxLayout(annual_box)
        annual_layout.addWidget(self.annual_note)
        annual_layout.addWidget(_table(self.annual, "annualTable"), 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.workload, "workloadTable"), self.tr("Teacher workload"))
        self.tabs.addTab(annual_box, self.tr("Annual class hours per child"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.tabs, 1)
        self.report: WorkloadReport | None = None
        self._fill_periods()
        host.changes.connect(self.apply_changes)

    def _fill_periods(self) -> None:
        """Terms of the settings, each followed by its months ("term|name" / "month|YYYY-MM")."""
        settings = self.host.services.ctx.settings()
        today = self.host.services.ctx.today()
        self.period.blockSignals(True)
        self.period.clear()
        current = 0
        for term in settings.terms:
            if term.start <= today <= term.end or (current == 0 and term.start <= today):
                current = self.period.count()
            self.period.addItem(term.name, f"term|{term.name}")
            y, mo = term.start.year, term.start.month
            while (y, mo) <= (term.end.year, term.end.month):
                self.period.addItem(self.tr("    {0}-{1:02d}").format(y, mo), f"month|{y}-{mo:02d}")
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)

    def _period(self) -> tuple[str, str]:
        kind, _, value = str(self.period.currentData() or "term|").partition("|")
        return kind, value

    def refresh(self) -> None:
        services = self.host.services
        kind, value = self._period()

        def work(_p: Any) -> tuple[WorkloadReport, AnnualHoursReport]:
            w = (
                services.norms.workload_for_month(value)
                if kind == "month"
                else services.norms.workload_for_term(value or None)
            )
            return w, services.norms.annual_hours()

        self.host.run(work, self._show, self.tr("Counting workload…"), lambda e, t: show_error(self, e, t))

    def _show(self, result: tuple[WorkloadReport, AnnualHoursReport]) -> None:
        self.report, annual = result
        self.workload.set_rows(self.report.rows)
        self.rule.setText(self.tr("Norms in force: {0}. {1}").format(self.report.preset, self.report.rule))
        self.annual.set_rows(annual.rows)
        self.annual_note.setText(
            self.tr(
                "School year {0}–{1}, as of {2}; the annual target ({3} class hours) is pro-rated by the days "
                "each child was placed in home teaching."
            ).format(
                annual.school_year,
                annual.school_year + 1,
                annual.as_of.isoformat(),
                f"{annual.hours_per_year:g}",
            )
        )

    def export(self, suffix: str) -> None:
        kind, value = self._period()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the workload report"),
            start_path(f"送教教师工作量{suffix}"),
            "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)",
        )
        if name:
            self.export_to(Path(name).with_suffix(suffix), kind, value)

    def export_to(self, path: Path, kind: str, value: str) -> None:
        reports = self.host.services.reports

        def work(_p: Any) -> Path:
            report = (
                reports.build("teacher-workload", month=value)
                if kind == "month"
                else reports.build("teacher-workload", term=value)
            )
            return Path(reports.write(report, path))

        self.host.run(
            work,
            lambda p: self.host.show_status(self.tr("Saved {0}").format(str(p))),
            self.tr("Writing the report…"),
            lambda e, t: show_error(self, e, t),
        )

    def workload_columns(self) -> list[Column[TeacherWorkload]]:
        return [
            Column(self.tr("Teacher"), lambda w: w.teacher.name),
            Column(self.tr("School"), lambda w: w.teacher.school),
            Column(self.tr("Role"), lambda w: w.teacher.role.label),
            Column(self.tr("Visits"), lambda w: w.total.visits, numeric=True),
            Column(self.tr("Parent classes"), lambda w: w.total.parent_classes, numeric=True),
            Column(self.tr("Children taught"), lambda w: len(w.children), numeric=True),
            Column(
                self.tr("Class hours taught"),
                lambda w: f"{w.total.class_hours:g}",
                numeric=True,
                sort=lambda w: w.total.class_hours,
            ),
            Column(
                self.tr("Workload credited (class hours)"),
                lambda w: f"{w.total.credited:g}",
                numeric=True,
                sort=lambda w: w.total.credited,
            ),
        ]

    def annual_columns(self) -> list[Column[ChildAnnualHours]]:
        behind: Callable[[ChildAnnualHours], Any] = lambda r: WARN if r.hours.behind > 0 else None  # noqa: E731
        return [
            Column(self.tr("Township"), lambda r: r.township),
            Column(self.tr("Child"), lambda r: r.name),
            Column(
                self.tr("Annual target"),
                lambda r: f"{r.hours.target:g}",
                numeric=True,
                sort=lambda r: r.hours.target,
            ),
            Column(
                self.tr("Owed so far"),
                lambda r: f"{r.hours.owed_to_date:g}",
                numeric=True,
                sort=lambda r: r.hours.owed_to_date,
            ),
            Column(
                self.tr("Class hours delivered"),
                lambda r: f"{r.hours.delivered:g}",
                numeric=True,
                sort=lambda r: r.hours.delivered,
            ),
            Column(
                self.tr("Behind"),
                lambda r: f"{r.hours.behind:g}",
                numeric=True,
                sort=lambda r: r.hours.behind,
                background=behind,
            ),
            Column(
                self.tr("Still needed this year"),
                lambda r: f"{r.hours.remaining:g}",
                numeric=True,
                sort=lambda r: r.hours.remaining,
            ),
        ]

    # ---- page hooks -----------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.VISITS, Change.SETTINGS, Change.REFERENCE, Change.PLACEMENTS):
            if changes.touches(Change.SETTINGS):
                self._fill_periods()
            self.refresh()

    def open_with(self, **_options: Any) -> None:
        self.refresh()

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.refresh}
