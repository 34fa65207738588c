"""The paper fallback of the help log: a one-page tally sheet (PDF, A4 landscape).

The sheet carries the same topic list (numbered as in the batch entry) and the same fields as
the form: one line per customer for the time, minutes, topic number, age band and outcome, and,
for the whole sheet, the form of support, language and device (a different kind of day takes a
new sheet). It also has boxes for walk-ins turned away and volunteer hours. The caller passes the
language; the sheet's texts are here, not in the UI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from digituki.core.domain.helplog import tally_numbers
from digituki.core.domain.topics import TopicList, load_topics
from digituki.core.exports.safety import write_atomically

FONT: Final = "Helvetica"
BOLD: Final = "Helvetica-Bold"
MARGIN: Final = 28.0
LINE_ROWS: Final = 10

TEXTS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "title": "Digituen kirjauslomake",
        "date": "Päivä",
        "point": "Piste",
        "help": "Yksi rivi jokaisesta asiakkaasta. Kirjoita aiheen numero listasta ja ympyröi ikä "
        "ja tulos. Syötä lomake myöhemmin: Tukikirjaukset > Paperilomake.",
        "topics": "Aiheet",
        "no": "Nro",
        "time": "Klo",
        "minutes": "Min",
        "topic": "Aihe nro",
        "age": "Ikä",
        "outcome": "Tulos",
        "ages": "-24|25-44|45-64|65-74|75-84|85+|?",
        "outcomes": "Ratkesi|Osin|Ei",
        "form": "Tapa (rasti)",
        "forms": "Ajanvaraus|Drop-in|Puhelin|Video|Kotikäynti|Ryhmä",
        "language": "Kieli",
        "languages": "suomi|ruotsi|englanti|muu",
        "device": "Laite",
        "devices": "oma puhelin|oma tabletti|oma tietokone|pisteen kone|ei laitetta",
        "turned": "Jouduttiin käännyttämään (viivoja)",
        "reasons": "Jono täynnä|Ei kuulu digitukeen|Ei vapaaehtoista",
        "hours": "Vapaaehtoiset ja tunnit",
        "private": "Älä kirjoita asiakkaan nimeä tai muita henkilötietoja.",
    },
    "sv": {
        "title": "Blankett för digitalt stöd",
        "date": "Datum",
        "point": "Punkt",
        "help": "En rad för varje kund. Skriv ämnets nummer ur listan och ringa in ålder och "
        "resultat. Mata in blanketten senare: Stödloggen > Pappersblankett.",
        "topics": "Ämnen",
        "no": "Nr",
        "time": "Kl.",
        "minutes": "Min",
        "topic": "Ämne nr",
        "age": "Ålder",
        "outcome": "Resultat",
        "ages": "-24|25-44|45-64|65-74|75-84|85+|?",
        "outcomes": "Löst|Delvis|Nej",
        "form": "Form (kryssa)",
        "forms": "Bokad|Drop-in|Telefon|Video|Hembesök|Grupp",
        "language": "Språk",
        "languages": "finska|svenska|engelska|annat",
        "device": "Apparat",
        "devices": "egen telefon|egen surfplatta|egen dator|punktens dator|ingen",
        "turned": "Måste avvisas (streck)",
        "reasons": "Kön full|Hör inte till stödet|Ingen frivillig",
        "hours": "Frivilliga och timmar",
        "private": "Skriv inte kundens namn eller andra personuppgifter.",
    },
    "en": {
        "title": "Digital support tally sheet",
        "date": "Date",
        "point": "Point",
        "help": "One line per customer. Write the topic number from the list and circle the age "
        "and the outcome. Enter the sheet later: Help log > Paper sheet.",
        "topics": "Topics",
        "no": "No.",
        "time": "Time",
        "minutes": "Min",
        "topic": "Topic no.",
        "age": "Age",
        "outcome": "Outcome",
        "ages": "-24|25-44|45-64|65-74|75-84|85+|?",
        "outcomes": "Solved|Partly|No",
        "form": "Form (tick)",
        "forms": "Booked|Walk-in|Phone|Video|Home visit|Group",
        "language": "Language",
        "languages": "Finnish|Swedish|English|other",
        "device": "Device",
        "devices": "own phone|own tablet|own computer|point's computer|none",
        "turned": "Turned away (tally marks)",
        "reasons": "Queue full|Out of scope|No volunteer",
        "hours": "Volunteers and hours",
        "private": "Do not write the customer's name or other personal data.",
    },
}


def _texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["fi"])


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so that it fits `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "...", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "..."


def sheet_topic_lines(
    topics: TopicList, hidden: frozenset[str], language: str
) -> list[tuple[str, bool]]:
    numbers = tally_numbers(topics)
    lines: list[tuple[str, bool]] = []
    for group in topics.groups:
        shown = [t for t in group.topics if not topics.is_hidden(t.code, hidden)]
        if not shown:
            continue
        lines.append((group.name(language), True))
        lines.extend((f"{numbers[t.code]:>2}  {t.name(language)}", False) for t in shown)
    return lines


def _draw_topics(
    canvas: Canvas,
    lines: list[tuple[str, bool]],
    x: float,
    top: float,
    width: float,
    height: float,
    heading: str,
) -> None:
    canvas.setFont(BOLD, 14)
    canvas.drawString(x, top - 14, heading)
    top -= 22
    height -= 22
    columns = 2
    column_width = (width - 8) / columns
    per_column = -(-len(lines) // columns)
    size = 12.0

    def too_wide(size: float) -> bool:
        return any(
            stringWidth(text, BOLD if bold else FONT, size) > column_width for text, bold in lines
        )

    while size > 7 and per_column * size * 1.18 > height:
        size -= 0.5
    while size > 9.5 and too_wide(size):
        size -= 0.5
    leading = size * 1.18
    for index, (text, is_group) in enumerate(lines):
        col, row = divmod(index, per_column)
        font = BOLD if is_group else FONT
        cx = x + col * (column_width + 8)
        cy = top - (row + 1) * leading
        canvas.setFont(font, size)
        canvas.drawString(cx, cy, _fit(text, font, size, column_width))


def _choices(canvas: Canvas, x: float, y: float, options: Iterable[str], size: float) -> float:
    """Draw options separated by gaps; return the x after the last one."""
    canvas.setFont(FONT, size)
    for option in options:
        canvas.drawString(x, y, option)
        x += stringWidth(option, FONT, size) + size * 0.6
    return x


def _options_width(options: list[str], size: float) -> float:
    widths = sum(float(stringWidth(o, FONT, size)) for o in options)
    return widths + size * 0.6 * (len(options) - 1)


def _tick_boxes(canvas: Canvas, x: float, y: float, options: Iterable[str], size: float) -> float:
    canvas.setFont(FONT, size)
    for option in options:
        canvas.rect(x, y - 1, size * 0.8, size * 0.8)
        x += size
        canvas.drawString(x, y, option)
        x += stringWidth(option, FONT, size) + size * 0.8
    return x


def render_tally_sheet(
    path: Path,
    language: str = "fi",
    *,
    site_name: str = "",
    day: dt.date | None = None,
    hidden: frozenset[str] = frozenset(),
    topics: TopicList | None = None,
) -> Path:
    """Write the one-page tally sheet to `path` atomically; returns `path`."""
    t = _texts(language)
    topics = topics or load_topics()
    return write_atomically(
        path, lambda tmp: _draw(tmp, t, topics, hidden, language, site_name, day)
    )


def _draw(
    target: Path,
    t: dict[str, str],
    topics: TopicList,
    hidden: frozenset[str],
    language: str,
    site_name: str,
    day: dt.date | None,
) -> None:
    width, height = landscape(A4)
    canvas = Canvas(str(target), pagesize=(width, height))
    canvas.setTitle(t["title"])
    canvas.setAuthor("Digituki")
    top = height - MARGIN

    # Heading: title, date and point.
    canvas.setFont(BOLD, 20)
    canvas.drawString(MARGIN, top - 18, t["title"])
    canvas.setFont(FONT, 14)
    date_text = f"{t['date']}: " + (f"{day.day}.{day.month}.{day.year}" if day else "_" * 14)
    point_text = f"{t['point']}: " + (site_name or "_" * 22)
    canvas.drawRightString(width - MARGIN, top - 16, f"{date_text}     {point_text}")
    canvas.setFont(FONT, 11)
    canvas.drawString(MARGIN, top - 36, _fit(t["help"], FONT, 11, width - 2 * MARGIN))
    top -= 48

    # Right: one line per customer, then the values for the whole sheet.
    option_size = 11.0
    ages = t["ages"].split("|")
    outcomes = t["outcomes"].split("|")
    fixed = {"no": 30.0, "time": 42.0, "minutes": 38.0, "topic": 58.0}
    age_width = _options_width(ages, option_size) + 6
    outcome_width = _options_width(outcomes, option_size) + 6
    gwidth = sum(fixed.values()) + age_width + outcome_width
    gx = width - MARGIN - gwidth
    left_width = gx - MARGIN - 16
    _draw_topics(
        canvas,
        sheet_topic_lines(topics, hidden, language),
        MARGIN,
        top,
        left_width,
        top - MARGIN,
        t["topics"],
    )
    columns = [
        (t["no"], fixed["no"]),
        (t["time"], fixed["time"]),
        (t["minutes"], fixed["minutes"]),
        (t["topic"], fixed["topic"]),
        (t["age"], age_width),
        (t["outcome"], outcome_width),
    ]
    header_height = 22.0
    row_height = 25.0
    grid_top = top
    canvas.setLineWidth(0.8)
    x = gx
    for title, col_width in columns:
        canvas.setFont(BOLD, 12)
        canvas.drawString(x + 3, grid_top - 16, _fit(title, BOLD, 12, col_width - 4))
        x += col_width
    y = grid_top - header_height
    canvas.line(gx, grid_top, gx + gwidth, grid_top)
    for row in range(LINE_ROWS):
        canvas.line(gx, y, gx + gwidth, y)
        base = y - row_height / 2 - 4
        canvas.setFont(FONT, 12)
        canvas.drawRightString(gx + fixed["no"] - 5, base, str(row + 1))
        age_x = gx + sum(fixed.values()) + 4
        _choices(canvas, age_x, base, ages, option_size)
        _choices(canvas, age_x + age_width, base, outcomes, option_size)
        y -= row_height
    canvas.line(gx, y, gx + gwidth, y)
    x = gx
    for _title, col_width in columns:
        canvas.line(x, grid_top, x, y)
        x += col_width
    canvas.line(gx + gwidth, grid_top, gx + gwidth, y)

    size = 12.0
    by = y - 20
    indent = max(stringWidth(t[k] + ":", BOLD, size) for k in ("form", "language", "device")) + 8
    for label, options in (
        (t["form"], t["forms"]),
        (t["language"], t["languages"]),
        (t["device"], t["devices"]),
    ):
        canvas.setFont(BOLD, size)
        canvas.drawString(gx, by, label + ":")
        x = gx + indent
        canvas.setFont(FONT, size)
        for option in options.split("|"):
            needed = size + stringWidth(option, FONT, size) + size * 0.8
            if x + needed > gx + gwidth:
                by -= 16
                x = gx + indent
            x = _tick_boxes(canvas, x, by, [option], size)
        by -= 20
    canvas.setFont(BOLD, size)
    canvas.drawString(gx, by, t["turned"] + ":")
    by -= 18
    x = gx
    canvas.setFont(FONT, size)
    for reason in t["reasons"].split("|"):
        label_width = stringWidth(reason, FONT, size)
        canvas.drawString(x, by, reason)
        canvas.rect(x, by - 26, max(label_width, 70), 20)
        x += max(label_width, 70) + 14
    by -= 46
    canvas.setFont(BOLD, size)
    canvas.drawString(gx, by, t["hours"] + ":")
    canvas.line(gx + stringWidth(t["hours"] + ":", BOLD, size) + 6, by - 2, gx + gwidth, by - 2)
    by -= 22
    canvas.setFont(BOLD, 11)
    canvas.drawString(gx, by, _fit(t["private"], BOLD, 11, gwidth))
    canvas.showPage()
    canvas.save()
