"""The Actions menu: the desk's frequent actions with keyboard shortcuts, reachable from any area.

Shortcuts (shown in the menu next to each action, and in the buttons' tooltips):

  Ctrl+N        new booking (from Today or Bookings; elsewhere opens Bookings first)
  Ctrl+Shift+N  walk-in customer: the help-log form for a customer without a booking
  Ctrl+L        log help: the help-log form with the cursor in the topic search
  Ctrl+F        search guides: the Guides area with the cursor in the search field
  Ctrl+Shift+Z  undo the last save of the help log (from any area; Ctrl+Z undoes typing)
  Ctrl+1 … 6    go to an area (Go menu);  Ctrl+Q quit;  Escape closes a dialog

Ctrl+W is not used for the walk-in on purpose: in most programs it closes a window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from digituki.core.domain.prefill import CHANNEL_WALK_IN, HelpPrefill

if TYPE_CHECKING:
    from digituki.ui.main_window import MainWindow

translate = QCoreApplication.translate

NEW_BOOKING = QKeySequence("Ctrl+N")
WALK_IN = QKeySequence("Ctrl+Shift+N")
LOG_HELP = QKeySequence("Ctrl+L")
SEARCH_GUIDES = QKeySequence("Ctrl+F")
UNDO_SAVE = QKeySequence("Ctrl+Shift+Z")


def shortcut_text(keys: QKeySequence) -> str:
    """The shortcut as people read it on this system (Ctrl+Shift+N)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class ActionsMenu:
    """Builds the Actions menu onto `window`'s menu bar (call `retranslate` on language change)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        self.new_booking = self._action(NEW_BOOKING, self._new_booking, "newBookingAction")
        self.walk_in = self._action(WALK_IN, self._walk_in, "walkInAction")
        self.log_help = self._action(LOG_HELP, self._log_help, "logHelpAction")
        self.search_guides = self._action(SEARCH_GUIDES, self._search_guides, "searchGuidesAction")
        self.menu.addSeparator()
        self.undo_save = self._action(UNDO_SAVE, self._undo_save, "undoSaveAction")
        self.undo_save.setEnabled(False)  # the help log enables it after a save

    def _action(self, keys: QKeySequence, slot: object, name: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(keys)
        # The main window only: in a dialog the same keys belong to the dialog.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(translate("MainWindow", "&Actions"))
        for action, text, tip in (
            (
                self.new_booking,
                translate("MainWindow", "&New booking"),
                translate("MainWindow", "Book a time for a customer"),
            ),
            (
                self.walk_in,
                translate("MainWindow", "&Walk-in customer"),
                translate("MainWindow", "Start helping a customer who has no booking"),
            ),
            (
                self.log_help,
                translate("MainWindow", "&Log help"),
                translate("MainWindow", "Open the help-log form"),
            ),
            (
                self.search_guides,
                translate("MainWindow", "&Search guides"),
                translate("MainWindow", "Go to the guides and type what you are looking for"),
            ),
            (
                self.undo_save,
                translate("MainWindow", "&Undo last save"),
                translate("MainWindow", "Take back the help session saved last"),
            ),
        ):
            action.setText(text)
            action.setToolTip(f"{tip} ({shortcut_text(action.shortcut())})")
            action.setStatusTip(tip)

    # --- the actions ---------------------------------------------------------------------------

    def _area(self, key: str) -> QWidget:
        return self.window.areas[key]

    def _new_booking(self) -> None:
        key = self.window.current_area_key()
        if key not in ("today", "bookings"):
            key = "bookings"
            self.window.show_area(key)
        new_booking = getattr(self._area(key), "new_booking", None)
        if callable(new_booking):
            new_booking()

    def _walk_in(self) -> None:
        from digituki.core import clock

        self.window.start_help(HelpPrefill(channel=CHANNEL_WALK_IN, started_at=clock.now()))

    def _log_help(self) -> None:
        self.window.show_area("helplog")
        area = self._area("helplog")
        form = getattr(area, "form", None)
        show_tab = getattr(area, "show_tab", None)
        if form is not None and callable(show_tab):
            show_tab(form)
            form.view.topic_search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _undo_save(self) -> None:
        area = self.window.areas.get("helplog")
        undo = getattr(area, "undo_last_save", None)
        if callable(undo):
            self.window.show_area("helplog")
            undo()

    def _search_guides(self) -> None:
        self.window.show_area("guides")
        view = getattr(self._area("guides"), "view", None)
        search = getattr(view, "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()
