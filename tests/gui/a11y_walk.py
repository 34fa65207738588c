"""Helpers for the accessibility tests: which widgets a person can operate, and what a screen reader
hears for them (the name Qt's accessibility layer exposes, which includes buddy labels)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
)


def _inside_compound(widget: QWidget) -> bool:
    """Parts of a compound widget (a combo's line edit, a tab bar's scroll arrows, a calendar's
    internals) are announced through their owner, not on their own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget under `root` (itself included) that a person can operate."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, (QHeaderView, QScrollBar)) or _inside_compound(widget):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (scroll-area corners…)
            continue
        yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    path = []
    w: QWidget | None = widget
    while w is not None and len(path) < 5:
        path.append(f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__)
        w = w.parentWidget()
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return " < ".join(path) + (f" text={shown!r}" if shown else "")


def has_name(widget: QWidget) -> bool:
    name = accessible_name(widget)
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # Qt falls back to the chosen item's text: a screen reader would say only "Monday"
        return bool(name) and name != widget.currentText().strip()
    return bool(name)


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(root) if not has_name(w)]
