"""The import wizard: choose file and sheet → map columns → validation preview → duplicates → import.

Nothing is written before the last page; there the valid rows go in in one transaction on a
worker thread, and Cancel rolls all of it back.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from special_ed.domain.coordinates import Datum
from special_ed.errors import CancelledError, SpecialEdError
from special_ed.importing.columns import ColumnMapping, MappingPreset, guess_mapping, recognise
from special_ed.importing.header import Recogniser
from special_ed.importing.reference_kinds import ReferenceKind, guess, missing, open_sheet
from special_ed.importing.reference_templates import save_template
from special_ed.importing.sources import REQUIRED, Source
from special_ed.importing.table import SheetTable
from special_ed.importing.validation import REJECTED, VALID, WARNED
from special_ed.importing.values import cell_text
from special_ed.progress import Progress
from special_ed.results.imports import ImportPreview, ImportResult
from special_ed.results.reference_imports import ReferenceImportResult, ReferencePreview
from ui import prefs
from ui.errors import describe
from ui.file_dialogs import start_path
from ui.importing.models import (
    DuplicatesModel,
    Index,
    MappingModel,
    PreviewModel,
    StatusFilter,
    field_choices,
    reference_field_choices,
)
from ui.operations import Latest, Operation, wait_for_operations
from ui.pages import WorkHost

if TYPE_CHECKING:
    from special_ed.importing.service import ImportService

SAMPLE_ROWS = 5
# An agency list may have a million rows: the preview holds at most this many clean rows and this many
# rows with problems (the counts cover every row; the import then streams the file again).
PREVIEW_KEEP = 5000


def error_text(exc: BaseException) -> str:
    """The core's typed errors in the user's language (ui.errors words them for every page)."""
    return describe(exc)


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the known fields for the mapping column (those of the kind of list being imported)."""

    def __init__(self, wizard: ImportWizard, parent: QWidget) -> None:
        super().__init__(parent)
        self.wiz = wizard

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in self.wiz.field_choices():
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# (what was read: path, sheet, preset), the mapping, sample rows, (path, sheet, header row), the preset
HeaderRead = tuple[
    tuple[str, str, str], ColumnMapping, list[list[str]], tuple[Path, str, int], MappingPreset | None
]


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the list file"))
        self.setSubTitle(
            self.tr(
                "xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically."
            )
        )
        lang = prefs.language()
        self.kind = QComboBox()
        self.kind.addItem(
            self.tr("A list of people (children, federation, school roll, household, poverty)"), ""
        )
        for kind in ReferenceKind:
            self.kind.addItem(kind.text(lang), kind.value)
        self.template = QPushButton(self.tr("Download the template…"))
        self.template.setToolTip(
            self.tr("An empty xlsx with the columns this list needs and how to fill them")
        )
        self.template.clicked.connect(self._save_template)
        self.source = QComboBox()
        for source in Source:
            self.source.addItem(source.label if lang == "zh" else source.label_en, source.value)
        self.datum = QComboBox()
        for label, datum in ((self.tr("WGS-84 (GPS, Tianditu)"), Datum.WGS84),
                             (self.tr("GCJ-02 (Amap, Tencent Maps, WeChat)"), Datum.GCJ02),
                             (self.tr("BD-09 (Baidu Maps)"), Datum.BD09)):  # fmt: skip
            self.datum.addItem(label, datum.value)
        self.datum.setToolTip(self.tr("Where the latitudes and longitudes were copied from"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.preset = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b02a37")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.template)
        self.form = form = QFormLayout(self)
        form.addRow(self.tr("What to import"), kind_row)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Column mapping"), self.preset)
        form.addRow(self.tr("Coordinates from"), self.datum)
        form.addRow(self.message)
        # Reading a file (its sheets, its header) and the presets runs on a worker: a list on a
        # network drive or a 100,000-row workbook takes seconds, and the window stays responsive.
        self.sheets_reader = Latest(self, wizard.host.run)
        self.header_reader = Latest(self, wizard.host.run)
        self.presets_reader = Latest(self, wizard.host.run)
        self.header: HeaderRead | None = None  # what the last header read found, for validatePage
        self.path.editingFinished.connect(self.load_file)
        self.source.currentIndexChanged.connect(self._load_presets)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load_presets()
        self._kind_changed(0)

    def reference_kind(self) -> ReferenceKind | None:
        value = self.kind.currentData()
        return ReferenceKind(value) if value else None

    def _kind_changed(self, _index: int) -> None:
        """Lists of people have sources and saved mappings; reference lists have templates and coordinates."""
        kind = self.reference_kind()
        self.form.setRowVisible(self.source, kind is None)
        self.form.setRowVisible(self.preset, kind is None)
        self.form.setRowVisible(self.datum, kind in (ReferenceKind.SCHOOLS, ReferenceKind.VILLAGES))
        self.template.setEnabled(kind is not None)
        self.wiz.setWindowTitle(
            self.tr("Import a list")
            if kind is None
            else self.tr("Import: {0}").format(kind.text(prefs.language()))
        )
        self.load_file()

    def _preset_changed(self, _index: int) -> None:
        self.load_file()

    def _opener(self) -> Callable[[str, str | None], SheetTable]:
        """How to open the file, decided now (on the GUI thread) and used on a worker: the sheet,
        its header found by the columns of the kind of list chosen."""
        kind = self.reference_kind()
        if kind is not None:
            return lambda path, sheet: open_sheet(kind, path, sheet)
        recogniser = self._recogniser()
        return lambda path, sheet: SheetTable(path, sheet, recognise=recogniser)

    def _recogniser(self) -> Recogniser:
        """Header recognition of a people list: the usual names, and a chosen preset's own."""
        data = self.preset.currentData()
        return MappingPreset.from_dict(data).recogniser() if data else recognise

    def _save_template(self) -> None:
        kind = self.reference_kind()
        if kind is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), start_path(kind.template_name), "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            target = save_template(kind, name)
        except SpecialEdError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), error_text(exc))
            return
        self.path.setText(str(target))  # filled in and saved, it is the file to import
        QMessageBox.information(
            self,
            self.tr("Template saved"),
            self.tr("Saved to {0}. Fill in one row per entry from row 2, save, then choose it here.").format(
                str(target)
            ),
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list file"),
            start_path(),
            self.tr("Lists (*.xlsx *.xls *.csv *.txt);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.load_file()

    def _load_presets(self) -> Operation[list[MappingPreset]]:
        self.preset.clear()
        self.preset.addItem(self.tr("Recognise the headers automatically"), None)
        app, source = self.wiz.app, Source(self.source.currentData())
        return self.presets_reader.run(
            lambda _p: app.importing.presets(source), self._presets_loaded, "", self._read_failed
        )

    def _presets_loaded(self, presets: list[MappingPreset]) -> None:
        for preset in presets:
            self.preset.addItem(preset.name, preset.to_dict())

    def _read_failed(self, exc: BaseException, _trace: str) -> None:
        self.message.setText(error_text(exc))
        self.completeChanged.emit()

    def load_file(self) -> Operation[tuple[list[str], str]] | None:
        """List the sheets of the chosen file (on a worker), or say clearly why it cannot be read."""
        self.sheet.clear()
        self.message.clear()
        self.header = None
        text = self.path.text().strip()
        if not text:
            self.sheets_reader.cancel()
            self.completeChanged.emit()
            return None
        open_table = self._opener()

        def work(_p: Progress) -> tuple[list[str], str]:
            with open_table(text, None) as table:
                return list(table.sheets), table.sheet

        operation = self.sheets_reader.run(
            work, self._sheets_loaded, self.tr("Reading the file…"), self._read_failed
        )
        self.completeChanged.emit()  # not complete while the file is read
        return operation

    def _sheets_loaded(self, result: tuple[list[str], str]) -> None:
        sheets, current = result
        self.sheet.addItems(sheets)
        self.sheet.setCurrentText(current)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheet.count() > 0 and not self.message.text() and not self.sheets_reader.busy

    def validatePage(self) -> bool:
        """Next reads the sheet's header and first rows on a worker; when they arrive the wizard moves on."""
        path, sheet, data, kind = (
            self.path.text().strip(),
            self.sheet.currentText(),
            self.preset.currentData(),
            self.reference_kind(),
        )
        key = (path, sheet, repr((data, kind)))
        if self.header is not None and self.header[0] == key:
            _key, mapping, samples, info, preset = self.header
            self.header = None  # read again on the next Next: the file may have changed meanwhile
            self.wiz.table_info, self.wiz.mapping = info, mapping
            self.wiz.samples, self.wiz.preset = samples, preset
            return True
        if self.header_reader.busy:
            return False
        open_table = self._opener()

        def work(_p: Progress) -> HeaderRead:
            preset = MappingPreset.from_dict(data) if data and kind is None else None
            with open_table(path, sheet) as table:
                if kind is not None:
                    mapping = guess(kind, table.columns)
                else:
                    mapping = preset.apply(table.columns) if preset else guess_mapping(table.columns)
                samples = [[cell_text(c) for c in cells] for _n, cells in islice(table.rows(), SAMPLE_ROWS)]
                return key, mapping, samples, (Path(table.path), table.sheet, table.header.row_number), preset

        def read(header: HeaderRead) -> None:
            self.header = header
            self.wiz.next()  # validatePage again, now with the header: the mapping page opens

        self.message.clear()
        self.header_reader.run(work, read, self.tr("Reading the header…"), self._read_failed)
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the column mapping"))
        self.view = QTableView()
        self.view.setItemDelegateForColumn(2, FieldDelegate(wizard, self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save = QPushButton(self.tr("Save as preset…"))
        self.save.clicked.connect(self._save_preset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        path, sheet, header_row = self.wiz.table_info
        self.setSubTitle(
            self.tr(
                "“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”."
            ).format(path.name, sheet, str(header_row))
        )
        self.model = MappingModel(self.wiz.mapping, self.wiz.samples, self, self.wiz.field_choices())
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(2, 160)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, 2))
        self.model.dataChanged.connect(self._refresh)
        self.save.setVisible(self.wiz.reference_kind() is None)  # saved mappings are for agencies' lists
        self._refresh()

    def _refresh(self, *_: object) -> None:
        for row in range(self.model.rowCount()):
            editor = self.view.indexWidget(self.model.index(row, 2))
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(self.wiz.mapping.fields.get(row, ""))))
        missing = self.wiz.missing_fields()
        used = len(self.wiz.mapping.fields)
        if missing:
            self.note.setText(self.tr("Still missing: {0}").format("、".join(missing)))
            self.note.setStyleSheet("color: #b02a37")
        else:
            self.note.setText(
                self.tr("{0} columns mapped; unmapped columns are not imported.").format(str(used))
            )
            self.note.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.wiz.missing_fields()

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save the column mapping"), self.tr("Preset name (e.g. “county federation 2024”):")
        )
        if not ok or not name.strip():
            return
        preset = MappingPreset.from_mapping(name.strip(), self.wiz.source().value, self.wiz.mapping)
        service = self.wiz.service
        self.wiz.host.run(
            lambda _p: service.save_preset(preset),
            None,
            self.tr("Saving…"),
            lambda exc, _t: QMessageBox.warning(self, self.tr("Could not save"), error_text(exc)),
        )


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Validation preview"))
        self.setSubTitle(
            self.tr(
                "Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet."
            )
        )
        self.summary = QLabel()
        self.filter = QComboBox()
        for label, status in ((self.tr("All rows"), None), (self.tr("Rejected only"), REJECTED),
                              (self.tr("Warnings only"), WARNED), (self.tr("Valid only"), VALID)):  # fmt: skip
            self.filter.addItem(label, status)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        rejects = QPushButton(self.tr("Export rejected rows…"))
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
        self._preview: ImportPreview | ReferencePreview | None = None

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_wanted(self.filter.currentData())

    def initializePage(self) -> None:
        path, sheet, _ = self.wiz.table_info
        self._preview = None
        self.summary.setText(self.tr("Validating…"))
        self.summary.setStyleSheet("")
        mapping = self.wiz.mapping
        kind = self.wiz.reference_kind()
        work: Any
        if kind is not None:
            references, datum = self.wiz.app.reference_imports, self.wiz.datum()

            def work(progress: Any) -> ReferencePreview:
                checked: ReferencePreview = references.preview(kind, path, sheet, mapping, datum, progress)
                return checked
        else:
            service, source, preset = self.wiz.service, self.wiz.source(), self.wiz.preset

            def work(progress: Any) -> ImportPreview:
                checked: ImportPreview = service.preview(
                    path, source, sheet, mapping, progress, preset, PREVIEW_KEEP
                )
                return checked

        self.wiz.task = Operation(
            self, work, self.show_preview, self._failed, label=self.tr("Reading and validating every row…")
        )

    def show_preview(self, preview: ImportPreview | ReferencePreview) -> None:
        self._preview = self.wiz.preview = preview
        s = preview.summary
        self.summary.setText(
            self.tr("{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.").format(str(s.total), str(s.valid), str(s.warned), str(s.rejected))
        )  # fmt: skip
        if not preview.complete:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "The table shows the first {0} rows of each kind; all rows are counted and imported."
                ).format(PREVIEW_KEEP)
            )
        self.model = PreviewModel(preview.rows, preview.mapping, self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.setColumnWidth(0, 56)
        self.view.setColumnWidth(1, 56)
        self.view.setColumnWidth(2, 360)
        for col in range(3, self.model.columnCount()):
            self.view.setColumnWidth(col, 120)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        if isinstance(exc, CancelledError):
            self.summary.setText(self.tr("Validation cancelled."))
        else:
            self.summary.setText(error_text(exc))
            self.summary.setStyleSheet("color: #b02a37")

    def isComplete(self) -> bool:
        return self._preview is not None and self._preview.importable_count > 0

    def _export_rejects(self) -> None:
        if self._preview is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export rejected rows"), start_path(self.tr("rejected rows.xlsx")), "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            if isinstance(self._preview, ReferencePreview):
                n = self.wiz.app.reference_imports.write_rejects(self._preview, name, prefs.language())
            else:
                n = self.wiz.service.write_rejects(self._preview, name)
        except SpecialEdError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return
        QMessageBox.information(
            self, self.tr("Exported"), self.tr("{0} rows written to {1}").format(str(n), name)
        )


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Resolve duplicates"))
        self.setSubTitle(
            self.tr(
                "These rows are children already recorded (or earlier rows of the file). Tick the values to take "
                "from the file; with nothing ticked the record stays as it is."
            )
        )
        self.view = QTableView()
        self.view.verticalHeader().hide()
        keep = QPushButton(self.tr("Keep all current values"))
        replace = QPushButton(self.tr("Take all values from the file"))
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
        assert isinstance(self.wiz.preview, ImportPreview)
        self.model = DuplicatesModel(self.wiz.preview.duplicates, self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start = QPushButton(self.tr("Start the import"))
        self.start.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.result: ImportResult | ReferenceImportResult | None = None

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        self.result = None
        self.start.setEnabled(True)
        text = self.tr("{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.").format(str(preview.importable_count), str(preview.summary.rejected))  # fmt: skip
        if isinstance(preview, ReferencePreview):
            text += "\n\n" + self.tr(
                "Rows already in the lists are refused, not changed: edit those on the reference data page."
            )
        elif preview.source is not Source.CHILDREN:
            # as the CLI says: an agency's list is kept whole, so a new one takes the old one's place
            label = preview.source.label if prefs.language() == "zh" else preview.source.label_en
            text += "\n\n" + self.tr(
                "This {0} replaces the {0} imported before: the cross-check then compares with the new list only."
            ).format(label)
        self.status.setText(text)

    def run_import(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        self.start.setEnabled(False)
        work: Any
        if isinstance(preview, ReferencePreview):
            references, checked = self.wiz.app.reference_imports, preview

            def work(progress: Any) -> ReferenceImportResult:
                done: ReferenceImportResult = references.commit(checked, progress)
                return done
        else:
            service, people, decisions = self.wiz.service, preview, self.wiz.decisions()

            def work(progress: Any) -> ImportResult:
                done: ImportResult = service.commit(people, decisions, progress)
                return done

        # the commit's changes reach every page through the change hub
        self.wiz.task = Operation(
            self, work, self._done, self._failed,
            label=self.tr("Writing to the database; cancelling leaves no change behind…"),
        )  # fmt: skip

    def _done(self, result: ImportResult | ReferenceImportResult) -> None:
        self.result = result
        self.wiz.imported.emit(result)
        if isinstance(result, ReferenceImportResult):
            if result.kind is ReferenceKind.VILLAGES:
                text = self.tr(
                    "Import finished: coordinates of {0} villages set ({1} were already so)."
                ).format(str(result.updated), str(result.unchanged))
            else:
                text = self.tr(
                    "Import finished: {0} added to the {1} list; see them on the reference data page."
                ).format(str(result.created), result.kind.text(prefs.language()))
        elif result.source is Source.CHILDREN:
            text = self.tr("Import finished: {0} children created, {1} updated, {2} rows skipped.").format(
                result.created, result.updated, result.skipped
            )
        else:
            label = result.source.label if prefs.language() == "zh" else result.source.label_en
            text = self.tr(
                "Saved {1} rows of the {0}, replacing the {0} imported before; compare them on the cross-check page."
            ).format(label, result.stored)
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, CancelledError):
            self.status.setText(self.tr("Import cancelled; the database was not changed."))
        else:
            self.status.setText(
                self.tr("The import failed and the database was not changed: {0}").format(error_text(exc))
            )

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    """The wizard the main window opens: ``ImportWizard(host, parent)``."""

    FILE, MAPPING, PREVIEW, DUPLICATES, IMPORT = range(5)
    imported = Signal(object)  # ImportResult, so the main window can refresh its lists

    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.app = host.services
        self.mapping = ColumnMapping([])
        self.samples: list[list[str]] = []
        self.table_info: tuple[Path, str, int] = (Path(), "", 0)
        self.preview: ImportPreview | ReferencePreview | None = None
        self.preset: MappingPreset | None = None
        self.task: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Import a list"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
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
            wait_for_operations()
        super().reject()

    @property
    def service(self) -> ImportService:
        """``App.importing``, built on first use: by the presets' read, on the worker (openpyxl takes a while)."""
        return self.app.importing

    def source(self) -> Source:
        return Source(self.file_page.source.currentData())

    def reference_kind(self) -> ReferenceKind | None:
        """Schools, teachers, teams or village coordinates; None for a list of people."""
        return self.file_page.reference_kind()

    def choose_kind(self, kind: ReferenceKind) -> None:
        """Open on one reference list (the 基础数据 page's import button)."""
        self.file_page.kind.setCurrentIndex(self.file_page.kind.findData(kind.value))

    def datum(self) -> Datum:
        return Datum(self.file_page.datum.currentData())

    def field_choices(self) -> list[tuple[str, str]]:
        kind = self.reference_kind()
        lang = prefs.language()
        choices: list[tuple[str, str]] = (
            field_choices(lang) if kind is None else reference_field_choices(kind, lang)
        )
        return choices

    def missing_fields(self) -> list[str]:
        kind = self.reference_kind()
        return self.mapping.missing(REQUIRED[self.source()]) if kind is None else missing(kind, self.mapping)

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.PREVIEW:
            has_dups = isinstance(self.preview, ImportPreview) and bool(self.preview.duplicates)
            return self.DUPLICATES if has_dups else self.IMPORT
        return super().nextId()

    def decisions(self) -> dict[int, Any]:
        if not isinstance(self.preview, ImportPreview) or not self.preview.duplicates:
            return {}
        if self.duplicates_page.isVisible() or hasattr(self.duplicates_page, "model"):
            return self.duplicates_page.model.decisions()
        return {}
