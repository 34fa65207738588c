"""Guides linked to the chosen topics, for the help-log form and the booking dialog.

`LinkedGuides(ctx)`; call `set_topics(codes)` whenever the chosen topics change, and
`set_customer_language(code)` when the customer's language is known (the booking's or the help-log
entry's): the guides are then listed, opened and handed out in that language where they exist. One
click (or Enter) on a guide opens it in its own window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from digituki.ui.context import AppContext
from digituki.ui.guides import messages  # noqa: F401  (registers the error texts)

LANGUAGE_SUFFIX = {"fi": "suomi", "sv": "svenska", "en": "English"}


class LinkedGuides(QWidget):
    """A short list of guides for some topics; emits `opened(guide_id)` when one is opened."""

    opened = Signal(int)
    MAX_GUIDES = 8

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._codes: tuple[str, ...] = ()
        self._customer_language: str | None = None
        self._request = 0
        self._rows: list[Any] = []
        self.dialogs: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("linkedGuides")
        self.list.setWordWrap(True)
        self.label.setBuddy(self.list)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._open_item)
        self.list.itemActivated.connect(self._open_item)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.label.setText(self.tr("G&uides for these topics:"))
        self.list.setAccessibleName(self.tr("Guides for the chosen topics"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_customer_language(self, language: str | None) -> None:
        """List and hand out the guides in the customer's language (None: the UI's)."""
        language = language if language in LANGUAGE_SUFFIX else None
        if language != self._customer_language:
            self._customer_language = language
            if self._codes:
                self.set_topics(self._codes)

    def wanted_language(self) -> str:
        return self._customer_language or self.ctx.translations.language

    def set_topics(self, codes: Sequence[str]) -> None:
        """Show the guides linked to `codes` (topic or group codes)."""
        from digituki.core.services import guides as svc

        self._codes = tuple(codes)
        self._request += 1
        request = self._request
        if not self._codes or self.ctx.db is None:
            self._rows = []
            self._update()
            return

        def done(rows: list[Any]) -> None:
            if request == self._request:
                self._rows = rows
                self._update()

        db, codes, language = self.ctx.db, self._codes, self.wanted_language()
        self.ctx.runner.run(
            lambda: svc.guides_for_topics(db, codes, language=language, limit=self.MAX_GUIDES),
            on_done=done,
            parent=self,
        )

    def guide_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def _update(self) -> None:
        self.list.clear()
        if not self._rows:
            text = (
                self.tr("No guides for these topics yet.")
                if self._codes
                else self.tr("Choose a topic to see its guides.")
            )
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        for row in self._rows:
            text = row.title
            if row.language != self.ctx.translations.language:
                text += f" ({LANGUAGE_SUFFIX.get(row.language, row.language)})"
            if row.out_of_date:
                text += " – " + self.tr("possibly out of date")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.summary)
            self.list.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        guide_id = item.data(Qt.ItemDataRole.UserRole)
        if guide_id is None:
            return
        self.open_guide(int(guide_id))

    def open_guide(self, guide_id: int) -> None:
        from digituki.ui.guides.viewer import GuideDialog

        dialog = GuideDialog(
            self.ctx, guide_id, self.window(), customer_language=self._customer_language
        )
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        self.opened.emit(guide_id)

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
