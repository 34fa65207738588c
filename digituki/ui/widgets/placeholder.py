"""An honest placeholder for an area whose feature has not been built yet, and the loading page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from digituki.ui.context import AppContext
from digituki.ui.widgets.area import Area

translate = QCoreApplication.translate


class MessagePage(QWidget):
    """A page with a heading and a paragraph; texts come from callables so they re-translate."""

    def __init__(
        self,
        heading: Callable[[], str],
        body: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._heading_text, self._body_text = heading, body
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def set_texts(self, heading: Callable[[], str], body: Callable[[], str]) -> None:
        # A message worth copying (an error): selectable. (Not set at start: touching `Qt` costs
        # ~25 ms of start-up, and the first page only says "opening".)
        from PySide6.QtCore import Qt

        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._heading_text, self._body_text = heading, body
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self._heading_text())
        self.body.setText(self._body_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderArea(Area):
    """Says plainly that the feature is coming, instead of showing fake data."""

    def __init__(
        self, ctx: AppContext, heading: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = MessagePage(
            heading,
            lambda: translate(
                "Placeholder",
                "This part of Digituki is not ready yet. It will come in a later version. "
                "Until then, please keep using your current way of working.",
            ),
        )
        layout.addWidget(self.page)
