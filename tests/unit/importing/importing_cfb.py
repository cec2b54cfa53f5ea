"""A minimal OLE compound file writer, to make what Excel saves for a password-protected xlsx:
a CFB container with EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO)."""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _dir_entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0")
    entry += struct.pack("<HBB", len(encoded), kind, 1)  # name length, type, colour (black)
    entry += struct.pack("<III", FREE, right, child)  # left sibling, right sibling, child
    entry += b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # CLSID, state bits, creation/modification times
    entry += struct.pack("<IQ", start, size)
    assert len(entry) == 128
    return entry


def encrypted_workbook_bytes() -> bytes:
    """Root + two 4096-byte streams (large enough to live in ordinary sectors, not the mini stream)."""
    stream_sectors = 4096 // SECTOR
    info_start, package_start = 2, 2 + stream_sectors
    fat = [FATSECT, END]
    for start in (info_start, package_start):
        fat += [start + i + 1 for i in range(stream_sectors - 1)] + [END]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, END, 0, END)
    # 40..72: directory sectors 0 (v3), FAT sectors 1, first directory sector 1, transaction 0,
    # mini-stream cutoff 4096, no mini FAT (END, 0), no DIFAT sectors (END); 72: DIFAT count 0.
    struct.pack_into("<I", header, 72, 0)
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, FREE)
    directory = (
        _dir_entry("Root Entry", 5, 1, FREE, END, 0)
        + _dir_entry("EncryptionInfo", 2, FREE, 2, info_start, 4096)
        + _dir_entry("EncryptedPackage", 2, FREE, FREE, package_start, 4096)
        + b"\0" * 128
    )
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    body += (b"\x04\x00\x04\x00" + b"\x40\x00\x00\x00").ljust(4096, b"\0")  # agile encryption v4.4
    body += bytes(range(256)) * 16
    return bytes(header) + body
