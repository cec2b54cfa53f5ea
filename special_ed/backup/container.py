"""The encrypted backup file: a clear header, then AES-256-GCM chunks of a zlib stream.

Layout::

    MAGIC (8 bytes) | header length (4, big-endian) | header (UTF-8 JSON)
    then chunks:  ciphertext length (4) | ciphertext (plaintext ≤ CHUNK bytes + 16-byte tag)

The key comes from the passphrase through scrypt (memory-hard: 2^17 × 8 × 128 bytes = 128 MiB per
guess, the parameters are in the header so later versions can raise them). Each chunk's nonce is a
random 7-byte prefix, the chunk's 4-byte counter and a last-chunk flag; the header is the associated
data of every chunk. So a wrong passphrase, a flipped byte anywhere, a header edited by hand, chunks
swapped, dropped or a file cut short are all detected — the reader raises before it hands out the
chunk that is wrong, and :func:`verify` reads the whole file before a restore writes anything.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from special_ed.errors import SpecialEdError

MAGIC = b"SPEDBAK\x01"
FORMAT = 1
CHUNK = 1 << 20
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1
MIN_PASSPHRASE = 8
_LEN = struct.Struct(">I")
_MAX_HEADER = 64 * 1024


class BackupError(SpecialEdError):
    code = "backup.damaged"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive_key(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    if not passphrase:
        raise SpecialEdError("backup.passphrase_missing")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


@dataclass(frozen=True)
class Header:
    raw: bytes  # exactly as stored: the associated data of every chunk
    fields: dict[str, Any]

    @property
    def revision(self) -> str | None:
        value = self.fields.get("revision")
        return str(value) if value else None


class EncryptedWriter:
    """Compress and encrypt a byte stream into ``fh``; :meth:`close` writes the last chunk."""

    def __init__(self, fh: IO[bytes], passphrase: str, meta: dict[str, Any]) -> None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise SpecialEdError("backup.passphrase_short", min=MIN_PASSPHRASE)
        salt, self._prefix = os.urandom(16), os.urandom(7)
        fields = {
            **meta,
            "format": FORMAT,
            "cipher": "AES-256-GCM",
            "compression": "zlib",
            "chunk": CHUNK,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
            "nonce_prefix": _b64(self._prefix),
        }
        self._header = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self._aead = AESGCM(derive_key(passphrase, salt))
        self._fh = fh
        self._zip = zlib.compressobj(6)
        self._pending = bytearray()
        self._counter = 0
        fh.write(MAGIC + _LEN.pack(len(self._header)) + self._header)

    def write(self, data: bytes) -> None:
        self._pending += self._zip.compress(data)
        while len(self._pending) > CHUNK:
            self._emit(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]

    def _emit(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), plain, self._header)
        self._fh.write(_LEN.pack(len(sealed)) + sealed)
        self._counter += 1

    def close(self) -> None:
        self._pending += self._zip.flush()
        while len(self._pending) > CHUNK:
            self._emit(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        self._emit(bytes(self._pending), last=True)
        self._pending.clear()


def read_header(fh: IO[bytes]) -> Header:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupError("backup.not_a_backup")
    size = fh.read(4)
    if len(size) != 4 or not 0 < _LEN.unpack(size)[0] <= _MAX_HEADER:
        raise BackupError("backup.damaged")
    raw = fh.read(_LEN.unpack(size)[0])
    try:
        fields = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError("backup.damaged") from exc
    if not isinstance(fields, dict):
        raise BackupError("backup.damaged")
    if fields.get("format") != FORMAT:
        raise BackupError("backup.newer_format", found=str(fields.get("format")))
    return Header(raw, fields)


def decrypted_stream(fh: IO[bytes], header: Header, passphrase: str) -> Iterator[bytes]:
    """The decompressed plaintext, chunk by chunk; raises as soon as anything does not authenticate."""
    try:
        kdf = header.fields["kdf"]
        salt = base64.b64decode(kdf["salt"])
        prefix = base64.b64decode(header.fields["nonce_prefix"])
        key = derive_key(passphrase, salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupError("backup.damaged") from exc
    aead = AESGCM(key)
    unzip = zlib.decompressobj()
    counter = 0
    while True:
        size = fh.read(4)
        if len(size) != 4:
            raise BackupError("backup.truncated")
        length = _LEN.unpack(size)[0]
        if length < 16 or length > CHUNK + 16:
            raise BackupError("backup.damaged")
        sealed = fh.read(length)
        if len(sealed) != length:
            raise BackupError("backup.truncated")
        plain: bytes | None = None
        last = False
        for flag in (False, True):
            try:
                plain = aead.decrypt(_nonce(prefix, counter, flag), sealed, header.raw)
                last = flag
                break
            except InvalidTag:
                continue
        if plain is None:
            # the first chunk failing means the key is wrong (or the file is damaged right there)
            raise BackupError("backup.wrong_passphrase" if counter == 0 else "backup.damaged")
        counter += 1
        try:
            out = unzip.decompress(plain)
        except zlib.error as exc:
            raise BackupError("backup.damaged") from exc
        if out:
            yield out
        if last:
            if fh.read(1):
                raise BackupError("backup.damaged")  # something appended after the last chunk
            if not unzip.eof:
                raise BackupError("backup.damaged")
            return


def open_backup(path: Path) -> tuple[IO[bytes], Header]:
    try:
        fh = Path(path).open("rb")  # noqa: SIM115  (handed to the caller, closed there)
    except FileNotFoundError as exc:
        raise SpecialEdError("backup.missing", path=str(path)) from exc
    try:
        return fh, read_header(fh)
    except BaseException:
        fh.close()
        raise
