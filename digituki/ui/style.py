"""The application's look: font size from the text-size setting, the colour theme (default or high
contrast), and a style sheet sized from the font.

Qt style sheets only know absolute sizes, so the sheet is rebuilt whenever the text size or the
theme changes. Keyboard focus is always drawn as a thick frame around the focused widget (a
QFocusFrame that follows the focus), in both themes.
"""

from __future__ import annotations

import copy

import shiboken6
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

BASE_POINT_SIZE = 12.0  # at 100 %: large, clear text for the desk
THEMES = ("default", "high_contrast")


class _Look:
    scale = 100
    theme = "default"
    system_palette: QPalette | None = None  # the palette Qt started with, kept before any change


_look = _Look()

FOCUS_COLOUR = {"default": "#0b57d0", "high_contrast": "#ffff00"}
FOCUS_WIDTH = {"default": 3, "high_contrast": 4}


def style_sheet(point_size: float, theme: str = "default") -> str:
    # Headings and big buttons grow with the text, but less steeply at large sizes: at 200 %
    # the walk-in button's words would otherwise not fit beside the area list on a 1280-px screen.
    heading = round(min(point_size * 1.5, point_size + 8), 1)
    nav = round(point_size * 1.15, 1)
    big = round(min(point_size * 1.3, point_size + 6), 1)
    walk_in = round(min(point_size * 1.6, point_size + 9), 1)
    sheet = f"""
QLabel#pageHeading {{ font-size: {heading}pt; font-weight: 600; }}
QListWidget#navigation {{ font-size: {nav}pt; }}
QListWidget#navigation::item {{ padding: 0.5em 1em; }}
QPushButton[big="true"] {{ font-size: {big}pt; font-weight: 600; padding: 0.6em 1.2em; }}
QPushButton#walkIn {{ font-size: {walk_in}pt; font-weight: 700; padding: 0.7em 1.2em; }}
QFocusFrame {{ border: {FOCUS_WIDTH.get(theme, 3)}px solid {FOCUS_COLOUR.get(theme, "#0b57d0")}; }}
"""
    if theme == "high_contrast":
        sheet += HIGH_CONTRAST_SHEET
    return sheet


# Black background, white text and borders, yellow for selection and focus (WCAG AAA contrast).
HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton {
    background-color: #000000; color: #ffffff; border: 2px solid #ffffff;
    border-radius: 0.2em; padding: 0.3em 0.8em;
}
QPushButton:hover, QToolButton:hover { background-color: #333333; }
QPushButton:pressed, QPushButton:checked, QToolButton:checked {
    background-color: #ffff00; color: #000000;
}
QPushButton:disabled, QToolButton:disabled { color: #b0b0b0; border: 2px dashed #b0b0b0; }
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView {
    background-color: #000000; color: #ffffff; border: 2px solid #ffffff;
    selection-background-color: #ffff00; selection-color: #000000;
}
QComboBox QAbstractItemView { border: 2px solid #ffff00; }
QHeaderView::section {
    background-color: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 0.2em 0.4em;
    font-weight: 700;
}
QTabBar::tab {
    background-color: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 0.3em 0.8em;
}
QTabBar::tab:selected { background-color: #ffff00; color: #000000; }
QGroupBox { border: 2px solid #ffffff; margin-top: 1.4em; padding-top: 0.4em; font-weight: 700; }
QGroupBox::title { subcontrol-origin: margin; left: 0.6em; padding: 0 0.2em; }
QMenuBar::item:selected, QMenu::item:selected { background-color: #ffff00; color: #000000; }
QMenu { border: 2px solid #ffffff; }
QToolTip { background-color: #000000; color: #ffffff; border: 2px solid #ffff00; }
QListWidget#navigation::item:selected { background-color: #ffff00; color: #000000; }
"""


def default_palette(app: QApplication) -> QPalette:
    """The system's own colours, with a darker selection so white text on it stays readable.

    The palette the application started with is kept on first use (it is the style's standard
    palette unless the platform gives its own); asking `app.style()` for it instead would cost
    ~6 ms of start-up for the Python wrapper of QStyle and its enums."""
    # (copies made with copy.copy: the QPalette(QPalette) constructor makes PySide6 resolve its
    # overloads through the whole `Qt` enum namespace, ~25 ms)
    if _look.system_palette is None:
        _look.system_palette = app.palette()  # a copy
    palette = copy.copy(_look.system_palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#14519c"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def high_contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#b0b0b0")
    palette = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, black),
        (R.WindowText, white),
        (R.Base, black),
        (R.AlternateBase, QColor("#1a1a1a")),
        (R.Text, white),
        (R.Button, black),
        (R.ButtonText, white),
        (R.BrightText, yellow),
        (R.Highlight, yellow),
        (R.HighlightedText, black),
        (R.ToolTipBase, black),
        (R.ToolTipText, white),
        (R.PlaceholderText, grey),
        (R.Link, yellow),
        (R.LinkVisited, QColor("#ffd24d")),
        (R.Light, white),
        (R.Midlight, white),
        (R.Mid, grey),
        (R.Dark, white),
        (R.Shadow, white),
    ):
        palette.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def _apply() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    theme = _look.theme
    size = BASE_POINT_SIZE * _look.scale / 100
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    if theme == "high_contrast":
        app.setPalette(high_contrast_palette())
    else:
        app.setPalette(default_palette(app))
    app.setStyleSheet(style_sheet(size, theme))
    _focus_tracker.install(app)


def apply_font_scale(scale: int) -> None:
    """Set the application font and style sheet from the text-size setting (100–200 %)."""
    _look.scale = max(100, min(200, int(scale)))
    _apply()


def apply_theme(theme: str) -> None:
    """Switch between the default colours and the high-contrast theme (black, white, yellow)."""
    _look.theme = theme if theme in THEMES else "default"
    _apply()


def current_theme() -> str:
    return _look.theme


class _FocusTracker:
    """Moves one QFocusFrame to whichever widget has the keyboard focus."""

    def __init__(self) -> None:
        self.frame: QFocusFrame | None = None
        self.app: QApplication | None = None

    def install(self, app: QApplication) -> None:
        if self.app is app:
            return
        self.app = app
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.parentWidget() is None or new.isWindow():
            self._target(None)
            return
        self._target(new)

    def _target(self, widget: QWidget | None) -> None:
        # The frame lives next to the focused widget, so it dies with that widget's parent.
        if self.frame is None or not shiboken6.isValid(self.frame):
            if widget is None:
                return
            self.frame = QFocusFrame(widget.parentWidget())  # owned by Qt from the start
            self.frame.setObjectName("focusFrame")
        self.frame.setWidget(widget)


_focus_tracker = _FocusTracker()


def focus_frame() -> QFocusFrame | None:
    """The frame drawn around the focused widget (None before anything had the focus)."""
    frame = _focus_tracker.frame
    return frame if frame is not None and shiboken6.isValid(frame) else None
