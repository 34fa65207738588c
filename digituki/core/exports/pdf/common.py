"""Shared helpers of the PDF documents: atomic writing, dates in the document's language."""

from __future__ import annotations

import datetime as dt

from digituki.core.exports.safety import write_atomically as write_atomically

WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DOCUMENT_LANGUAGES = ("fi", "sv", "en")


def document_language(language: str | None) -> str:
    """fi, sv or en; anything else (e.g. "other") gets Finnish."""
    return language if language in DOCUMENT_LANGUAGES else "fi"


def weekday_name(day: dt.date, language: str) -> str:
    return WEEKDAYS[document_language(language)][day.weekday()]


def date_text(day: dt.date, language: str) -> str:
    """ "24.11.2026" (fi, sv) or "24 November 2026" (en)."""
    if document_language(language) == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def time_text(value: dt.time, language: str) -> str:
    """ "14.30" (fi, sv) or "14:30" (en)."""
    sep = ":" if document_language(language) == "en" else "."
    return f"{value.hour}{sep}{value.minute:02d}"
