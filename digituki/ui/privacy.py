"""The privacy lock: after some idle minutes, customers' names, phones and notes are hidden.

One app-wide `PrivacyLock` (`privacy_lock()`). Areas ask `hidden()` (or use `mask()`) when they
show personal data, and `protect(line_edit)` for an editable personal field (the help log's note).
Any key press or click restarts the idle clock. While hidden, the status bar shows a "Show" button;
with a point PIN set in Settings, the PIN is asked first.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

translate = QCoreApplication.translate

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class PrivacyLock(QObject):
    changed = Signal(bool)  # True: personal data is hidden now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = False
        self._minutes = 10
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide_now)
        self._protected: weakref.WeakSet[QLineEdit] = weakref.WeakSet()
        self._installed = False

    # --- state -------------------------------------------------------------------------------

    def hidden(self) -> bool:
        return self._hidden

    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(1, int(minutes))
        self.start()

    def start(self) -> None:
        """Watch for activity and (re)start the idle clock."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        if not self._hidden:
            self._timer.start(self._minutes * 60_000)

    def hide_now(self) -> None:
        if self._hidden:
            return
        self._hidden = True
        self._timer.stop()
        for edit in list(self._protected):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setReadOnly(True)
        self.changed.emit(True)

    def show_data(self) -> None:
        if not self._hidden:
            return
        self._hidden = False
        for edit in list(self._protected):
            edit.setEchoMode(QLineEdit.EchoMode.Normal)
            edit.setReadOnly(False)
        self.start()
        self.changed.emit(False)

    # --- helpers for areas -------------------------------------------------------------------

    def mask(self, text: str) -> str:
        """`text`, or a plain "hidden" marker while the lock is on."""
        if self._hidden and text:
            return translate("Privacy", "(hidden)")
        return text

    def protect(self, edit: QLineEdit) -> None:
        self._protected.add(edit)
        if self._hidden:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setReadOnly(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self._hidden:
            self._timer.start(self._minutes * 60_000)
        return False


_lock: PrivacyLock | None = None


def privacy_lock() -> PrivacyLock:
    """The app-wide lock (created on first use)."""
    global _lock
    if _lock is None:
        _lock = PrivacyLock(QApplication.instance())
    return _lock


def reset_for_tests() -> None:
    global _lock
    if _lock is not None:
        _lock.show_data()
        _lock._timer.stop()
    _lock = None


def hidden() -> bool:
    return _lock is not None and _lock.hidden()


def mask(text: str) -> str:
    return privacy_lock().mask(text) if _lock is not None else text
