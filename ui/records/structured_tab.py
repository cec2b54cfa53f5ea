"""量表评估 tab: structured assessments scored item by item on an instrument's scale, domain
subtotals against the previous administration, the profile chart (剖面图), the scheme goals that
target the instrument with their progress, and the printed result."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.instruments import Administration, DomainChange, GoalProgress, Instrument, Profile
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, show_error, to_qdate, write
from ui.records.delegates import ChoiceDelegate
from ui.records.tab_base import RecordsTab
from ui.records.table import GOOD, WARN, Column, RowsModel


@dataclasses.dataclass(frozen=True)
class ItemRow:
    domain: str
    code: str
    text: str
    score: str = ""


class ProfileChart(QChartView):
    """The 剖面图: the domains' percentages, this administration against the previous one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.series_count = 0

    def show_profile(self, profile: Profile | None) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series_count = 0
        if profile is not None:
            chart.setTitle(self.tr("Profile (剖面图): percentage of each domain's maximum"))
            axis_x = QBarCategoryAxis()
            axis_x.append([d.name for d in profile.scored.domains])
            axis_y = QValueAxis()
            axis_y.setRange(0, 100)
            axis_y.setTickCount(6)
            axis_y.setLabelFormat("%d")
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            lines = []
            if profile.previous_scored is not None and profile.previous is not None:
                lines.append(
                    (
                        profile.previous_scored,
                        self.tr("Previous ({0})").format(profile.previous.day),
                        "#c98b3c",
                    )
                )
            lines.append((profile.scored, self.tr("This time ({0})").format(profile.current.day), "#1f3f66"))
            for scored, name, colour in lines:
                series = QLineSeries()
                series.setName(name)
                series.setPointsVisible(True)
                series.setPen(QPen(QColor(colour), 2))
                for i, d in enumerate(scored.domains):
                    series.append(i, d.percent if d.percent is not None else 0.0)
                chart.addSeries(series)
                series.attachAxis(axis_x)
                series.attachAxis(axis_y)
                self.series_count += 1
        else:
            chart.setTitle(self.tr("Choose an assessment to see its profile"))
        self.setChart(chart)


class StructuredTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        self.setObjectName("structuredTab")
        app = self.app
        self.instruments: list[Instrument] = []
        self.profile: Profile | None = None

        self.list_model: RowsModel[Administration] = RowsModel(
            [
                Column(QCoreApplication.translate("StructuredTab", "Date"), lambda a: a.day.isoformat()),
                Column(
                    QCoreApplication.translate("StructuredTab", "Instrument"),
                    lambda a: self._instrument_name(a.instrument_key),
                ),
                Column(QCoreApplication.translate("StructuredTab", "Assessor"), lambda a: a.assessor),
                Column(
                    QCoreApplication.translate("StructuredTab", "Items scored"),
                    lambda a: len(a.scores),
                    numeric=True,
                ),
            ],
            parent=self,
        )
        self.list_view = QTableView()
        self.list_view.setObjectName("structuredList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list_view.clicked.connect(lambda i: self.show_profile(self.list_model.row(i.row())))

        self.domain_model: RowsModel[tuple[Any, DomainChange]] = RowsModel(
            [
                Column(
                    QCoreApplication.translate("StructuredTab", "Domain"),
                    lambda r: f"{r[0].group}·{r[0].name}" if r[0].group else r[0].name,
                ),
                Column(
                    QCoreApplication.translate("StructuredTab", "Scored / items"),
                    lambda r: f"{r[0].scored}/{r[0].items}",
                ),
                Column(
                    QCoreApplication.translate("StructuredTab", "Subtotal / maximum"),
                    lambda r: f"{r[0].subtotal:g}/{r[0].maximum:g}",
                ),
                Column(
                    QCoreApplication.translate("StructuredTab", "Percentage"),
                    lambda r: "" if r[0].percent is None else f"{r[0].percent:g}%",
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("StructuredTab", "Previous"),
                    lambda r: "" if r[1].before is None else f"{r[1].before:g}%",
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("StructuredTab", "Change"),
                    lambda r: "" if r[1].delta is None else f"{r[1].delta:+g}",
                    numeric=True,
                    background=lambda r: (
                        None
                        if r[1].delta is None
                        else (GOOD if r[1].delta > 0 else (WARN if r[1].delta < 0 else None))
                    ),
                ),
            ],
            parent=self,
        )
        domains_view = QTableView()
        domains_view.setObjectName("structuredDomains")
        domains_view.setModel(self.domain_model)
        domains_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        domains_view.horizontalHeader().setStretchLastSection(True)
        self.goal_model: RowsModel[GoalProgress] = RowsModel(
            [
                Column(QCoreApplication.translate("StructuredTab", "Goal"), lambda g: g.goal_text),
                Column(QCoreApplication.translate("StructuredTab", "Measured by"), lambda g: g.target_name),
                Column(QCoreApplication.translate("StructuredTab", "Previous"), lambda g: g.before),
                Column(QCoreApplication.translate("StructuredTab", "This time"), lambda g: g.after),
                Column(
                    QCoreApplication.translate("StructuredTab", "Progress"),
                    lambda g: (
                        QCoreApplication.translate("StructuredTab", "improved")
                        if g.improved
                        else (
                            QCoreApplication.translate("StructuredTab", "not improved")
                            if g.improved is False
                            else "—"
                        )
                    ),
                    background=lambda g: GOOD if g.improved else None,
                ),
            ],
            parent=self,
        )
        goals_view = QTableView()
        goals_view.setObjectName("structuredGoals")
        goals_view.setModel(self.goal_model)
        goals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        goals_view.horizontalHeader().setStretchLastSection(True)
        self.chart = ProfileChart()
        result_tabs = QTabWidget()
        result_tabs.addTab(self.chart, self.tr("Profile chart"))
        result_tabs.addTab(domains_view, self.tr("Domain subtotals"))
        result_tabs.addTab(goals_view, self.tr("Goals and progress"))
        self.print_button = QPushButton(self.tr("Print the result…"))
        self.print_button.setObjectName("printProfile")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.choose_print)

        # editor of a new administration
        self.instrument = QComboBox()
        self.instrument.setObjectName("structuredInstrument")
        self.instrument.currentIndexChanged.connect(lambda _i: self._fill_items())
        self.scale_note = QLabel()
        self.scale_note.setWordWrap(True)
        self.scale_note.setObjectName("scaleNote")
        self.day = QDateEdit(to_qdate(app.ctx.today()))
        self.day.setObjectName("structuredDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.assessor = QLineEdit()
        self.assessor.setObjectName("structuredAssessor")
        self.items_model: RowsModel[ItemRow] = RowsModel(
            [
                Column(QCoreApplication.translate("StructuredTab", "Domain"), lambda r: r.domain),
                Column(QCoreApplication.translate("StructuredTab", "Item"), lambda r: r.text),
                Column(
                    QCoreApplication.translate("StructuredTab", "Score"),
                    lambda r: r.score,
                    set_value=lambda r, v: dataclasses.replace(r, score=str(v or "")),
                ),
            ],
            parent=self,
        )
        self.items_view = QTableView()
        self.items_view.setObjectName("structuredItems")
        self.items_view.setModel(self.items_model)
        self.items_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items_view.setItemDelegateForColumn(2, ChoiceDelegate(self._scale_choices, self.items_view))
        self.new_domain = QComboBox()
        self.new_domain.setObjectName("newItemDomain")
        self.new_item = QLineEdit()
        self.new_item.setObjectName("newItemText")
        self.new_item.setPlaceholderText(self.tr("Text of an item the county adds"))
        add_item = QPushButton(self.tr("Add item"))
        add_item.setObjectName("addItem")
        add_item.clicked.connect(self.add_item)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_domain)
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(add_item)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.notes.setPlaceholderText(self.tr("Analysis and suggestions"))
        save = QPushButton(self.tr("Save the assessment"))
        save.setObjectName("saveStructured")
        save.clicked.connect(self.save)
        head = QFormLayout()
        head.addRow(self.tr("Instrument"), self.instrument)
        head.addRow("", self.scale_note)
        head.addRow(self.tr("Date"), self.day)
        head.addRow(self.tr("Assessor"), self.assessor)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(head)
        editor_layout.addWidget(self.items_view, 1)
        editor_layout.addLayout(add_row)
        editor_layout.addWidget(self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        editor_layout.addLayout(buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(result_tabs, 2)
        left_layout.addWidget(self.print_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(editor)
        split.setSizes([520, 420])
        QVBoxLayout(self).addWidget(split)
        self.load()

    # ---- reading ----------------------------------------------------------------------------

    def _instrument_name(self, key: str) -> str:
        return next((f"《{i.name}》" for i in self.instruments if i.key == key), key)

    def current_instrument(self) -> Instrument | None:
        key = self.instrument.currentData()
        return next((i for i in self.instruments if i.key == key), None)

    def _scale_choices(self) -> list[tuple[str, str]]:
        ins = self.current_instrument()
        choices = [("", self.tr("(not assessed)"))]
        return choices + ([(p.code, f"{p.code} {p.label}") for p in ins.scale] if ins else [])

    def load(self) -> None:
        service, child = self.app.instruments, self.child_id
        self.host.run(
            lambda _p: (service.instruments(), service.administrations(child)),
            self._loaded,
            self.tr("Reading the assessments…"),
            lambda exc, _t: show_error(self, exc),
        )

    def _loaded(self, result: tuple[list[Instrument], list[Administration]]) -> None:
        self.instruments, administrations = result
        key = self.instrument.currentData()
        self.instrument.blockSignals(True)
        self.instrument.clear()
        for ins in self.instruments:
            self.instrument.addItem(f"《{ins.name}》", ins.key)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(key)))
        self.instrument.blockSignals(False)
        self._fill_items()
        self.list_model.set_rows(administrations)
        if administrations:
            self.list_view.selectRow(len(administrations) - 1)
            self.show_profile(administrations[-1])
        else:
            self._show(None)

    def _fill_items(self) -> None:
        ins = self.current_instrument()
        rows: list[ItemRow] = []
        self.new_domain.clear()
        if ins is not None:
            for d in ins.domains:
                self.new_domain.addItem(f"{d.group}·{d.name}" if d.group else d.name, d.key)
                rows += [ItemRow(d.name, i.code, i.text) for i in d.items]
            scale = "；".join(f"{p.code}＝{p.label}" for p in ins.scale)
            note = self.tr("Scale: {0}. Source: {1}.").format(scale, ins.source)
            if not rows:
                note += self.tr(
                    " This instrument has no items yet: add the items of the edition the county uses."
                )
            self.scale_note.setText(note)
        self.items_model.set_rows(rows)

    def show_profile(self, administration: Administration) -> None:
        if administration.id is None:
            return
        service, aid = self.app.instruments, administration.id
        self.host.run(lambda _p: service.profile(aid), self._show, "", lambda exc, _t: show_error(self, exc))

    def _show(self, profile: Profile | None) -> None:
        self.profile = profile
        self.chart.show_profile(profile)
        self.print_button.setEnabled(profile is not None)
        if profile is None:
            self.domain_model.set_rows([])
            self.goal_model.set_rows([])
            return
        self.domain_model.set_rows(list(zip(profile.scored.domains, profile.changes, strict=True)))
        self.goal_model.set_rows(list(profile.goals))

    # ---- writing ----------------------------------------------------------------------------

    def add_item(self) -> Operation[Instrument] | None:
        ins = self.current_instrument()
        if ins is None:
            return None
        service, key = self.app.instruments, ins.key
        domain, text = str(self.new_domain.currentData()), self.new_item.text()

        def added(_ins: Instrument) -> None:
            self.new_item.clear()
            self.load()

        return write(self.host, self, lambda: service.add_item(key, domain, text), added)

    def scores(self) -> dict[str, str]:
        return {r.code: r.score for r in self.items_model.rows if r.score}

    def save(self) -> Operation[Administration] | None:
        ins = self.current_instrument()
        if ins is None:
            return None
        service, child, key = self.app.instruments, self.child_id, ins.key
        day = from_qdate(self.day.date()) or self.app.ctx.today()
        assessor, scores, notes = self.assessor.text(), self.scores(), self.notes.toPlainText()

        def saved(_a: Administration) -> None:
            self.notes.clear()
            self.load()
            self.saved.emit()

        return write(self.host, self, lambda: service.record(child, key, day, assessor, scores, notes), saved)

    def choose_print(self) -> None:
        if self.profile is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the assessment result"),
            f"{self.profile.child_name}评估结果.pdf",
            "PDF (*.pdf)",
        )
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> None:
        if self.profile is None or self.profile.current.id is None:
            return
        service, aid = self.app.instruments, self.profile.current.id
        self.host.run(
            lambda _p: service.print_profile(aid, path),
            lambda p: self.scale_note.setText(self.tr("Printed to {0}").format(str(p))),
            self.tr("Printing…"),
            lambda exc, _t: show_error(self, exc),
        )
