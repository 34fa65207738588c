"""Screen readers and keyboards: every interactive widget of every area and dialog has a name,
tables expose their headers, Tab walks each area in reading order without getting stuck, and
Escape closes dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from a11y_walk import accessible_name, describe, interactive_widgets, unnamed
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QTableView,
    QTabWidget,
    QWidget,
)

from digituki.ui.main_window import AREAS


def _show_every_tab(area: QWidget) -> Iterator[str]:
    """Visit each page of each tab widget in the area (so lazily built pages exist too)."""
    yield "main"
    for tabs in area.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName() or 'tabs'}[{index}]"
        tabs.setCurrentIndex(0)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_interactive_widget_of_every_area_has_a_name(make_window, qtbot, language) -> None:
    window = make_window(language)
    problems: list[str] = []
    checked = 0
    for spec in AREAS:
        window.show_area(spec.key)
        area = window.areas[spec.key]
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        for page in _show_every_tab(area):
            qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
            for text in unnamed(area):
                problems.append(f"{spec.key}/{page}: {text}")
            checked += len(list(interactive_widgets(area)))
    problems.extend(f"main window: {text}" for text in unnamed(window.navigation))
    assert checked > 50  # the walk really saw the areas
    assert "\n".join(sorted(set(problems))) == ""


def _dialogs(window) -> Iterator[tuple[str, QDialog]]:  # type: ignore[no-untyped-def]
    from digituki.core.services import guides
    from digituki.ui.bookings.dialog import NEW, BookingDialog
    from digituki.ui.guides.editor import GuideEditorDialog
    from digituki.ui.guides.viewer import GuideDialog

    yield "booking (new)", BookingDialog(window.ctx, window, mode=NEW)
    yield "guide editor", GuideEditorDialog(window.ctx, None, window)
    found = guides.search_guides(window.ctx.db, "", language="fi")
    assert found, "the built-in guides are loaded"
    yield "guide", GuideDialog(window.ctx, found[0].id, window)


def test_every_dialog_names_its_widgets_and_closes_with_escape(make_window, qtbot) -> None:
    window = make_window("fi")
    problems: list[str] = []
    for name, dialog in _dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        assert list(interactive_widgets(dialog)), name
        problems.extend(f"{name}: {text}" for text in unnamed(dialog))
        dialog.activateWindow()
        qtbot.waitUntil(lambda dialog=dialog: dialog.isAncestorOf(QApplication.focusWidget()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible(), timeout=3000)
    assert "\n".join(problems) == ""


def test_tables_expose_their_column_headers(make_window, qtbot) -> None:
    window = make_window("fi")
    tables = []
    for spec in AREAS:
        window.show_area(spec.key)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        tables.extend(window.areas[spec.key].findChildren(QTableView))
    assert tables
    for table in tables:
        model = table.model()
        if model is None or model.columnCount() == 0:
            continue
        interface = QAccessible.queryAccessibleInterface(table)
        header = interface.child(0)  # Qt's table interface: the first child is the column header
        assert header is not None, describe(table)
        for column in range(model.columnCount()):
            if table.isColumnHidden(column) or table.horizontalHeader().isHidden():
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert title, f"{describe(table)} column {column} has no header text"


# --- keyboard order ----------------------------------------------------------------------------

ROW_TOLERANCE_EM = 1.0  # widgets whose tops differ less than a line count as one row


def _focusable(area: QWidget) -> list[QWidget]:
    return [
        w
        for w in interactive_widgets(area)
        if w.isVisibleTo(area)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QAbstractItemView)
    ]


def _tab_chain(window, area: QWidget, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from the area's first widget until focus leaves the area or comes back."""
    first = next(iter(_focusable(area)), None)
    assert first is not None
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    chain: list[QWidget] = []
    stay = 0
    for _ in range(300):
        current = QApplication.focusWidget()
        if current is None or not area.isAncestorOf(current):
            break
        if chain and current is chain[-1]:
            stay += 1  # a date edit's Tab moves between its day, month and year first
            assert stay < 6, f"Tab is stuck in {describe(current)}"
        elif current in chain:
            break  # round the area and back to the start
        else:
            stay = 0
            chain.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    return chain


def _top_left(widget: QWidget, area: QWidget) -> QPoint:
    return widget.mapTo(area, QPoint(0, 0))


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_tab_follows_the_visual_order_and_never_sticks(make_window, qtbot, key) -> None:
    window = make_window("fi")
    window.show_area(key)
    area = window.areas[key]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    pages = list(_show_every_tab(area))  # build every page once, then check each
    for tabs in area.findChildren(QTabWidget) or [None]:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
            _check_order(window, area, qtbot, f"{key} page {index}")
    assert pages


def _check_order(window, area: QWidget, qtbot, where: str) -> None:  # type: ignore[no-untyped-def]
    reachable = _focusable(area)
    if not reachable:
        return
    chain = _tab_chain(window, area, qtbot)
    missing = [describe(w) for w in reachable if w not in chain]
    assert missing == [], f"{where}: Tab never reaches {missing}"
    tolerance = area.fontMetrics().height() * ROW_TOLERANCE_EM
    # Reading order: the next widget is further down, or on the same row further right, or at the
    # top of a column that starts right of the previous widget (side-by-side boxes).
    for a, b in pairwise(chain):
        pa, pb = _top_left(a, area), _top_left(b, area)
        a_right = pa.x() + a.width()
        if pb.y() < pa.y() - tolerance:
            assert pb.x() >= a_right - tolerance, (
                f"{where}: Tab goes up from {describe(a)} to {describe(b)}"
            )
        elif abs(pb.y() - pa.y()) < tolerance:
            assert pb.x() >= pa.x() - tolerance, (
                f"{where}: Tab goes left from {describe(a)} to {describe(b)}"
            )


def test_focus_names_are_spoken_for_widgets_tab_reaches(make_window, qtbot) -> None:
    window = make_window("fi")
    window.show_area("today")
    area = window.areas["today"]
    chain = _tab_chain(window, area, qtbot)
    assert chain
    assert all(accessible_name(w) for w in chain)


def test_the_checks_themselves_catch_a_nameless_field_and_a_backwards_order(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("&Name:")
    named, nameless, button = QLineEdit(), QLineEdit(), QPushButton("&Save")
    label.setBuddy(named)
    for widget in (label, named, nameless, button):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    assert len(unnamed(root)) == 1 and "QLineEdit" in unnamed(root)[0]
    assert accessible_name(named) == "Name:" and accessible_name(button) == "Save"
    nameless.setAccessibleName("Notes")
    _check_order(None, root, qtbot, "in order")
    QWidget.setTabOrder(button, named)
    QWidget.setTabOrder(named, nameless)
    QWidget.setTabOrder(nameless, button)
    QWidget.setTabOrder(named, button)  # named → button → nameless: goes up
    with pytest.raises(AssertionError, match="Tab goes up"):
        _check_order(None, root, qtbot, "backwards")
