"""档案 tab: attachments stored in the database with their SHA-256; add, view (image or PDF), archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.domain.enums import AttachmentKind
from special_ed.domain.records import Attachment
from ui.file_dialogs import start_path
from ui.operations import Operation
from ui.pages import WorkHost
from ui.records.common import from_qdate, lang, read, show_error, to_qdate, write
from ui.records.tab_base import RecordsTab
from ui.records.table import Column, RowsModel


def human_size(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, round(size / 1024))} KB"


class AttachmentViewer(QDialog):
    """Shows an image scaled to the window, or a PDF with Qt's PDF viewer; the hash is checked on load."""

    def __init__(self, name: str, mime: str, data: bytes, sha256: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(name)
        layout = QVBoxLayout(self)
        hash_label = QLabel(self.tr("SHA-256 (verified): {0}").format(sha256))
        hash_label.setObjectName("viewerHash")
        hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._keep: list[Any] = []
        if mime == "application/pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document = QPdfDocument(self)
            document.load(buffer)
            view = QPdfView(self)
            view.setObjectName("pdfView")
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setDocument(document)
            self._keep += [buffer, document]
            layout.addWidget(view, 1)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            image = QLabel()
            image.setObjectName("imageView")
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setPixmap(
                pixmap.scaled(
                    760, 560, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                if not pixmap.isNull()
                else pixmap
            )
            scroll = QScrollArea()
            scroll.setWidget(image)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        layout.addWidget(hash_label)
        self.resize(800, 640)


class ArchiveTab(RecordsTab):
    def __init__(self, host: WorkHost, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, child_id, parent)
        app = self.app
        settings = app.ctx.settings()
        self.model = RowsModel[Attachment](
            [
                Column(QCoreApplication.translate("Records", "Kind"), lambda a: a.kind.text(lang())),
                Column(
                    QCoreApplication.translate("Records", "Date"),
                    lambda a: a.day.isoformat() if a.day else "",
                ),
                Column(QCoreApplication.translate("Records", "File"), lambda a: a.filename),
                Column(QCoreApplication.translate("Records", "Size"), human_size_of, numeric=True),
                Column(QCoreApplication.translate("Records", "Description"), lambda a: a.description),
                Column(
                    QCoreApplication.translate("Records", "SHA-256"),
                    lambda a: a.sha256[:16] + "…",
                    tooltip=lambda a: a.sha256,
                ),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("attachmentsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.kind = QComboBox()
        self.kind.setObjectName("attachmentKind")
        for k in AttachmentKind:
            self.kind.addItem(k.text(lang()), k.value)
        self.day = QDateEdit(to_qdate(app.ctx.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Description"))
        add = QPushButton(self.tr("Add file…"))
        add.setObjectName("addAttachment")
        add.clicked.connect(self.choose_file)
        view = QPushButton(self.tr("View"))
        view.setObjectName("viewAttachment")
        view.clicked.connect(self.open_selected)
        remove = QPushButton(self.tr("Archive…"))
        remove.clicked.connect(self.archive_selected)
        limits = QLabel(
            self.tr("Allowed: {0}; at most {1}").format(
                " ".join(settings.attachment_types), human_size(settings.attachment_max_bytes)
            )
        )
        limits.setObjectName("attachmentLimits")
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.day)
        row.addWidget(self.description, 1)
        row.addWidget(add)
        row.addWidget(view)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(limits)
        layout.addWidget(self.view, 1)
        self.load()

    def load(self) -> Operation[list[Attachment]]:
        records, child_id = self.app.records, self.child_id
        return read(self.reader, lambda: records.attachments(child_id), self.model.set_rows)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a scan or photo"),
            start_path(),
            self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> Operation[object]:
        records, child_id, kind = self.app.records, self.child_id, AttachmentKind(self.kind.currentData())
        day, description = from_qdate(self.day.date()), self.description.text().strip()

        def work() -> object:
            data = path.read_bytes()  # on the worker too: a scan on a network drive can be slow
            return records.add_attachment(child_id, kind, path.name, data, day, description)

        return write(self.host, self, work, self._added)

    def _added(self, _attachment: object) -> None:
        self.description.clear()
        self.load()
        self.saved.emit()

    def selected(self) -> Attachment | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_selected(self) -> AttachmentViewer | None:
        item = self.selected()
        if item is None or item.id is None:
            return None
        try:
            content = self.app.records.attachment_content(item.id)
        except Exception as exc:
            show_error(self, exc)
            return None
        viewer = AttachmentViewer(item.filename, content.mime, content.data, item.sha256, self)
        viewer.open()
        return viewer

    def archive_selected(self) -> None:
        item = self.selected()
        if item is None or item.id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Archive attachment"), self.tr("Why is it archived?"))
        if not ok:
            return
        records, item_id = self.app.records, item.id
        write(self.host, self, lambda: records.archive_attachment(item_id, reason), lambda _r: self.load())
        self.saved.emit()


def human_size_of(a: Attachment) -> str:
    return human_size(a.size)
