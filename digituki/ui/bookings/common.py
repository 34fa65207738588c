"""Texts and helpers shared by the Today and Bookings areas: statuses, needs, errors, PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.ui.errors import message_for, register_validation_messages, show_error
from digituki.ui.i18n import format_date, format_time, join_date_and_time

translate = QCoreApplication.translate


def status_text(status: str) -> str:
    texts = {
        "booked": translate("Bookings", "Booked"),
        "arrived": translate("Bookings", "Arrived"),
        "in_progress": translate("Bookings", "Being helped"),
        "done": translate("Bookings", "Done"),
        "no_show": translate("Bookings", "Did not come"),
        "cancelled": translate("Bookings", "Cancelled"),
    }
    return texts.get(status, status)


def language_text(code: str) -> str:
    texts = {
        "fi": translate("Bookings", "Finnish"),
        "sv": translate("Bookings", "Swedish"),
        "en": translate("Bookings", "English"),
        "other": translate("Bookings", "Other language"),
    }
    return texts.get(code, code)


def device_text(code: str) -> str:
    texts = {
        "phone": translate("Bookings", "phone"),
        "tablet": translate("Bookings", "tablet"),
        "laptop": translate("Bookings", "laptop"),
    }
    return texts.get(code, code)


def weekday_text(weekday: int) -> str:
    names = (
        translate("Bookings", "Monday"),
        translate("Bookings", "Tuesday"),
        translate("Bookings", "Wednesday"),
        translate("Bookings", "Thursday"),
        translate("Bookings", "Friday"),
        translate("Bookings", "Saturday"),
        translate("Bookings", "Sunday"),
    )
    return names[weekday]


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(LOCAL_TZ)


def time_range(start: dt.datetime, end: dt.datetime) -> str:
    return f"{format_time(local(start).time())}–{format_time(local(end).time())}"


def day_text(value: dt.date) -> str:
    """ "Tuesday 24.11.2026"."""
    return f"{weekday_text(value.weekday())} {format_date(value)}"


def slot_text(start: dt.datetime, end: dt.datetime) -> str:
    """ "Tuesday 24.11.2026 10.00–10.45" (Finnish: "tiistai 24.11.2026 klo 10.00–10.45")."""
    return join_date_and_time(day_text(local(start).date()), time_range(start, end))


def needs_text(needs: object) -> str:
    """The customer's needs in a few words (language, interpreter, hearing, vision, device)."""
    parts = [language_text(needs.language)]  # type: ignore[attr-defined]
    if needs.interpreter:  # type: ignore[attr-defined]
        parts.append(translate("Bookings", "needs an interpreter"))
    if needs.hearing:  # type: ignore[attr-defined]
        parts.append(translate("Bookings", "hearing difficulty"))
    if needs.vision:  # type: ignore[attr-defined]
        parts.append(translate("Bookings", "vision difficulty"))
    devices = needs.devices  # type: ignore[attr-defined]
    if devices:
        parts.append(
            translate("Bookings", "brings: {devices}").format(
                devices=", ".join(device_text(d) for d in devices)
            )
        )
    return ", ".join(parts)


def topics_text(codes: tuple[str, ...], language: str) -> str:
    from digituki.core.domain.topics import load_topics

    topics = load_topics()
    return ", ".join(topics.name(c, language) for c in codes if topics.is_valid(c))


def customer_text(booking: object) -> str:
    from digituki.core.domain.booking import display_phone

    if booking.contact_unreadable:  # type: ignore[attr-defined]
        return translate("Bookings", "(contact details cannot be read)")
    if booking.purged:  # type: ignore[attr-defined]
        from digituki.core import clock

        if booking.start >= clock.now():  # type: ignore[attr-defined]
            # erased at the customer's request; the appointment was kept (issue 17)
            return translate("Bookings", "Customer, name removed")
        return translate("Bookings", "(contact details removed)")
    from digituki.ui import privacy

    if privacy.hidden():  # the privacy lock (issue 8)
        return privacy.mask("-")
    name = booking.name or ""  # type: ignore[attr-defined]
    phone = booking.phone  # type: ignore[attr-defined]
    return " · ".join(p for p in (name, display_phone(phone) if phone else "") if p)


