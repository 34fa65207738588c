"""The confirmation slip: one page, large print, in the customer's language (fi, sv or en)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.exports.pdf.common import (
    date_text,
    document_language,
    time_text,
    weekday_name,
    write_atomically,
)

BODY_PT = 16  # large print: at least 14 pt
HEADING_PT = 26

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Digitukiaika on varattu",
        "when": "Aika",
        "place": "Paikka",
        "bring": "Ota mukaan",
        "bring_device": "oma laite ({devices}) ja sen laturi",
        "bring_device_any": "oma puhelin, tabletti tai kannettava ja sen laturi",
        "bring_ids": "pankkitunnukset tai Mobiilivarmenne-puhelin",
        "bring_passwords": "salasanat, jotka muistat tai olet kirjoittanut ylös",
        "bring_glasses": "silmälasit, jos käytät niitä",
        "cancel_title": "Jos et pääse tulemaan",
        "cancel": "Peru aika soittamalla numeroon {phone} tai käymällä paikan päällä. "
        "Silloin joku muu saa ajan.",
        "cancel_no_phone": "Peru aika käymällä paikan päällä. Silloin joku muu saa ajan.",
        "contact_email": "Sähköposti {email}",
        "phone": "puhelin",
        "tablet": "tabletti",
        "laptop": "kannettava tietokone",
        "welcome": "Tervetuloa!",
    },
    "sv": {
        "title": "Din tid för digitalt stöd är bokad",
        "when": "Tid",
        "place": "Plats",
        "bring": "Ta med",
        "bring_device": "din egen apparat ({devices}) och dess laddare",
        "bring_device_any": "din egen telefon, surfplatta eller bärbara dator och laddaren",
        "bring_ids": "bankkoder eller telefonen med Mobilcertifikat",
        "bring_passwords": "lösenord som du kommer ihåg eller har skrivit upp",
        "bring_glasses": "glasögon, om du använder sådana",
        "cancel_title": "Om du inte kan komma",
        "cancel": "Avboka tiden genom att ringa {phone} eller komma förbi. "
        "Då kan någon annan få tiden.",
        "cancel_no_phone": "Avboka tiden genom att komma förbi. Då kan någon annan få tiden.",
        "contact_email": "E-post {email}",
        "phone": "telefon",
        "tablet": "surfplatta",
        "laptop": "bärbar dator",
        "welcome": "Välkommen!",
    },
    "en": {
        "title": "Your digital support appointment",
        "when": "Time",
        "place": "Place",
        "bring": "Please bring",
        "bring_device": "your own device ({devices}) and its charger",
        "bring_device_any": "your own phone, tablet or laptop and its charger",
        "bring_ids": "your bank IDs or the phone with Mobile ID (Mobiilivarmenne)",
        "bring_passwords": "passwords you remember or have written down",
        "bring_glasses": "your glasses, if you use them",
        "cancel_title": "If you cannot come",
        "cancel": "Please cancel by phoning {phone} or visiting us, "
        "so someone else can have the time.",
        "cancel_no_phone": "Please cancel by visiting us, so someone else can have the time.",
        "contact_email": "Email {email}",
        "phone": "phone",
        "tablet": "tablet",
        "laptop": "laptop",
        "welcome": "Welcome!",
    },
}


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    heading = ParagraphStyle(
        "heading", fontName="Helvetica-Bold", fontSize=HEADING_PT, leading=HEADING_PT * 1.25
    )
    sub = ParagraphStyle(
        "sub",
        fontName="Helvetica-Bold",
        fontSize=BODY_PT + 2,
        leading=(BODY_PT + 2) * 1.3,
        spaceBefore=6 * mm,
    )
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_PT, leading=BODY_PT * 1.4)
    big = ParagraphStyle(
        "big", fontName="Helvetica-Bold", fontSize=BODY_PT + 6, leading=(BODY_PT + 6) * 1.35
    )
    return heading, sub, body, big


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_slip(
    path: Path,
    *,
    start: dt.datetime,
    end: dt.datetime,
    language: str | None,
    place: str,
    devices: tuple[str, ...] = (),
    where: str = "",
    phone: str = "",
    email: str = "",
) -> Path:
    """Write the slip for an appointment from `start` to `end` (aware) to `path` (atomically).

    `where`, `phone`, `email`: the point's contact ("where to find us", its number as people read
    it, e-mail); a line is left out when its value is empty.
    """
    lang = document_language(language)
    t = TEXTS[lang]
    local_start, local_end = start.astimezone(LOCAL_TZ), end.astimezone(LOCAL_TZ)
    day = local_start.date()
    heading, sub, body, big = _styles()
    weekday = weekday_name(day, lang)
    when = (
        f"{weekday.capitalize()} {date_text(day, lang)}<br/>"
        f"{time_text(local_start.time(), lang)}–{time_text(local_end.time(), lang)}"
    )
    device_names = ", ".join(t[d] for d in devices if d in ("phone", "tablet", "laptop"))
    bring = [
        t["bring_device"].format(devices=device_names) if device_names else t["bring_device_any"],
        t["bring_ids"],
        t["bring_passwords"],
        t["bring_glasses"],
    ]
    story = [
        Paragraph(_esc(t["title"]), heading),
        Spacer(1, 6 * mm),
        Paragraph(_esc(t["when"]), sub),
        Paragraph(when, big),
        Paragraph(_esc(t["place"]), sub),
        Paragraph(_esc(place) or "&nbsp;", body),
        *([Paragraph(_esc(where), body)] if where else []),
        Paragraph(_esc(t["bring"]), sub),
        ListFlowable(
            [ListItem(Paragraph(_esc(item), body), leftIndent=8 * mm) for item in bring],
            bulletType="bullet",
            bulletFontSize=BODY_PT,
            leftIndent=8 * mm,
        ),
        Paragraph(_esc(t["cancel_title"]), sub),
        Paragraph(_esc(t["cancel"].format(phone=phone) if phone else t["cancel_no_phone"]), body),
        *([Paragraph(_esc(t["contact_email"].format(email=email)), body)] if email else []),
        Spacer(1, 8 * mm),
        Paragraph(_esc(t["welcome"]), big),
    ]

    def build(target: Path) -> None:
        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=t["title"],
            lang=lang,
        )
        doc.build(story)

    return write_atomically(path, build)
