"""Where file dialogs start: the user's documents folder, never the program's working directory.

Qt starts a dialog given "" or a bare file name in the working directory, which on an office
PC is the install folder (C:\\Program Files\\…); exports were saved where nobody found them
again. ``start_path(name)`` gives an absolute path in the documents folder instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_path(name: str = "") -> str:
    """Where a dialog opens: ``name`` (a suggested file name) in the documents folder."""
    if name and Path(name).is_absolute():
        return name
    folder = documents_folder()
    return str(folder / name) if name else str(folder)
