"""The "what we hold about you" printout: one customer's bookings as stored (GDPR art. 15).

Written in the customer's language (fi, sv or en). It lists every booking with its date, time,
status, stated needs and notes, when the name and phone are purged, the point's contact, and what
is not held: the help log keeps anonymous codes and counts only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from digituki.core.domain.booking import display_phone
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.domain.topics import load_topics
from digituki.core.exports.pdf.common import (
    date_text,
    document_language,
    time_text,
    write_atomically,
)

if TYPE_CHECKING:
    from digituki.core.services.customers import Customer, HeldBooking

BODY_PT = 12

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Tiedot, jotka meillä on sinusta",
        "printed": "Tulostettu {date}.",
        "name": "Nimi",
        "phone": "Puhelin",
        "none": "ei tallennettu",
        "bookings": "Varaukset ({n})",
        "date": "Päivä",
        "time": "Aika",
        "status": "Tila",
        "needs": "Toiveet ja tarpeet",
        "notes": "Muistiinpanot",
        "no_notes": "ei muistiinpanoja",
        "unreadable": "{n} muistiinpanoa ei voi avata tällä avaimella",
        "retention_title": "Kuinka kauan tietoja säilytetään",
        "retention": "Nimesi, puhelinnumerosi ja muistiinpanot poistetaan {days} päivän kuluttua "
        "käynnistä, viimeistään {date}. Voit pyytää poistamaan ne heti.",
        "not_held_title": "Mitä emme tallenna",
        "not_held": "Neuvontakirjaukset ovat nimettömiä: niihin merkitään vain aiheet ja "
        "lukumäärät, ei nimeäsi eikä puhelinnumeroasi, eikä niitä voi yhdistää sinuun. "
        "Tilastot ovat nimettömiä lukumääriä. Henkilötunnusta, osoitetta tai "
        "tunnuslukuja emme kysy emmekä tallenna.",
        "contact_title": "Yhteystiedot",
        "contact": "Kysymykset ja pyynnöt: käänny tämän digitukipisteen puoleen.",
        "interpreter": "tulkki",
        "hearing": "kuulon apu",
        "vision": "näön apu",
        "language": "kieli: {language}",
        "device": "laite: {devices}",
    },
    "sv": {
        "title": "Uppgifter vi har om dig",
        "printed": "Utskrivet {date}.",
        "name": "Namn",
        "phone": "Telefon",
        "none": "inte sparat",
        "bookings": "Bokningar ({n})",
        "date": "Dag",
        "time": "Tid",
        "status": "Status",
        "needs": "Önskemål och behov",
        "notes": "Anteckningar",
        "no_notes": "inga anteckningar",
        "unreadable": "{n} anteckningar kan inte öppnas med den här nyckeln",
        "retention_title": "Hur länge uppgifterna sparas",
        "retention": "Ditt namn, ditt telefonnummer och anteckningarna raderas {days} dagar efter "
        "besöket, senast {date}. Du kan be att de raderas genast.",
        "not_held_title": "Vad vi inte sparar",
        "not_held": "Rådgivningsanteckningarna är anonyma: de innehåller bara ämnen och antal, "
        "inte ditt namn eller telefonnummer, och de kan inte kopplas till dig. Statistiken "
        "består av anonyma antal. Personbeteckning, adress eller koder frågar vi inte "
        "efter och sparar inte.",
        "contact_title": "Kontaktuppgifter",
        "contact": "Frågor och begäran: vänd dig till den här punkten för digitalt stöd.",
        "interpreter": "tolk",
        "hearing": "hörselhjälp",
        "vision": "synhjälp",
        "language": "språk: {language}",
        "device": "apparat: {devices}",
    },
    "en": {
        "title": "What we hold about you",
        "printed": "Printed on {date}.",
        "name": "Name",
        "phone": "Phone",
        "none": "not stored",
        "bookings": "Bookings ({n})",
        "date": "Date",
        "time": "Time",
        "status": "Status",
        "needs": "Wishes and needs",
        "notes": "Notes",
        "no_notes": "no notes",
        "unreadable": "{n} notes cannot be opened with this key",
        "retention_title": "How long the data is kept",
        "retention": "Your name, phone number and the notes are deleted {days} days after the "
        "visit, at the latest on {date}. You can ask us to delete them now.",
        "not_held_title": "What we do not keep",
        "not_held": "Help-log entries are anonymous: they record topics and counts only, not "
        "your name or phone number, and cannot be linked to you. Statistics are anonymous "
        "counts. We do not ask for or keep your personal identity code, address or codes.",
        "contact_title": "Contact",
        "contact": "Questions and requests: ask at this digital-support point.",
        "interpreter": "interpreter",
        "hearing": "hearing support",
        "vision": "vision support",
        "language": "language: {language}",
        "device": "device: {devices}",
    },
}
STATUS_NAMES = {
    "fi": {"booked": "varattu", "arrived": "saapunut", "in_progress": "käynnissä",
           "done": "käyty", "no_show": "ei saapunut", "cancelled": "peruttu"},
    "sv": {"booked": "bokad", "arrived": "anländ", "in_progress": "pågår",
           "done": "genomförd", "no_show": "kom inte", "cancelled": "avbokad"},
    "en": {"booked": "booked", "arrived": "arrived", "in_progress": "in progress",
           "done": "done", "no_show": "did not come", "cancelled": "cancelled"},
}  # fmt: skip
LANGUAGE_NAMES = {
    "fi": {"fi": "suomi", "sv": "ruotsi", "en": "englanti", "other": "muu"},
    "sv": {"fi": "finska", "sv": "svenska", "en": "engelska", "other": "annat"},
    "en": {"fi": "Finnish", "sv": "Swedish", "en": "English", "other": "other"},
}
DEVICE_NAMES = {
    "fi": {"phone": "puhelin", "tablet": "tabletti", "laptop": "kannettava"},
    "sv": {"phone": "telefon", "tablet": "surfplatta", "laptop": "bärbar dator"},
    "en": {"phone": "phone", "tablet": "tablet", "laptop": "laptop"},
}


def needs_text(booking: HeldBooking, lang: str) -> str:
    """Topics and needs of a booking as one line in `lang`."""
    t = TEXTS[lang]
    topics = load_topics()
    parts = [topics.name(c, lang) for c in booking.topics if topics.is_valid(c)]
    needs = booking.needs
    parts.append(t["language"].format(language=LANGUAGE_NAMES[lang].get(needs.language, "")))
    parts += [t[flag] for flag in ("interpreter", "hearing", "vision") if getattr(needs, flag)]
    if needs.devices:
        names = ", ".join(DEVICE_NAMES[lang][d] for d in needs.devices)
        parts.append(t["device"].format(devices=names))
    return "; ".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_held_data(
    path: Path,
    customer: Customer,
    *,
    language: str,
    contact: Sequence[str],
    now: dt.datetime,
) -> Path:
    """Write the customer's "what we hold" document to `path` (atomically)."""
    lang = document_language(language)
    t = TEXTS[lang]
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_PT, leading=BODY_PT * 1.3)
    cell = ParagraphStyle("cell", parent=body, fontSize=10.5, leading=13)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=20, leading=26)
    sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=14, leading=18)
    today = now.astimezone(LOCAL_TZ).date()
    story: list[object] = [
        Paragraph(t["title"], heading),
        Paragraph(t["printed"].format(date=date_text(today, lang)), body),
        Spacer(1, 4 * mm),
        Paragraph(f"<b>{t['name']}:</b> {_esc(customer.name or t['none'])}", body),
        Paragraph(
            f"<b>{t['phone']}:</b> "
            f"{_esc(display_phone(customer.phone)) if customer.phone else t['none']}",
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(t["bookings"].format(n=len(customer.bookings)), sub),
    ]
    rows: list[list[object]] = [
        [Paragraph(f"<b>{t[k]}</b>", cell) for k in ("date", "time", "status", "needs", "notes")]
    ]
    for b in customer.bookings:
        start, end = b.start.astimezone(LOCAL_TZ), b.end.astimezone(LOCAL_TZ)
        notes = [_esc(n) for n in b.notes]
        if b.notes_unreadable:
            notes.append(t["unreadable"].format(n=b.notes_unreadable))
        rows.append(
            [
                Paragraph(date_text(start.date(), lang), cell),
                Paragraph(f"{time_text(start.time(), lang)}–{time_text(end.time(), lang)}", cell),
                Paragraph(STATUS_NAMES[lang].get(b.status, b.status), cell),
                Paragraph(_esc(needs_text(b, lang)), cell),
                Paragraph("<br/>".join(notes) or t["no_notes"], cell),
            ]
        )
    table = Table(rows, colWidths=[24 * mm, 26 * mm, 24 * mm, 58 * mm, 48 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 5 * mm),
        Paragraph(t["retention_title"], sub),
        Paragraph(
            t["retention"].format(
                days=customer.retention_days, date=date_text(customer.retained_until, lang)
            ),
            body,
        ),
        Spacer(1, 3 * mm),
        Paragraph(t["not_held_title"], sub),
        Paragraph(t["not_held"], body),
        Spacer(1, 3 * mm),
        Paragraph(t["contact_title"], sub),
        Paragraph(t["contact"], body),
    ]
    story += [Paragraph(_esc(line), body) for line in contact]

    def build(target: Path) -> None:
        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=t["title"],
            lang=lang,
        )
        doc.build(story)

    return write_atomically(path, build)
