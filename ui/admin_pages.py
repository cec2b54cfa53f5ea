"""Administrators' pages: accounts (create, disable, reset) and the audit viewer (filter, export).

Both are model/view (QAbstractTableModel); every call runs through ``host.run`` on a worker and the
service decides the right (a non-administrator who reached the page would be refused there).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.access import AccountInput, AccountRow, Role
from special_ed.domain.audit_view import ACTION_LABELS, AuditFilter, AuditRow
from ui.errors import describe
from ui.pages import Host

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self.rows[index.row()], index.column())
        return None


class AccountsModel(_RowsModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("Login name"), self.tr("Display name"), self.tr("Role"), self.tr("Scope"),
                        self.tr("State"), self.tr("Last login"))

    def cell(self, row: AccountRow, column: int) -> str:
        if column == 0:
            return row.login
        if column == 1:
            return row.display_name
        if column == 2:
            return row.role.label
        if column == 3:
            return row.scope_label
        if column == 4:
            parts = [self.tr("active") if row.active else self.tr("disabled")]
            if row.locked_until is not None:
                parts.append(self.tr("locked until {0}").format(f"{row.locked_until:%Y-%m-%d %H:%M}"))
            if row.must_change_password:
                parts.append(self.tr("must change password"))
            return "，".join(parts)
        return f"{row.last_login_at:%Y-%m-%d %H:%M}" if row.last_login_at else ""


class AuditModel(_RowsModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("Time"), self.tr("Who"), self.tr("What"), self.tr("Record"), self.tr("Action"),
                        self.tr("Child"), self.tr("Changes"))

    def cell(self, row: AuditRow, column: int) -> str:
        values = (f"{row.at:%Y-%m-%d %H:%M:%S}", row.user, row.table_label(), row.record_id, row.action_label(),
                  str(row.child_id) if row.child_id is not None else "", row.describe())
        return values[column]


class NewAccountDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        form = QFormLayout(self)
        self.login = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("township, school or team name (for those roles)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Display name"), self.display)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Initial password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> AccountInput:
        role = str(self.role.currentData())
        scope = self.scope.text().strip()
        return AccountInput(
            self.login.text().strip(), role, self.password.text(), self.display.text().strip(),
            township=scope if role == Role.TOWNSHIP else "",
            school=scope if role == Role.SCHOOL else "",
            team=scope if role == Role.TEACHER else "",
        )


class AccountsPage(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.model = AccountsModel()
        self.view = QTableView()
        self.view.setObjectName("accountsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New account…"), self.new_account), (self.tr("Disable"), self.disable),
                           (self.tr("Enable"), self.enable), (self.tr("Reset password…"), self.reset)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        host.changes.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(Change.ACCOUNTS):
            self.refresh()

    def commands(self) -> dict[str, Any]:
        return {"refresh": self.refresh}

    def refresh(self) -> None:
        accounts = self.host.services.accounts
        self.host.run(lambda _p: accounts.rows(), self.model.set_rows, on_failure=self._failed)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.message.setText(describe(exc))

    def _done(self, _row: Any) -> None:
        # the list itself refreshes from the committed change (apply_changes: Change.ACCOUNTS)
        self.message.clear()

    def selected(self) -> AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def new_account(self) -> None:
        dialog = NewAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.password.text() != dialog.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        data = dialog.value()
        accounts = self.host.services.accounts
        self.host.run(lambda _p: accounts.create(data), self._done, on_failure=self._failed)

    def _on_selected(self, what: str) -> None:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Choose an account first."))
            return
        accounts = self.host.services.accounts
        call = accounts.disable if what == "disable" else accounts.enable
        self.host.run(lambda _p: call(row.login), self._done, on_failure=self._failed)

    def disable(self) -> None:
        self._on_selected("disable")

    def enable(self) -> None:
        self._on_selected("enable")

    def reset(self) -> None:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Choose an account first."))
            return
        from PySide6.QtWidgets import QInputDialog

        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {0}:").format(row.login),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        accounts = self.host.services.accounts
        self.host.run(lambda _p: accounts.reset(row.login, password), self._done, on_failure=self._failed)


class AuditPage(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.model = AuditModel()
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("login name"))
        self.child = QLineEdit()
        self.child.setPlaceholderText(self.tr("child number"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("all actions"), "")
        for code, label in ACTION_LABELS.items():
            self.kind.addItem(label, code)
        self.use_dates = QCheckBox(self.tr("From"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        verify = QPushButton(self.tr("Verify the chain"))
        verify.clicked.connect(self.verify)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Who")), self.user, QLabel(self.tr("Child")), self.child, self.kind,
                       self.use_dates, self.since, QLabel(self.tr("to")), self.until, show, export, verify):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.refresh()

    def commands(self) -> dict[str, Any]:
        return {"refresh": self.refresh, "export": self.export}

    def current_filter(self) -> AuditFilter | None:
        child_text = self.child.text().strip()
        if child_text and not child_text.isdigit():
            self.message.setText(self.tr("The child number must be a number: “{0}”.").format(child_text))
            return None
        since: date | None = None
        until: date | None = None
        if self.use_dates.isChecked():
            d1, d2 = self.since.date(), self.until.date()
            since = date(d1.year(), d1.month(), d1.day())
            until = date(d2.year(), d2.month(), d2.day())
        return AuditFilter(since=since, until=until, user=self.user.text().strip(),
                           child_id=int(child_text) if child_text else None, kind=str(self.kind.currentData()))

    def refresh(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        audit = self.host.services.audit

        def shown(rows: list[AuditRow]) -> None:
            self.model.set_rows(rows)
            self.message.setText(self.tr("{0} entries (newest first)").format(len(rows)))

        self.host.run(lambda _p: audit.entries(f), shown, on_failure=self._failed)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.message.setText(describe(exc))

    def export(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit"), f"audit-{date.today()}.xlsx",
                                                self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        audit = self.host.services.audit
        self.host.run(lambda p: audit.export_xlsx(path, f, p),
                      lambda n: self.message.setText(self.tr("Exported {0} entries to {1}").format(n, str(path))),
                      label=self.tr("Exporting the audit…"), on_failure=self._failed)

    def verify(self) -> None:
        audit = self.host.services.audit

        def shown(report: Any) -> None:
            if report.intact:
                self.message.setText(self.tr("The audit is complete: {0} entries, no break in the chain.")
                                     .format(report.rows))
                return
            from special_ed.errors import SpecialEdError

            lines = [SpecialEdError(code, id=ident if ident is not None else "?").message(self.host.lang())
                     for ident, code in report.problems]
            QMessageBox.warning(self, self.tr("The audit was tampered with"), "\n".join(lines))

        self.host.run(lambda _p: audit.verify(), shown, label=self.tr("Verifying the audit…"),
                      on_failure=self._failed)
