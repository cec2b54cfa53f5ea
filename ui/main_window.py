"""The main window: navigation between registered pages, menus, toolbar, status bar.

Pages are created lazily on first display so that start-up stays fast; the window
remembers its geometry and last page in QSettings. Commands (new child, find, export,
refresh) are offered by pages through ``commands()``; an action is enabled only when
the current page implements it, so no button ever does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from special_ed.changes import Changes
from special_ed.progress import Progress
from ui import prefs
from ui.backup_ui import BackupController
from ui.host import ServiceHost
from ui.operations import Operation
from ui.pages import PageSpec
from ui.screen_fit import centred, fit_size, fits, usable_area

if TYPE_CHECKING:
    from special_ed.bootstrap import App

T = TypeVar("T")


@dataclass(frozen=True)
class Command:
    key: str
    text: Callable[[], str]
    shortcut: QKeySequence | QKeySequence.StandardKey | str
    icon: QStyle.StandardPixmap
    page: str | None = None  # switch to this page before running (e.g. "new child" → registry)


class MainWindow(QMainWindow):
    changes = Signal(object)  # Changes, on the GUI thread, after every commit to the open database

    def __init__(
        self,
        services: App | None,
        database_label: str = "",
        on_open_database: Callable[[], None] | None = None,
        pages: list[PageSpec] | None = None,
        demo: bool = False,
        opening: bool = False,
        on_open_url: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        # every service commit (any thread) arrives here as Changes; pages listen to self.changes
        self.work: ServiceHost | None = None
        if services is not None:
            self._host_services(services)
        self.database_label = database_label
        self._on_open_database = on_open_database
        self._on_open_url = on_open_url  # switch to a database by URL (offered after a restore)
        # The throw-away demo county says so in every title, so nobody takes it for the county's data.
        self.demo = demo
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        if pages is None:
            from ui.default_pages import default_pages

            pages = default_pages()
        from special_ed.domain.access import allowed

        # administrators' pages only for those who may use them (the services check again)
        self._specs = [
            spec
            for spec in pages
            if spec.needs == "read" or services is None or allowed(services.actor, spec.needs)
        ]
        self._widgets: dict[str, QWidget] = {}
        self._command_actions: dict[str, tuple[QAction, Command]] = {}
        self._pending_row: int | None = None
        # start-up dialogs scheduled but not yet on screen (ui.app.Session.offer_restore; the self-check waits)
        self.pending_start_dialogs = 0
        # True while the database opens in the background (start-up): the window is a skeleton until
        # attach_services() brings the services, then the remembered page is created and loaded.
        self._opening = opening
        self.opening_label: QLabel | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(150, 38))
            self.nav.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{spec.key}")
            self.stack.addWidget(placeholder)
        # As wide as the longest title (English titles are longer than Chinese ones), never narrower than 160.
        self.nav.ensurePolished()  # the style sheet's larger navigation font must be in effect to measure
        widest = max((self.nav.fontMetrics().horizontalAdvance(s.title()) for s in self._specs), default=0)
        self.nav.setFixedWidth(max(160, widest + 80))  # icon, paddings, frame
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.db_label = QLabel(database_label)
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_actions()
        self.nav.currentRowChanged.connect(self._page_selected)
        self._restore()
        if opening:
            self._await_services()

    def _host_services(self, services: App) -> None:
        self.work = ServiceHost(services, self)
        self.work.changes.connect(self._changed)

    # ---- start-up: the window is shown before its database is open ------------------------------

    def _await_services(self) -> None:
        """The skeleton a coordinator sees at once: navigation, menus, a note in the page area."""
        self.nav.setEnabled(False)
        self.opening_label = QLabel(self.tr("Opening the database…"))
        self.opening_label.setObjectName("openingDatabase")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # After the pages' placeholders, so that each page's row stays its index in the stack.
        self.stack.addWidget(self.opening_label)
        self.stack.setCurrentWidget(self.opening_label)
        for action, _command in self._command_actions.values():
            action.setEnabled(False)
        if self.open_database_action is not None:
            self.open_database_action.setEnabled(False)  # one database opening at a time

    def attach_services(self, services: App, database_label: str) -> None:
        """The database is open: the backup entries, and the remembered page (created and loaded now)."""
        self._services = services
        self._host_services(services)
        self._opening = False
        self.database_label = database_label
        self.db_label.setText(database_label)
        self._build_backups()
        if self.open_database_action is not None:
            self.open_database_action.setEnabled(True)
        if self.opening_label is not None:
            self.stack.removeWidget(self.opening_label)
            self.opening_label.deleteLater()
            self.opening_label = None
        self.nav.setEnabled(True)
        hidden = self._hide_forbidden_pages(services)
        row = self._pending_row if self._pending_row is not None else 0
        if row in hidden:
            row = 0
        self._pending_row = None
        if self.nav.currentRow() == row:
            self._page_selected(row)
        else:
            self.nav.setCurrentRow(row)

    def _hide_forbidden_pages(self, services: App) -> set[int]:
        """The skeleton listed every page; once logged in, those the account may not use go."""
        from special_ed.domain.access import allowed

        hidden: set[int] = set()
        for row, spec in enumerate(self._specs):
            if spec.needs != "read" and not allowed(services.actor, spec.needs):
                hidden.add(row)
                self.nav.item(row).setHidden(True)
                action = self.findChild(QAction, f"action_page_{spec.key}")
                if action is not None:
                    action.setVisible(False)
                    action.setEnabled(False)
        return hidden

    # ---- Host protocol used by pages -----------------------------------------------------------

    @property
    def services(self) -> App:
        if self._services is None:
            raise RuntimeError("the database is still opening")  # no page exists yet to ask
        return self._services

    def run(
        self,
        work: Callable[[Progress], T],
        on_success: Callable[[T], object] | None = None,
        label: str = "",
        on_failure: Callable[[BaseException, str], object] | None = None,
    ) -> Operation[T]:
        if self.work is None:
            raise RuntimeError("the database is still opening")  # no page exists yet to ask
        return self.work.run(work, on_success, label, on_failure)

    def _changed(self, changes: Changes) -> None:
        self.changes.emit(changes)
        self.update_counts()

    def show_page(self, key: str, **options: Any) -> QWidget | None:
        for row, spec in enumerate(self._specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                if self._opening:
                    return None  # remembered: shown once the database is open
                widget = self._page_widget(row)
                if options and hasattr(widget, "open_with"):
                    widget.open_with(**options)
                return widget
        return None

    def after_show(self) -> None:
        """Work that starts once the window is up: a damaged database's warning, today's automatic backup."""
        if self._services is not None and self._services.damage_message():
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QMessageBox

            text = self._services.damage_message(self.lang())
            self.show_status(text, 0)
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Damaged database"), text))
            return  # no automatic backup of a damaged file over the good ones
        if self.backups is not None:
            self.backups.start()

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def lang(self) -> str:
        return prefs.language()

    # ---- pages ------------------------------------------------------------------------------------

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._widgets.get(key) if key else None

    def page(self, key: str) -> QWidget | None:
        return self._widgets.get(key)

    def _page_widget(self, row: int) -> QWidget:
        spec = self._specs[row]
        widget = self._widgets.get(spec.key)
        if widget is None:
            widget = spec.factory(self)
            widget.setObjectName(f"page_{spec.key}")
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if old is not None:  # the placeholder
                self.stack.removeWidget(old)
                old.deleteLater()
            self._widgets[spec.key] = widget
            if hasattr(widget, "counts_changed"):
                widget.counts_changed.connect(self.update_counts)
        return widget

    def _page_selected(self, row: int) -> None:
        if row < 0:
            return
        if self._opening:  # still opening: remember the choice, create nothing yet
            self._pending_row = row
            return
        widget = self._page_widget(row)
        self.stack.setCurrentIndex(row)
        self.setWindowTitle(self._title(self._specs[row].title()))
        self._update_commands()
        self.update_counts()
        widget.setFocus()

    def _title(self, page: str = "") -> str:
        parts = [page] if page else []
        parts.append(self.tr("Special Education Placement and Home Teaching"))
        if self.demo:
            parts.append(self.tr("Demo data (changes are lost on the next start)"))
        actor = self._services.actor if self._services is not None else None
        if actor is not None and actor.account_id is not None:
            # who is logged in, and for which part of the county
            scope = f"（{actor.scope.label}）" if actor.scope.label else ""
            parts.append(f"{actor.shown_name} · {actor.role.label}{scope}")
        return " — ".join(parts)

    def update_counts(self) -> None:
        page = self.current_page()
        self.counts_label.setText(
            page.status_text() if page is not None and hasattr(page, "status_text") else ""
        )

    # ---- actions ---------------------------------------------------------------------------------

    def _commands(self) -> list[Command]:
        sp = QStyle.StandardPixmap
        return [
            Command(
                "new_child",
                lambda: self.tr("&New child…"),
                QKeySequence.StandardKey.New,
                sp.SP_FileIcon,
                "registry",
            ),
            Command(
                "find", lambda: self.tr("&Find…"), QKeySequence.StandardKey.Find, sp.SP_FileDialogContentsView
            ),
            Command("export", lambda: self.tr("&Export to Excel…"), "Ctrl+E", sp.SP_DialogSaveButton),
            Command(
                "import",
                lambda: self.tr("&Import agency lists…"),
                "Ctrl+I",
                sp.SP_DialogOpenButton,
                "registry",
            ),
            Command(
                "print_batch", lambda: self.tr("&Batch print…"), "Ctrl+Shift+P", sp.SP_FileDialogDetailedView
            ),
            Command(
                "refresh", lambda: self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, sp.SP_BrowserReload
            ),
        ]

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        from ui.edit_menu import EditMenu

        # 编辑: undo/redo of the focused form, 撤销上一次保存 of the current record, the clipboard
        self.edit_menu = EditMenu(self, self, page=self.current_page, status=self.show_status)
        self.menuBar().addMenu(self.edit_menu.menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        for command in self._commands():
            action = QAction(self.style().standardIcon(command.icon), command.text(), self)
            action.setObjectName(f"action_{command.key}")
            action.setShortcut(QKeySequence(command.shortcut))
            action.triggered.connect(lambda _checked=False, c=command: self.trigger(c.key))
            self._command_actions[command.key] = (action, command)
            (view_menu if command.key in ("find", "refresh") else file_menu).addAction(action)
            toolbar.addAction(action)
        file_menu.addSeparator()
        if self._on_open_database is not None:
            open_db = QAction(self.tr("Open or connect a &database…"), self)
            open_db.setObjectName("action_open_database")
            open_db.setShortcut(QKeySequence.StandardKey.Open)
            open_db.triggered.connect(self._on_open_database)
            file_menu.addAction(open_db)
            self.open_database_action: QAction | None = open_db
        else:
            self.open_database_action = None
        # 文件 → 备份/恢复 needs the open database: built by _build_backups() once it is there.
        self.file_menu = file_menu
        self.backups: BackupController | None = None
        self._backups_place = file_menu.addSeparator()
        if self._services is not None:
            self._build_backups()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu.addSeparator()
        for row, spec in enumerate(self._specs):
            action = QAction(self.style().standardIcon(spec.icon), spec.title(), self)
            action.setObjectName(f"action_page_{spec.key}")
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)

        about = QAction(self.tr("&About…"), self)
        about.setObjectName("action_about")
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_backups(self) -> None:
        if self.backups is None:  # … Open a database, ―, the three backup entries, ―, Quit
            self.file_menu.insertSeparator(self._backups_place)
            self.backups = BackupController(
                self, self, self.file_menu, before=self._backups_place, open_url=self._on_open_url
            )

    def page_commands(self, key: str | None = None) -> dict[str, Callable[[], None]]:
        page = self._widgets.get(key) if key else self.current_page()
        if page is None or not hasattr(page, "commands"):
            return {}
        commands: dict[str, Callable[[], None]] = page.commands()
        return commands

    def _update_commands(self) -> None:
        current = self.page_commands()
        for key, (action, command) in self._command_actions.items():
            if command.page is not None and any(s.key == command.page for s in self._specs):
                action.setEnabled(True)  # the target page offers it once shown
            else:
                action.setEnabled(key in current)

    def trigger(self, key: str) -> None:
        _action, command = self._command_actions[key]
        if command.page is not None:
            self.show_page(command.page)
        handler = self.page_commands().get(key)
        if handler is not None:
            handler()

    def show_about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self.database_label, self).open()

    # ---- persistence of the window's state --------------------------------------------------------

    def _restore(self) -> None:
        store = prefs.prefs()
        geometry = store.value("window/geometry")
        area = usable_area(self)
        restored = (
            isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        )
        if not restored or not (self.isMaximized() or fits(self.size(), area)):
            # first start, or a size from a bigger screen: as large as wanted, never past this screen
            size = fit_size(QSize(1280, 800), area)
            self.resize(size)
            self.move(centred(size, area))
        state = store.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = str(store.value("window/last_page", ""))
        keys = [s.key for s in self._specs]
        if keys:
            self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        store = prefs.prefs()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        key = self.current_key()
        if key:
            store.setValue("window/last_page", key)
        for widget in self._widgets.values():
            if hasattr(widget, "save_state"):
                widget.save_state()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.work is not None:
            self.work.close()  # the database may be closed next: no more change signals
        for widget in self._widgets.values():
            if hasattr(widget, "shutdown"):  # pages with their own worker threads stop them here
                widget.shutdown()
        super().closeEvent(event)
