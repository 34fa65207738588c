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
