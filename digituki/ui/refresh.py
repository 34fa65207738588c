"""Other desks' changes show up without a restart: a cheap check on a timer and on focus.

`ChangeWatcher` asks `services.changes.change_marker` (one query) every `INTERVAL_MS` and when
Digituki's window becomes active again; when the answer changed, the visible area reloads — only
the areas that show shared lists (Today, Bookings, Statistics), never a form someone is filling
in, and not while a dialog is open. When the shared server cannot be reached the status bar says
so once; the check goes on quietly and says when the server is back. After every successful check,
help sessions kept in the offline queue (ui/offline.py) are sent.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

INTERVAL_MS = 15_000
REFRESHED_AREAS = ("today", "bookings", "statistics")


class ChangeWatcher(QObject):
    def __init__(self, window: Any, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.last: object = None
        self.reloads = 0  # how often an area was reloaded for another desk's change (tests)
        self.offline = False
        self._asking = False
        self._pending = False  # a change came while a dialog was open
        self._sending = False  # the offline queue is being sent
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.check()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> None:
        """Ask (on the worker thread) whether the shared data changed."""
        db = self.window.ctx.db
        if db is None or self._asking:
            return
        from digituki.core.services.changes import change_marker

        self._asking = True
        self.window.ctx.runner.run(
            change_marker, db, on_done=self._answered, on_error=self._failed, parent=self.window
        )

    def _answered(self, marker: object) -> None:
        self._asking = False
        if self.offline:
            self.offline = False
            from PySide6.QtWidgets import QLabel

            banner = self.window.findChild(QLabel, "offlineBanner")
            if banner is not None:
                banner.hide()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ChangeWatcher", "The shared database is back."), 5000
            )
        self._send_queue()
        changed = self._pending or (self.last is not None and marker != self.last)
        self.last = marker
        if changed:
            self._reload_visible_area()

    def _send_queue(self) -> None:
        """Help sessions kept while the server was away are sent now (exactly once)."""
        from digituki.ui.offline import replay_queue

        if self._sending or not (self.window.ctx.paths.data_dir / "help-queue.json").exists():
            return
        self._sending = True
        self.window.ctx.runner.run(
            replay_queue,
            self.window.ctx,
            on_done=self._queue_sent,
            on_error=self._queue_failed,
            parent=self.window,
        )

    def _queue_sent(self, result: Any) -> None:
        self._sending = False
        if result is None or not result.sent:
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "ChangeWatcher", "Help sessions kept on this computer were sent: {count}."
            ).format(count=result.sent),
            10_000,
        )
        area = self.window.areas.get("helplog")
        changed = getattr(area, "sessions_changed", None)
        if callable(changed):
            changed()

    def _queue_failed(self, error: BaseException) -> None:
        self._sending = False
        log.warning("sending the offline queue failed: %s", type(error).__name__)

    def _failed(self, error: BaseException) -> None:
        self._asking = False
        if not self.offline:
            self.offline = True
            log.warning("the change check failed: %s", type(error).__name__)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ChangeWatcher",
                    "The shared database cannot be reached. What you see may be out of date.",
                )
            )

    def _reload_visible_area(self) -> None:
        self._pending = QApplication.activeModalWidget() is not None
        if self._pending:  # reload at the next check after the dialog closes
            return
        key = self.window.current_area_key()
        if key not in REFRESHED_AREAS:
            return
        area = self.window.areas.get(key)
        activate = getattr(area, "activate", None)
        if callable(activate):
            self.reloads += 1
            activate()
