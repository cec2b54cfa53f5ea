"""What a main-window page is: its spec (key, title, icon, factory) and what it may use from the window.

The pages themselves are listed in :mod:`ui.default_pages`; the main window shows exactly
those, in order, so there is never a navigation entry without a page behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QStyle, QWidget

from special_ed.changes import Changes
from special_ed.progress import Progress

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from special_ed.bootstrap import App
    from ui.operations import Operation

T = TypeVar("T")


class WorkHost(Protocol):
    """What a widget needs to read and write: the services, a way to run work, and what changed.

    The main window is one; :class:`ui.host.ServiceHost` is the same without a window (dialogs
    opened on their own, tests)."""

    @property
    def services(self) -> App: ...

    @property
    def changes(self) -> SignalInstance: ...  # emits Changes on the GUI thread after every commit

    def run(
        self,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None] | None = None,
        label: str = "",
        on_failure: Callable[[BaseException, str], None] | None = None,
    ) -> Operation[T]:
        """Run ``work(progress)`` on a worker thread; the callbacks run on the GUI thread.

        Without ``on_failure`` an error is shown in a message box. A dialog with Cancel appears
        when the work takes over 300 ms."""
        ...


class Host(WorkHost, Protocol):
    """What a page may use from the main window."""

    def show_page(self, key: str, **options: Any) -> QWidget | None: ...

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
