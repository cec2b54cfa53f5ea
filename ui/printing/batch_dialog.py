"""Batch printing of every child in the current registry filter, in the background with progress and cancel.

One PDF per child in folders by township, or one merged PDF with bookmarks.
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

from special_ed.progress import Progress
from ui.errors import show_error
from ui.file_dialogs import documents_folder
from ui.operations import Operation, wait_for_operations
from ui.pages import WorkHost
from ui.printing.pdf_pages import open_folder
from ui.printing.preview_dialog import error_text, warning_texts

if TYPE_CHECKING:
    from special_ed.results.printing import BatchOutcome


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
        self.per_child.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_child)
        group.addButton(self.merged)
        self.full = QCheckBox(self.tr("Print ID and phone numbers in full (masked by default)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, self.count))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")  # counts only: nothing to translate
        self.current = QLabel()
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
        out = Path(self.folder.text().strip()).expanduser()
        merged, full, f, service, workers = (
            self.merged.isChecked(),
            self.full.isChecked(),
            self.filter,
            self.service,
            self.workers,
        )

        def work(progress: Progress) -> BatchOutcome:
            return service.print_batch(f, out, merged=merged, full_identifiers=full, progress=progress,
                                       workers=workers)

        self._output = out
        self.progress.setValue(0)
        self.current.setText(self.tr("Preparing (starting worker processes)…"))
        for widget in (
            self.start_button,
            self.folder,
            self.browse,
            self.per_child,
            self.merged,
            self.full,
            self.close_button,
        ):
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.folder_button.setEnabled(False)
        # progress in this dialog's bar, not in a second dialog on top of it
        self._job = Operation(self, work, self._succeeded, self._failed, delay_ms=None,
                              on_progress=self._progressed)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.current.setText(self.tr("Cancelling; waiting for the files in progress…"))

    def _idle(self) -> None:
        for widget in (
            self.start_button,
            self.folder,
            self.browse,
            self.per_child,
            self.merged,
            self.full,
            self.close_button,
        ):
            widget.setEnabled(True)
        self.cancel_button.setEnabled(False)

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
