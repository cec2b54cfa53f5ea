"""Print preview of a child's file or placement notice: view, print, save as PDF, open the folder.

The PDF is rendered by ``App.printing`` in a background operation (the county's
biggest files take a few tenths of a second), shown with QtPdf, printed
through the system print dialog, and saved with an atomic write.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from special_ed.errors import SpecialEdError
from special_ed.printing.atomic import write_atomically
from special_ed.printing.spool import PrintRequest, Spooled, can_spool, spool_pdf
from ui import prefs
from ui.errors import describe, show_error
from ui.file_dialogs import start_path
from ui.operations import Operation, wait_for_operations
from ui.pages import WorkHost
from ui.printing.pdf_pages import PdfViewer, open_folder, print_pages

FILE, NOTICE, AGREEMENT = "file", "notice", "agreement"

Rendered = tuple[bytes, int, tuple[Any, ...], str, bool]  # PDF, pages, font warnings, document, full


def error_text(exc: BaseException) -> str:
    """The error in the user's language (the UI's shared wording)."""
    return describe(exc)


def warning_texts(warnings: tuple[Any, ...]) -> list[str]:
    return [w.message(prefs.language()) for w in warnings]


FALLBACK_DPI = 300  # painted pages: enough for text on paper, a fraction of the 1200-dpi images
DUPLEX = {
    QPrinter.DuplexMode.DuplexLongSide: "long",
    QPrinter.DuplexMode.DuplexShortSide: "short",
    QPrinter.DuplexMode.DuplexAuto: "long",
}

class PrintPreviewDialog(QDialog):
    """``PrintPreviewDialog(host, child_id, parent)``: the child's file (or notice) ready to print."""

    def __init__(
        self, host: WorkHost, child_id: int, parent: QWidget | None = None, document: str = FILE
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.app = host.services
        self.child_id = child_id
        self.service = self.app.printing
        self._tmp = Path(tempfile.mkdtemp(prefix="special-ed-preview-"))
        self._closed = False
        self._data: bytes = b""
        self._pages = 0
        self._saved: Path | None = None
        self._job: Operation[Any] | None = None  # rendering, then spooling
        self.setWindowTitle(self.tr("Print preview"))
        self.resize(900, 1000)

        self.document = QComboBox()
        self.document.addItem(self.tr("Child's file (one child, one file)"), FILE)
        self.document.addItem(self.tr("Placement notice"), NOTICE)
        self.document.addItem(self.tr("Home-teaching service agreement"), AGREEMENT)
        self.document.setCurrentIndex(max(0, self.document.findData(document)))
        self.full = QCheckBox(self.tr("Print ID and phone numbers in full"))
        self.full.setToolTip(
            self.tr("Masked by default (e.g. 500237********1234); applies to this print only")
        )
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.viewer = PdfViewer(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Document:")))
        bar.addWidget(self.document)
        bar.addWidget(self.full)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.print_button, self.save_button, self.folder_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.status)

        self.document.currentIndexChanged.connect(self.render_document)
        self.full.toggled.connect(self.render_document)
        self.zoom_in.clicked.connect(lambda: self.viewer.set_zoom(self.viewer.zoom * 1.25))
        self.zoom_out.clicked.connect(lambda: self.viewer.set_zoom(self.viewer.zoom / 1.25))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.folder_button.clicked.connect(self.open_folder)
        self.render_document()

    # ---- rendering --------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.document.currentData())

    def _busy(self, busy: bool) -> None:
        for widget in (self.document, self.full, self.print_button, self.save_button):
            widget.setEnabled(not busy)

    def render_document(self) -> None:
        if self._job is not None and self._job.running:
            return  # the choice is read again when the running job ends
        kind, full, child_id, service = self.kind, self.full.isChecked(), self.child_id, self.service
        folder = self._tmp

        def work(_progress: object) -> Rendered:
            if kind == NOTICE:
                target = folder / "notice.pdf"
                outcome = service.print_notice(child_id, target, full_identifiers=full)
                return target.read_bytes(), outcome.pages, outcome.warnings, kind, full
            if kind == AGREEMENT:
                target = folder / "agreement.pdf"
                outcome = service.print_agreement(child_id, target, full_identifiers=full)
                return target.read_bytes(), outcome.pages, outcome.warnings, kind, full
            data, pages, warnings = service.render_child(child_id, full_identifiers=full)
            return data, pages, warnings, kind, full

        self._busy(True)
        self.status.setText(self.tr("Generating the PDF…"))
        # the status line says it is generating; a dialog only if it takes more than a second
        self._job = Operation(self, work, self._rendered, self._failed, label=self.tr("Generating the PDF…"),
                              delay_ms=1000)

    def _rendered(self, result: Rendered) -> None:
        data, pages, warnings, kind, full = result
        if self._closed:
            return  # the result was queued before the dialog closed and removed its folder
        self._busy(False)
        if (kind, full) != (self.kind, self.full.isChecked()):
            self.render_document()  # the user changed the choice while this one was rendering
            return
        self._data, self._pages = data, pages
        path = self._tmp / f"preview-{kind}-{int(full)}.pdf"
        path.write_bytes(data)
        self._pdf_path = path
        self.viewer.load(path)
        parts = [
            self.tr("{0} pages").format(pages),
            self.tr("ID and phone numbers are masked")
            if not full
            else self.tr("Print ID and phone numbers in full"),
        ]
        parts += warning_texts(warnings)
        self.status.setText("；".join(parts))

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            return
        self._busy(False)
        self.status.setText(error_text(exc))
        show_error(self, exc, trace)

    # ---- actions ----------------------------------------------------------------------------

    def default_name(self) -> str:
        what = {
            FILE: self.tr("Child file"),
            NOTICE: self.tr("Placement notice"),
            AGREEMENT: self.tr("Service agreement"),
        }[self.kind]
        return f"{what}_{self.child_id}.pdf"

    def save_to(self, path: Path) -> Path:
        """Write the shown PDF to ``path`` atomically; raises SpecialEdError for an unwritable folder."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        write_atomically(path, self._data)
        self._saved = path
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("Saved: {0}").format(path))
        return path

    def save_as(self) -> None:
        if not self._data:
            return
        start = str(self._saved.parent / self.default_name()) if self._saved else start_path(self.default_name())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except SpecialEdError as exc:
            show_error(self, exc)

    def open_folder(self) -> None:
        if self._saved is not None:
            open_folder(self, self._saved.parent)

    def print_document(self) -> None:
        """The print dialog, then the PDF itself to the printer (CUPS lp, Windows printto) off the
        GUI thread; where that is impossible, pages painted at 300 dpi in grey."""
        source = self.viewer.source
        pdf = getattr(self, "_pdf_path", None)
        if source is None or pdf is None:
            return
        if not QPrinterInfo.availablePrinters():
            show_error(self, SpecialEdError("print.no_printer"))
            return
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setDocName(self.default_name())
        printer.setResolution(FALLBACK_DPI)
        printer.setColorMode(QPrinter.ColorMode.GrayScale)  # office printers are black and white
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, source.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return  # cancelled: nothing sent
        first, last = printer.fromPage() or 1, printer.toPage() or source.page_count
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            target = Path(printer.outputFileName())
            write_atomically(target, pdf.read_bytes())  # "print to file" is the PDF itself
            self.status.setText(self.tr("Saved to {0}").format(str(target)))
            return
        if can_spool():
            request = PrintRequest(
                printer.printerName(), printer.copyCount(), DUPLEX.get(printer.duplex(), "none"),
                first, last if last < source.page_count else 0, self.default_name(),
            )  # fmt: skip
            pages = last - first + 1
            self.status.setText(self.tr("Sending to the printer…"))
            self._job = Operation(
                self, lambda _progress: spool_pdf(pdf, request), lambda s: self._spooled(s, pages),
                self._print_failed, label=self.tr("Sending to the printer…"),
            )  # fmt: skip
            return
        self._paint(source, printer, first, last)

    def _spooled(self, spooled: Spooled, pages: int) -> None:
        self.status.setText(
            self.tr("Sent to the printer {0}: {1} pages (job {2})").format(spooled.printer, pages, spooled.job or "—")
        )

    def _print_failed(self, exc: BaseException, trace: str) -> None:
        self.status.setText(self.tr("Not printed."))
        show_error(self, exc, trace)

    def _paint(self, source: Any, printer: QPrinter, first: int, last: int) -> None:
        """No way to send the PDF (no lp, no PDF reader for printto): paint the pages at 300 dpi."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, last - first + 1, self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setMinimumDuration(300)

        def on_page(printed: int) -> bool:
            progress.setValue(printed)
            QApplication.processEvents()  # keeps the Cancel button alive between pages
            return not progress.wasCanceled()

        printed = print_pages(source, printer, first, last, on_page)
        progress.close()
        if printed == 0:
            QMessageBox.warning(
                self,
                self.tr("Cannot print"),
                self.tr("The printer could not be opened; check the printer settings"),
            )
            return
        self.status.setText(self.tr("Sent to the printer: {0} pages").format(printed))

    def done(self, result: int) -> None:
        self._closed = True
        if self._job is not None and self._job.running:
            wait_for_operations()  # the render writes into the folder removed below
        self.viewer.clear()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)
