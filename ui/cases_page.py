"""控辍保学 page: the cases (open and closed, 动态销号), each with its 劝返记录; open a case from a
三查 finding, record a persuasion visit, confirm as 辍学, close with a reason; counts per township
per month. Every read and write runs through the host's background operations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.dropout import CLOSE_KINDS, CaseItem, FindingChoice, Persuasion, TownMonth
from ui.errors import show_error
from ui.file_dialogs import start_path
from ui.pages import Host
from ui.records.table import GOOD, WARN, Column, RowsModel

MONTHLY, QUARTERLY = "dropout-monthly", "dropout-quarterly"  # the report names of the two forms


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class CasesPage(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.current: CaseItem | None = None
        title = QLabel(self.tr("Dropout prevention (控辍保学)"))
        title.setProperty("role", "pageTitle")
        self.open_only = QCheckBox(self.tr("Open cases only"))
        self.open_only.setObjectName("openOnly")
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.findings = QComboBox()
        self.findings.setObjectName("findingChoice")
        self.opened_on = _date_edit("openedOn")
        open_button = QPushButton(self.tr("Open a case from this finding"))
        open_button.setObjectName("openFromFinding")
        open_button.clicked.connect(self.open_from_finding)
        self.form_month = QDateEdit(QDate.currentDate())
        self.form_month.setObjectName("formMonth")
        self.form_month.setDisplayFormat("yyyy-MM")
        self.form_month.setToolTip(
            self.tr("The month of the monthly form; the quarterly re-check takes its quarter")
        )
        monthly = QPushButton(self.tr("Monthly form…"))
        monthly.setObjectName("monthlyForm")
        monthly.clicked.connect(lambda: self.choose_and_export(MONTHLY))
        quarterly = QPushButton(self.tr("Quarterly re-check…"))
        quarterly.setObjectName("quarterlyForm")
        quarterly.clicked.connect(lambda: self.choose_and_export(QUARTERLY))
        forms = QHBoxLayout()
        forms.addWidget(QLabel(self.tr("Forms for")))
        forms.addWidget(self.form_month)
        forms.addWidget(monthly)
        forms.addWidget(quarterly)
        forms.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("三查 finding:")))
        top.addWidget(self.findings, 2)
        top.addWidget(self.opened_on)
        top.addWidget(open_button)

        self.cases: RowsModel[CaseItem] = RowsModel(
            [
                Column(self.tr("Township"), lambda c: c.township),
                Column(self.tr("Name"), lambda c: c.name),
                Column(
                    self.tr("Case status"),
                    lambda c: c.status,
                    background=lambda c: GOOD if not c.open else (WARN if c.confirmed_on else None),
                ),
                Column(self.tr("Opened"), lambda c: c.opened_on.isoformat()),
                Column(self.tr("Found by"), lambda c: c.source),
                Column(self.tr("Persuasion visits"), lambda c: len(c.records), numeric=True),
                Column(self.tr("Closed"), lambda c: c.closed_on.isoformat() if c.closed_on else ""),
            ],
            parent=self,
        )
        self.cases_view = _table(self.cases, "casesTable")
        self.cases_view.clicked.connect(lambda i: self.show_case(self.cases.row(i.row())))
        self.counts: RowsModel[TownMonth] = RowsModel(
            [
                Column(self.tr("Township"), lambda r: r.township),
                Column(self.tr("Month"), lambda r: f"{r.year}-{r.month:02d}"),
                Column(self.tr("Opened"), lambda r: r.opened, numeric=True),
                Column(self.tr("Closed"), lambda r: r.closed, numeric=True),
                Column(self.tr("Open at month end"), lambda r: r.open_at_end, numeric=True),
            ],
            parent=self,
        )
        left_tabs = QTabWidget()
        left_tabs.addTab(self.cases_view, self.tr("Cases"))
        left_tabs.addTab(_table(self.counts, "casesCounts"), self.tr("Per township per month"))

        # the case in hand
        self.detail = QLabel(self.tr("Choose a case."))
        self.detail.setObjectName("caseDetail")
        self.detail.setWordWrap(True)
        self.records: RowsModel[Persuasion] = RowsModel(
            [
                Column(self.tr("Date"), lambda r: r.day.isoformat()),
                Column(self.tr("Persuaded by"), lambda r: r.who),
                Column(self.tr("What was said"), lambda r: r.what),
                Column(self.tr("Result"), lambda r: r.result),
            ],
            parent=self,
        )
        self.p_day = _date_edit("persuasionDay")
        self.p_who = QLineEdit()
        self.p_who.setObjectName("persuasionWho")
        self.p_what = QLineEdit()
        self.p_what.setObjectName("persuasionWhat")
        self.p_result = QLineEdit()
        self.p_result.setObjectName("persuasionResult")
        add = QPushButton(self.tr("Add persuasion record"))
        add.setObjectName("addPersuasion")
        add.clicked.connect(self.add_persuasion)
        p_box = QGroupBox(self.tr("劝返记录"))
        p_form = QFormLayout(p_box)
        p_form.addRow(self.tr("Date"), self.p_day)
        p_form.addRow(self.tr("Persuaded by"), self.p_who)
        p_form.addRow(self.tr("What was said"), self.p_what)
        p_form.addRow(self.tr("Result"), self.p_result)
        p_form.addRow("", add)
        self.c_day = _date_edit("closeDay")
        self.c_kind = QComboBox()
        self.c_kind.setObjectName("closeKind")
        for key, label in CLOSE_KINDS.items():
            self.c_kind.addItem(label, key)
        self.c_reason = QLineEdit()
        self.c_reason.setObjectName("closeReason")
        close = QPushButton(self.tr("Close the case (动态销号)"))
        close.setObjectName("closeCase")
        close.clicked.connect(self.close_case)
        confirm = QPushButton(self.tr("Confirm as dropout"))
        confirm.setObjectName("confirmCase")
        confirm.clicked.connect(self.confirm_case)
        c_box = QGroupBox(self.tr("Close or confirm"))
        c_form = QFormLayout(c_box)
        c_form.addRow(self.tr("Date"), self.c_day)
        c_form.addRow(self.tr("How"), self.c_kind)
        c_form.addRow(self.tr("Reason"), self.c_reason)
        buttons = QHBoxLayout()
        buttons.addWidget(confirm)
        buttons.addStretch(1)
        buttons.addWidget(close)
        c_form.addRow(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(_table(self.records, "persuasionTable"), 1)
        right_layout.addWidget(p_box)
        right_layout.addWidget(c_box)
        split = QSplitter()
        split.addWidget(left_tabs)
        split.addWidget(right)
        split.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(forms)
        layout.addWidget(split, 1)
        host.changes.connect(self.apply_changes)

    # ---- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.host.services.dropout
        open_only = self.open_only.isChecked()
        today = self.host.services.ctx.today()

        def work(_p: Any) -> tuple[list[CaseItem], list[TownMonth], list[FindingChoice]]:
            first = date(today.year - 1 if today.month < 9 else today.year, 9, 1)
            return (service.cases(None, open_only), service.counts(first, today), service.findings_to_open())

        self.host.run(work, self._show, self.tr("Reading the cases…"), lambda e, t: show_error(self, e, t))

    def _show(self, result: tuple[list[CaseItem], list[TownMonth], list[FindingChoice]]) -> None:
        cases, counts, findings = result
        self.cases.set_rows(cases)
        self.counts.set_rows(counts)
        self.findings.clear()
        for f in findings:
            self.findings.addItem(f"{f.found_on.isoformat()} {f.township} {f.name}", f.id)
        if self.current is not None:
            again = next((c for c in cases if c.id == self.current.id), None)
            self.show_case(again)

    def show_case(self, case: CaseItem | None) -> None:
        self.current = case
        if case is None:
            self.detail.setText(self.tr("Choose a case."))
            self.records.set_rows([])
            return
        closed = (
            self.tr("Closed on {0}: {1}").format(case.closed_on.isoformat(), case.close_reason)
            if case.closed_on
            else ""
        )
        self.detail.setText(
            self.tr("{0} ({1}) — {2}. Opened {3} ({4}): {5}. {6}").format(
                case.name,
                case.township,
                case.status,
                case.opened_on.isoformat(),
                case.source,
                case.opened_reason,
                closed,
            )
        )
        self.records.set_rows(list(case.records))

    # ---- writing ----------------------------------------------------------------------------

    def _write(self, work: Callable[[], CaseItem], done: str) -> None:
        def finished(case: CaseItem) -> None:
            self.current = case
            self.host.show_status(done)

        self.host.run(
            lambda _p: work(),  # the commit publishes Change.CASES; the page refreshes from it
            finished,
            self.tr("Saving…"),
            lambda e, t: show_error(self, e, t),
        )

    def open_from_finding(self) -> None:
        finding = self.findings.currentData()
        if finding is None:
            return
        service, day = self.host.services.dropout, _day(self.opened_on)
        self._write(lambda: service.open_from_finding(int(finding), day), self.tr("Case opened."))

    def add_persuasion(self) -> None:
        if self.current is None:
            return
        record = Persuasion(_day(self.p_day), self.p_who.text(), self.p_what.text(), self.p_result.text())
        service, case_id = self.host.services.dropout, self.current.id
        self._write(lambda: service.add_persuasion(case_id, record), self.tr("Persuasion record saved."))

    def close_case(self) -> None:
        if self.current is None:
            return
        service, case_id = self.host.services.dropout, self.current.id
        day, kind, reason = _day(self.c_day), str(self.c_kind.currentData()), self.c_reason.text()
        self._write(lambda: service.close(case_id, day, kind, reason), self.tr("Case closed."))

    def confirm_case(self) -> None:
        if self.current is None:
            return
        service, case_id, day = self.host.services.dropout, self.current.id, _day(self.c_day)
        self._write(lambda: service.confirm(case_id, day), self.tr("Confirmed as dropout."))

    # ---- the monthly and quarterly forms ------------------------------------------------------

    def form_period(self, key: str) -> dict[str, str]:
        q = self.form_month.date()
        if key == QUARTERLY:
            return {"quarter": f"{q.year()}-Q{(q.month() - 1) // 3 + 1}"}
        return {"month": f"{q.year()}-{q.month():02d}"}

    def choose_and_export(self, key: str) -> None:
        period = next(iter(self.form_period(key).values()))
        base = (
            self.tr("Dropout monthly form {0}")
            if key == MONTHLY
            else self.tr("Dropout quarterly re-check {0}")
        )
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the form"),
            start_path(base.format(period) + ".xlsx"),
            "Excel (*.xlsx);;PDF (*.pdf)",
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_suffix(".pdf" if "pdf" in chosen.lower() else ".xlsx")
        self.export_form(key, path)

    def export_form(self, key: str, path: Path) -> None:
        """The form for the chosen month (or its quarter), written to ``path`` (.xlsx or .pdf)."""
        reports, period = self.host.services.reports, self.form_period(key)

        def work(_p: Any) -> Path:
            report = reports.build(key, month=period.get("month"), quarter=period.get("quarter"))
            result: Path = reports.write(report, path)
            return result

        self.host.run(
            work,
            lambda p: self.host.show_status(self.tr("Saved {0}").format(str(p))),
            self.tr("Writing the form…"),
            lambda e, t: show_error(self, e, t),
        )

    # ---- page hooks -----------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.CASES, Change.IMPORTS, Change.PLACEMENTS, Change.CHILDREN):
            self.refresh()

    def open_with(self, **_options: Any) -> None:
        self.refresh()

    def commands(self) -> dict[str, Callable[[], None]]:
        return {"refresh": self.refresh}
