"""Batch printing of every child in the current registry filter, in the background with progress and cancel.

One PDF per child in folders by township, one merged PDF with bookmarks, or every child's file
straight to a printer (one job each, duplex as chosen) with a summary at the end: how many
children and pages reached which printer, and which files it refused and why.
The work is an :class:`ui.operations.Operation` (its worker thread feeds the service's process
pool); progress shows in this dialog's own bar, and Cancel cancels the operation's token, which
the batch checks between files — a cancelled batch leaves no output at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from special_ed.printing.spool import PrintRequest, can_spool, printers
from special_ed.progress import Progress
from ui.errors import show_error
from ui.file_dialogs import documents_folder
from ui.operations import Operation, wait_for_operations
from ui.pages import WorkHost
from ui.printing.pdf_pages import open_folder
from ui.printing.preview_dialog import error_text, warning_texts

if TYPE_CHECKING:
    from special_ed.results.printing import BatchOutcome, PrintedBatch


def available_printers() -> list[str]:
    """The printers this PC has: Qt's list (Windows, CUPS), and CUPS' own queues; the default first."""
    from PySide6.QtPrintSupport import QPrinterInfo

    names = [*QPrinterInfo.availablePrinterNames(), *printers()]
    default = QPrinterInfo.defaultPrinterName()
    ordered = ([default] if default in names else []) + names
    return list(dict.fromkeys(n for n in ordered if n))


DUPLEX_CHOICES = ("none", "long", "short")


class BatchPrintDialog(QDialog):
    """``BatchPrintDialog(host, filter, parent)``: print the files of every child the filter selects."""

    def __init__(
        self, host: WorkHost, filter: Any, parent: QWidget | None = None, workers: int | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.app = host.services
        self.filter = filter
        self.workers = workers
        self.service = self.app.printing
        self._job: Operation[BatchOutcome] | None = None
        self._output: Path | None = None
        self.setWindowTitle(self.tr("Batch print files"))
        self.resize(560, 320)

        self.count = len(self.service.ids_for(filter))
        self.summary = QLabel(
            self.tr("{0} children match the current filter; each gets a child's file.").format(self.count)
        )
        self.summary.setWordWrap(True)
        self.folder = QLineEdit(str(documents_folder() / self.tr("Child files")))
        self.browse = browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.per_child = QRadioButton(self.tr("One PDF per child, in a folder per township"))
        self.merged = QRadioButton(self.tr("One merged PDF (bookmarked by township and name)"))
        self.to_printer = QRadioButton(self.tr("Straight to the printer (one print job per child)"))
        self.to_printer.setObjectName("batchToPrinter")
        self.printer = QComboBox()
        self.printer.setObjectName("batchPrinter")
        self.printer.addItems(available_printers() if can_spool() else [])
        self.to_printer.setEnabled(self.printer.count() > 0)
        if self.printer.count() == 0:
            self.to_printer.setToolTip(self.tr("No printer is installed on this computer"))
        self.duplex = QComboBox()
        self.duplex.setObjectName("batchDuplex")
        self.duplex.addItem(self.tr("One-sided"), "none")
        self.duplex.addItem(self.tr("Both sides, bound on the long edge"), "long")
        self.duplex.addItem(self.tr("Both sides, bound on the short edge"), "short")
        self.per_child.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_child)
        group.addButton(self.merged)
        group.addButton(self.to_printer)
        self.to_printer.toggled.connect(self._mode_changed)
        self.full = QCheckBox(self.tr("Print ID and phone numbers in full (masked by default)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, self.count))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")  # counts only: nothing to translate
        self.current = QLabel()
        self.current.setObjectName("batchStatus")
        self.current.setWordWrap(True)
        self.last_printed: PrintedBatch | None = None
        self.start_button = QPushButton(self.tr("Start printing"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("Output folder:"), folder_row)
        form.addRow(self.tr("Output:"), self.per_child)
        form.addRow("", self.merged)
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.to_printer)
        printer_row.addWidget(self.printer, 1)
        form.addRow("", printer_row)
        form.addRow(self.tr("Sides:"), self.duplex)
        form.addRow("", self.full)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.start_button.setEnabled(self.count > 0)
        self._mode_changed()

    def _mode_changed(self, *_args: object) -> None:
        direct = self.to_printer.isChecked()
        self.printer.setEnabled(direct and not self.running)
        for widget in (self.folder, self.browse):
            widget.setEnabled(not direct and not self.running)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the output folder"), self.folder.text())
        if name:
            self.folder.setText(name)

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def start(self) -> None:
        if self.running:
            return
        if self.to_printer.isChecked():
            self._start_printing()
            return
        out = Path(self.folder.text().strip()).expanduser()
        merged, full, f, service, workers = (
            self.merged.isChecked(),
            self.full.isChecked(),
            self.filter,
            self.service,
            self.workers,
        )

        duplex = self.duplex.currentData() != "none"

        def work(progress: Progress) -> BatchOutcome:
            return service.print_batch(f, out, merged=merged, full_identifiers=full, progress=progress,
                                       workers=workers, duplex=duplex)

        self._output = out
        self._busy()
        # progress in this dialog's bar, not in a second dialog on top of it
        self._job = Operation(self, work, self._succeeded, self._failed, delay_ms=None,
                              on_progress=self._progressed)

    def _start_printing(self) -> None:
        request = PrintRequest(self.printer.currentText(), duplex=str(self.duplex.currentData()))
        full, f, service, workers = self.full.isChecked(), self.filter, self.service, self.workers

        def work(progress: Progress) -> tuple[BatchOutcome, PrintedBatch]:
            return service.print_batch_to_printer(f, request, full_identifiers=full, progress=progress,
                                                  workers=workers)

        self._output = None
        self._busy()
        self._job = Operation(self, work, self._printed, self._failed, delay_ms=None,  # type: ignore[arg-type]
                              on_progress=self._progressed)

    def _busy(self) -> None:
        self.progress.setValue(0)
        self.current.setText(self.tr("Preparing (starting worker processes)…"))
        for widget in self._choices():
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.folder_button.setEnabled(False)

    def _choices(self) -> tuple[QWidget, ...]:
        return (
            self.start_button, self.folder, self.browse, self.per_child, self.merged, self.to_printer,
            self.printer, self.duplex, self.full, self.close_button,
        )  # fmt: skip

    def _printed(self, result: tuple[BatchOutcome, PrintedBatch]) -> None:
        """The summary: children and pages sent to which printer, and each file it refused."""
        outcome, printed = result
        self._idle()
        lines = printed.summary_lines(self.lang())
        self.current.setText("\n".join([*lines, *warning_texts(outcome.warnings)]))
        self.last_printed = printed

    def lang(self) -> str:
        from ui import prefs

        return prefs.language()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.current.setText(self.tr("Cancelling; waiting for the files in progress…"))

    def _idle(self) -> None:
        for widget in self._choices():
            widget.setEnabled(True)
        self.to_printer.setEnabled(self.printer.count() > 0)
        self.cancel_button.setEnabled(False)
        self._mode_changed()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.current.setText(self.tr("Done {0}/{1}: {2}").format(done, total, name))

    def _succeeded(self, outcome: BatchOutcome) -> None:
        self._idle()
        r = outcome.result
        where = outcome.files[0] if self.merged.isChecked() and outcome.files else self._output
        text = self.tr("Finished: {0} files, {1} pages in {2:.1f} s, saved in {3}").format(
            r.children, r.pages, r.seconds, where
        )
        warnings = warning_texts(outcome.warnings)
        self.current.setText("；".join([text, *warnings]))
        self.folder_button.setEnabled(True)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._idle()
        self.progress.setValue(0)
        self.current.setText(error_text(exc))
        show_error(self, exc, trace)  # says nothing for a cancel

    def open_folder(self) -> None:
        if self._output is not None:
            folder = self._output if self._output.is_dir() else self._output.parent
            open_folder(self, folder)  # says where the files are when no file manager answers

    def reject(self) -> None:
        if self.running:  # closing while printing cancels first, so no half batch is left
            self.cancel()
            wait_for_operations()
        super().reject()
