"""Find and register a font that has Chinese glyphs, for the route sheets.

Kept small and local because the printing package may not exist in this build; it looks where Linux,
Windows and macOS keep common CJK fonts, and falls back to ReportLab's built-in STSong-Light CID font
(which needs no file but is rendered by the viewer's own Chinese font).
"""

from __future__ import annotations

import os
from pathlib import Path

CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
_registered: str | None = None


def cjk_font() -> str:
    """The name of a registered font that can draw Chinese."""
    global _registered
    if _registered is not None:
        return _registered
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    extra = os.environ.get("SPECIAL_ED_CJK_FONT")
    for candidate in ([extra] if extra else []) + list(CANDIDATES):
        if candidate and Path(candidate).is_file():
            try:
                pdfmetrics.registerFont(TTFont("SpecialEdCJK", candidate, subfontIndex=0))
            except Exception:  # a damaged or unsupported font file: try the next one
                continue
            _registered = "SpecialEdCJK"
            return _registered
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    _registered = "STSong-Light"
    return _registered
