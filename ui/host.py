"""``ServiceHost``: the services, the one way to run work, and the change signal, in one object.

The main window owns one and offers it to its pages (it *is* their :class:`ui.pages.Host`);
a dialog opened without a window, or a test, makes its own. Either way every commit made
by any service — on any thread — reaches ``changes`` on the GUI thread, so a widget never
needs to be told by the code that wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from special_ed.progress import Progress
from ui.operations import ChangeRelay, Operation

if TYPE_CHECKING:
    from special_ed.bootstrap import App

T = TypeVar("T")


class ServiceHost(QObject):
    changes = Signal(object)  # Changes

    def __init__(self, services: App, widget: QWidget | None = None) -> None:
        super().__init__(widget)
        self._services = services
        self._widget = widget  # progress dialogs and error boxes are modal to it
        self._relay = ChangeRelay(services.changes, self)
        self._relay.changes.connect(self.changes.emit)

    @property
    def services(self) -> App:
        return self._services

    def run(
        self,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None] | None = None,
        label: str = "",
        on_failure: Callable[[BaseException, str], None] | None = None,
    ) -> Operation[T]:
        return Operation(self._widget, work, on_success, on_failure, label=label)

    def close(self) -> None:
        """Stop listening to the database's changes (it is being closed or switched)."""
        self._relay.close()
