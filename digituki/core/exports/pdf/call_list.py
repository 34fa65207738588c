"""The call list: a day's bookings with phone numbers, for phoning reminders (printable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from digituki.core.domain.booking import Needs, display_phone
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.exports.pdf.common import (
    date_text,
    document_language,
    time_text,
    weekday_name,
    write_atomically,
)


class CallListEntry(Protocol):
    """What the list needs of a booking (`services.bookings.BookingView` fits)."""

    @property
    def start(self) -> dt.datetime: ...
    @property
    def name(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def needs(self) -> Needs: ...


BODY_PT = 14

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Soittolista: {day}",
        "time": "Aika",
        "name": "Nimi",
        "phone": "Puhelin",
        "language": "Kieli",
        "called": "Soitettu",
        "none": "Tälle päivälle ei ole varauksia.",
        "no_phone": "ei numeroa",
        "note": "Sisältää henkilötietoja. Hävitä lista soittojen jälkeen.",
        "callback": "Pisteen numero asiakkaalle (perumiseen): {phone}",
    },
    "sv": {
        "title": "Ringlista: {day}",
        "time": "Tid",
        "name": "Namn",
        "phone": "Telefon",
        "language": "Språk",
        "called": "Ringt",
        "none": "Inga bokningar den här dagen.",
        "no_phone": "inget nummer",
        "note": "Innehåller personuppgifter. Förstör listan efter samtalen.",
        "callback": "Punktens nummer för kunden (för avbokning): {phone}",
    },
    "en": {
        "title": "Call list: {day}",
        "time": "Time",
        "name": "Name",
        "phone": "Phone",
        "language": "Language",
        "called": "Called",
        "none": "No bookings on this day.",
        "no_phone": "no number",
        "note": "Contains personal data. Destroy the list after the calls.",
        "callback": "The point's number for customers (to cancel): {phone}",
    },
}
LANGUAGE_NAMES = {
    "fi": {"fi": "suomi", "sv": "ruotsi", "en": "englanti", "other": "muu"},
    "sv": {"fi": "finska", "sv": "svenska", "en": "engelska", "other": "annat"},
    "en": {"fi": "Finnish", "sv": "Swedish", "en": "English", "other": "other"},
}


def write_call_list(
    path: Path,
    day: dt.date,
    bookings: Sequence[CallListEntry],
    language: str,
    *,
    point: str = "",
    point_phone: str = "",
) -> Path:
    """Write the call list of `day` to `path` (atomically), texts in `language`.

    `point_phone`: the point's number as people read it, for customers who want to call back
    (left out when empty).
    """
    lang = document_language(language)
    t = TEXTS[lang]
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_PT, leading=BODY_PT * 1.3)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=22, leading=28)
    small = ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=12, leading=15)
    title = t["title"].format(day=f"{weekday_name(day, lang)} {date_text(day, lang)}")
    story: list[object] = [Paragraph(title, heading)]
    if point:
        story.append(Paragraph(_esc(point), body))
    if point_phone:
        story.append(Paragraph(_esc(t["callback"].format(phone=point_phone)), body))
    story.append(Spacer(1, 4 * mm))
    if not bookings:
        story.append(Paragraph(t["none"], body))
    else:
        rows: list[list[object]] = [
            [
                Paragraph(f"<b>{t[key]}</b>", body)
                for key in ("time", "name", "phone", "language", "called")
            ]
        ]
        for b in bookings:
            rows.append(
                [
                    Paragraph(time_text(b.start.astimezone(LOCAL_TZ).time(), lang), body),
                    Paragraph(_esc(b.name or "–"), body),
                    Paragraph(display_phone(b.phone) if b.phone else t["no_phone"], body),
                    Paragraph(LANGUAGE_NAMES[lang].get(b.needs.language, ""), body),
                    Paragraph("", body),
                ]
            )
        table = Table(rows, colWidths=[22 * mm, 62 * mm, 44 * mm, 26 * mm, 22 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ]
            )
        )
        story.append(table)
    story += [Spacer(1, 6 * mm), Paragraph(t["note"], small)]

    def build(target: Path) -> None:
        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=title,
            lang=lang,
        )
        doc.build(story)

    return write_atomically(path, build)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
