"""Wording of the records services' codes (records, visits, compliance), zh and en.

Plain data, collected with the other catalogues by :func:`special_ed.messages.catalogue`.
"""

from __future__ import annotations

# special_ed/services/records.py
RECORDS: dict[str, tuple[str, str]] = {
    "scheme.exists": ("{year} 学年的方案已存在", "A scheme for {year} already exists"),
    "scheme.no_previous": ("没有 {year} 学年的方案可复制", "There is no {year} scheme to copy"),
    "attachment.hash_mismatch": (
        "附件“{name}”内容与登记的 SHA-256 不符，文件可能已损坏",
        "Attachment “{name}” no longer matches its SHA-256: the stored file may be damaged",
    ),
    "record.wrong_child": ("该记录不属于这个儿童", "That record belongs to another child"),
}


# special_ed/services/visits.py
VISITS: dict[str, tuple[str, str]] = {
    "quick.row": ("第 {row} 行（{child}）：{detail}", "Row {row} ({child}): {detail}"),
    "quick.duplicate_child": (
        "第 {row} 行：{child} 已在第 {other} 行",
        "Row {row}: {child} is already on row {other}",
    ),
    "quick.empty": ("没有要登记的送教", "There are no visits to record"),
    "visit.cancel_done": ("已完成的送教不能取消", "A done visit cannot be cancelled"),
}


# special_ed/services/compliance.py
COMPLIANCE: dict[str, tuple[str, str]] = {
    "term.unknown": ("学期“{term}”不在设置中", "Term “{term}” is not in the settings"),
    "term.none": ("设置中没有已开始的学期", "No term in the settings has started yet"),
}
