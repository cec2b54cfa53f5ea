"""Typed errors of the core.

Every error carries a stable ``code`` and the ``fields`` it concerns, plus
parameters for the message. The wording (Chinese by default, English on
request) lives in :mod:`special_ed.messages` and is produced when the error is
shown (``message(lang)``), in the language of whoever reads it; the CLI and the
UI say the same thing and tests can assert on codes rather than prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from special_ed import messages


@dataclass(frozen=True)
class Issue:
    """One problem with one field (or with the record as a whole when ``field`` is empty)."""

    code: str
    field: str = ""
    params: dict[str, Any] = dc_field(default_factory=dict)
    severity: str = "error"  # "error" blocks a save; "warning" is shown but allowed

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def message(self, lang: str = "zh") -> str:
        return messages.describe_issue(self, lang)


class SpecialEdError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code)

    def __str__(self) -> str:
        # Worded when shown (a log, a traceback), not when raised: the language may change in between.
        return self.message("en")

    def message(self, lang: str = "zh") -> str:
        return messages.describe_error(self, lang)


class ValidationError(SpecialEdError):
    """A record failed validation; ``issues`` lists every problem found, not just the first."""

    code = "validation"

    def __init__(self, issues: list[Issue], **params: Any) -> None:
        self.issues = [i for i in issues if i.is_error]
        self.warnings = [i for i in issues if not i.is_error]
        super().__init__("validation", count=len(self.issues), **params)

    @property
    def fields(self) -> list[str]:
        return [i.field for i in self.issues]


class NotFoundError(SpecialEdError):
    code = "not_found"


class ConflictError(SpecialEdError):
    """Somebody else changed the record since it was read (optimistic locking)."""

    code = "conflict"


class DatabaseError(SpecialEdError):
    """The database cannot be used: locked, read-only, corrupt, newer schema, unreachable."""

    code = "database"


class PermissionDeniedError(SpecialEdError):
    code = "permission"


class CancelledError(SpecialEdError):
    code = "cancelled"
