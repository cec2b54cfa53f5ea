"""Text extraction helpers shared by the printing tests."""

from __future__ import annotations

import io


def page_texts(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Extracted text without whitespace: table cells and wrapped lines come out with breaks in them."""
    return "".join(text.split())