def booking_status_text(booking: object) -> str:
    text = status_text(booking.status)  # type: ignore[attr-defined]
    if booking.outside_hours:  # type: ignore[attr-defined]
        text += " — " + translate("Bookings", "outside opening hours: move or cancel")
    return text


def _validation_texts(code: str) -> str | None:
    texts = {
        "slot_in_past": translate("Bookings", "This time has already passed. Choose a later time."),
        "outside_opening_hours": translate(
            "Bookings", "The point is not open at this time. Choose one of the offered times."
        ),
        "slot_full": translate(
            "Bookings", "This time is already fully booked. Choose another time."
        ),
        "phone_invalid": translate(
            "Bookings",
            "This phone number does not look right. Write it like 040 123 4567 or "
            "+358 40 123 4567.",
        ),
        "contact_required": translate(
            "Bookings", "Write the customer's name or phone number (at least one of them)."
        ),
        "topic_unknown": translate("Bookings", "One of the chosen topics is not in the list."),
        "choice_unknown": translate("Bookings", "Choose one of the options in the list."),
        "status_not_allowed": translate(
            "Bookings", "This cannot be done to a booking in its current state."
        ),
        "status_unknown": translate("Bookings", "Unknown booking state."),
        "no_show_too_early": translate(
            "Bookings", "The appointment has not started yet, so it cannot be marked as not come."
        ),
        "not_editable": translate("Bookings", "This booking can no longer be changed."),
        "not_movable": translate("Bookings", "Only a booked appointment can be moved."),
        "time_order": translate("Bookings", "The end time must be after the start time."),
        "hours_overlap": translate(
            "Bookings", "These hours overlap with opening hours already on the list."
        ),
        "already_closed": translate("Bookings", "This day is already marked as closed."),
    }
    return texts.get(code)


register_validation_messages(_validation_texts)


def error_text(error: BaseException) -> str | None:
    """A message for a known error (with the next free time when a slot is full); else None."""
    if not isinstance(error, DigitukiError):
        return None
    text = message_for(error)
    if isinstance(error, ValidationError) and error.message_code == "slot_full":
        next_free = error.params.get("next_free")
        if isinstance(next_free, dt.datetime):
            text += " " + translate("Bookings", "The next free time is {when}.").format(
                when=join_date_and_time(
                    day_text(local(next_free).date()), format_time(local(next_free).time())
                )
            )
    return text


def show_booking_error(parent: QWidget | None, error: BaseException) -> None:
    text = error_text(error)
    if text is None:
        show_error(parent, error)
    else:
        QMessageBox.warning(parent, translate("Bookings", "Digituki"), text)


# --- PDFs -------------------------------------------------------------------------------------


def pdf_folder() -> Path:
    """The private printouts folder (0700, under the data folder) for documents opened in the
    PDF viewer; the retention purge deletes them after the day (issue 20)."""
    from digituki.paths import printouts_dir

    return printouts_dir()


def open_file(path: Path) -> bool:
    """Open `path` in the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_pdf_as(parent: QWidget, path: Path) -> Path | None:
    """Ask where to keep a copy of the printout `path` (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Bookings", "Save the document as"),
        str(Path.home() / path.name),
        translate("Bookings", "PDF documents (*.pdf)"),
    )
    return Path(name) if name else None


def show_pdf(parent: QWidget, path: Path) -> bool:
    """Open a printout in the PDF viewer; where there is none, say so and offer *Save as…*
    (issue 23, item 13: with no viewer nothing happened and nothing was said)."""
    if open_file(path):
        return True
    import shutil

    from digituki.ui.a11y import announce

    box = QMessageBox(parent)
    box.setObjectName("noPdfViewer")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Bookings", "No PDF viewer"))
    box.setText(
        translate(
            "Bookings",
            "The document was made, but this computer has no program that opens PDF files. "
            "Save it and print it from another computer, or ask your support person to install "
            "a PDF viewer.",
        )
    )
    save = box.addButton(translate("Bookings", "&Save as…"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("saveAsButton")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is not save:
        return False
    target = save_pdf_as(parent, path)
    if target is None:
        return False
    try:
        shutil.copyfile(path, target)
    except OSError:
        text = translate(
            "Bookings", "The document could not be saved there. Choose another folder."
        )
    else:
        text = translate("Bookings", "The document was saved: {path}").format(path=target)
    from PySide6.QtWidgets import QMainWindow

    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 30_000)
        announce(window.statusBar(), text)
    return True
