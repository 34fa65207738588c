"""Alt-letter (mnemonic) owners of a window, for the clash test (issue 23).

Qt's Alt+letter shortcuts are window-wide: a menu title, a button's text, a label's buddy, a tab
and a check-able group box all claim their underlined letter in the whole window while they are
visible. Two visible owners of one letter clash: Alt+letter then goes to one of them (often the
menu) or cycles between them, and a user who learned Alt+O for the call list opens the Help menu."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ("&Quit" → "q"; "&&" is a literal ampersand)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def owners(window: QWidget) -> dict[str, list[str]]:
    """Letter → the visible texts in `window` that claim it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter is not None and not letter.isspace():
            found[letter].append(f"{where} {text!r}")

    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and button.window() is window:
            add(button.text(), "button")
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        visible = label.isVisible() and buddy is not None and buddy.isVisible()
        if visible and label.window() is window:
            add(label.text(), "label")
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.isCheckable() and box.window() is window:
            add(box.title(), "group")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            for index in range(bar.count()):
                if bar.isTabVisible(index) and bar.isTabEnabled(index):
                    add(bar.tabText(index), "tab")
    return found


def clashes(window: QWidget, scope: str) -> list[str]:
    return [
        f"{scope}: Alt+{letter.upper()} is claimed by " + ", ".join(texts)
        for letter, texts in sorted(owners(window).items())
        if len(texts) > 1
    ]
