"""The Qt binding must not leak or drop references on ordinary calls (a crash after hours)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call (see pyproject)."""
    label = QLabel("x")
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for number in range(200):
        label.setText(str(number))
    assert sys.getrefcount(None) - before > -50
