"""Alt letters (mnemonics) without clashes, in every language (issue 23).

Qt's Alt+letter shortcuts are window-wide. The translations choose their letters one text at a
time, so in one window two visible things often claimed the same letter: Alt+O opened the Help
menu instead of the call-list tab, and in Swedish Alt+S went to "Säkerhetskopiera nu" instead of
"Språk". Hand-picked letters cannot stay unique across three languages and every new string, so
— like KDE's accelerator manager — the window keeps the letters unique itself: whenever what a
window shows changes (a page or dialog appears, the language changes), the visible owners are
walked in a fixed order (menu titles first: they are what people learn; then tabs; then the
window's buttons, labels and check-able group boxes in reading order), and a later owner of a
letter already taken moves its mark to a free letter of its own text (a word's first letter
first), or loses it when no letter is free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic_index(text: str) -> int:
    """Index of the marked letter in `text` ("&Quit" → 1), -1 if none ("&&" is a literal &)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return -1
        if text[index + 1] == "&":
            index += 2
            continue
        return index + 1


def _plain(text: str) -> tuple[str, int]:
    """`text` without its mark, and the position the mark was at (-1)."""
    marked = mnemonic_index(text)
    if marked < 0:
        return text, -1
    return text[: marked - 1] + text[marked:], marked - 1


def remark(text: str, used: set[str]) -> str:
    """`text` with its mark moved to a letter not in `used` (or removed when none is free)."""
    plain, _ = _plain(text)
    # no marks inside a literal "&&"
    literal = {i for i in range(len(plain) - 1) if plain[i] == "&" and plain[i + 1] == "&"}
    literal |= {i + 1 for i in literal}
    starts = [
        i for i, c in enumerate(plain) if c.isalnum() and (i == 0 or not plain[i - 1].isalnum())
    ]
    others = [i for i, c in enumerate(plain) if c.isalnum() and i not in starts]
    for i in starts + others:
        if i not in literal and plain[i].lower() not in used:
            return plain[:i] + "&" + plain[i:]
    return plain


class _Owner:
    def __init__(self, get: Callable[[], str], set_: Callable[[str], None]) -> None:
        self.get = get
        self.set = set_


def _owners(window: QWidget) -> Iterator[_Owner]:
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                yield _Owner(action.text, action.setText)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            for index in range(bar.count()):
                if bar.isTabVisible(index) and bar.isTabEnabled(index):
                    yield _Owner(
                        lambda bar=bar, i=index: bar.tabText(i),
                        lambda text, bar=bar, i=index: bar.setTabText(i, text),
                    )

    def owns_a_letter(widget: QWidget) -> bool:
        if isinstance(widget, QAbstractButton):
            return widget.isEnabled()
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            return buddy is not None and buddy.isVisible()
        return isinstance(widget, QGroupBox) and widget.isCheckable()

    widgets = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.window() is window and widget.isVisible() and owns_a_letter(widget)
    ]
    # reading order: top to bottom, left to right (in window coordinates)
    origin = window.mapToGlobal(window.rect().topLeft())

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapToGlobal(widget.rect().topLeft()) - origin
        return (point.y(), point.x())

    for widget in sorted(widgets, key=place):
        if isinstance(widget, QGroupBox):
            yield _Owner(widget.title, widget.setTitle)
        else:
            yield _Owner(widget.text, widget.setText)  # type: ignore[attr-defined]


def make_unique(window: QWidget) -> int:
    """Give every visible Alt letter of `window` one owner; returns how many marks moved."""
    used: set[str] = set()
    moved = 0
    for owner in _owners(window):
        text = owner.get()
        index = mnemonic_index(text)
        if index < 0:
            continue
        letter = text[index].lower()
        if letter not in used:
            used.add(letter)
            continue
        new = remark(text, used)
        owner.set(new)
        moved += 1
        index = mnemonic_index(new)
        if index >= 0:
            used.add(new[index].lower())
    return moved


class MnemonicKeeper(QObject):
    """Application-wide: re-checks a window's letters after it showed something new."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.LanguageChange) and isinstance(watched, QWidget):
            window = watched.window()
            if window not in self._pending:
                self._pending.append(window)
            self._timer.start()
        return False

    def run(self) -> None:
        pending, self._pending = self._pending, []
        for window in pending:
            if shiboken6.isValid(window) and window.isVisible():
                make_unique(window)


_keeper: MnemonicKeeper | None = None


def install_mnemonic_keeper() -> None:
    """Install the keeper once for the whole application."""
    global _keeper
    app = QApplication.instance()
    if app is None or _keeper is not None:
        return
    _keeper = MnemonicKeeper(app)
    app.installEventFilter(_keeper)


def settle() -> None:
    """Run the pending checks now (tests, screenshots)."""
    if _keeper is not None:
        _keeper.run()
