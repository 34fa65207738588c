"""The privacy notice (tietosuojaseloste / dataskyddsbeskrivning, GDPR art. 13) as a PDF.

The sections' texts are plain language, written for a library's digital-support desk; the point
may replace any of them (services/privacy.py keeps its own wording). `{point}`, `{controller}`,
`{contact}` and `{days}` in a text are filled from the point's settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from digituki.core.exports.pdf.common import date_text, document_language, write_atomically

BODY_PT = 12

SECTIONS = ("controller", "contact", "purpose", "legal_basis", "data", "retention",
            "recipients", "rights", "security")  # fmt: skip

TITLES: dict[str, dict[str, str]] = {
    "fi": {
        "document": "Tietosuojaseloste: digituen ajanvaraus",
        "updated": "Päivitetty {date}.",
        "controller": "Rekisterinpitäjä",
        "contact": "Yhteystiedot",
        "purpose": "Miksi tietoja käsitellään",
        "legal_basis": "Käsittelyn peruste",
        "data": "Mitä tietoja tallennetaan",
        "retention": "Kuinka kauan tietoja säilytetään",
        "recipients": "Kuka tiedot näkee",
        "rights": "Oikeutesi ja miten käytät niitä",
        "security": "Miten tiedot suojataan",
    },
    "sv": {
        "document": "Dataskyddsbeskrivning: tidsbokning för digitalt stöd",
        "updated": "Uppdaterad {date}.",
        "controller": "Personuppgiftsansvarig",
        "contact": "Kontaktuppgifter",
        "purpose": "Varför uppgifterna behandlas",
        "legal_basis": "Grund för behandlingen",
        "data": "Vilka uppgifter som sparas",
        "retention": "Hur länge uppgifterna sparas",
        "recipients": "Vem som ser uppgifterna",
        "rights": "Dina rättigheter och hur du använder dem",
        "security": "Hur uppgifterna skyddas",
    },
    "en": {
        "document": "Privacy notice: digital-support appointments",
        "updated": "Updated on {date}.",
        "controller": "Controller",
        "contact": "Contact",
        "purpose": "Why the data is processed",
        "legal_basis": "Legal basis",
        "data": "What is kept",
        "retention": "How long it is kept",
        "recipients": "Who sees it",
        "rights": "Your rights and how to use them",
        "security": "How the data is protected",
    },
}

DEFAULTS: dict[str, dict[str, str]] = {
    "fi": {
        "controller": "{controller}",
        "contact": "{point}\n{contact}\nVoit kysyä tietosuojasta tiskillä aukioloaikoina.",
        "purpose": "Varaamme sinulle ajan digitukeen, muistutamme siitä tarvittaessa "
        "puhelimella ja otamme sinut vastaan. Tietoja ei käytetä muuhun.",
        "legal_basis": "Yleisen edun mukainen tehtävä: kirjaston ja kunnan digituki "
        "(EU:n tietosuoja-asetus, 6 artikla 1 e). Nimettömät tilastot kertovat, "
        "millaista apua tarvitaan.",
        "data": "Nimesi ja puhelinnumerosi, varauksen aika ja tila, aiheet ja toiveesi "
        "(kieli, tulkki, kuulon tai näön apu, oma laite) sekä mahdollinen muistiinpano "
        "käynnistä. Neuvontakirjaukset ja tilastot ovat nimettömiä lukumääriä: niissä ei ole "
        "nimeäsi eikä puhelinnumeroasi.",
        "retention": "Nimi, puhelinnumero ja muistiinpanot poistetaan {days} päivän kuluttua "
        "käynnistä. Varmuuskopioissa ne säilyvät enintään niin kauan, kunnes kopio "
        "vanhenee ja poistuu (viikkoja). Nimettömät lukumäärät säilyvät tilastoissa.",
        "recipients": "Vain tämän pisteen työntekijät ja vapaaehtoiset näkevät tiedot. Tietoja ei "
        "luovuteta eikä siirretä EU:n ulkopuolelle. Alueen koordinaattori saa vain "
        "nimettömät lukumäärät.",
        "rights": "Voit kysyä, mitä tietoja sinusta on: saat ne tulosteena heti tiskiltä. "
        "Voit pyytää korjaamaan tai poistamaan tietosi heti; poistoa ei voi perua. "
        "Voit tehdä valituksen tietosuojavaltuutetulle (tietosuoja.fi).",
        "security": "Nimi ja puhelinnumero tallennetaan salattuina tämän pisteen koneelle. "
        "Näyttö piilottaa ne, kun konetta ei käytetä.",
    },
    "sv": {
        "controller": "{controller}",
        "contact": "{point}\n{contact}\nDu kan fråga om dataskydd vid disken under öppettiderna.",
        "purpose": "Vi bokar en tid för digitalt stöd åt dig, påminner dig vid behov per "
        "telefon och tar emot dig. Uppgifterna används inte till något annat.",
        "legal_basis": "En uppgift av allmänt intresse: bibliotekets och kommunens digitala stöd "
        "(EU:s dataskyddsförordning, artikel 6.1 e). Anonym statistik visar vilken "
        "hjälp som behövs.",
        "data": "Ditt namn och telefonnummer, bokningens tid och status, ämnen och önskemål "
        "(språk, tolk, hörsel- eller synhjälp, egen apparat) och en eventuell anteckning om "
        "besöket. Rådgivningsanteckningar och statistik är anonyma antal: de innehåller "
        "inte ditt namn eller telefonnummer.",
        "retention": "Namn, telefonnummer och anteckningar raderas {days} dagar efter besöket. "
        "I säkerhetskopior finns de kvar högst tills kopian blir gammal och tas bort "
        "(veckor). Anonyma antal finns kvar i statistiken.",
        "recipients": "Bara den här punktens personal och frivilliga ser uppgifterna. De lämnas "
        "inte ut och förs inte utanför EU. Regionens koordinator får bara anonyma antal.",
        "rights": "Du kan fråga vilka uppgifter vi har om dig: du får dem utskrivna genast vid "
        "disken. Du kan be att de rättas eller raderas genast; raderingen kan inte ångras. "
        "Du kan klaga hos dataombudsmannen (tietosuoja.fi).",
        "security": "Namn och telefonnummer sparas krypterade på den här punktens dator. "
        "Skärmen döljer dem när datorn inte används.",
    },
    "en": {
        "controller": "{controller}",
        "contact": "{point}\n{contact}\nYou can ask about privacy at the desk during opening "
        "hours.",
        "purpose": "We book you a time for digital support, remind you by phone when needed and "
        "receive you. The data is used for nothing else.",
        "legal_basis": "A task in the public interest: the library's and municipality's digital "
        "support (EU General Data Protection Regulation, article 6(1)(e)). Anonymous "
        "statistics show what help is needed.",
        "data": "Your name and phone number, the booking's time and status, topics and your "
        "wishes (language, interpreter, hearing or vision support, own device) and a note "
        "about the visit, if any. Help-log entries and statistics are anonymous counts: they "
        "hold neither your name nor your phone number.",
        "retention": "Name, phone number and notes are deleted {days} days after the visit. "
        "Backup copies keep them at most until the copy ages out and is removed (weeks). "
        "Anonymous counts stay in the statistics.",
        "recipients": "Only this point's staff and volunteers see the data. It is not disclosed "
        "to anyone or moved outside the EU. The regional coordinator receives anonymous "
        "counts only.",
        "rights": "You can ask what we hold about you: you get it printed at the desk at once. "
        "You can ask us to correct or delete it now; a deletion cannot be undone. You can "
        "complain to the Data Protection Ombudsman (tietosuoja.fi).",
        "security": "Name and phone number are stored encrypted on this point's computer. The "
        "screen hides them when the computer is not in use.",
    },
}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with {point}, {controller}, {contact}, {days} filled; other braces stay."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def write_privacy_notice(
    path: Path,
    *,
    language: str,
    texts: Mapping[str, str],
    values: Mapping[str, str],
    today: dt.date,
) -> Path:
    """Write the notice to `path` (atomically); `texts` holds each section's wording."""
    lang = document_language(language)
    titles = TITLES[lang]
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_PT, leading=BODY_PT * 1.35)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=20, leading=26)
    sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=13.5, leading=18)
    story: list[object] = [
        Paragraph(_esc(titles["document"]), heading),
        Paragraph(_esc(titles["updated"].format(date=date_text(today, lang))), body),
        Spacer(1, 4 * mm),
    ]
    for section in SECTIONS:
        text = fill(texts.get(section) or DEFAULTS[lang][section], values).strip()
        lines: Sequence[str] = [line.strip() for line in text.splitlines() if line.strip()]
        story.append(Paragraph(_esc(titles[section]), sub))
        story.append(Paragraph("<br/>".join(_esc(line) for line in lines) or "–", body))
        story.append(Spacer(1, 3 * mm))

    def build(target: Path) -> None:
        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=titles["document"],
            lang=lang,
        )
        doc.build(story)

    return write_atomically(path, build)
