"""Printed documents built with ReportLab: the per-child file (一人一档), placement notices, visit summaries.

Qt-free: the UI previews the PDFs these functions write. Importing the
package registers the wording of its error codes.
"""

from special_ed.printing import codes  # noqa: F401
