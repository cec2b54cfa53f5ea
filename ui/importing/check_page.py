"""The 三查 report page: run the cross-check, read findings per township, record 两问一访 follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.errors import SpecialEdError
from special_ed.importing.check_service import OPEN, RESOLVED, CheckService, FindingItem, Step
from special_ed.importing.crosscheck import FindingKind
from ui.importing.models import FindingModel
from ui.importing.wizard import error_text
from ui.importing.worker import BackgroundTask


class FindingFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = OPEN
        self.township = ""
        self.kind: FindingKind | None = None

    def set_filter(self, status: str | None, township: str, kind: FindingKind | None) -> None:
        self.beginFilterChange()
        self.status, self.township, self.kind = status, township, kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingModel)
        item = model.items[source_row]
        return (
            (self.status is None or item.status == self.status)
            and (not self.township or item.township == self.township)
            and (self.kind is None or item.kind is self.kind)
        )


class CheckPage(QWidget):
    """Plugged into the main window by the lead: ``CheckPage(app, parent)``."""

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.service = CheckService(app.ctx)
        self.items: list[FindingItem] = []
        self.task: BackgroundTask | None = None

        self.lists_label = QLabel()
        self.lists_label.setWordWrap(True)
        run = QPushButton(self.tr("运行三查比对"))
        run.clicked.connect(self.run_check)
        export = QPushButton(self.tr("导出报告……"))
        export.clicked.connect(self._export)
        self.summary = QLabel()
        self.status_filter = QComboBox()
        for label, status in (
            (self.tr("未解决"), OPEN),
            (self.tr("已解决"), RESOLVED),
            (self.tr("全部"), None),
        ):
            self.status_filter.addItem(label, status)
        self.township_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部问题类型"), None)
        for kind in FindingKind:
            self.kind_filter.addItem(kind.label, kind.value)
        for combo in (self.status_filter, self.township_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

        top = QHBoxLayout()
        top.addWidget(run)
        top.addWidget(export)
        top.addWidget(self.summary, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.township_filter)
        top.addWidget(self.kind_filter)

        self.model = FindingModel(self)
        self.proxy = FindingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        for col, width in enumerate((84, 176, 60, 150, 40, 240, 56, 110)):
            self.view.setColumnWidth(col, width)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self._follow_up_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([920, 340])

        layout = QVBoxLayout(self)
        layout.addWidget(self.lists_label)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # -- the follow-up panel ----------------------------------------------------------------
    def _follow_up_panel(self) -> QWidget:
        box = QGroupBox(self.tr("两问一访"))
        self.selected_label = QLabel(self.tr("请在左侧选择一个问题"))
        self.selected_label.setWordWrap(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.step = QComboBox()
        for step in Step:
            self.step.addItem(step.label, step.value)
        self.done_on = QDateEdit()
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        today = self.app.ctx.today()
        self.done_on.setDate(QDate(today.year, today.month, today.day))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("如：村委会王主任 / 李老师"))
        self.result = QPlainTextEdit()
        self.result.setPlaceholderText(self.tr("了解到的情况"))
        self.result.setMaximumHeight(70)
        add = QPushButton(self.tr("添加核查记录"))
        add.clicked.connect(self._add_follow_up)
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("核实结论，如“已在外省随迁就读”"))
        resolve = QPushButton(self.tr("标记为已解决"))
        resolve.clicked.connect(self._resolve)
        reopen = QPushButton(self.tr("重新打开"))
        reopen.clicked.connect(self._reopen)
        self.panel_message = QLabel()
        self.panel_message.setWordWrap(True)
        self.panel_message.setStyleSheet("color: #b02a37")
        form = QFormLayout()
        form.addRow(self.tr("步骤"), self.step)
        form.addRow(self.tr("日期"), self.done_on)
        form.addRow(self.tr("核查人"), self.who)
        form.addRow(self.tr("结果"), self.result)
        layout = QVBoxLayout(box)
        layout.addWidget(self.selected_label)
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        layout.addWidget(add)
        layout.addWidget(self.resolution)
        row = QHBoxLayout()
        row.addWidget(resolve)
        row.addWidget(reopen)
        layout.addLayout(row)
        layout.addWidget(self.panel_message)
        return box

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            lists = self.service.lists()
            self.items = self.service.findings()
        except SpecialEdError as exc:
            self.summary.setText(error_text(exc))
            return
        if lists:
            self.lists_label.setText(
                self.tr("参与比对的名单：")
                + "；".join(f"{s.label}（{name}，{day.isoformat()}，{n} 行）" for s, name, day, n in lists)
            )
        else:
            self.lists_label.setText(
                self.tr("尚未导入残联、学籍、户籍或建档立卡名单；比对只看系统中的儿童记录。")
            )
        selected = self._selected()
        self.model.set_items(self.items)
        townships = sorted({i.township for i in self.items})
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), "")
        for name in townships:
            self.township_filter.addItem(name, name)
        self.township_filter.setCurrentIndex(max(0, self.township_filter.findData(current)))
        self.township_filter.blockSignals(False)
        open_count = sum(1 for i in self.items if i.status == OPEN)
        self.summary.setText(
            self.tr("未解决 %1 个，已解决 %2 个").replace("%1", str(open_count))
            .replace("%2", str(len(self.items) - open_count))
        )  # fmt: skip
        self._apply_filter()
        if selected is not None:
            self.select(selected.id)

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_filter(
            self.status_filter.currentData(),
            self.township_filter.currentData() or "",
            FindingKind(kind) if kind else None,
        )

    def select(self, finding_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == finding_id:
                self.view.setCurrentIndex(index)
                return

    def _selected(self) -> FindingItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        finding_id = index.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.items if i.id == finding_id), None)

    def _show_selected(self) -> None:
        item = self._selected()
        self.history.clear()
        self.panel_message.clear()
        if item is None:
            self.selected_label.setText(self.tr("请在左侧选择一个问题"))
            return
        self.selected_label.setText(f"{item.township} · {item.name} · {item.kind.label}")
        for u in item.follow_ups:
            self.history.addItem(f"{u.done_on.isoformat()} {u.step.label}（{u.who}）：{u.result}")
        if item.status == RESOLVED:
            self.history.addItem(self.tr("已解决：") + item.resolution)

    # -- actions ----------------------------------------------------------------------------
    def run_check(self) -> None:
        task = BackgroundTask(self, self.tr("正在比对各名单与儿童记录……"),
                              lambda _progress, _cancelled: self.service.run())  # fmt: skip
        task.done.connect(lambda _items: self.reload())
        task.error.connect(lambda exc: QMessageBox.warning(self, self.tr("比对失败"), error_text(exc)))
        self.task = task
        task.start()

    def _add_follow_up(self) -> None:
        item = self._selected()
        if item is None:
            self.panel_message.setText(self.tr("请先选择一个问题"))
            return
        try:
            self.service.add_follow_up(
                item.id, Step(self.step.currentData()), self.done_on.date().toPython(), self.who.text(),
                self.result.toPlainText(),
            )  # fmt: skip
        except SpecialEdError as exc:
            self.panel_message.setText(error_text(exc))
            return
        self.who.clear()
        self.result.clear()
        self.reload()

    def _resolve(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            self.service.resolve(item.id, self.resolution.text())
        except SpecialEdError as exc:
            self.panel_message.setText(error_text(exc))
            return
        self.resolution.clear()
        self.reload()

    def _reopen(self) -> None:
        item = self._selected()
        if item is not None:
            self.service.reopen(item.id)
            self.reload()

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出三查报告"), "三查比对报告.xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            n = self.service.export(name)
        except SpecialEdError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))
            return
        QMessageBox.information(
            self, self.tr("已导出"), self.tr("%1 个问题已写入 %2").replace("%1", str(n)).replace("%2", name)
        )
