"""Wording of the reports' codes, zh and en: plain data, collected by :func:`special_ed.messages.catalogue`."""

from __future__ import annotations

# special_ed/reports/model.py
REPORTS: dict[str, tuple[str, str]] = {
    "report.unknown": (
        "没有名为“{name}”的报表（可用 special-ed report --list 查看）",
        "There is no report named “{name}” (see special-ed report --list)",
    ),
    "report.format": (
        "输出文件“{path}”的扩展名应为 .xlsx 或 .pdf",
        "Output file “{path}” must end in .xlsx or .pdf",
    ),
    "report.township_unknown": (
        "没有名为“{township}”的乡镇（街道）",
        "There is no township named “{township}”",
    ),
}
