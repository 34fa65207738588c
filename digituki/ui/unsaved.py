"""Asking before typed work is thrown away (closing, quitting, Escape in a form; issue 23)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

KEEP, DISCARD, CANCEL = "keep", "discard", "cancel"


def ask(parent: QWidget, text: str, *, keep: str | None = None, discard: str | None = None) -> str:
    """Ask whether to throw away unsaved input: KEEP (only offered when `keep` names what
    keeping means), DISCARD or CANCEL (go back to the form; also Escape). The safe choice is
    the default button, so a hasty Enter loses nothing."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Unsaved", "Unsaved input"))
    box.setText(text)
    keep_button = None
    if keep is not None:
        keep_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
        keep_button.setObjectName("keepButton")
    discard_button = box.addButton(
        discard or translate("Unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard_button.setObjectName("discardButton")
    cancel_button = box.addButton(
        translate("Unsaved", "&Go back"), QMessageBox.ButtonRole.RejectRole
    )
    cancel_button.setObjectName("goBackButton")
    box.setDefaultButton(keep_button or cancel_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    if keep_button is not None and clicked is keep_button:
        return KEEP
    if clicked is discard_button:
        return DISCARD
    return CANCEL
