"""The main window: navigation between the areas, menus, status bar.

The window appears before the database is opened (start-up speed): the areas are imported and built
once the database is ready, and until then each shows a short "opening" page.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from digituki import __version__
from digituki.ui.context import AppContext
from digituki.ui.widgets.area import Area
from digituki.ui.widgets.placeholder import MessagePage, PlaceholderArea

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent

    from digituki.core.domain.prefill import HelpPrefill
    from digituki.core.services.settings import LocalSettings

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


# Coordinator mode (issue 7): the coordinator's own database and area instead of the desk's. The
# desk areas work on the point's database; showing them next to the regional data would invite
# logging a help session into the region's file, so one mode at a time (switched in Settings).
COORDINATOR_AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "coordinator",
        lambda: translate("MainWindow", "Coordinator"),
        "digituki.ui.coordinator.widget:CoordinatorArea",
    ),
    AREAS[-1],  # Settings (the region's name there is the regional report's title)
)


def areas_for(mode: str) -> tuple[AreaSpec, ...]:
    return COORDINATOR_AREAS if mode == "coordinator" else AREAS


def open_database(ctx: AppContext):  # type: ignore[no-untyped-def]
    """Open and migrate the database (runs on the worker thread; imports SQLAlchemy there)."""
    from digituki.core.services import startup

    db, _target = startup.open_configured(  # the same opener as every CLI command (issue 19)
        ctx.paths.database, ctx.paths.data_dir, ctx.paths.backup_dir, ctx.local_settings.load()
    )  # quick_check first (issue 8); a missing file with backups is not silently new (issue 22)
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

    def __init__(self, ctx: AppContext, settings: LocalSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.areas: dict[str, QWidget] = {}
        self.go_actions: dict[str, QAction] = {}
        self.menus_built = False
        self._unbuilt: list[str] = []  # areas still showing the "opening" page

        # Start-up speed: only what the first frame shows is built here (title, the area list,
        # an "opening" page), with nothing that touches Qt's big `Qt` enum namespace (~25 ms).
        # Menus, shortcuts and the finer widget settings follow in the next turn of the event loop.
        central = QWidget()
        layout = QHBoxLayout(central)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.stack = QStackedWidget()
        # Large text (up to 200 %) may need more room than the screen has: the areas then scroll
        # instead of being cut off or squeezed over each other.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("areaScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.stack)
        layout.addWidget(self.navigation)
        layout.addWidget(self.scroll, 1)
        self.setCentralWidget(central)

        mode = (settings or ctx.local_settings.load()).mode  # (read once at start: `settings`)
        self.specs: tuple[AreaSpec, ...] = areas_for(mode)
        self._add_pages()
        self.navigation.currentRowChanged.connect(self._on_row_changed)

        ctx.start_help = self.start_help
        self.demo = False  # a demo point: the title says so (issue 16)
        self._set_title()
        self.navigation.setCurrentRow(0)
        self.resize(1100, 720)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.menus_built:
            # two turns: the first frame is drawn, then the rest is built
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.finish_building))

    def finish_building(self) -> None:
        """The rest of the window, right after the first frame (idempotent)."""
        if self.menus_built:
            return
        from PySide6.QtCore import Qt

        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ctx.translations.ensure_qt_texts()  # Qt's own texts (left out of the first frame)
        self._build_menus()
        self.menus_built = True
        self.retranslate()

    def _add_pages(self) -> None:
        for spec in self.specs:
            self.navigation.addItem(QListWidgetItem(spec.title()))
            page = MessagePage(spec.title, lambda: translate("MainWindow", "Opening the database…"))
            self.stack.addWidget(page)
            self.areas[spec.key] = page

    @property
    def coordinator_mode(self) -> bool:
        return self.specs is COORDINATOR_AREAS

    def switch_mode(self) -> None:
        """Rebuild the window for the mode now saved in the local settings (point desk or
        coordinator): close the database, make the areas again, open the other database."""
        self.ctx.runner.wait()
        if self.ctx.db is not None:
            self.ctx.db.close()
            self.ctx.db = None
        self.navigation.blockSignals(True)
        self.navigation.clear()
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.areas = {}
        self._unbuilt = []
        self.finish_building()
        self.specs = areas_for(self.ctx.local_settings.load().mode)
        self._add_pages()
        self.navigation.blockSignals(False)
        self._build_go_actions()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self.open_database()

    # --- menus and texts -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

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
        self._build_go_actions()

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _build_go_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        for action in self.go_actions.values():
            self.go_menu.removeAction(action)
            action.deleteLater()
        self.go_actions = {}
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_area(key))
            self.go_menu.addAction(action)
            self.go_actions[spec.key] = action
        # The desk's actions (new booking, walk-in…) mean nothing to the coordinator.
        self.actions_menu.menu.menuAction().setVisible(not self.coordinator_mode)
        for action in self.actions_menu.menu.actions():
            action.setEnabled(not self.coordinator_mode)

    def _set_title(self) -> None:
        if self.coordinator_mode:
            title = translate("MainWindow", "Digituki — regional coordinator")
        else:
            title = translate("MainWindow", "Digituki — digital support desk")
        if self.demo:
            title = translate("MainWindow", "{title} — DEMO (made-up data)").format(title=title)
        self.setWindowTitle(title)

    def _site_known(self, site: object) -> None:
        self.demo = bool(getattr(site, "demo", False))
        self._set_title()

    def retranslate(self) -> None:
        self._set_title()
        if not self.menus_built:
            for row, spec in enumerate(self.specs):
                self.navigation.item(row).setText(spec.title())
            return
        from PySide6.QtGui import QKeySequence

        from digituki.ui.a11y import name_clear_buttons

        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.actions_menu.retranslate()
        self.go_menu.setTitle(translate("MainWindow", "&Go"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About Digituki"))
        self.navigation.setAccessibleName(translate("MainWindow", "Areas"))
        name_clear_buttons(self)
        for row, spec in enumerate(self.specs):
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
        keys = [spec.key for spec in self.specs]
        if key in keys:  # the desk's areas do not exist in coordinator mode
            self.navigation.setCurrentRow(keys.index(key))

    def start_help(self, prefill: HelpPrefill) -> None:
        """Open the help-log form prefilled (from a booking or the walk-in button)."""
        if "helplog" not in self.areas:
            return
        self.show_area("helplog")
        area = self.areas["helplog"]
        start_from = getattr(area, "start_from", None)
        if callable(start_from):
            start_from(prefill)

    def _fit_stack_to_current(self) -> None:
        """The stack asks for the room of the area on screen only: by default it asks for the
        widest of all areas, so one wide area (Settings at 200 % text) made every other area
        scroll sideways."""
        from PySide6.QtWidgets import QSizePolicy

        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        current = self.stack.currentIndex()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            policy = preferred if index == current else ignored
            if page.sizePolicy().horizontalPolicy() != policy:
                page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def current_area_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.ctx.db is not None:
            self._ensure_area(self.specs[row].key)
        self.stack.setCurrentIndex(row)
        self._fit_stack_to_current()
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
        # The area on screen first (start-up speed: its data shows sooner); the others follow one
        # per turn of the event loop, or at once when the user goes to one of them.
        self._unbuilt = [spec.key for spec in self.specs]
        self.finish_building()
        self._on_row_changed(self.stack.currentIndex())  # builds the area on screen
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 5000)
        log.info("database ready")
        from digituki.ui import first_run

        # the first-run set-up on an empty database; then passphrase, network drive, daily purge
        first_run.after_database_ready(self)
        from digituki.core.services.settings import get_site_settings

        self.ctx.runner.run(get_site_settings, self.ctx.db, on_done=self._site_known, parent=self)
        from digituki.ui.refresh import ChangeWatcher

        self.change_watcher = ChangeWatcher(self)  # other desks' changes (issue 11)
        self.areas_ready.emit()
        QTimer.singleShot(0, self._build_next_area)

    @property
    def all_areas_built(self) -> bool:
        return self.ctx.db is not None and not self._unbuilt

    def _build_next_area(self) -> None:
        if self.ctx.db is None:  # closed meanwhile (mode switch): the next open starts again
            return
        if self._unbuilt:
            self._ensure_area(self._unbuilt[0])
        if self._unbuilt:
            QTimer.singleShot(0, self._build_next_area)

    def _ensure_area(self, key: str) -> None:
        """Build the area `key` now if it is still the "opening" page."""
        if key not in self._unbuilt:
            return
        self._unbuilt.remove(key)
        index = [spec.key for spec in self.specs].index(key)
        self._replace_page(index, self.specs[index])
        from digituki.ui.a11y import name_clear_buttons

        name_clear_buttons(self.areas[key])

    def _database_failed(self, error: BaseException) -> None:
        from digituki.core.domain.errors import DigitukiError
        from digituki.ui.errors import message_for, show_error

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
        for spec in self.specs:
            page = self.areas[spec.key]
            if isinstance(page, MessagePage):
                page.set_texts(spec.title, lambda text=text: text)
        self._build_areas(only_without_database=True)
        self.statusBar().showMessage(translate("MainWindow", "The database is not available."))
        self.areas_ready.emit()
        if getattr(error, "code", "") in ("database_damaged", "database_missing"):
            from digituki.ui import safety

            safety.offer_restore(
                self, missing=error.code == "database_missing"
            )  # the newest good backup; the damaged file kept aside
            return
        show_error(self, error)

    def _build_areas(self, only_without_database: bool = False) -> None:
        current = self.stack.currentIndex()
        for index, spec in enumerate(self.specs):
            if only_without_database and spec.key != "settings":
                continue
            self._replace_page(index, spec)
        self._unbuilt = []
        self.stack.setCurrentIndex(current)
        self._on_row_changed(current)
        self.finish_building()
        from digituki.ui.a11y import name_clear_buttons

        name_clear_buttons(self)

    def _replace_page(self, index: int, spec: AreaSpec) -> None:
        current = self.stack.currentIndex()
        area = self._make_area(spec)
        old = self.areas[spec.key]
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.areas[spec.key] = area
        self.stack.setCurrentIndex(current)
        self._fit_stack_to_current()

    def _make_area(self, spec: AreaSpec) -> Area:
        if spec.widget is None:
            return PlaceholderArea(self.ctx, spec.title)
        module_name, class_name = spec.widget.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        area: Area = cls(self.ctx)
        return area

    # --- window state ----------------------------------------------------------------------------

    def restore_geometry(self, settings: LocalSettings | None = None) -> None:
        encoded = (settings or self.ctx.local_settings.load()).window_geometry
        if encoded:
            from binascii import Error, a2b_base64  # (QByteArray's enums cost start-up time)

            try:
                self.restoreGeometry(a2b_base64(encoded.encode("ascii")))
            except (Error, UnicodeEncodeError):
                log.warning("the saved window size could not be read; the default size is used")

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.ctx.local_settings.update(window_geometry=geometry)
        except Exception:  # the window must close even if the settings file cannot be written
            log.exception("could not save the window size")
        super().closeEvent(event)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("MainWindow", "About Digituki"),
            translate(
                "MainWindow",
                "Digituki {version}\n\nFor digital-support points: bookings, help log, guides and "
                "anonymous statistics.\n\nData folder: {folder}",
            ).format(version=__version__, folder=self.ctx.paths.data_dir),
        )
