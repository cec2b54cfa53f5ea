"""Showing and printing a PDF: QtPdf when this PySide6 build has it, PDFium (pypdfium2) otherwise.

QtPdf (QPdfDocument + QPdfView) ships with PySide6 on most platforms, but
not in every build (some Linux wheels leave it out), so the same dialog
falls back to rendering pages with pypdfium2 into a scrolling page list.
Both back-ends render pages to QImages for printing, so printed output is
the same whichever is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QScrollArea, QVBoxLayout, QWidget

try:  # pragma: no branch - depends on the PySide6 build
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - exercised on builds without QtPdf
    HAVE_QTPDF = False


class PageSource:
    """Page count and page images of one PDF file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if HAVE_QTPDF:
            self._qt = QPdfDocument()
            self._qt.load(str(path))
            self._count = self._qt.pageCount()
            first = self._qt.pagePointSize(0) if self._count else None
            self._points = (first.width(), first.height()) if first else (595.0, 842.0)
        else:
            import pypdfium2 as pdfium

            self._pdfium = pdfium.PdfDocument(str(path))
            self._count = len(self._pdfium)
            self._points = self._pdfium[0].get_size() if self._count else (595.0, 842.0)

    @property
    def page_count(self) -> int:
        return self._count

    @property
    def page_points(self) -> tuple[float, float]:
        return self._points

    def render(self, index: int, width_px: int) -> QImage:
        """Page ``index`` as an image ``width_px`` wide (height follows the page's proportions)."""
        w, h = self._points
        height_px = round(width_px * h / w)
        if HAVE_QTPDF:
            return self._qt.render(index, QSize(width_px, height_px))
        page = self._pdfium[index]
        bitmap = page.render(scale=width_px / w, rev_byteorder=True)  # RGB, as QImage wants it
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: the PDFium bitmap is freed with ``bitmap``

    def close(self) -> None:
        if HAVE_QTPDF:
            self._qt.close()
        else:
            self._pdfium.close()


def open_folder(parent: QWidget | None, folder: Path) -> bool:
    """Show ``folder`` in the file manager; when none answers, say where the files are."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PdfPages", "Open folder"),
        QCoreApplication.translate("PdfPages", "No file manager opened the folder. The files are in:\n{0}").format(
            str(folder)
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("noFileManager")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    box.open()
    return False


def print_pages(
    source: PageSource,
    printer: QPrinter,
    first: int = 1,
    last: int = 0,
    on_page: Callable[[int], bool] | None = None,
) -> int:
    """Paint pages ``first``..``last`` (1-based, 0 = to the end) onto ``printer`` as one job.

    ``on_page(printed)`` is called after each page; returning False stops (cancel).
    Returns the number of pages printed (0 when the printer could not be opened).
    """
    last = last or source.page_count
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first - 1, min(last, source.page_count)):
            if printed:
                printer.newPage()
            target = painter.viewport()
            image = source.render(index, max(600, target.width()))
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.x(),
                target.y(),
                image.scaled(
                    scaled, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                ),
            )
            printed += 1
            if on_page is not None and not on_page(printed):
                break
    finally:
        painter.end()
    return printed


class PageListView(QScrollArea):
    """The PDFium fallback viewer: every page as an image, one under the other, zoomable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)  # the page column keeps its own size; the area scrolls it
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._source: PageSource | None = None
        self._zoom = 1.0
        self._holder = QWidget()
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._layout.setSpacing(12)
        self.setWidget(self._holder)
        palette = self._holder.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#6b6b6b"))  # pages on a grey desk
        self._holder.setPalette(palette)
        self._holder.setAutoFillBackground(True)
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)

    def set_source(self, source: PageSource | None) -> None:
        self._source = source
        self._refresh()

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._refresh()

    def _refresh(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone now, not at the next event loop turn
                widget.deleteLater()
        if self._source is None:
            return
        width = int(self._source.page_points[0] * 96 / 72 * self._zoom)
        for index in range(self._source.page_count):
            page = PageImage(self._source.render(index, width))
            self._layout.addWidget(page)
            page.show()  # else shown only at the next event loop turn, and not counted by adjustSize
        self._layout.activate()
        self._holder.adjustSize()  # size the column to its pages now, so the scroll range is right at once


class PageImage(QWidget):
    """One rendered page, painted at its own size (it never shrinks to fit the viewport)."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setFixedSize(image.size())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.end()


class PdfViewer(QWidget):
    """QPdfView when available, else :class:`PageListView`; ``load(path)`` shows a PDF file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source: PageSource | None = None
        self._zoom = 1.0
        if HAVE_QTPDF:
            self._document = QPdfDocument(self)
            self._view = QPdfView(self)
            self._view.setPageMode(QPdfView.PageMode.MultiPage)
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._view.setDocument(self._document)
            layout.addWidget(self._view)
        else:
            self._list = PageListView(self)
            layout.addWidget(self._list)

    @property
    def backend(self) -> str:
        return "QtPdf" if HAVE_QTPDF else "PDFium"

    def load(self, path: Path) -> None:
        if self.source is not None:
            self.source.close()
        self.source = PageSource(path)
        if HAVE_QTPDF:
            self._document.load(str(path))
        else:
            self._list.set_source(self.source)

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.25, min(4.0, zoom))
        if HAVE_QTPDF:
            self._view.setZoomMode(QPdfView.ZoomMode.Custom)
            self._view.setZoomFactor(self._zoom)
        else:
            self._list.set_zoom(self._zoom)

    @property
    def zoom(self) -> float:
        return self._zoom

    def clear(self) -> None:
        if self.source is not None:
            self.source.close()
            self.source = None
        if HAVE_QTPDF:
            self._document.close()
        else:
            self._list.set_source(None)
