"""Large text, contrast and visible focus: the whole UI follows the 200 % text size without cutting
text off, the default colours have enough contrast, the high-contrast theme can be chosen, and the
keyboard focus is always drawn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from digituki.ui.main_window import AREAS
from digituki.ui.style import BASE_POINT_SIZE, focus_frame

SCREEN = QSize(1280, 800)  # a common laptop screen: the window must fit it even at 200 %


def _pages(area: QWidget) -> Iterator[str]:
    yield "main"
    for tabs in area.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"tab {index}"
        tabs.setCurrentIndex(0)


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""


def _clipped(area: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit in the space the layout gave them."""
    out = []
    for widget in [*area.findChildren(QLabel), *area.findChildren(QAbstractButton)]:
        if not widget.isVisible() or not _text(widget).strip():
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView):
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(size.width()))
        else:
            needed = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        if needed.width() > size.width() + 1 or needed.height() > size.height() + 1:
            out.append(
                f"{type(widget).__name__}#{widget.objectName()} {_text(widget)!r}: "
                f"needs {needed.width()}×{needed.height()}, has {size.width()}×{size.height()}"
            )
    return out


def _too_small_fonts(area: QWidget, point_size: float) -> list[str]:
    return [
        f"{type(w).__name__}#{w.objectName()} {_text(w)!r}: {w.font().pointSizeF()} pt"
        for w in [*area.findChildren(QLabel), *area.findChildren(QAbstractButton)]
        if w.isVisible() and w.font().pointSizeF() < point_size * 0.95
    ]


@pytest.mark.parametrize(
    ("language", "scale"), [("fi", 200), ("sv", 200), ("en", 200), ("fi", 100), ("sv", 100)]
)
def test_every_area_follows_the_text_size_without_clipping(make_window, qtbot, language, scale):
    window = make_window(language)
    window.show_area("settings")
    window.areas["settings"].view.font_scale.setValue(200)  # as a person would, in Settings
    window.areas["settings"].view.font_scale.setValue(scale)  # (and back, for 100 %)
    assert window.ctx.local_settings.load().font_scale == scale
    size = BASE_POINT_SIZE * scale / 100
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    window.resize(SCREEN)
    problems: list[str] = []
    for spec in AREAS:
        window.show_area(spec.key)
        area = window.areas[spec.key]
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        for page in _pages(area):
            qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
            qtbot.wait(50)  # let the layouts settle
            problems += [f"{spec.key} {page}: {p}" for p in _clipped(area)]
            # nothing wider than the screen: the user never has to scroll sideways
            for scroll in [window.scroll, *area.findChildren(QScrollArea)]:
                sideways = scroll.horizontalScrollBar().maximum()
                if scroll.isVisible() and sideways > 0:
                    problems.append(f"{spec.key} {page}: {sideways} px wider than the window")
            problems += [f"{spec.key} {page} small: {p}" for p in _too_small_fonts(area, size)]
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), hint
    assert "\n".join(sorted(set(problems))) == ""


def test_the_clipping_check_itself_sees_a_cut_off_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    button = QPushButton("A long text that cannot fit in a narrow button")
    button.setFixedWidth(button.fontMetrics().averageCharWidth() * 5)
    layout.addWidget(button)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    assert len(_clipped(root)) == 1


# --- contrast ----------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1–21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


R = QPalette.ColorRole
PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
]


def test_contrast_formula():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("theme", "minimum"), [("default", 4.5), ("high_contrast", 7.0)])
def test_text_contrast_of_each_theme(make_window, theme, minimum):
    window = make_window("fi")
    window.ctx.local_settings.update(theme=theme)
    from digituki.ui.style import apply_theme

    apply_theme(theme)
    palette = QApplication.palette()
    low = {
        f"{group.name} {fg.name}/{bg.name}": round(
            contrast(palette.color(group, fg), palette.color(group, bg)), 2
        )
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        for fg, bg in PAIRS
        if contrast(palette.color(group, fg), palette.color(group, bg)) < minimum
    }
    assert low == {}
    apply_theme("default")


def test_high_contrast_is_chosen_in_settings_stored_and_used_at_the_next_start(make_window, qtbot):
    window = make_window("fi")
    window.show_area("settings")
    combo = window.areas["settings"].view.theme
    combo.setCurrentIndex(combo.findData("high_contrast"))
    assert window.ctx.local_settings.load().theme == "high_contrast"
    assert QApplication.palette().color(R.Window) == QColor("#000000")
    assert QApplication.palette().color(R.WindowText) == QColor("#ffffff")
    assert "#ffff00" in QApplication.instance().styleSheet()
    window.close()

    again = make_window(open_db=False)  # same data folder: a new start
    assert QApplication.palette().color(R.Window) == QColor("#000000")
    again.close()
    combo.setCurrentIndex(combo.findData("default"))
    assert QApplication.palette().color(R.Window) != QColor("#000000")


# --- visible focus ------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["default", "high_contrast"])
def test_keyboard_focus_is_drawn_as_a_frame_around_the_widget(make_window, qtbot, theme):
    from digituki.ui.style import apply_theme

    window = make_window("fi")
    apply_theme(theme)
    window.show_area("today")
    area = window.areas["today"]
    target = area.view.walk_in
    # focus goes to a widget of the active window only: make sure ours is the active one
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    frame = focus_frame()
    assert frame is not None
    qtbot.waitUntil(frame.isVisible)
    # the frame surrounds the focused widget
    frame_rect = QRect(frame.mapTo(window, QPoint(0, 0)), frame.size())
    target_rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    assert frame_rect.contains(target_rect)
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    moved_to = QApplication.focusWidget()
    assert moved_to is not target
    qtbot.waitUntil(lambda: focus_frame() is not None and focus_frame().isVisible())
    assert focus_frame().parentWidget() is moved_to.parentWidget()
    apply_theme("default")


# --- colour is never the only carrier of meaning -------------------------------------------------


def test_table_cells_with_colour_or_icon_also_have_text(make_window, qtbot):
    window = make_window("fi")
    from digituki.core.services.demo import generate_demo

    generate_demo(window.ctx.db, seed=3, months=1)
    seen = 0
    for spec in AREAS:
        window.show_area(spec.key)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
        for view in window.areas[spec.key].findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for row in range(min(model.rowCount(QModelIndex()), 200)):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                for column in range(columns):
                    index = model.index(row, column)
                    seen += 1
                    marked = any(
                        model.data(index, role) is not None
                        for role in (
                            Qt.ItemDataRole.BackgroundRole,
                            Qt.ItemDataRole.ForegroundRole,
                            Qt.ItemDataRole.DecorationRole,
                        )
                    )
                    if marked:
                        assert str(model.data(index, Qt.ItemDataRole.DisplayRole) or "").strip()
    assert seen > 0
