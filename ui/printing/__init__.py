"""Print preview and batch printing dialogs (the documents themselves are built in special_ed.printing)."""

from ui.printing.batch_dialog import BatchPrintDialog
from ui.printing.preview_dialog import PrintPreviewDialog

__all__ = ["BatchPrintDialog", "PrintPreviewDialog"]
