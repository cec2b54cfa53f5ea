"""文件 → 备份/恢复: backups on demand, restores into a new file, and the daily automatic backup.

The folder of automatic backups and how many to keep are this PC's choice (QSettings: a USB
stick here, a share there); the passphrase of automatic backups lives in the OS keyring when the
PC has one, and is asked for at the first start of the day when it has not. The status bar shows
the age of the newest backup and turns into a warning when it is older than a week.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from special_ed.errors import SpecialEdError
from ui import prefs

MIN_PASSPHRASE = 8  # the same rule as special_ed.backup.container.MIN_PASSPHRASE
FOLDER_KEY = "backup/folder"
KEEP_KEY = "backup/keep"
DEFAULT_KEEP = 10


def auto_folder() -> Path | None:
    value = str(prefs.prefs().value(FOLDER_KEY, "") or "")
    return Path(value) if value else None


def auto_keep() -> int:
    try:
        return max(1, int(str(prefs.prefs().value(KEEP_KEY, DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


class PassphraseDialog(QDialog):
    """One passphrase (to open a backup) or the same one twice (to make one)."""

    def __init__(self, parent: QWidget | None, *, confirm: bool, message: str = "", title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title or QCoreApplication.translate("Backup", "Backup passphrase"))
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("passphraseHint")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Backup", "Passphrase:"), self.first)
        if confirm:
            form.addRow(QCoreApplication.translate("Backup", "Again:"), self.second)
        self.second.setVisible(confirm)
        self._confirm = confirm
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if message:
            text = QLabel(message)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.first.text()
        problem = ""
        if self._confirm and len(text) < MIN_PASSPHRASE:
            problem = QCoreApplication.translate("Backup", "At least {0} characters.").format(MIN_PASSPHRASE)
        elif self._confirm and text != self.second.text():
            problem = QCoreApplication.translate("Backup", "The two entries differ.")
        elif not text:
            problem = QCoreApplication.translate("Backup", "Enter the passphrase.")
        self.hint.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def passphrase(self) -> str:
        return self.first.text()


class AutoBackupDialog(QDialog):
    """Where the daily backups go, how many are kept, and their passphrase."""

    def __init__(self, parent: QWidget | None, keyring_available: bool) -> None:
        super().__init__(parent)
        self.setObjectName("autoBackupDialog")
        self.setWindowTitle(QCoreApplication.translate("Backup", "Automatic backups"))
        folder = auto_folder()
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setObjectName("backupFolder")
        browse = QPushButton(QCoreApplication.translate("Backup", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(auto_keep())
        self.first = QLineEdit()
        self.first.setObjectName("autoPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("autoPassphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Backup", "Folder (USB stick or network share):"), row)
        form.addRow(QCoreApplication.translate("Backup", "Backups kept:"), self.keep)
        form.addRow(QCoreApplication.translate("Backup", "Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("Backup", "Again:"), self.second)
        note = QLabel(
            QCoreApplication.translate("Backup", "The passphrase is kept in this computer's keyring.")
            if keyring_available
            else QCoreApplication.translate(
                "Backup",
                "This computer has no keyring: the passphrase is asked for at the first start of each day.",
            )
        )
        note.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("autoBackupHint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Backup",
                    "On the first start of each day a backup is written to this folder; older ones are removed.",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for edit in (self.folder, self.first, self.second):
            edit.textChanged.connect(self._check)
        self._check()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("Backup", "Folder for automatic backups"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _check(self) -> None:
        problem = ""
        if self.folder.text().strip() and not Path(self.folder.text().strip()).is_dir():
            problem = QCoreApplication.translate("Backup", "The folder does not exist.")
        elif self.first.text() and len(self.first.text()) < MIN_PASSPHRASE:
            problem = QCoreApplication.translate("Backup", "At least {0} characters.").format(MIN_PASSPHRASE)
        elif self.first.text() != self.second.text():
            problem = QCoreApplication.translate("Backup", "The two entries differ.")
        self.hint.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def save(self) -> None:
        store = prefs.prefs()
        store.setValue(FOLDER_KEY, self.folder.text().strip())
        store.setValue(KEEP_KEY, self.keep.value())


def suggested_target(source: Path, folder: Path | None = None) -> Path:
    """A new database file for restoring ``source``: in the application's data folder, named after the
    backup, never an existing file (the restore only writes into a new, empty database)."""
    from special_ed.locations import default_data_dir

    folder = folder if folder is not None else default_data_dir()
    candidate = folder / f"{source.stem}.sqlite3"
    n = 2
    while candidate.exists():
        candidate = folder / f"{source.stem}-{n}.sqlite3"
        n += 1
    return candidate


class RestoreDialog(QDialog):
    """Restoring one backup file: into which new database file, with which passphrase."""

    def __init__(self, parent: QWidget | None, source: Path, target: Path) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)  # room for a path and file name
        self.setWindowTitle(QCoreApplication.translate("Backup", "Restore from a backup"))
        self.source = source
        shown = QLabel(str(source))
        shown.setObjectName("restoreSource")
        shown.setWordWrap(True)
        self.target = QLineEdit(str(target))
        self.target.setObjectName("restoreTarget")
        browse = QPushButton(QCoreApplication.translate("Backup", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Backup", "Backup file:"), shown)
        form.addRow(QCoreApplication.translate("Backup", "New database file:"), row)
        form.addRow(QCoreApplication.translate("Backup", "Passphrase:"), self.passphrase_edit)
        self.hint = QLabel()
        self.hint.setObjectName("restoreHint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "Backup", "The database open now stays as it is; the backup is restored into a new file."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.target.textChanged.connect(self._check)
        self.passphrase_edit.textChanged.connect(self._check)
        self._check()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Backup", "Restore into a new database file"),
            self.target.text(),
            QCoreApplication.translate("Backup", "Database (*.sqlite3)"),
        )
        if chosen:
            self.target.setText(chosen)

    def _check(self) -> None:
        problem = ""
        target = self.target_path()
        if target is None:
            problem = QCoreApplication.translate("Backup", "Choose the new database file.")
        elif target.exists():
            problem = QCoreApplication.translate("Backup", "{0} exists already: choose a new file.").format(
                str(target)
            )
        elif not self.passphrase_edit.text():
            problem = QCoreApplication.translate("Backup", "Enter the passphrase.")
        self.hint.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def target_path(self) -> Path | None:
        text = self.target.text().strip()
        return Path(text) if text else None

    def passphrase(self) -> str:
        return self.passphrase_edit.text()


class BackupController(QObject):
    """The menu entries, the status-bar age and the automatic backup of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        host: Any,
        menu: QMenu,
        before: QAction | None = None,
        open_url: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.open_url = open_url  # offered after a restore: switch the window to the restored database
        self.backup_action = QAction(QCoreApplication.translate("Backup", "&Back up the database…"), window)
        self.backup_action.setObjectName("action_backup")
        self.backup_action.triggered.connect(lambda: self.backup_now())
        self.restore_action = QAction(QCoreApplication.translate("Backup", "&Restore from a backup…"), window)
        self.restore_action.setObjectName("action_restore")
        self.restore_action.triggered.connect(lambda: self.restore())
        self.auto_action = QAction(QCoreApplication.translate("Backup", "&Automatic backups…"), window)
        self.auto_action.setObjectName("action_auto_backup")
        self.auto_action.triggered.connect(lambda: self.configure())
        for action in (self.backup_action, self.restore_action, self.auto_action):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)  # where the window keeps their place
        self.label = QLabel()
        self.label.setObjectName("backupAgeLabel")
        window.statusBar().addPermanentWidget(self.label)
        self.refresh_age()

    @property
    def service(self) -> Any:
        return self.host.services.backups

    # -- status bar -----------------------------------------------------------------------
    def refresh_age(self, now: datetime | None = None) -> None:
        folder = auto_folder()
        age = self.service.newest(folder, now)
        if folder is None:
            text = QCoreApplication.translate("Backup", "Automatic backups are off")
            stale = True
        elif age.taken is None:
            text = QCoreApplication.translate("Backup", "No backup yet")
            stale = True
        else:
            days = (age.now.date() - age.taken.date()).days
            if days == 0:
                text = QCoreApplication.translate("Backup", "Newest backup: today {0}").format(
                    age.taken.strftime("%H:%M")
                )
            elif days == 1:
                text = QCoreApplication.translate("Backup", "Newest backup: yesterday {0}").format(
                    age.taken.strftime("%H:%M")
                )
            else:
                text = QCoreApplication.translate("Backup", "Newest backup: {0} days ago").format(days)
            stale = age.stale
            if stale:
                text = QCoreApplication.translate("Backup", "{0} — over a week old, back up soon").format(
                    text
                )
        self.label.setText(text)
        self.label.setProperty("stale", stale)
        self.label.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")
        self.label.setToolTip(str(age.path) if age.path else "")

    # -- on demand --------------------------------------------------------------------------
    def backup_now(self, path: Path | None = None, passphrase: str | None = None) -> Any:
        if path is None:
            suggested = f"special-ed-{datetime.now():%Y%m%d-%H%M}.sebak"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("Backup", "Back up the database"),
                suggested,
                QCoreApplication.translate("Backup", "Backups (*.sebak)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".sebak") else chosen + ".sebak")
        if passphrase is None:
            dialog = PassphraseDialog(
                self.window,
                confirm=True,
                message=QCoreApplication.translate(
                    "Backup",
                    "The backup is encrypted. Without this passphrase nobody can restore it — keep it safe.",
                ),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.passphrase()
        service, target, secret = self.service, path, passphrase

        def done(result: Any) -> None:
            self.host.show_status(
                QCoreApplication.translate("Backup", "Backed up {0} rows to {1}").format(
                    result.rows, str(result.path)
                ),
                10000,
            )
            self.refresh_age()

        return self.host.run(
            lambda p: service.backup_to(target, secret, p),
            done,
            QCoreApplication.translate("Backup", "Backing up…"),
        )

    def restore(
        self, path: Path | None = None, target: Path | None = None, passphrase: str | None = None
    ) -> Any:
        """Restore ``path`` into the new file ``target``; what is not given is asked for (the file in a
        file dialog, the rest in the restore dialog, which is returned then)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Backup", "Restore from a backup"),
                "",
                QCoreApplication.translate("Backup", "Backups (*.sebak)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if target is None or passphrase is None:
            return self.ask_restore(path, target)
        from special_ed.db_key import file_url
        from ui.startup import database_passphrase

        url = file_url(target)  # a new file is encrypted (SQLCipher), its key in the keyring
        try:
            db_passphrase = database_passphrase(url, self.service.secrets, parent=self.window)
        except SpecialEdError as exc:
            from ui.errors import describe

            QMessageBox.warning(
                self.window, QCoreApplication.translate("Backup", "Restore from a backup"), describe(exc)
            )
            return None
        service, source, secret = self.service, path, passphrase

        title = QCoreApplication.translate("Backup", "Restore from a backup")
        open_url = self.open_url

        def done(result: Any) -> None:
            if open_url is None:
                QMessageBox.information(
                    self.window,
                    title,
                    QCoreApplication.translate(
                        "Backup",
                        "{0} rows were restored into {1}. Open it with File → Open or connect a database.",
                    ).format(result.rows, str(target)),
                )
                return
            answer = QMessageBox.question(
                self.window,
                title,
                QCoreApplication.translate(
                    "Backup", "{0} rows were restored into {1}. Open it now (the window switches to it)?"
                ).format(result.rows, str(target)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                open_url(url)

        return self.host.run(
            lambda p: service.restore_to(source, url, secret, p, db_passphrase=db_passphrase),
            done,
            QCoreApplication.translate("Backup", "Restoring…"),
        )

    def ask_restore(self, path: Path, target: Path | None = None) -> RestoreDialog | None:
        """The restore dialog for one backup file (a double-clicked .sebak, or the one chosen in the menu);
        a file that is not a readable backup is said at once, before any passphrase is asked for."""
        from special_ed.backup.container import open_backup
        from special_ed.errors import SpecialEdError
        from ui.errors import describe

        title = QCoreApplication.translate("Backup", "Restore from a backup")
        try:
            fh, _header = open_backup(path)
            fh.close()
        except (SpecialEdError, OSError) as exc:
            text = describe(exc) if isinstance(exc, SpecialEdError) else f"{path}: {exc.strerror or exc}"
            QMessageBox.warning(self.window, title, text)
            return None
        dialog = RestoreDialog(self.window, path, target or suggested_target(path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            chosen = dialog.target_path()
            if chosen is not None:
                chosen.parent.mkdir(parents=True, exist_ok=True)
                self.restore(path, chosen, dialog.passphrase())

        dialog.accepted.connect(accepted)
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    # -- automatic ---------------------------------------------------------------------------
    def configure(self) -> bool:
        dialog = AutoBackupDialog(self.window, self.service.secrets.available())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        if dialog.first.text():
            self.service.save_passphrase(dialog.first.text())
        self.refresh_age()
        return True

    def maybe_auto_backup(self, now: datetime | None = None) -> Any:
        """On the first start of the day: back up into the chosen folder (asking for the passphrase
        only where the keyring cannot keep it)."""
        folder = auto_folder()
        if folder is None or not self.service.due(folder, now):
            return None
        if not folder.is_dir():
            self.host.show_status(
                QCoreApplication.translate(
                    "Backup", "The automatic backup folder {0} is not available"
                ).format(str(folder)),
                15000,
            )
            return None
        passphrase = self.service.saved_passphrase()
        if passphrase is None:
            dialog = PassphraseDialog(
                self.window,
                confirm=False,
                message=QCoreApplication.translate("Backup", "Passphrase for today's automatic backup:"),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.passphrase()
        service, keep, secret = self.service, auto_keep(), passphrase

        def done(result: Any) -> None:
            self.host.show_status(
                QCoreApplication.translate("Backup", "Automatic backup written to {0}").format(
                    str(result.path)
                ),
                10000,
            )
            self.refresh_age()

        return self.host.run(
            lambda p: service.auto_backup(folder, secret, keep, p, now),
            done,
            QCoreApplication.translate("Backup", "Automatic backup…"),
        )

    def start(self) -> None:
        QTimer.singleShot(0, self.maybe_auto_backup)
