"""The main window: navigation between the areas, menus, status bar.

The window appears before the database is opened (start-up speed): the areas are imported and built
once the database is ready, and until then each shows a short "opening" page.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from digituki import __version__
from digituki.core.domain.errors import DigitukiError
from digituki.core.domain.prefill import HelpPrefill
from digituki.ui.a11y import name_clear_buttons
from digituki.ui.context import AppContext
from digituki.ui.errors import message_for, show_error
from digituki.ui.widgets.area import Area
from digituki.ui.widgets.placeholder import MessagePage, PlaceholderArea

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: Callable[[], str]
    widget: str | None  # "module:Class" of the area, None while its feature is not built


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "today", lambda: translate("MainWindow", "Today"), "digituki.ui.today.widget:TodayArea"
    ),
    AreaSpec(
        "bookings",
        lambda: translate("MainWindow", "Bookings"),
        "digituki.ui.bookings.widget:BookingsArea",
    ),
    AreaSpec(
        "helplog",
        lambda: translate("MainWindow", "Help log"),
        "digituki.ui.helplog.widget:HelpLogArea",
    ),
    AreaSpec(
        "guides", lambda: translate("MainWindow", "Guides"), "digituki.ui.guides.widget:GuidesArea"
    ),
    AreaSpec(
        "statistics",
        lambda: translate("MainWindow", "Statistics"),
        "digituki.ui.statistics.widget:StatisticsArea",
    ),
    AreaSpec(
        "settings",
        lambda: translate("MainWindow", "Settings"),
        "digituki.ui.settings.widget:SettingsArea",
    ),
)


def open_database(ctx: AppContext):  # type: ignore[no-untyped-def]
    """Open and migrate the database (runs on the worker thread; imports SQLAlchemy there)."""
    from digituki.core.services import startup
    from digituki.core.storage.engine import sqlite_url

    local = ctx.local_settings.load()
    url = local.database_url or sqlite_url(ctx.paths.database)
    if local.database_url:  # a shared server: its password comes from the OS secret store
        from digituki.core.services.shared_db import connect_url

        url = connect_url(url)
    db = startup.open_checked(url, ctx.paths.backup_dir)  # quick_check first (issue 8)
    # key folder, topic codes, daily backup, retention purge
    startup.after_open(db, ctx.paths.data_dir, ctx.paths.backup_dir)
    _load_builtin_guides(db)
    return db


def _load_builtin_guides(db) -> None:  # type: ignore[no-untyped-def]
    """Bring the shipped guides into the database when they are newer (never blocks the start)."""
    from digituki.core.services.guides import ensure_builtin_guides

    try:
        ensure_builtin_guides(db)
    except Exception:
        log.exception("could not load the built-in guides")


class MainWindow(QMainWindow):
    areas_ready = Signal()  # the database is open (or failed) and the areas are built

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.areas: dict[str, QWidget] = {}
        self.go_actions: dict[str, QAction] = {}

        central = QWidget()
        layout = QHBoxLayout(central)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        # Large text (up to 200 %) may need more room than the screen has: the areas then scroll
        # instead of being cut off or squeezed over each other.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("areaScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.stack)
        layout.addWidget(self.navigation)
        layout.addWidget(self.scroll, 1)
        self.setCentralWidget(central)

        for spec in AREAS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            page = MessagePage(spec.title, lambda: translate("MainWindow", "Opening the database…"))
            self.stack.addWidget(page)
            self.areas[spec.key] = page
        self.navigation.currentRowChanged.connect(self._on_row_changed)

        ctx.start_help = self.start_help
        self._build_menus()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self.resize(1100, 720)

    # --- menus and texts -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        from digituki.ui.shortcuts import ActionsMenu  # Ctrl+N new booking, Ctrl+L log help …

        self.actions_menu = ActionsMenu(self, bar.addMenu(""))

        self.go_menu = bar.addMenu("")
        for number, spec in enumerate(AREAS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_area(key))
            self.go_menu.addAction(action)
            self.go_actions[spec.key] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Digituki — digital support desk"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.actions_menu.retranslate()
        self.go_menu.setTitle(translate("MainWindow", "&Go"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About Digituki"))
        self.navigation.setAccessibleName(translate("MainWindow", "Areas"))
        name_clear_buttons(self)
        for row, spec in enumerate(AREAS):
            shortcut = (
                self.go_actions[spec.key]
                .shortcut()
                .toString(QKeySequence.SequenceFormat.NativeText)
            )
            item = self.navigation.item(row)
            item.setText(spec.title())
            item.setToolTip(f"{spec.title()} ({shortcut})")
            self.go_actions[spec.key].setText(spec.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigation ----------------------------------------------------------------------------

    def show_area(self, key: str) -> None:
        row = [spec.key for spec in AREAS].index(key)
        self.navigation.setCurrentRow(row)

    def start_help(self, prefill: HelpPrefill) -> None:
        """Open the help-log form prefilled (from a booking or the walk-in button)."""
        self.show_area("helplog")
        area = self.areas["helplog"]
        start_from = getattr(area, "start_from", None)
        if callable(start_from):
            start_from(prefill)

    def current_area_key(self) -> str:
        return AREAS[self.stack.currentIndex()].key

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, Area):
            page.activate()

    # --- database --------------------------------------------------------------------------------

    def open_database(self) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))
        self.ctx.runner.run(
            open_database, self.ctx, on_done=self._database_ready, on_error=self._database_failed
        )

    def _database_ready(self, db: object) -> None:
        self.ctx.db = db  # type: ignore[assignment]
        self._build_areas()
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 5000)
        log.info("database ready")
        from digituki.ui import safety

        safety.after_database_ready(self)  # passphrase, network-drive warning, daily purge
        from digituki.ui.refresh import ChangeWatcher

        self.change_watcher = ChangeWatcher(self)  # other desks' changes (issue 11)
        self.areas_ready.emit()

    def _database_failed(self, error: BaseException) -> None:
        if not isinstance(error, DigitukiError):
            log.error("could not open the database", exc_info=error)
        text = (
            message_for(error)
            if isinstance(error, DigitukiError)
            else translate(
                "MainWindow",
                "The database could not be opened. Restart Digituki; if this happens again, ask "
                "your support person to look at the log file.",
            )
        )
        for spec in AREAS:
            page = self.areas[spec.key]
            if isinstance(page, MessagePage):
                page.set_texts(spec.title, lambda text=text: text)
        self._build_areas(only_without_database=True)
        self.statusBar().showMessage(translate("MainWindow", "The database is not available."))
        self.areas_ready.emit()
        if getattr(error, "code", "") == "database_damaged":
            from digituki.ui import safety

            safety.offer_restore(self)  # the newest good backup; the damaged file kept aside
            return
        show_error(self, error)

    def _build_areas(self, only_without_database: bool = False) -> None:
        current = self.stack.currentIndex()
        for index, spec in enumerate(AREAS):
            if only_without_database and spec.key != "settings":
                continue
            area = self._make_area(spec)
            old = self.areas[spec.key]
            self.stack.insertWidget(index, area)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.areas[spec.key] = area
        self.stack.setCurrentIndex(current)
        self._on_row_changed(current)
        name_clear_buttons(self)

    def _make_area(self, spec: AreaSpec) -> Area:
        if spec.widget is None:
            return PlaceholderArea(self.ctx, spec.title)
        module_name, class_name = spec.widget.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        area: Area = cls(self.ctx)
        return area

    # --- window state ----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        encoded = self.ctx.local_settings.load().window_geometry
        if encoded:
            self.restoreGeometry(QByteArray.fromBase64(encoded.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.ctx.local_settings.update(window_geometry=geometry)
        except Exception:  # the window must close even if the settings file cannot be written
            log.exception("could not save the window size")
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Digituki"),
            translate(
                "MainWindow",
                "Digituki {version}\n\nFor digital-support points: bookings, help log, guides and "
                "anonymous statistics.\n\nData folder: {folder}",
            ).format(version=__version__, folder=self.ctx.paths.data_dir),
        )
