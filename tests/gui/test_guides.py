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
    v.topic.setCurrentIndex(v.topic.findData("tax.tax_card"))
    qtbot.waitUntil(lambda: v.model.rowCount() == 1)
    assert v.model.row_at(0).title == "Beställa ett nytt skattekort i MinSkatt"


def test_list_sorted_oldest_review_first(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    window, area = open_guides(qtbot, make_window)
    v = area.view
    svc.save_guide(
        window.ctx.db,
        svc.GuideDraft(
            title="Kirjaston skanneri",
            language="fi",
            topics=("device.computer",),
            service="Kirjasto",
            body="1. Avaa kansi.\n2. Paina Skannaa.\n",
            reviewed=dt.date(2024, 5, 2),
        ),
    )
    area.refresh()
    qtbot.waitUntil(lambda: v.model.rowCount() >= 33)
    assert v.model.row_at(0).title != "Kirjaston skanneri"  # best match: in title order
    v.sort.setCurrentIndex(v.sort.findData("oldest_review"))
    qtbot.waitUntil(lambda: v.model.row_at(0).title == "Kirjaston skanneri")
    reviewed = [v.model.row_at(i).reviewed for i in range(v.model.rowCount())]
    assert reviewed == sorted(reviewed)
    assert v.sort.currentText() == "Pisimpään tarkistamatta ensin"


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
    linked.set_topics(["tax.tax_card"])
    qtbot.waitUntil(lambda: bool(linked.guide_ids()), timeout=10_000)
    item = linked.list.item(0)
    assert item.text() == "Beställa ett nytt skattekort i MinSkatt"
    rect = linked.list.visualItemRect(item)
    with qtbot.waitSignal(linked.opened, timeout=5_000):
        qtbot.mouseClick(linked.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = linked.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.panel.detail is not None, timeout=10_000)
    assert dialog.panel.title.text() == "Beställa ett nytt skattekort i MinSkatt"
    dialog.close()
    linked.set_topics([])
    qtbot.waitUntil(lambda: linked.guide_ids() == [])


def test_pack_images_shown_remote_images_never_loaded(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    png = QImage(40, 20, QImage.Format.Format_RGB32)
    png.fill(0x3366CC)
    png_path = tmp_path / "p.png"
    png.save(str(png_path))
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pack.yaml", "id: kuvat\nname: Kuvat\nversion: 1\n")
        archive.writestr(
            "kuva.fi.md",
            "---\nslug: kuvaohje\ntitle: Kuvaohje\nlanguage: fi\ntopics: [device.phone]\n"
            "service: Puhelin\nreviewed: 2024-01-01\n---\n\n1. Katso kuvaa.\n\n"
            "   ![Painike](images/p.png)\n2. Etäkuva: ![Etä](https://example.com/x.png)\n",
        )
        archive.write(png_path, "images/p.png")
    window, area = open_guides(qtbot, make_window)
    area.import_pack_from(pack)
    qtbot.waitUntil(lambda: "Kuvat" in area.view.status.text(), timeout=10_000)
    guide_id = svc.find_guide(window.ctx.db, "kuvaohje", "fi")
    panel = area.view.panel
    panel.open_guide(guide_id)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.guide.id == guide_id)
    browser = panel.browser
    kind = QTextDocument.ResourceType.ImageResource.value
    assert not browser.loadResource(kind, QUrl("images/p.png")).isNull()
    assert browser.loadResource(kind, QUrl("https://example.com/x.png")) is None
    assert "example.com/x.png" in browser.toHtml() and "<img" in browser.toHtml()
    # Reviewed in 2024: flagged in words and with an icon, in the viewer and in the list.
    assert panel.warning_row.isVisible() and panel.warning.text()
    assert panel.warning_icon.pixmap() is not None and not panel.warning_icon.pixmap().isNull()

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_result_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import Qt

    from digituki.ui.guides.model import GUIDE_ID_ROLE, GuideListModel

    def summary(i: int, old: bool, favourite: bool) -> svc.GuideSummary:
        return svc.GuideSummary(
            id=i,
            slug=f"s{i}",
            language="fi",
            title=f"Ohje {i}",
            summary="",
            service="OmaKanta",
            source="",
            reviewed=dt.date(2026, 11, 20),
            topics=("health.omakanta",),
            pack_id="p",
            pack_name="P",
            pack_source="builtin",
            local_edit=False,
            favourite=favourite,
            out_of_date=old,
        )

    model = GuideListModel()
    model.set_rows([summary(1, False, False), summary(2, True, True)])
    qtmodeltester.check(model)
    plain, flagged = (model.data(model.index(r, 0)) for r in (0, 1))
    assert "Ohje 1" in plain and "OmaKanta" in plain and "★" not in plain and "⚠" not in plain
    assert "⚠" in flagged and "★" in flagged
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(1, 0), GUIDE_ID_ROLE) == 2
