"""Large-print PDF handout of a guide, for the customer to take home (ReportLab).

Body text 16 pt (never under 14 pt), black on white, numbered steps with bold numbers, the guide's
own images, and at the bottom of every page the service, the review date and the source. The
handout's fixed texts follow the guide's language (fi, sv, en).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from markdown_it.token import Token
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from digituki.core.domain.guide_markdown import alt_text, is_remote, parse_tokens
from digituki.core.domain.guides import normalize_image_ref
from digituki.core.exports.safety import atomic_write_bytes

BODY_SIZE = 16.0
MIN_SIZE = 14.0  # nothing in a handout is printed smaller than this
TITLE_SIZE = 26.0
HEADING_SIZE = 20.0
FOOTER_SIZE = 14.0
MARGIN = 2.0 * cm
FOOTER_HEIGHT = 2.6 * cm

LABELS: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "reviewed": "Tarkistettu {date}",
        "source": "Lähde: {source}",
        "page": "Sivu {n}/{t}",
        "help": "Lisää apua: {where}",
        "phone": "puh. {phone}",
    },
    "sv": {
        "reviewed": "Granskad {date}",
        "source": "Källa: {source}",
        "page": "Sida {n}/{t}",
        "help": "Mer hjälp: {where}",
        "phone": "tfn {phone}",
    },
    "en": {
        "reviewed": "Reviewed {date}",
        "source": "Source: {source}",
        "page": "Page {n}/{t}",
        "help": "More help: {where}",
        "phone": "phone {phone}",
    },
}


# Printed above the guide when the customer's language has no version of it (the note is in the
# customer's language, the guide in its own): {language} is the guide's language, named in the
# customer's language.
FALLBACK_NOTE: Mapping[str, str] = {
    "fi": "Tätä ohjetta ei ole vielä suomeksi. Tässä se on {language}.",
    "sv": "Den här guiden finns ännu inte på svenska. Här är den på {language}.",
    "en": "This guide is not yet available in English. Here it is in {language}.",
}
LANGUAGE_IN: Mapping[str, Mapping[str, str]] = {
    "fi": {"sv": "ruotsiksi", "en": "englanniksi"},
    "sv": {"fi": "finska", "en": "engelska"},
    "en": {"fi": "Finnish", "sv": "Swedish"},
}


def fallback_note(wanted: str, language: str) -> str:
    """The note for a handout in `language` given to a customer who asked for `wanted`."""
    if wanted == language or wanted not in FALLBACK_NOTE:
        return ""
    return FALLBACK_NOTE[wanted].format(language=LANGUAGE_IN[wanted].get(language, language))


@dataclass(frozen=True)
class Handout:
    """What a handout shows; `images` are the guide's own pack images by path."""

    title: str
    body: str
    service: str
    source: str
    reviewed: dt.date
    language: str
    summary: str = ""
    images: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    contact: str = ""  # the point's name, place and phone: where to get more help (may be empty)
    note: str = ""  # in the customer's language, when the guide is not (see `fallback_note`)


# Helvetica covers Latin-1 and a few typographic marks (WinAnsi); anything else is replaced.
_REPLACEMENTS = {"→": "->", "←": "<-", "✓": "v", "…": "...", "\u00a0": " "}


def _printable(text: str) -> str:
    out = []
    for ch in text:
        ch = _REPLACEMENTS.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName="Helvetica",
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.4,
        textColor=colors.black,
        alignment=TA_LEFT,
        spaceAfter=BODY_SIZE * 0.6,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.25,
            spaceAfter=TITLE_SIZE * 0.4,
        ),
        "service": ParagraphStyle("service", parent=base, fontName="Helvetica-Bold"),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=HEADING_SIZE + 2,
            leading=(HEADING_SIZE + 2) * 1.3,
            spaceBefore=HEADING_SIZE * 0.6,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.3,
            spaceBefore=HEADING_SIZE * 0.6,
            keepWithNext=True,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=BODY_SIZE + 1,
            leading=(BODY_SIZE + 1) * 1.35,
            spaceBefore=BODY_SIZE * 0.5,
            keepWithNext=True,
        ),
        "code": ParagraphStyle("code", parent=base, fontName="Courier"),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=1 * cm),
    }


