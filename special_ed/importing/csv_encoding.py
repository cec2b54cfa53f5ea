"""Decide which encoding a CSV file from a Chinese office is in.

What arrives in practice: UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8 without one
(web systems), GBK/GB18030 (Excel's plain "CSV" on a Chinese Windows) and UTF-16 with a
BOM ("Unicode text"). Anything else (Big5, Shift-JIS, a binary file renamed .csv) must be
refused with a clear message rather than imported as mojibake. GB18030 decodes almost
any byte string, so a GB18030 reading is only accepted when the Chinese characters it
yields are nearly all common simplified ones (inside GB2312), which mojibake is not.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from special_ed.errors import SpecialEdError

SAMPLE_BYTES = 256 * 1024
_MIN_COMMON_SHARE = 0.9


def _decodes(sample: bytes, encoding: str) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        # final=False: the sample may end in the middle of a multi-byte character.
        return decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _common_han_share(text: str) -> float:
    han = [ch for ch in text if ord(ch) > 0x7F]
    if not han:
        return 1.0
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)


def detect_csv_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        # UTF-16 without a BOM or a binary file: neither is a CSV we can trust.
        raise SpecialEdError("import.csv_encoding", path=str(path))
    if _decodes(sample, "utf-8") is not None:
        return "utf-8"
    text = _decodes(sample, "gb18030")
    if text is not None and _common_han_share(text) >= _MIN_COMMON_SHARE:
        return "gb18030"
    raise SpecialEdError("import.csv_encoding", path=str(path))
