"""Writing output so that a file under its final name is always complete.

Every document is written to a temporary file in the target folder and
renamed at the end (a rename within one folder is atomic on Windows and
POSIX), so a crash, an error or a cancel never leaves a half-written PDF
under the name the user asked for.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from special_ed.errors import SpecialEdError


def ensure_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove it is writable, else raise print.folder_unwritable."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SpecialEdError(
            "print.folder_unwritable", folder=str(folder), reason=exc.strerror or str(exc)
        ) from exc
    if not folder.is_dir():
        raise SpecialEdError("print.folder_unwritable", folder=str(folder), reason="not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SpecialEdError("print.folder_unwritable", folder=str(folder), reason="permission denied")


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[IO[bytes]]:
    """Yield a binary file in ``target``'s folder; rename it to ``target`` only if the block succeeds."""
    target = Path(target)
    ensure_folder(target.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise SpecialEdError(
            "print.folder_unwritable", folder=str(target.parent), reason=exc.strerror or str(exc)
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file private (0600) and it stays so: a child's file holds health and family
        # data, so only the user who printed it may read it (privacy by default, issue 11).
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SpecialEdError(
            "print.folder_unwritable", folder=str(target.parent), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with atomic_output(target) as fh:
        fh.write(data)
