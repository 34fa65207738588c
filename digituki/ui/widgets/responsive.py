"""Rows that become columns at large text sizes.

A row of buttons or of label–field pairs that fits a 1280-pixel-wide screen at 100 % text is
about twice as wide at 200 %. `stack_when_large` turns such rows top-to-bottom from about 150 %
text size (and back), so the user never has to scroll sideways to reach a control.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QComboBox, QGridLayout, QLabel, QPushButton, QWidget

LARGE_TEXT_PT = 17.5  # about 150 % of the 12-pt base text size


def is_large_text(widget: QWidget) -> bool:
    return widget.font().pointSizeF() >= LARGE_TEXT_PT


class _TextSizeWatcher(QObject):
    """Calls `apply(large)` now, and again whenever `owner`'s text crosses the large size."""

    def __init__(self, owner: QWidget, apply: Callable[[bool], object]) -> None:
        super().__init__(owner)
        self.owner, self.apply = owner, apply
        self.large: bool | None = None
        owner.installEventFilter(self)
        self.update()

    def update(self) -> None:
        large = is_large_text(self.owner)
        if large != self.large:
            self.large = large
            self.apply(large)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.update()
        return False


def when_large(owner: QWidget, apply: Callable[[bool], object]) -> None:
    """Call `apply(large)` now and whenever `owner`'s text crosses the large size."""
    _TextSizeWatcher(owner, apply)


def stack_when_large(owner: QWidget, *layouts: QBoxLayout) -> None:
    """Lay `layouts` (rows inside `owner`) out top-to-bottom while `owner`'s text is large."""

    def apply(large: bool) -> None:
        direction = QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        for layout in layouts:
            layout.setDirection(direction)

    _TextSizeWatcher(owner, apply)


def fewer_columns_when_large(
    owner: QWidget,
    grid: QGridLayout,
    groups: list[tuple[QWidget, ...]],
    *,
    normal: int = 2,
    large: int = 1,
) -> None:
    """Place `groups` (a button, or a label with its field) `normal` to a row in `grid`, and
    `large` to a row while `owner`'s text is large; the reading (and Tab) order stays the same."""

    def apply(is_large: bool) -> None:
        per_row = large if is_large else normal
        for group in groups:
            for widget in group:
                grid.removeWidget(widget)
        for index, group in enumerate(groups):
            row, first = divmod(index, per_row)
            for offset, widget in enumerate(group):
                grid.addWidget(widget, row, first * len(group) + offset)

    _TextSizeWatcher(owner, apply)


class ShortcutButton(QPushButton):
    """A push button whose text ends with its shortcut, "Save and log another (Ctrl+Shift+S)":
    at large text sizes the shortcut goes on a second line, so the button stays narrow enough
    for the screen."""

    def setText(self, text: str) -> None:
        self._full_text = text
        self._show()

    def _show(self) -> None:
        text = getattr(self, "_full_text", "")
        if is_large_text(self):
            head, bracket, tail = text.rpartition(" (")
            if bracket:
                text = f"{head}\n({tail}"
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._show()
        super().changeEvent(event)


def fit_combo(combo: QComboBox, characters: int = 16) -> None:
    """A combo box whose width does not follow its longest choice (a long sentence in Swedish at
    200 % text would push the form off the screen); the open list still shows every choice in
    full, and the box takes whatever width the layout offers."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def wrap_when_large(label: QLabel) -> None:
    """A form label that wraps only at large text sizes, where the form puts it above its field
    (QFormLayout gives a wrapping label beside its field only one line's height)."""
    _TextSizeWatcher(label, label.setWordWrap)
