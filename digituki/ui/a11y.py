"""Accessibility helpers: announcing status changes to screen readers."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology about a status change (saved, error), not only by showing it."""
    widget.setAccessibleName(text)
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt ≥ 6.8

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    except ImportError:  # pragma: no cover - older Qt
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    # also in the window's status bar: the message beside the form may be below the fold
    # (large text, small screens), the status bar is always in view
    from PySide6.QtWidgets import QMainWindow

    window = widget.window()
    if text and isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)


def name_clear_buttons(root: QWidget) -> None:
    """Give the clear (×) buttons Qt puts inside text fields a name a screen reader can say."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLineEdit, QToolButton

    text = QCoreApplication.translate("Accessibility", "Clear the text")
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            button.setAccessibleName(text)
