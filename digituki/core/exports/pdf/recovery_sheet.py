"""The printable recovery sheet: the point's passphrase on paper for the point's lead.

Large print (body 16 pt), the passphrase in groups of four letters so it can be read aloud and
typed back without mistakes, and what to do with it. The file is written atomically; the caller
tells the user to print it and delete the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digituki.core import clock
from digituki.core.exports.pdf.common import date_text, document_language, write_atomically

TEXTS = {
    "fi": {
        "title": "Digituki – palautusarkki",
        "point": "Tukipiste: {site}",
        "made": "Tehty: {date}",
        "passphrase": "Tukipisteen tunnuslause:",
        "grouped": "Sama neljän merkin ryhmissä (välilyönnit eivät kuulu siihen):",
        "why": "Tunnuslauseella avataan asiakkaiden nimet ja puhelinnumerot, kun Digituki "
        "asennetaan uudelle tietokoneelle tai palautetaan varmuuskopiosta.",
        "keep": "Säilytä tämä paperi lukitussa paikassa. Älä anna sitä asiakkaille. "
        "Jos paperi katoaa, vaihda tunnuslause Digituen Asetuksissa.",
        "lost": "Jos tunnuslause unohtuu, vain asiakkaiden nimet ja puhelinnumerot jäävät "
        "lukitsemattomiksi – tilastot ja muut tiedot säilyvät.",
    },
    "sv": {
        "title": "Digituki – återställningsblad",
        "point": "Stödpunkt: {site}",
        "made": "Gjort: {date}",
        "passphrase": "Stödpunktens lösenfras:",
        "grouped": "Samma i grupper om fyra tecken (mellanslagen hör inte till den):",
        "why": "Med lösenfrasen öppnas kundernas namn och telefonnummer när Digituki "
        "installeras på en ny dator eller återställs från en säkerhetskopia.",
        "keep": "Förvara papperet på ett låst ställe. Ge det inte till kunder. "
        "Om papperet försvinner, byt lösenfras i Digitukis inställningar.",
        "lost": "Om lösenfrasen glöms bort kan bara kundernas namn och telefonnummer inte "
        "öppnas – statistiken och allt annat finns kvar.",
    },
    "en": {
        "title": "Digituki – recovery sheet",
        "point": "Support point: {site}",
        "made": "Made: {date}",
        "passphrase": "The point's passphrase:",
        "grouped": "The same in groups of four characters (the spaces are not part of it):",
        "why": "The passphrase opens customers' names and phone numbers when Digituki is "
        "installed on a new computer or restored from a backup.",
        "keep": "Keep this paper in a locked place. Never give it to customers. "
        "If the paper goes missing, change the passphrase in Digituki's Settings.",
        "lost": "If the passphrase is forgotten, only customers' names and phone numbers cannot "
        "be opened – statistics and everything else are kept.",
    },
}


def grouped(passphrase: str, size: int = 4) -> str:
    """The passphrase in groups of `size` characters; its spaces shown as middle dots."""
    shown = passphrase.replace(" ", "·")
    return " ".join(shown[i : i + size] for i in range(0, len(shown), size))


def write_recovery_sheet(
    path: Path, passphrase: str, site_name: str, language: str, today: dt.date | None = None
) -> Path:
    """Write the recovery sheet PDF to `path` (atomically) in `language`."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    lang = document_language(language)
    t = TEXTS[lang]
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=16, leading=22)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=24, leading=30)
    secret = ParagraphStyle("secret", parent=body, fontName="Courier-Bold", fontSize=20, leading=28)
    day = today or clock.today()

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, title=t["title"]
        )
        story = [Paragraph(escape(t["title"]), title), Spacer(1, 12)]
        if site_name:
            story.append(Paragraph(escape(t["point"].format(site=site_name)), body))
        story += [
            Paragraph(escape(t["made"].format(date=date_text(day, lang))), body),
            Spacer(1, 18),
            Paragraph(escape(t["passphrase"]), body),
            Paragraph(escape(passphrase), secret),
            Spacer(1, 12),
            Paragraph(escape(t["grouped"]), body),
            Paragraph(escape(grouped(passphrase)), secret),
            Spacer(1, 18),
            Paragraph(escape(t["why"]), body),
            Spacer(1, 10),
            Paragraph(escape(t["keep"]), body),
            Spacer(1, 10),
            Paragraph(escape(t["lost"]), body),
        ]
        doc.build(story)

    return write_atomically(path, build)
