"""Turning the core's typed errors into plain-language messages (the last-resort handler itself is
in `digituki.ui.crash`, importable from here too)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.ui.crash import install_excepthook

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

__all__ = ["install_excepthook", "message_for", "show_error", "show_unexpected"]


def message_for(error: DigitukiError) -> str:
    """A plain-language message, in the UI language, saying what happened and what to do."""
    p = error.params
    if isinstance(error, ValidationError):
        texts = {
            "out_of_range": translate("Errors", "The value must be between {low} and {high}."),
            "too_long": translate("Errors", "The text is too long: at most {limit} characters."),
            "language_unknown": translate("Errors", "Choose Finnish, Swedish or English."),
            "theme_unknown": translate("Errors", "Choose the normal or the high-contrast colours."),
            "required": translate("Errors", "This information is needed. Please fill it in."),
            "passphrase_short": translate(
                "Errors", "The passphrase must be at least {low} characters long."
            ),
            "pin_format": translate("Errors", "The PIN must be 4 to 12 digits."),
            "email_invalid": translate(
                "Errors", "This e-mail address does not look right. Write it like name@example.fi."
            ),
            "passphrase_mismatch": translate(
                "Errors", "The two passphrases are not the same. Type them again."
            ),
        }
        text = texts.get(error.message_code)
        if text is None:
            text = validation_message(error)
    else:
        texts = {
            "database_too_new": translate(
                "Errors",
                "This database was saved by a newer version of Digituki. Install the newest "
                "version; nothing was changed.",
            ),
            "database_open": translate(
                "Errors",
                "The database could not be opened. Restart Digituki; if this happens again, "
                "ask your support person to look at the log file.",
            ),
            "not_found": translate(
                "Errors", "The item was not found. It may have been removed on another desk."
            ),
            "conflict": translate(
                "Errors", "Someone changed this at the same time. Please try again."
            ),
            # data safety (issue 8)
            "database_read_only": translate(
                "Errors",
                "This database was saved by a newer version of Digituki, so it is open for "
                "reading only: nothing can be saved. Install the newest version.",
            ),
            "database_not_writable": translate(
                "Errors",
                "Digituki cannot write to {path} (read-only). Nothing was saved. Ask your "
                "support person to make the file and its folder writable.",
            ),
            "disk_full": translate(
                "Errors",
                "The disk is full: free space and try again; nothing was lost.",
            ),
            "key_unavailable": translate(
                "Errors",
                "Customers' names and phone numbers are locked. Open them with the point's "
                "passphrase (Settings → Data safety). Everything else works as usual.",
            ),
            "signing_key_locked": translate(
                "Errors",
                "The coordinator file must be signed, and the point's signing key is locked "
                "with the customers' details. Open them with the point's passphrase (Settings → "
                "Data safety) and export again. Nothing was written.",
            ),
            "note_key": translate(
                "Errors",
                "Private notes are locked. Open them with the point's passphrase (Settings → "
                "Data safety). Everything else works as usual.",
            ),
            "demo_key": translate(
                "Errors",
                "This is a demo point: its key is public and cannot protect real customers' "
                "details. Start a real point in its own data folder. Nothing was changed.",
            ),
            "demo_on_real_point": translate(
                "Errors",
                "This data folder holds a real point's bookings or help log, so demo data is not "
                "added to it. Nothing was changed.",
            ),
            "wrong_passphrase": translate(
                "Errors", "The passphrase is not right. Check it and try again."
            ),
            "backup_failed": translate(
                "Errors",
                "The backup could not be made or read. Check that the folder or USB stick has "
                "free space and is not write-protected, then try again.",
            ),
            "not_a_backup": translate(
                "Errors", "This file is not a working Digituki backup. Nothing was changed."
            ),
            # shared database (issue 11)
            "server_unreachable": translate(
                "Errors",
                "The shared database cannot be reached. Check the network cable or Wi-Fi; if "
                "other desks cannot reach it either, ask your IT support. Start Digituki again "
                "when the connection works.",
            ),
            "database_damaged": translate(
                "Errors",
                "The database file is damaged. Digituki can bring back the newest backup; the "
                "damaged file is kept aside.",
            ),
            "already_open": translate(
                "Errors",
                "Digituki is already open on this data folder ({program}, process {pid} on "
                "computer {host}, since {started}). Use the window that is open, or close it "
                "first.",
            ),
            "database_missing": translate(
                "Errors",
                "The database file is missing or empty. Digituki can bring back the newest "
                "backup; files left beside it are kept aside.",
            ),
        }
        text = texts.get(error.code, translate("Errors", "Something went wrong. Please try again."))
    try:
        return text.format(**p)
    except (KeyError, IndexError, ValueError):
        return text


# Areas add translated messages for their own validation codes: provider(code) -> text or None.
_providers: list[Callable[[str], str | None]] = []


def register_validation_messages(provider: Callable[[str], str | None]) -> None:
    if provider not in _providers:
        _providers.append(provider)


def validation_message(error: ValidationError) -> str:
    for provider in _providers:
        text = provider(error.message_code)
        if text:
            return text
    return translate("Errors", "Please check the information you entered.")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show a known error as a message; an unknown one is logged and reported plainly. The
    shared server being away is said in the status bar, never in a dialog (issue 22)."""
    from PySide6.QtWidgets import QMessageBox  # not at import: its enums cost start-up time

    if _say_unreachable(parent, error):
        return

    if isinstance(error, DigitukiError):
        QMessageBox.warning(parent, translate("Errors", "Digituki"), message_for(error))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    show_unexpected(parent)


def _say_unreachable(parent: QWidget | None, exc: BaseException) -> bool:
    """The shared server could not be reached: say so in the status bar, not in a dialog that
    a volunteer's next Enter would close instead of saving (issue 22). True when said."""
    from digituki.ui.offline import is_connection_error

    if not is_connection_error(exc):
        return False
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    log.warning("the shared database cannot be reached (%s)", type(exc).__name__)
    window = parent.window() if parent is not None else None
    if not isinstance(window, QMainWindow):
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None
        )
    if window is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Offline",
                "The shared database cannot be reached: some information is not shown. Help "
                "sessions are kept on this computer; bookings need the server.",
            ),
            15_000,
        )
    return True


def show_unexpected(parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from digituki.logs import current_log_file

    QMessageBox.critical(
        parent,
        translate("Errors", "Digituki"),
        translate(
            "Errors",
            "Something unexpected happened. Your saved work is safe. If it happens again, tell "
            "your support person; the details are in the log file:\n{path}",
        ).format(path=current_log_file() or "-"),
    )
