"""The Guides area as a volunteer uses it: search as you type, open, favourite, print handout."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from digituki.core.services import guides as svc


def open_guides(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="fi")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area_key() == "guides"
    area = window.areas["guides"]
    qtbot.waitUntil(lambda: area.view.model.rowCount() >= 20, timeout=10_000)
    return window, area


def test_search_as_you_type_open_favourite_and_save_handout(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, area = open_guides(qtbot, make_window)
    v = area.view
    v.search.setFocus()
    qtbot.keyClicks(v.search, "valtuu")
    qtbot.waitUntil(lambda: 0 < v.model.rowCount() <= 5, timeout=10_000)
    titles = [v.model.row_at(i).title for i in range(v.model.rowCount())]
    assert "Valtuuden antaminen läheiselle Suomi.fi-palvelussa" in titles
    assert v.count.text()  # how many were found is said in words

    # Enter moves to the results; the first result opens.
    qtbot.keyClick(v.search, Qt.Key.Key_Return)
    panel = v.panel
    first = v.model.row_at(0)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.guide.id == first.id)
    assert panel.title.text() == first.title
    assert "<ol" in panel.browser.toHtml()  # numbered steps
    assert "20.11.2026" in panel.details.text()

    # Favourite: stored for the point, shown in the list with text.
    qtbot.mouseClick(panel.favourite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.guide.favourite, timeout=10_000)
    assert "★" in panel.favourite_button.text()
    assert svc.search_guides(window.ctx.db, "", favourites_only=True)[0].id == first.id
    qtbot.waitUntil(lambda: "★" in v.model.data(v.model.index(0, 0)))
    v.favourites_only.setChecked(True)
    qtbot.waitUntil(lambda: v.model.rowCount() == 1)

    # Save as PDF handout.
    dest = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dest.exists, timeout=15_000)
    qtbot.waitUntil(lambda: str(dest) in panel.status.text())
    assert dest.read_bytes().startswith(b"%PDF")


def test_text_size_keys(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_guides(qtbot, make_window)
    panel = area.view.panel
    area.view.results.setCurrentIndex(area.view.model.index(0, 0))
    qtbot.waitUntil(lambda: panel.detail is not None)
    before = panel.browser.document().defaultFont().pointSizeF()
    panel.browser.setFocus()
    qtbot.keyClick(panel.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert panel.browser.document().defaultFont().pointSizeF() > before
    qtbot.keyClick(panel.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert panel.browser.document().defaultFont().pointSizeF() < before


def test_topic_and_language_filters(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_guides(qtbot, make_window)
    v = area.view
    v.language.setCurrentIndex(v.language.findData("sv"))
    qtbot.waitUntil(
        lambda: {v.model.row_at(i).language for i in range(v.model.rowCount())} == {"sv"}
    )
    v.topic.setCurrentIndex(v.topic.findData("security.scams"))
    qtbot.waitUntil(lambda: v.model.rowCount() == 1)
    assert v.model.row_at(0).title == "Känna igen bluffmeddelanden och bluffsamtal"


def test_write_a_new_guide_with_preview(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.guides.editor import GuideEditorDialog

    window, area = open_guides(qtbot, make_window)
    seen: list[GuideEditorDialog] = []

    def fill_and_save(dialog: GuideEditorDialog) -> int:
        seen.append(dialog)
        dialog.title.setText("Kirjaston tulostin")
        dialog.service.setText("Kirjaston tulostin")
        dialog.set_topics(("device.computer",))
        dialog.body.setPlainText("1. Valitse tulostin.\n2. Maksa <b>kortilla</b>.\n")
        qtbot.waitUntil(lambda: "kortilla" in dialog.preview.toPlainText())
        assert "<b>" in dialog.preview.toPlainText()  # raw HTML shown as text
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
        return int(dialog.result())

    monkeypatch.setattr(GuideEditorDialog, "exec", fill_and_save)
    qtbot.mouseClick(area.view.new_guide, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: area.view.panel.detail is not None)
    assert area.view.panel.detail.guide.is_local
    found = svc.search_guides(window.ctx.db, "tulostin")
    assert [g.title for g in found] == ["Kirjaston tulostin"]


def test_editor_says_what_is_missing_and_saves_nothing(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.guides.editor import GuideEditorDialog

    window, _area = open_guides(qtbot, make_window)
    before = len(svc.search_guides(window.ctx.db, ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog = GuideEditorDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.service.setText("Palvelu")
    dialog.set_topics(("device.computer",))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == [dialog.tr("Please write a title.")]
    assert dialog.saved is None and dialog.focusWidget() is dialog.title
    assert len(svc.search_guides(window.ctx.db, "")) == before


def test_broken_pack_is_refused_with_a_message(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, area = open_guides(qtbot, make_window)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("pack.yaml", "id: x\nname: X\nversion: 1\n")
        archive.writestr("../evil.md", "x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    area.import_pack_from(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "../evil.md" in shown[0]
    assert [p.id for p in svc.list_packs(window.ctx.db)] == ["digituki-builtin"]


def test_linked_guides_open_in_one_click(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.guides.linked import LinkedGuides

    window = make_window(language="sv")
    linked = LinkedGuides(window.ctx)
    qtbot.addWidget(linked)
    linked.show()
    linked.set_topics(["health.prescriptions"])
    qtbot.waitUntil(lambda: bool(linked.guide_ids()), timeout=10_000)
    item = linked.list.item(0)
    assert item.text() == "Förnya recept i MittKanta"
    rect = linked.list.visualItemRect(item)
    with qtbot.waitSignal(linked.opened, timeout=5_000):
        qtbot.mouseClick(linked.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = linked.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.panel.detail is not None, timeout=10_000)
    assert dialog.panel.title.text() == "Förnya recept i MittKanta"
    dialog.close()
    linked.set_topics([])
    qtbot.waitUntil(lambda: linked.guide_ids() == [])
