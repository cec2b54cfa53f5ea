"""Files the application writes hold minors' health and family data: readable by their user only.

POSIX gets mode 0600 (Windows files in the user's profile are private to the user already). Writers
that go through a temporary file (``tempfile.mkstemp``) are private from the start; the others call
:func:`make_private` on what they wrote.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600


def make_private(path: str | Path) -> None:
    if os.name != "posix":
        return
    # a file on a share that refuses chmod keeps the share's rules
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_MODE)
