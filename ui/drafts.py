"""Drafts of open forms, saved on this PC every few seconds, so typed data survives a crash.

A draft is a small JSON file in the user's preferences folder (beside the QSettings file),
one per open form, written atomically (temporary file, then rename) while the form has
unsaved changes and removed when it is saved or its changes are discarded. At the next start
the drafts of the database that is open are offered back. A draft that cannot be read (cut off
by the crash, edited by hand) is never deleted: it is renamed ``*.damaged`` and the person is
told where it is, so nothing is lost and it is not offered again.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import types
import typing
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from special_ed.domain.child import ChildInput
from ui import prefs

INTERVAL_MS = 5000
FORMAT = "special-ed-draft/1"


@dataclass(frozen=True)
class Draft:
    path: Path
    form: str  # "child"
    database: str
    record_id: int | None  # None: a new record
    title: str
    saved_at: datetime
    data: ChildInput


def drafts_dir() -> Path:
    return Path(prefs.prefs().fileName()).resolve().parent / "drafts"


def new_draft_path(form: str, record_id: int | None) -> Path:
    """A file of this form's own (two forms never write the same draft)."""
    return (
        drafts_dir() / f"{form}-{record_id if record_id is not None else 'new'}-{uuid.uuid4().hex[:10]}.json"
    )


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def from_jsonable(kind: Any, value: Any) -> Any:
    """The inverse of ``to_jsonable`` for the field types of a dataclass (raises on a bad value)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return None if value is None else from_jsonable(options[0], value)
    if origin is list:
        (item,) = typing.get_args(kind)
        if not isinstance(value, list):
            raise ValueError(f"expected a list, not {value!r}")
        return [from_jsonable(item, v) for v in value]
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ValueError(f"expected an object, not {value!r}")
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        values = {k: from_jsonable(hints[k], v) for k, v in value.items() if k in known}
        return kind(**values)  # type: ignore[operator]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is float and isinstance(value, int):
        return float(value)
    if isinstance(kind, type) and not isinstance(value, kind):
        raise ValueError(f"expected {kind.__name__}, not {value!r}")
    return value


def save_draft(
    path: Path, form: str, database: str, record_id: int | None, title: str, data: ChildInput
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "form": form,
        "database": database,
        "record_id": record_id,
        "title": title,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "data": to_jsonable(data),
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)  # a crash mid-write leaves the previous draft, never half of one


def remove_draft(path: Path) -> None:
    path.unlink(missing_ok=True)


def read_draft(path: Path) -> Draft:
    payload = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ValueError("not a draft of this program")
    record_id = payload["record_id"]
    return Draft(
        path=path,
        form=str(payload["form"]),
        database=str(payload["database"]),
        record_id=int(record_id) if record_id is not None else None,
        title=str(payload.get("title", "")),
        saved_at=datetime.fromisoformat(payload["saved_at"]),
        data=from_jsonable(ChildInput, payload["data"]),
    )


def pending_drafts(database: str) -> tuple[list[Draft], list[Path]]:
    """The drafts left for ``database`` (oldest first), and the damaged files set aside now."""
    folder = drafts_dir()
    drafts: list[Draft] = []
    damaged: list[Path] = []
    if not folder.is_dir():
        return drafts, damaged
    for path in sorted(folder.glob("*.json")):
        try:
            draft = read_draft(path)
        except (OSError, ValueError, KeyError, TypeError):  # JSONDecodeError is a ValueError
            aside = path.with_name(path.name + ".damaged")
            try:
                os.replace(path, aside)
            except OSError:
                aside = path
            damaged.append(aside)
            continue
        if draft.database == database:
            drafts.append(draft)
    drafts.sort(key=lambda d: d.saved_at)
    return drafts, damaged


def offer_drafts(host: Any, parent: Any) -> list[Any]:
    """At start: offer back each draft of the open database; tell about damaged ones. The forms opened."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.child_form import ChildForm

    drafts, damaged = pending_drafts(host.services.info.display)
    if damaged:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Drafts", "Damaged draft"),
            QCoreApplication.translate(
                "Drafts", "A draft of an unsaved form could not be read and was set aside, not deleted:\n{0}"
            ).format("\n".join(str(p) for p in damaged)),
        )
    opened = []
    for draft in drafts:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Drafts", "Unsaved form from last time"),
            QCoreApplication.translate(
                "Drafts",
                "The form “{0}” was not saved when the program closed ({1}). Open it again with what was typed?",
            ).format(draft.title or draft.data.name, draft.saved_at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("draftOffer")
        restore = box.addButton(
            QCoreApplication.translate("Drafts", "Open the draft"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("Drafts", "Discard the draft"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QCoreApplication.translate("Drafts", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is discard:
            remove_draft(draft.path)
        elif box.clickedButton() is restore:
            form = ChildForm.from_draft(host, draft, parent)
            if form is not None:
                opened.append(form)
    return opened
