"""Issue 23, item 5: no two visible things in one window share an Alt letter, in fi, sv and en,
in every area, on every tab, and in every dialog."""

from __future__ import annotations

import pytest
from mnemonics_walk import clashes, mnemonic
from PySide6.QtWidgets import QApplication, QTabWidget

from digituki.ui.main_window import AREAS
from digituki.ui.mnemonics import settle


def test_mnemonic_reads_the_underlined_letter() -> None:
    assert mnemonic("&Quit") == "q"
    assert mnemonic("Save && close") is None
    assert mnemonic("Tom && &Jerry") == "j"


def _tabs_of(area):  # type: ignore[no-untyped-def]
    yield "main"
    for tabs in area.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName() or 'tabs'}[{index}]"
        tabs.setCurrentIndex(0)


def _dialogs(window):  # type: ignore[no-untyped-def]
    from digituki.core.services import guides
    from digituki.ui.bookings.dialog import NEW, BookingDialog
    from digituki.ui.guides.editor import GuideEditorDialog
    from digituki.ui.guides.viewer import GuideDialog

    yield "booking (new)", BookingDialog(window.ctx, window, mode=NEW)
    yield "guide editor", GuideEditorDialog(window.ctx, None, window)
    found = guides.search_guides(window.ctx.db, "", language="fi")
    yield "guide", GuideDialog(window.ctx, found[0].id, window)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_5_shortcut_clashes_no_alt_letter_twice_in_a_window(make_window, qtbot, language):  # type: ignore[no-untyped-def]
    window = make_window(language)
    window.resize(1280, 800)
    problems: list[str] = []
    for spec in AREAS:
        window.show_area(spec.key)
        area = window.areas[spec.key]
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        for page in _tabs_of(area):
            qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
            QApplication.processEvents()
            settle()
            problems.extend(clashes(window, f"{language} {spec.key}/{page}"))
    for name, dialog in _dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        QApplication.processEvents()
        settle()
        problems.extend(clashes(dialog, f"{language} {name}"))
        dialog.hide()
    assert "\n".join(sorted(set(problems))) == ""


def test_5_swedish_alt_s_goes_to_the_language_and_letters_stay_unique_after_a_switch(
    make_window, qtbot
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = make_window("fi")
    window.resize(1280, 800)
    window.show_area("settings")
    settings = window.areas["settings"]
    combo = settings.view.language
    combo.setCurrentIndex(combo.findData("sv"))  # switched in the running window
    qtbot.waitUntil(lambda: window.ctx.local_settings.load().language == "sv")
    qtbot.waitUntil(lambda: "Språk" in settings.view.language_label.text())
    QApplication.processEvents()
    settle()
    assert clashes(window, "sv settings") == []
    assert mnemonic(settings.view.language_label.text()) == "s"
    window.areas["settings"].view.theme.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is combo  # not "Säkerhetskopiera nu"