class _Builder:
    """Turns markdown-it block tokens into ReportLab flowables."""

    def __init__(self, handout: Handout, width: float) -> None:
        self.handout = handout
        self.width = width
        self.styles = _styles()

    def inline(self, token: Token) -> tuple[str, list[Flowable]]:
        """Paragraph markup of an inline token, and the pack images it shows (after it)."""
        parts: list[str] = []
        images: list[Flowable] = []
        link: list[str] = []
        for child in token.children or []:
            kind = child.type
            if kind == "text":
                parts.append(escape(_printable(child.content)))
            elif kind == "softbreak":
                parts.append(" ")
            elif kind == "hardbreak":
                parts.append("<br/>")
            elif kind == "strong_open":
                parts.append("<b>")
            elif kind == "strong_close":
                parts.append("</b>")
            elif kind == "em_open":
                parts.append("<i>")
            elif kind == "em_close":
                parts.append("</i>")
            elif kind == "code_inline":
                parts.append(f'<font face="Courier">{escape(_printable(child.content))}</font>')
            elif kind == "link_open":
                link.append(str(child.attrGet("href") or ""))
            elif kind == "link_close":
                href = link.pop() if link else ""
                if href.lower().startswith(("http://", "https://")):
                    parts.append(f" ({escape(_printable(href))})")
            elif kind == "image":
                flowable = self.image(child)
                if flowable is not None:
                    images.append(flowable)
                else:
                    src = str(child.attrGet("src") or "")
                    label = alt_text(child)
                    shown = f"{label} ({src})" if is_remote(src) and label else label or src
                    parts.append(escape(_printable(shown)))
            elif child.content:
                parts.append(escape(_printable(child.content)))
        return "".join(parts).strip(), images

    def image(self, token: Token) -> Flowable | None:
        ref = normalize_image_ref(str(token.attrGet("src") or ""))
        data = self.handout.images.get(ref) if ref is not None else None
        if data is None:
            return None
        try:
            reader = ImageReader(io.BytesIO(data))
            w, h = reader.getSize()
        except Exception:  # a broken image must not stop the handout
            return None
        scale = min(1.0, self.width / w, (12 * cm) / h) if w and h else 1.0
        picture = Image(io.BytesIO(data), width=w * scale, height=h * scale)
        picture.hAlign = "LEFT"
        return picture

    def paragraph(self, token: Token, style: str) -> list[Flowable]:
        markup, images = self.inline(token)
        result: list[Flowable] = []
        if markup:
            result.append(Paragraph(markup, self.styles[style]))
        for image in images:
            result.extend([image, Spacer(1, BODY_SIZE * 0.6)])
        return result

    def blocks(self, tokens: Sequence[Token], start: int, stop: int) -> list[Flowable]:
        """Flowables of tokens[start:stop] (one nesting level)."""
        out: list[Flowable] = []
        i = start
        while i < stop:
            token = tokens[i]
            kind = token.type
            if kind == "heading_open":
                style = {"h1": "h1", "h2": "h2"}.get(token.tag, "h3")
                out.extend(self.paragraph(tokens[i + 1], style))
                i += 3
            elif kind == "paragraph_open":
                out.extend(self.paragraph(tokens[i + 1], "body"))
                i += 3
            elif kind in ("bullet_list_open", "ordered_list_open"):
                end = self.close_of(tokens, i)
                out.append(self.list_of(tokens, i, end))
                i = end + 1
            elif kind == "blockquote_open":
                end = self.close_of(tokens, i)
                out.extend(self.blocks(tokens, i + 1, end))
                i = end + 1
            elif kind in ("fence", "code_block"):
                for line in token.content.rstrip("\n").split("\n"):
                    out.append(Paragraph(escape(_printable(line)) or " ", self.styles["code"]))
                i += 1
            elif kind == "hr":
                out.append(Spacer(1, BODY_SIZE))
                i += 1
            elif kind == "inline":
                out.extend(self.paragraph(token, "body"))
                i += 1
            elif kind == "table_open":
                end = self.close_of(tokens, i)
                out.extend(self.table_as_text(tokens, i, end))
                i = end + 1
            else:
                i += 1
        return out

    def table_as_text(self, tokens: Sequence[Token], start: int, stop: int) -> list[Flowable]:
        """A table printed as one line per row (large print has no room for columns)."""
        rows: list[str] = []
        cells: list[str] = []
        for token in tokens[start:stop]:
            if token.type == "inline":
                cells.append(self.inline(token)[0])
            elif token.type == "tr_close":
                rows.append(" – ".join(c for c in cells if c))
                cells = []
        return [Paragraph(row, self.styles["body"]) for row in rows if row]

    @staticmethod
    def close_of(tokens: Sequence[Token], start: int) -> int:
        """Index of the token closing tokens[start]."""
        depth = 0
        for j in range(start, len(tokens)):
            depth += tokens[j].nesting
            if depth == 0:
                return j
        return len(tokens) - 1

    def list_of(self, tokens: Sequence[Token], start: int, stop: int) -> Flowable:
        ordered = tokens[start].type == "ordered_list_open"
        items: list[ListItem] = []
        i = start + 1
        while i < stop:
            if tokens[i].type == "list_item_open":
                end = self.close_of(tokens, i)
                content = self.blocks(tokens, i + 1, end)
                items.append(ListItem(content or [Spacer(1, 1)]))
                i = end + 1
            else:
                i += 1
        kwargs: dict[str, Any] = {
            "bulletFontName": "Helvetica-Bold",
            "bulletFontSize": BODY_SIZE,
            "leftIndent": 1.2 * cm,
            "bulletColor": colors.black,
        }
        if ordered:
            first = tokens[start].attrGet("start")
            return ListFlowable(
                items,
                bulletType="1",
                start=str(first or 1),
                bulletFormat="%s.",
                **kwargs,
            )
        return ListFlowable(items, bulletType="bullet", start="•", **kwargs)

    def story(self) -> list[Flowable]:
        h = self.handout
        story: list[Flowable] = []
        if h.note:
            story.append(Paragraph(escape(_printable(h.note)), self.styles["service"]))
        story.append(Paragraph(escape(_printable(h.title)), self.styles["title"]))
        if h.service:
            story.append(Paragraph(escape(_printable(h.service)), self.styles["service"]))
        if h.summary:
            story.append(Paragraph(escape(_printable(h.summary)), self.styles["body"]))
        tokens = parse_tokens(h.body)
        body = self.blocks(tokens, 0, len(tokens))
        # A leading "# Title" repeating the title is not printed twice.
        if (
            body
            and isinstance(body[0], Paragraph)
            and body[0].style.name == "h1"
            and body[0].getPlainText().strip() == _printable(h.title).strip()
        ):
            body = body[1:]
        story.extend(body)
        head = 3 if h.note else 2
        return [KeepTogether(story[:head]), *story[head:]]


