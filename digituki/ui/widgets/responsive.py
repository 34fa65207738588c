"""Rows that become columns at large text sizes.

A row of buttons or of label–field pairs that fits a 1280-pixel-wide screen at 100 % text is
about twice as wide at 200 %. `stack_when_large` turns such rows top-to-bottom from about 150 %
text size (and back), so the user never has to scroll sideways to reach a control.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QComboBox, QGridLayout, QLabel, QPushButton, QWidget

LARGE_TEXT_PT = 17.5  # about 150 % of the 12-pt base text size


class _Stacker(QObject):
    def __init__(self, owner: QWidget, layouts: tuple[QBoxLayout, ...]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.layouts = layouts
        self.large: bool | None = None

    def apply(self) -> None:
        large = self.owner.font().pointSizeF() >= LARGE_TEXT_PT
        if large == self.large:
            return
        self.large = large
        direction = QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        for layout in self.layouts:
            layout.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def stack_when_large(owner: QWidget, *layouts: QBoxLayout) -> None:
    """Lay `layouts` (rows inside `owner`) out top-to-bottom while `owner`'s text is large."""
    stacker = _Stacker(owner, layouts)
    owner.installEventFilter(stacker)
    stacker.apply()


def is_large_text(widget: QWidget) -> bool:
    return widget.font().pointSizeF() >= LARGE_TEXT_PT


class _Regridder(QObject):
    def __init__(
        self,
        owner: QWidget,
        grid: QGridLayout,
        groups: list[tuple[QWidget, ...]],
        normal: int,
        large: int,
    ) -> None:
        super().__init__(owner)
        self.owner, self.grid, self.groups = owner, grid, groups
        self.normal, self.large_columns = normal, large
        self.per_row = 0

    def apply(self) -> None:
        per_row = self.large_columns if is_large_text(self.owner) else self.normal
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for group in self.groups:
            for widget in group:
                self.grid.removeWidget(widget)
        for index, group in enumerate(self.groups):
            row, first = divmod(index, per_row)
            for offset, widget in enumerate(group):
                self.grid.addWidget(widget, row, first * len(group) + offset)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


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
    regridder = _Regridder(owner, grid, groups, normal, large)
    owner.installEventFilter(regridder)
    regridder.apply()


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


class _Wrapper(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label

    def apply(self) -> None:
        self.label.setWordWrap(is_large_text(self.label))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def wrap_when_large(label: QLabel) -> None:
    """A form label that wraps only at large text sizes, where the form puts it above its field
    (QFormLayout gives a wrapping label beside its field only one line's height)."""
    wrapper = _Wrapper(label)
    label.installEventFilter(wrapper)
    wrapper.apply()
