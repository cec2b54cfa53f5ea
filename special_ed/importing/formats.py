"""Recognise what a file really is before handing it to a reader.

Offices rename files freely (an xlsx saved as .xls, a csv called .txt), and a file that is
empty, cut short or password-protected must get its own clear message rather than a
library's stack trace. So the decision is made on the file's first bytes, not its name.
"""

from __future__ import annotations

import mmap
import struct
import zipfile
from pathlib import Path

from special_ed.errors import SpecialEdError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted OOXML workbook is an OLE container holding these two streams (MS-OFFCRYPTO).
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}


def detect_format(path: Path) -> str:
    """Return "xlsx", "xls" or "csv", or raise a typed error saying why the file cannot be read."""
    if not path.exists() or not path.is_file():
        raise SpecialEdError("import.file_missing", path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise SpecialEdError(
            "import.file_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    if size == 0:
        raise SpecialEdError("import.file_empty", path=str(path))
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGIC):
        _check_zip_workbook(path)
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        _check_ole(path, head, size)
        return "xls"
    if suffix in TEXT_SUFFIXES:
        return "csv"
    if suffix in {".xlsx", ".xlsm", ".xls"}:
        # Some systems export an HTML page or tab-separated text and call it .xls.
        if head.lstrip().lower().startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta")):
            raise SpecialEdError("import.file_html", path=str(path))
        first_line = head.split(b"\n", 1)[0]
        if b"\x00" not in head and (b"\t" in first_line or b"," in first_line):
            return "csv"
        raise SpecialEdError("import.file_corrupt", path=str(path), detail="文件头不是 Excel 格式")
    raise SpecialEdError("import.file_type", suffix=suffix or "（无扩展名）")


def _check_zip_workbook(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        # The local header is there but the central directory at the end is not: the
        # file was cut short (an interrupted download or copy).
        raise SpecialEdError("import.file_truncated", path=str(path)) from exc
    if "xl/workbook.xml" not in names:
        raise SpecialEdError("import.file_corrupt", path=str(path), detail="压缩包中没有 Excel 工作簿")


def _check_ole(path: Path, head: bytes, size: int) -> None:
    sector_shift = struct.unpack_from("<H", head, 30)[0] if len(head) >= 32 else 0
    if len(head) < 512 or sector_shift not in (9, 12):
        raise SpecialEdError("import.file_truncated", path=str(path))
    sector = 1 << sector_shift
    header_size = 512 if sector == 512 else sector
    if (size - header_size) % sector != 0:
        raise SpecialEdError("import.file_truncated", path=str(path))
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if all(data.find(name) >= 0 for name in _ENCRYPTED_STREAMS):
            raise SpecialEdError("import.file_encrypted", path=str(path))
