"""The import wizard: choose file and sheet → map columns → validation preview → duplicates → import.

Nothing is written before the last page; there the valid rows go in in one transaction on a
worker thread, and Cancel rolls all of it back.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from special_ed.errors import CancelledError, SpecialEdError
from special_ed.importing.columns import ColumnMapping, MappingPreset, guess_mapping, recognise
from special_ed.importing.service import ImportPreview, ImportResult, ImportService
from special_ed.importing.sources import Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import REJECTED, VALID, WARNED
from special_ed.importing.values import cell_text
from ui.importing.models import (
    FIELD_CHOICES,
    DuplicatesModel,
    Index,
    MappingModel,
    PreviewModel,
    StatusFilter,
)
from ui.importing.worker import BackgroundTask

SAMPLE_ROWS = 5


def error_text(exc: BaseException) -> str:
    if isinstance(exc, SpecialEdError):
        return exc.message()
    return f"{type(exc).__name__}: {exc}"


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the known fields for the mapping column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in FIELD_CHOICES:
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("选择名单文件"))
        self.setSubTitle(self.tr("支持 xlsx、xls 和 csv（UTF-8 或 GBK）。标题行、合并表头会自动识别。"))
        self.source = QComboBox()
        for source in Source:
            self.source.addItem(source.label, source.value)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("请选择文件"))
        browse = QPushButton(self.tr("浏览……"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.preset = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b02a37")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("名单来源"), self.source)
        form.addRow(self.tr("文件"), row)
        form.addRow(self.tr("工作表"), self.sheet)
        form.addRow(self.tr("列对应方案"), self.preset)
        form.addRow(self.message)
        self.path.editingFinished.connect(self.load_file)
        self.source.currentIndexChanged.connect(self._load_presets)
        self.preset.currentIndexChanged.connect(lambda _i: self.load_file())
        self._load_presets()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择名单文件"), "", self.tr("名单 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)")
        )
        if name:
            self.path.setText(name)
            self.load_file()

    def _load_presets(self) -> None:
        self.preset.clear()
        self.preset.addItem(self.tr("自动识别表头"), None)
        try:
            for preset in self.wiz.service.presets(Source(self.source.currentData())):
                self.preset.addItem(preset.name, preset.to_dict())
        except SpecialEdError as exc:
            self.message.setText(error_text(exc))

    def load_file(self) -> None:
        """List the sheets of the chosen file, or say clearly why it cannot be read."""
        self.sheet.clear()
        self.message.clear()
        text = self.path.text().strip()
        if not text:
            return
        data = self.preset.currentData()
        known = MappingPreset.from_dict(data).recogniser() if data else recognise
        try:
            with SheetTable(text, recognise=known) as table:
                self.sheet.addItems(table.sheets)
                self.sheet.setCurrentText(table.sheet)
        except SpecialEdError as exc:
            self.message.setText(error_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheet.count() > 0 and not self.message.text()

    def validatePage(self) -> bool:
        data = self.preset.currentData()
        try:
            preset = MappingPreset.from_dict(data) if data else None
            known = preset.recogniser() if preset else recognise
            with SheetTable(self.path.text().strip(), self.sheet.currentText(), recognise=known) as table:
                mapping = preset.apply(table.columns) if preset else guess_mapping(table.columns)
                samples = [[cell_text(c) for c in cells] for _n, cells in islice(table.rows(), SAMPLE_ROWS)]
                self.wiz.table_info = (Path(table.path), table.sheet, table.header.row_number)
        except SpecialEdError as exc:
            self.message.setText(error_text(exc))
            return False
        self.wiz.mapping = mapping
        self.wiz.samples = samples
        self.wiz.preset = preset
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("核对列对应"))
        self.view = QTableView()
        self.view.setItemDelegateForColumn(2, FieldDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        save = QPushButton(self.tr("保存为方案……"))
        save.clicked.connect(self._save_preset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        path, sheet, header_row = self.wiz.table_info
        self.setSubTitle(
            self.tr("“%1”工作表“%2”，表头在第 %3 行。请逐列核对，可在“对应字段”中更正。")
            .replace("%1", path.name)
            .replace("%2", sheet)
            .replace("%3", str(header_row))
        )
        self.model = MappingModel(self.wiz.mapping, self.wiz.samples, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(2, 160)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, 2))
        self.model.dataChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        for row in range(self.model.rowCount()):
            editor = self.view.indexWidget(self.model.index(row, 2))
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(self.wiz.mapping.fields.get(row, ""))))
        from special_ed.importing.sources import REQUIRED

        missing = self.wiz.mapping.missing(REQUIRED[self.wiz.source()])
        used = len(self.wiz.mapping.fields)
        if missing:
            self.note.setText(self.tr("还缺少：%1").replace("%1", "、".join(missing)))
            self.note.setStyleSheet("color: #b02a37")
        else:
            self.note.setText(self.tr("已对应 %1 列，未对应的列不导入。").replace("%1", str(used)))
            self.note.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        from special_ed.importing.sources import REQUIRED

        return not self.wiz.mapping.missing(REQUIRED[self.wiz.source()])

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("保存列对应方案"), self.tr("方案名称（如“县残联2024版”）：")
        )
        if not ok or not name.strip():
            return
        preset = MappingPreset.from_mapping(name.strip(), self.wiz.source().value, self.wiz.mapping)
        try:
            self.wiz.service.save_preset(preset)
        except SpecialEdError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), error_text(exc))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("校验结果预览"))
        self.setSubTitle(
            self.tr("红色为拒收，黄色为已自动规范或需注意；把鼠标停在格子上可看原因。此时尚未写入任何数据。")
        )
        self.summary = QLabel()
        self.filter = QComboBox()
        for label, status in ((self.tr("全部行"), None), (self.tr("只看拒收"), REJECTED),
                              (self.tr("只看警告"), WARNED), (self.tr("只看有效"), VALID)):  # fmt: skip
            self.filter.addItem(label, status)
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.set_wanted(self.filter.currentData()))
        rejects = QPushButton(self.tr("导出拒收行……"))
        rejects.clicked.connect(self._export_rejects)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        top.addWidget(rejects)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.proxy = StatusFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._preview: ImportPreview | None = None

    def initializePage(self) -> None:
        path, sheet, _ = self.wiz.table_info
        self._preview = None
        self.summary.setText(self.tr("正在校验……"))
        task = BackgroundTask(
            self, self.tr("正在读取并校验每一行……"),
            lambda progress, cancelled: self.wiz.service.preview(
                path, self.wiz.source(), sheet, self.wiz.mapping, progress, cancelled, self.wiz.preset
            ),
        )  # fmt: skip
        task.done.connect(self.show_preview)
        task.error.connect(self._failed)
        self.wiz.task = task
        task.start()

    def show_preview(self, preview: ImportPreview) -> None:
        self._preview = self.wiz.preview = preview
        s = preview.summary
        self.summary.setText(
            self.tr("共 %1 行：有效 %2 行，有警告 %3 行，拒收 %4 行。将导入有效和有警告的行。")
            .replace("%1", str(s.total)).replace("%2", str(s.valid))
            .replace("%3", str(s.warned)).replace("%4", str(s.rejected))
        )  # fmt: skip
        self.model = PreviewModel(preview.rows, preview.mapping, self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.setColumnWidth(0, 56)
        self.view.setColumnWidth(1, 56)
        self.view.setColumnWidth(2, 360)
        for col in range(3, self.model.columnCount()):
            self.view.setColumnWidth(col, 120)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.summary.setText(self.tr("校验已取消。"))
        else:
            self.summary.setText(error_text(exc))
            self.summary.setStyleSheet("color: #b02a37")

    def isComplete(self) -> bool:
        return self._preview is not None and bool(self._preview.importable)

    def _export_rejects(self) -> None:
        if self._preview is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出拒收行"), "拒收行.xlsx", "Excel (*.xlsx)")
        if not name:
            return
        try:
            n = self.wiz.service.write_rejects(self._preview, name)
        except SpecialEdError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))
            return
        QMessageBox.information(
            self, self.tr("已导出"), self.tr("已把 %1 行写入 %2").replace("%1", str(n)).replace("%2", name)
        )


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("处理重复"))
        self.setSubTitle(
            self.tr(
                "这些行与系统中已有的儿童（或文件中前面的行）是同一人。勾选要采用文件中的哪些值；都不勾选即保留原记录。"
            )
        )
        self.view = QTableView()
        self.view.verticalHeader().hide()
        keep = QPushButton(self.tr("全部保留原值"))
        replace = QPushButton(self.tr("全部采用文件中的值"))
        keep.clicked.connect(lambda: self.model.set_all(False))
        replace.clicked.connect(lambda: self.model.set_all(True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(keep)
        buttons.addWidget(replace)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        assert self.wiz.preview is not None
        self.model = DuplicatesModel(self.wiz.preview.duplicates, self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("导入"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start = QPushButton(self.tr("开始导入"))
        self.start.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        self.result = None
        self.start.setEnabled(True)
        self.status.setText(
            self.tr("将在一个事务中导入 %1 行（拒收的 %2 行不导入）。导入中途可以取消，取消后数据库保持原样。")
            .replace("%1", str(len(preview.importable))).replace("%2", str(preview.summary.rejected))
        )  # fmt: skip

    def run_import(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        decisions = self.wiz.decisions()
        self.start.setEnabled(False)
        task = BackgroundTask(
            self, self.tr("正在写入数据库，可随时取消（取消后不留任何改动）……"),
            lambda progress, cancelled: self.wiz.service.commit(preview, decisions, progress, cancelled),
        )  # fmt: skip
        task.done.connect(self._done)
        task.error.connect(self._failed)
        self.wiz.task = task
        task.start()

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.wiz.imported.emit(result)
        if result.source is Source.CHILDREN:
            text = self.tr("导入完成：新建 %1 名儿童，更新 %2 名，跳过 %3 行。")
            text = text.replace("%1", str(result.created)).replace("%2", str(result.updated))
            text = text.replace("%3", str(result.skipped))
        else:
            text = self.tr("已保存%1 %2 行，可在“三查比对”中比对。").replace("%1", result.source.label)
            text = text.replace("%2", str(result.stored))
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, CancelledError):
            self.status.setText(self.tr("已取消导入，数据库未作任何更改。"))
        else:
            self.status.setText(self.tr("导入失败，数据库未作任何更改：%1").replace("%1", error_text(exc)))

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    """The wizard the main window opens; ``app`` is the composition root's App."""

    FILE, MAPPING, PREVIEW, DUPLICATES, IMPORT = range(5)
    imported = Signal(object)  # ImportResult, so the main window can refresh its lists

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.service = ImportService(app.ctx)
        self.mapping = ColumnMapping([])
        self.samples: list[list[str]] = []
        self.table_info: tuple[Path, str, int] = (Path(), "", 0)
        self.preview: ImportPreview | None = None
        self.preset: MappingPreset | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("导入名单"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
            (QWizard.WizardButton.FinishButton, self.tr("完成")),
            (QWizard.WizardButton.CancelButton, self.tr("取消")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.duplicates_page, self.import_page)
        ):
            self.setPage(page_id, page)
        self.resize(980, 640)

    def reject(self) -> None:
        """Closing mid-import cancels it (rolled back) and waits for the worker before the window goes."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.wait()
        super().reject()

    def source(self) -> Source:
        return Source(self.file_page.source.currentData())

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.PREVIEW:
            has_dups = self.preview is not None and bool(self.preview.duplicates)
            return self.DUPLICATES if has_dups else self.IMPORT
        return super().nextId()

    def decisions(self) -> dict[int, Any]:
        if self.preview is None or not self.preview.duplicates:
            return {}
        if self.duplicates_page.isVisible() or hasattr(self.duplicates_page, "model"):
            return self.duplicates_page.model.decisions()
        return {}
