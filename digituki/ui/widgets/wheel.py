"""The scroll wheel scrolls the page, never a value the user did not mean to change (issue 23).

Qt lets the wheel change a combo box or a number box under the pointer, even when the user only
meant to scroll the page past it (the help log's language went to "other language", a duration
from 5 to 8 min). Once the guard is installed, such a widget takes wheel events only while it
has the keyboard focus (the user clicked or tabbed into it); otherwise the wheel scrolls the
page around it. The wheel no longer gives these widgets the focus either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox, QSlider)  # (not scroll bars: they scroll)


def _value_widget(obj: QObject) -> QWidget | None:
    """The combo / spin box `obj` is (or is the line edit of), if any."""
    if isinstance(obj, _GUARDED):
        return obj
    parent = obj.parent() if isinstance(obj, QWidget) else None
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return None


class WheelGuard(QObject):
    """Application-wide event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        widget = _value_widget(watched)
        if widget is None or widget.hasFocus():
            return False
        # the page around it scrolls: offered to each parent in turn until one takes it (Qt does
        # that itself only for events of the window system, not for sent ones)
        parent = widget.parentWidget()
        while parent is not None:
            event.ignore()
            QApplication.sendEvent(parent, event)
            if event.isAccepted():
                break
            parent = parent.parentWidget()
        return True


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Install the guard once for the whole application (all windows and dialogs)."""
    global _guard
    app = QApplication.instance()
    if app is None or _guard is not None:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
