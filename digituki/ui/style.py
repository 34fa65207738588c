"""The application's look: font size from the text-size setting, and a style sheet sized from it.

Qt style sheets only know absolute sizes, so the sheet is rebuilt whenever the text size changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12.0  # at 100 %: large, clear text for the desk


def style_sheet(point_size: float) -> str:
    heading = round(point_size * 1.5, 1)
    nav = round(point_size * 1.15, 1)
    big = round(point_size * 1.3, 1)
    return f"""
QLabel#pageHeading {{ font-size: {heading}pt; font-weight: 600; }}
QListWidget#navigation {{ font-size: {nav}pt; }}
QListWidget#navigation::item {{ padding: 0.5em 1em; }}
QPushButton[big="true"] {{ font-size: {big}pt; font-weight: 600; padding: 0.6em 1.2em; }}
"""


def apply_font_scale(scale: int) -> None:
    """Set the application font and style sheet from the text-size setting (100–200 %)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    size = BASE_POINT_SIZE * scale / 100
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(size))
