"""Printed documents built with ReportLab: the per-child file (一人一档), placement notices, visit summaries.

Qt-free: the UI previews the PDFs these functions write.
"""
