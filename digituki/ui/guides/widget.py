"""Guides area: search as you type, filter, read, print, write guides, manage guide packs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QStandardPaths, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from digituki.core.domain.errors import ValidationError
from digituki.ui.a11y import announce
from digituki.ui.context import AppContext
from digituki.ui.errors import message_for, show_error
from digituki.ui.guides.view import GuidesView
from digituki.ui.shortcuts import SEARCH_GUIDES, shortcut_text
from digituki.ui.widgets.area import Area

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
SORT_MATCH = "match"
SORT_OLDEST_REVIEW = "oldest_review"
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class GuidesArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = GuidesView(self, ctx)
        v = self.view
        self._request = 0
        self._loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        v.language.addItem("", None)
        for code, name in LANGUAGE_NAMES:
            v.language.addItem(name, code)
        v.language.setCurrentIndex(max(0, v.language.findData(ctx.translations.language)))
        self._fill_topics()
        v.sort.addItem("", SORT_MATCH)
        v.sort.addItem("", SORT_OLDEST_REVIEW)

        v.search.textChanged.connect(self._timer.start)
        v.search.returnPressed.connect(self._focus_results)
        v.topic.currentIndexChanged.connect(self.refresh)
        v.language.currentIndexChanged.connect(self.refresh)
        v.favourites_only.toggled.connect(self.refresh)
        v.sort.currentIndexChanged.connect(self.refresh)
        v.results.selectionModel().currentRowChanged.connect(self._row_changed)
        v.results.activated.connect(lambda _index: v.panel.browser.setFocus())
        v.panel.guide_changed.connect(self._guide_changed)
        v.panel.guide_deleted.connect(lambda _id: self.refresh())
        v.new_guide.clicked.connect(self._new_guide)
        v.import_pack.triggered.connect(self._import_pack)
        v.export_pack.triggered.connect(self._export_pack)
        v.remove_pack.triggered.connect(self._remove_pack)
        QWidget.setTabOrder(v.search, v.favourites_only)
        QWidget.setTabOrder(v.favourites_only, v.topic)
        QWidget.setTabOrder(v.topic, v.language)
        QWidget.setTabOrder(v.language, v.sort)
        QWidget.setTabOrder(v.sort, v.results)
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Guides"))
        v.search_label.setText(self.tr("&Search:"))
        v.search.setPlaceholderText(
            self.tr("Type a word, for example: valtuutus, resepti, huijaus")
        )
        v.search.setAccessibleName(self.tr("Search guides"))
        v.search.setToolTip(
            self.tr("Type words to search ({keys} from anywhere)").format(
                keys=shortcut_text(SEARCH_GUIDES)
            )
        )
        v.topic_label.setText(self.tr("&Topic:"))
        v.topic.setAccessibleName(self.tr("Show guides of this topic"))
        v.language_label.setText(self.tr("&Language:"))
        v.language.setAccessibleName(self.tr("Language of the guides"))
        v.language.setItemText(0, self.tr("All languages"))
        v.sort_label.setText(self.tr("&Order:"))
        v.sort.setAccessibleName(self.tr("Order of the guides"))
        v.sort.setItemText(0, self.tr("Best match first"))
        v.sort.setItemText(1, self.tr("Oldest review first"))
        v.sort.setToolTip(
            self.tr("“Oldest review first” shows which guides to check against the services next")
        )
        v.favourites_only.setText(self.tr("&Favourites only"))
        v.favourites_only.setAccessibleName(self.tr("Show only favourite guides"))
        v.results.setAccessibleName(self.tr("Guides found"))
        v.new_guide.setText(self.tr("&New guide…"))
        v.new_guide.setAccessibleName(self.tr("Write a new guide"))
        v.packs_button.setText(self.tr("&Guide packs"))
        v.packs_button.setAccessibleName(self.tr("Guide packs: import, export, remove"))
        v.import_pack.setText(self.tr("&Import a guide pack…"))
        v.export_pack.setText(self.tr("E&xport our guides as a pack…"))
        v.remove_pack.setText(self.tr("&Remove a guide pack…"))
        self._name_topics()
        v.panel.retranslate()
        v.model.retranslate()
        self._update_count()

    def _fill_topics(self) -> None:
        from digituki.core.domain.topics import load_topics

        combo = self.view.topic
        combo.addItem("", None)
        for group in load_topics().groups:
            combo.addItem("", group.code)
            for topic in group.topics:
                combo.addItem("", topic.code)

    def _name_topics(self) -> None:
        from digituki.core.domain.topics import load_topics

        topics = load_topics()
        language = self.ctx.translations.language
        combo = self.view.topic
        combo.setItemText(0, self.tr("All topics"))
        for index in range(1, combo.count()):
            code = combo.itemData(index)
            name = topics.name(code, language)
            combo.setItemText(index, name if topics.is_group(code) else f"    {name}")

    # --- searching -------------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Search again with the current text and filters (in the background)."""
        from digituki.core.services import guides as svc

        if self.ctx.db is None:
            return
        self._timer.stop()
        v = self.view
        self._request += 1
        request = self._request
        topic = v.topic.currentData()

        oldest_first = v.sort.currentData() == SORT_OLDEST_REVIEW

        def done(rows: list[Any]) -> None:
            if request == self._request:
                self._show_results(svc.oldest_review_first(rows) if oldest_first else rows)

        self.ctx.runner.run(
            lambda: svc.search_guides(
                self.ctx.db,  # type: ignore[arg-type]
                v.search.text(),
                language=v.language.currentData(),
                topics=(topic,) if topic else (),
                favourites_only=v.favourites_only.isChecked(),
            ),
            on_done=done,
            parent=self,
        )

    def _show_results(self, rows: list[Any]) -> None:
        v = self.view
        current = v.panel.detail.guide.id if v.panel.detail is not None else None
        v.model.set_rows(rows)
        self._loaded = True
        if current is not None:
            row = v.model.row_of(current)
            if row >= 0:
                v.results.selectionModel().blockSignals(True)
                v.results.setCurrentIndex(v.model.index(row, 0))
                v.results.selectionModel().blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        if not self._loaded:
            self.view.count.setText("")
            return
        n = self.view.model.rowCount()
        if n == 0:
            text = self.tr("No guides found. Try a shorter word, another topic or “All languages”.")
        elif n == 1:
            text = self.tr("1 guide")
        else:
            text = self.tr("{count} guides").format(count=n)
        self.view.count.setText(text)
        self.view.count.setAccessibleName(text)

    def _focus_results(self) -> None:
        v = self.view
        if v.model.rowCount():
            v.results.setFocus()
            v.results.setCurrentIndex(v.model.index(0, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        guide = self.view.model.row_at(current.row())
        panel = self.view.panel
        if panel.detail is None or panel.detail.guide.id != guide.id:
            panel.open_guide(guide.id)

    def open_guide(self, guide_id: int) -> None:
        """Show a guide (e.g. from elsewhere in the app)."""
        self.view.panel.open_guide(guide_id)

    def _guide_changed(self, summary: Any) -> None:
        if self.view.favourites_only.isChecked() or self.view.model.row_of(summary.id) < 0:
            self.refresh()
        else:
            self.view.model.update_row(summary)

    # --- writing and packs -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.view.status.setText(text)
        announce(self.view.status, text)

    def _new_guide(self) -> None:
        from digituki.ui.guides.editor import GuideEditorDialog

        dialog = GuideEditorDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.view.panel.show_detail(dialog.saved)
            self._say(self.tr("The new guide was saved."))
            self.refresh()

    def _documents(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) if folder else Path.home()

    def _import_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a guide pack"),
            str(self._documents()),
            self.tr("Guide packs (*.zip)"),
        )
        if path:
            self.import_pack_from(Path(path))

    def import_pack_from(self, path: Path) -> None:
        from digituki.core.services import guides as svc

        def done(result: Any) -> None:
            if result.previous_version is None:
                text = self.tr(
                    "The guide pack “{name}” (version {version}) was imported: {added} guides."
                )
            else:
                text = self.tr(
                    "The guide pack “{name}” was updated to version {version}: {added} new, "
                    "{updated} updated, {removed} removed."
                )
            text = text.format(
                name=result.pack.name,
                version=result.pack.version,
                added=result.added,
                updated=result.updated,
                removed=result.removed,
            )
            if result.kept_local:
                text += " " + self.tr("{count} guides edited here were kept as they were.").format(
                    count=result.kept_local
                )
            self._say(text)
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                text = self.tr("The guide pack was not imported. Nothing was changed.")
                QMessageBox.warning(
                    self, self.tr("Import guide pack"), f"{text}\n\n{message_for(error)}"
                )
                self._say(text)
            else:
                show_error(self, error)

        self.ctx.runner.run(
            svc.import_pack,
            self.ctx.db,
            path,
            on_done=done,
            on_error=failed,
            label=self.tr("Importing the guide pack…"),
            parent=self,
        )

    def _export_pack(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export our guides"),
            str(self._documents() / (self.tr("our-guides") + ".zip")),
            self.tr("Guide packs (*.zip)"),
        )
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        self.export_pack_to(Path(path))

    def export_pack_to(self, path: Path) -> None:
        from digituki.core.services import guides as svc
        from digituki.core.services.settings import get_site_settings

        db = self.ctx.db
        fallback = self.tr("Our guides")

        def work() -> int:
            name = get_site_settings(db).site_name or fallback  # type: ignore[arg-type]
            return svc.export_local_pack(db, path, name=name)  # type: ignore[arg-type]

        def done(count: int) -> None:
            self._say(
                self.tr("{count} guides were exported to {path}").format(count=count, path=path)
            )

        self.ctx.runner.run(work, on_done=done, parent=self)

    def _remove_pack(self) -> None:
        from digituki.core.services import guides as svc

        self.ctx.runner.run(svc.list_packs, self.ctx.db, on_done=self._choose_pack, parent=self)

    def _choose_pack(self, packs: list[Any]) -> None:
        imported = [p for p in packs if p.source == "imported"]
        title = self.tr("Remove guide pack")
        if not imported:
            QMessageBox.information(self, title, self.tr("No guide packs have been imported."))
            return
        labels = [
            self.tr("{name} (version {version}, {count} guides)").format(
                name=p.name, version=p.version, count=p.guide_count
            )
            for p in imported
        ]
        label, ok = QInputDialog.getItem(
            self, title, self.tr("Which guide pack do you want to remove?"), labels, 0, False
        )
        if not ok:
            return
        pack = imported[labels.index(label)]
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Remove the guide pack “{name}” and its {count} guides? Guides edited here are "
                "kept."
            ).format(name=pack.name, count=pack.guide_count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_pack(pack.id)

    def remove_pack(self, pack_id: str) -> None:
        from digituki.core.services import guides as svc

        def done(count: int) -> None:
            self._say(self.tr("The guide pack was removed ({count} guides).").format(count=count))
            panel = self.view.panel
            if panel.detail is not None and panel.detail.guide.pack_id == pack_id:
                panel.show_detail(None)
            self.refresh()

        self.ctx.runner.run(svc.remove_pack, self.ctx.db, pack_id, on_done=done, parent=self)
