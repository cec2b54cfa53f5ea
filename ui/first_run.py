"""First-run dialog: open the demo county, create an empty database, or connect to a server.

Returns a :class:`DatabaseChoice`; the caller builds the application on it. Testing a
server connection runs in the background with the tester the caller provides (the core
opens the connection: the UI never imports a database driver).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from special_ed.db_key import ENCRYPTED_SCHEME, file_url
from special_ed.locations import DEFAULT_DB_NAME
from ui.errors import describe
from ui.operations import Operation

DEMO, EMPTY, SERVER = "demo", "empty", "server"


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str  # DEMO, EMPTY or SERVER
    url: str

    @property
    def path(self) -> Path | None:
        for prefix in ("sqlite:///", ENCRYPTED_SCHEME + ":///"):
            if self.url.startswith(prefix):
                return Path(self.url.removeprefix(prefix))
        return None


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    credentials = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
    return f"postgresql+psycopg://{credentials}@{host}:{port}/{quote(database, safe='')}"


class FirstRunDialog(QDialog):
    def __init__(self, data_dir: Path, tester: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome — choose a database"))
        self._tester = tester
        self._data_dir = data_dir
        self.choice: DatabaseChoice | None = None

        intro = QLabel(self.tr("The application keeps its records in a database. Choose how to start:"))
        intro.setWordWrap(True)
        self.demo_radio = QRadioButton(self.tr("Open the demo county (565 children, for trying things out)"))
        self.empty_radio = QRadioButton(self.tr("Create an empty database on this computer"))
        self.server_radio = QRadioButton(
            self.tr("Connect to a server database (PostgreSQL, shared by offices)")
        )
        group = QButtonGroup(self)
        for button in (self.demo_radio, self.empty_radio, self.server_radio):
            group.addButton(button)
        self.demo_radio.setChecked(True)

        self.file_edit = QLineEdit(str(data_dir / DEFAULT_DB_NAME))  # the file the CLI opens without --db
        self.file_edit.setObjectName("fileEdit")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.file_box = QGroupBox(self.tr("Database file"))
        self.file_box.setLayout(file_row)

        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("special_ed")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.test_button, self.test_result)
        self.server_box = QGroupBox(self.tr("Server"))
        self.server_box.setLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for widget in (
            self.demo_radio,
            self.empty_radio,
            self.file_box,
            self.server_radio,
            self.server_box,
            self.buttons,
        ):
            layout.addWidget(widget)
        group.buttonToggled.connect(self._sync)
        self._sync()
        self.resize(560, 0)

    def _sync(self, *_args: object) -> None:
        self.file_box.setEnabled(self.empty_radio.isChecked())
        self.server_box.setEnabled(self.server_radio.isChecked())
        self.test_result.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.file_edit.text(), self.tr("SQLite database (*.sqlite3 *.db)")
        )
        if path:
            self.file_edit.setText(path)

    def server_url(self) -> str:
        return postgres_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def _server_problem(self) -> str:
        if not self.host.text().strip():
            return self.tr("Enter the server's name or address.")
        if not self.database.text().strip():
            return self.tr("Enter the database name.")
        if not self.user.text().strip():
            return self.tr("Enter the user name.")
        return ""

    def test_connection(self) -> Operation[None] | None:
        problem = self._server_problem()
        if problem:
            self.test_result.setText(problem)
            return None
        url = self.server_url()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))

        def done(_result: object) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Connection succeeded."))

        def failed(exc: BaseException, _trace: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Connection failed: {0}").format(describe(exc)))

        return Operation(
            self,
            lambda _progress: self._tester(url),
            done,
            failed,
            label=self.tr("Connecting to the server…"),
        )

    def _accept(self) -> None:
        if self.demo_radio.isChecked():
            self.choice = DatabaseChoice(DEMO, sqlite_url(self._data_dir / "demo-county.sqlite3"))
        elif self.empty_radio.isChecked():
            text = self.file_edit.text().strip()
            if not text:
                self.file_edit.setFocus()
                return
            # a new file is encrypted (SQLCipher, the key in the keyring); an existing one opens as it is
            self.choice = DatabaseChoice(EMPTY, file_url(Path(text).expanduser()))
        else:
            problem = self._server_problem()
            if problem:
                self.test_result.setText(problem)
                return
            self.choice = DatabaseChoice(SERVER, self.server_url())
        self.accept()


def describe_url(url: str) -> str:
    """The database location for people: a file path, or the server without its password."""
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    if url.startswith(ENCRYPTED_SCHEME + ":///"):
        return url.removeprefix(ENCRYPTED_SCHEME + ":///")
    if "@" in url:
        scheme, rest = url.split("://", 1)
        credentials, location = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme.split('+')[0]}://{user}@{location}"
    return url


__all__ = ["DEMO", "EMPTY", "SERVER", "DatabaseChoice", "FirstRunDialog", "describe_url"]
