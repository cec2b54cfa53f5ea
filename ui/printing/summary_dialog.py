"""The monthly home-visit summary (送教上门月度汇总) from the GUI: pick a month and a grouping, save, preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.file_dialogs import documents_folder, start_path
from ui.operations import Operation, wait_for_operations
from ui.pages import WorkHost
from ui.printing.preview_dialog import error_text, warning_texts


class MonthlySummaryDialog(QDialog):
    """``MonthlySummaryDialog(host, parent)``: one page per team or township plus an overview page."""

    def __init__(self, host: WorkHost, parent: QWidget | None = None, registry_filter: Any = None) -> None:
        super().__init__(parent)
        self.host = host
        self.app = app = host.services
        self.registry_filter = registry_filter
        self.service = app.printing
        self._job: Operation[Any] | None = None
        self._output: Path | None = None
        self.setWindowTitle(self.tr("Monthly home-teaching summary"))
        today = app.ctx.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat(self.tr("yyyy-MM"))
        self.month.setCalendarPopup(True)
        self.by = QComboBox()
        self.by.addItem(self.tr("By team"), "team")
        self.by.addItem(self.tr("By township"), "township")
        self.file = QLineEdit(str(documents_folder() / self.tr("home-teaching-summary_{0:%Y%m}.pdf").format(today)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Generate"))
        self.open_button = QPushButton(self.tr("Open PDF"))
        self.open_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Group by:"), self.by)
        form.addRow(self.tr("Save as:"), row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.make_button, self.open_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.make_button.clicked.connect(self.make)
        self.open_button.clicked.connect(self.open_pdf)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), start_path(self.file.text()), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.file.setText(name)

    def make(self) -> None:
        if self._job is not None and self._job.running:
            return
        chosen = self.month.date()
        year, month, by = chosen.year(), chosen.month(), str(self.by.currentData())
        out = Path(self.file.text().strip()).expanduser()
        service, f = self.service, self.registry_filter

        def work(_progress: object) -> Any:
            return service.print_visit_summary(year, month, by, out, f)

        self.make_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Generating…"))
        self._job = Operation(self, work, self._done, self._failed, label=self.tr("Generating…"), delay_ms=1000)

    def _done(self, outcome: Any) -> None:
        self.make_button.setEnabled(True)
        self._output = outcome.path
        self.open_button.setEnabled(True)
        notes = warning_texts(outcome.warnings)
        self.status.setText(
            "；".join([self.tr("Generated {0} ({1} pages)").format(outcome.path, outcome.pages), *notes])
        )

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.make_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def open_pdf(self) -> None:
        if self._output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._output)))

    def reject(self) -> None:
        if self._job is not None and self._job.running:
            wait_for_operations()
        super().reject()