def contact_line(language: str, *, point: str, place: str, phone: str) -> str:
    """The handout's "more help" line: the point, where it is, its number ("" when none)."""
    labels = LABELS.get(language, LABELS["en"])
    parts = [p for p in (point, place) if p]
    if phone:
        parts.append(labels["phone"].format(phone=phone))
    return labels["help"].format(where=", ".join(parts)) if parts else ""


def _footer_lines(h: Handout) -> list[str]:
    labels = LABELS.get(h.language, LABELS["en"])
    date = f"{h.reviewed.day}.{h.reviewed.month}.{h.reviewed.year}"
    second = labels["reviewed"].format(date=date)
    if h.source:
        second += " · " + labels["source"].format(source=h.source)
    return [_printable(h.service), _printable(second), _printable(h.contact)]


def _canvas_class(handout: Handout) -> type[Canvas]:
    """A canvas that draws the footer with "page n/total" once the page count is known."""
    lines = _footer_lines(handout)
    page_label = LABELS.get(handout.language, LABELS["en"])["page"]

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(colors.black)
            self.setLineWidth(1)
            rows = 3.9 if lines[2] else 2.6
            top = MARGIN + FOOTER_SIZE * rows
            self.line(MARGIN, top, width - MARGIN, top)
            self.setFillColor(colors.black)
            self.setFont("Helvetica", FOOTER_SIZE)
            y = MARGIN + FOOTER_SIZE * 1.3
            if lines[2]:
                self.setFont("Helvetica-Bold", FOOTER_SIZE)
                self.drawString(MARGIN, y + FOOTER_SIZE * 1.3, _fit(lines[2], width - 2 * MARGIN))
                self.setFont("Helvetica", FOOTER_SIZE)
            if lines[0]:
                self.drawString(MARGIN, y, _fit(lines[0], width - 2 * MARGIN))
            self.drawString(MARGIN, MARGIN, _fit(lines[1], width - 2 * MARGIN - 3.5 * cm))
            self.drawRightString(width - MARGIN, MARGIN, page_label.format(n=number, t=total))
            self.restoreState()

    return FooterCanvas


def _fit(text: str, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, "Helvetica", FOOTER_SIZE) <= width:
        return text
    while text and stringWidth(text + "...", "Helvetica", FOOTER_SIZE) > width:
        text = text[:-1]
    return text + "..."


def build_handout(handout: Handout) -> bytes:
    """The handout as PDF bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=_printable(handout.title),
        subject=_printable(handout.service),
        creator="Digituki",
        lang=handout.language,
    )
    builder = _Builder(handout, doc.width)
    doc.build(builder.story(), canvasmaker=_canvas_class(handout))
    return buffer.getvalue()


def write_handout(handout: Handout, dest: Path) -> Path:
    """Write the handout PDF atomically (temporary file in the same folder, fsync, rename)."""
    return atomic_write_bytes(Path(dest), build_handout(handout))
