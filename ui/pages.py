"""What a main-window page is: its spec (key, title, icon, factory) and what it may use from the window.

The pages themselves are listed in :mod:`ui.default_pages`; the main window shows exactly
those, in order, so there is never a navigation entry without a page behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QStyle, QWidget

from ui.operations import Changes

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class Host(Protocol):
    """What a page may use from the main window."""

    @property
    def services(self) -> Any: ...  # special_ed.bootstrap.App

    @property
    def changes(self) -> SignalInstance: ...  # emits Changes after every operation that changed data

    def run(
        self,
        work: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        label: str = "",
        on_failure: Callable[[BaseException, str], None] | None = None,
    ) -> Any: ...

    def show_page(self, key: str, **options: Any) -> QWidget | None: ...

    def broadcast(self, changes: Changes) -> None: ...  # tell every page what an operation changed

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...

    def lang(self) -> str: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called at display time so the translation is current
    icon: QStyle.StandardPixmap
    factory: Callable[[Host], QWidget]
    needs: str = "read"  # the action the page is for; a page the actor may not use is not shown


class Page(Protocol):
    """Optional hooks a page widget may implement (checked with hasattr)."""

    def apply_changes(self, changes: Changes) -> None: ...
    def status_text(self) -> str: ...
    def open_with(self, **options: Any) -> None: ...
    def commands(self) -> dict[str, Callable[[], None]]: ...  # "export", "find", "new_child", "refresh"
