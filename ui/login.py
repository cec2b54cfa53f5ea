"""Login before the main window, the must-change-password dialog, and the idle lock.

A database with accounts opens on :class:`LoginDialog`; the password check (Argon2, ~0.3 s) runs on a
worker through :class:`ui.operations.Operation`, never on the GUI thread. :class:`IdleLock` watches the
application's input events and, after the county's idle time (``Settings.idle_lock_minutes``, set by
an administrator in 设置), covers the window with :class:`UnlockDialog` until the same account's
password is typed again. The time is read on every check, so a new value applies without a restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.operations import Operation


def idle_minutes(services: Any) -> int:
    """The county's idle time before a logged-in window locks (the cached settings: no query)."""
    return int(services.settings.get().idle_lock_minutes)


class _PasswordForm(QDialog):
    """A form whose check runs in the background; the message line says what went wrong."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.busy: Operation[Any] | None = None

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))

        def failed(exc: BaseException, _trace: str) -> None:
            self.busy = None
            self.buttons.setEnabled(True)
            self.message.setText(describe(exc))

        def succeeded(value: Any) -> None:
            self.busy = None
            self.buttons.setEnabled(True)
            self.message.clear()
            done(value)

        self.busy = Operation(self, lambda _p: work(), succeeded, failed, delay_ms=None)

    def _submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_PasswordForm):
    """Who is working: login name and password; wrong password and lock-out are said in the dialog."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Log in"))
        self.services = services
        self.login = QLineEdit()
        self.login.setObjectName("loginName")
        self.password = self._password_field()
        self.password.setObjectName("loginPassword")
        self.form.addRow(self.tr("Login name"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(QLabel(self.tr("Database: {0}").format(services.info.display)))

    def _submit(self) -> None:
        name, password = self.login.text().strip(), self.password.text()
        self.password.clear()  # the clear text lives no longer than the check
        self._run(lambda: self.services.accounts.login(name, password), lambda _actor: self.accept())


class ChangePasswordDialog(_PasswordForm):
    """A new password, required after an administrator created or reset the account."""

    def __init__(self, services: Any, parent: QWidget | None = None, required: bool = True) -> None:
        super().__init__(parent, self.tr("Change the password"))
        self.services = services
        if required:
            self.form.addRow(QLabel(self.tr("This password was set by an administrator: choose your own.")))
        self.old = self._password_field()
        self.new = self._password_field()
        self.again = self._password_field()
        self.old.setObjectName("oldPassword")
        self.new.setObjectName("newPassword")
        self.again.setObjectName("againPassword")
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.again)

    def _submit(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        old, new = self.old.text(), self.new.text()
        for field in (self.old, self.new, self.again):
            field.clear()
        self._run(lambda: self.services.accounts.change_own_password(old, new), lambda _actor: self.accept())


class UnlockDialog(_PasswordForm):
    """The window locked after idle time: the same account's password opens it again."""

    def __init__(self, services: Any, parent: QWidget | None = None, minutes: int | None = None) -> None:
        super().__init__(parent, self.tr("Locked"))
        self.services = services
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        text = self.tr("The window was locked after {0} minutes without use. {1}, enter your password to continue.")
        shown = idle_minutes(services) if minutes is None else minutes
        self.form.addRow(QLabel(text.format(shown, services.actor.shown_name)))
        self.password = self._password_field()
        self.password.setObjectName("unlockPassword")
        self.form.addRow(self.tr("Password"), self.password)

    def _submit(self) -> None:
        name, password = self.services.actor.name, self.password.text()
        self.password.clear()
        self._run(lambda: self.services.accounts.login(name, password), lambda _actor: self.accept())


def log_in(services: Any, parent: QWidget | None = None) -> bool:
    """Before the main window: log in (and change a preset password) when the database has accounts."""
    if not services.actor.locked:
        return True  # single-user mode
    if LoginDialog(services, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    if services.actor.must_change_password:
        return ChangePasswordDialog(services, parent).exec() == QDialog.DialogCode.Accepted
    return True


class IdleLock(QObject):
    """Locks ``window`` after the county's idle time without keyboard or mouse input (accounts only).

    ``minutes`` fixes the time (tests); by default it is the settings' value, read at every check
    so that an administrator's change in 设置 applies at once. Every ``REFRESH_S`` the settings
    are re-read in the background, so a change made in another office applies here too.
    """

    REFRESH_S = 300

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, window: QWidget, services: Any, clock: Callable[[], float] = time.monotonic,
                 minutes: int | None = None, on_quit: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.clock = clock
        self._fixed = minutes
        self.on_quit = on_quit or window.close
        self.last_input = clock()
        self._refreshed = clock()
        self.refresh: Operation[Any] | None = None
        self.locked = False
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        if (minutes is None or minutes) and services.actor.account_id is not None:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.timer.start()

    @property
    def minutes(self) -> int:
        return idle_minutes(self.services) if self._fixed is None else self._fixed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in self.INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.locked or self.services.actor.account_id is None:
            return
        if self._fixed is None and self.refresh is None and self.clock() - self._refreshed >= self.REFRESH_S:
            self._refresh_settings()
        minutes = self.minutes
        if minutes and self.clock() - self.last_input >= minutes * 60:
            self.lock()

    def _refresh_settings(self) -> None:
        """Re-read the county's settings on a worker (another office may have changed the idle time)."""
        self._refreshed = self.clock()
        settings = self.services.settings

        def done(_result: object = None) -> None:
            self.refresh = None

        def failed(_exc: BaseException, _trace: str) -> None:
            self.refresh = None  # the database is unreachable now: the next refresh tries again

        self.refresh = Operation(self.window, lambda _p: settings.get(refresh=True), done, failed, delay_ms=None)

    def _content(self) -> QWidget | None:
        return self.window.centralWidget() if isinstance(self.window, QMainWindow) else None

    def lock(self) -> None:
        self.locked = True
        content = self._content()
        if content is not None:
            content.setVisible(False)  # children's data is not left on an unattended screen
        self.dialog = UnlockDialog(self.services, self.window, self.minutes)
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self, result: int) -> None:
        self.locked = False
        content = self._content()
        if content is not None:
            content.setVisible(True)
        self.dialog = None
        self.last_input = self.clock()
        if result != QDialog.DialogCode.Accepted.value:
            self.on_quit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
