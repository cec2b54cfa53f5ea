"""Print preview, batch printing and monthly summary dialogs (documents are built in special_ed.printing)."""

from ui.printing.batch_dialog import BatchPrintDialog
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.printing.summary_dialog import MonthlySummaryDialog

__all__ = ["BatchPrintDialog", "MonthlySummaryDialog", "PrintPreviewDialog"]
