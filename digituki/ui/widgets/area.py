"""Base class of the main window's areas."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from digituki.ui.context import AppContext


class Area(QWidget):
    """An area of the main window. Subclasses set texts in `retranslate()` (called on start and on
    every language change) and reload their data in `activate()` (called when shown)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def activate(self) -> None:
        """The area became visible: refresh what it shows."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
