"""The statistics report as PDF (ReportLab platypus), for the coordination group or a municipality.

A title page with the point, the period and the key figures, a short plain-language summary and
the privacy rule; then every published table with a labelled horizontal bar chart; page numbers
in the footer. Only the published (suppressed) report goes in. The caller passes the language
(fi, sv, en); the texts are here. Large print: body text 14 pt.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from digituki.core.domain.schedule import LOCAL_TZ as HELSINKI
from digituki.core.exports import labels
from digituki.core.exports.pdf.charts import bar_charts
from digituki.core.exports.safety import atomic_write_bytes

if TYPE_CHECKING:
    from digituki.core.domain.stats import PublishedTable
    from digituki.core.services.stats import PublishedReport

FONT: Final = "Helvetica"
BOLD: Final = "Helvetica-Bold"
BODY: Final = 14.0
MARGIN: Final = 20 * mm
INK: Final = colors.HexColor("#1a1a1a")
RULE: Final = colors.HexColor("#9aa7b4")
SHADE: Final = colors.HexColor("#eef2f6")

MAX_POINT_ROWS: Final = 20

TEXTS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "title_month": "Digituen kuukausiraportti",
        "title_period": "Digituen raportti",
        "municipality": "Kunta",
        "period": "Ajanjakso",
        "made": "Tehty",
        "key_figures": "Tärkeimmät luvut",
        "sessions": "Tukikertoja",
        "customers": "Asiakkaita",
        "hours": "Tukiaikaa yhteensä",
        "hours_value": "{hours} tuntia",
        "median": "Tavallinen tukikerta (mediaani)",
        "median_value": "{minutes} minuuttia",
        "volunteer_hours": "Vapaaehtoisten työtunnit",
        "summary": "Yhteenveto",
        "s_main": "Ajanjaksolla {period} digitukipisteessä annettiin tukea {sessions} kertaa "
        "ja {customers} asiakkaalle.",
        "s_sessions": "Ajanjaksolla {period} annettiin tukea {sessions} kertaa.",
        "title_regional": "Alueen digituen raportti",
        "s_main_regional": "Ajanjaksolla {period} alueen {points} digitukipisteessä annettiin "
        "tukea yhteensä {sessions} kertaa ja {customers} asiakkaalle.",
        "s_time": "Tukeen käytettiin yhteensä noin {hours} tuntia. Tavallinen tukikerta kesti "
        "{minutes} minuuttia.",
        "s_topic": "Yleisin aiheryhmä oli {topic}.",
        "s_solved": "Asia ratkesi kokonaan {share} %:ssa tukikerroista.",
        "s_age": "Suurin asiakasryhmä oli ikäryhmä {age}.",
        "s_turned": "Asiakkaita jouduttiin käännyttämään {turned} kertaa.",
        "s_few": "Ajanjaksolla oli {sessions} tukikertaa. Koska tukikertoja oli alle 10, "
        "raportissa julkaistaan vain tukikertojen määrä.",
        "privacy": "Tietosuoja",
        "rule": "Raportissa on vain lukumääriä: ei nimiä, puhelinnumeroita eikä päivämääriä. "
        "Luvut 1–{k1} näytetään merkinnällä <{k}. Jos pienen luvun voisi laskea summista, myös "
        "muita lukuja piilotetaan merkinnällä ×. Nolla näytetään nollana. Jos ajanjaksolla on "
        "alle 10 tukikertaa, julkaistaan vain tukikertojen määrä.",
        "coarse_age": "Ikäryhmiä on yhdistetty laajemmiksi, jotta useampi luku voidaan näyttää.",
        "coarse_topics": "Näiden aiheryhmien aiheet on yhdistetty ryhmäksi, koska yksittäisiä "
        "aiheita ei voitu näyttää: {groups}.",
        "withheld": "Taulukkoa ei näytetä, koska luvut ovat liian pieniä.",
        "mentions": "Yksi tukikerta voi koskea useaa aihetta (1–10), joten aiheiden summa on "
        "vähintään tukikertojen määrä.",
        "customers_note": "Ryhmäopastuksessa jokainen osallistuja on asiakas.",
        "page": "Sivu {page} / {pages}",
        "count": "Määrä",
    },
    "sv": {
        "title_month": "Månadsrapport om digitalt stöd",
        "title_period": "Rapport om digitalt stöd",
        "municipality": "Kommun",
        "period": "Period",
        "made": "Skapad",
        "key_figures": "De viktigaste talen",
        "sessions": "Stödtillfällen",
        "customers": "Kunder",
        "hours": "Stödtid totalt",
        "hours_value": "{hours} timmar",
        "median": "Ett typiskt stödtillfälle (median)",
        "median_value": "{minutes} minuter",
        "volunteer_hours": "Frivilligas arbetstimmar",
        "summary": "Sammanfattning",
        "s_main": "Under perioden {period} gav stödpunkten stöd {sessions} gånger och till "
        "{customers} kunder.",
        "s_sessions": "Under perioden {period} gavs stöd {sessions} gånger.",
        "title_regional": "Områdesrapport om digitalt stöd",
        "s_main_regional": "Under perioden {period} gav områdets {points} stödpunkter "
        "sammanlagt stöd {sessions} gånger och till {customers} kunder.",
        "s_time": "Stödet tog sammanlagt cirka {hours} timmar. Ett typiskt stödtillfälle tog "
        "{minutes} minuter.",
        "s_topic": "Den vanligaste ämnesgruppen var {topic}.",
        "s_solved": "Ärendet löstes helt vid {share} % av stödtillfällena.",
        "s_age": "Den största kundgruppen var åldersgruppen {age}.",
        "s_turned": "Kunder måste avvisas {turned} gånger.",
        "s_few": "Under perioden fanns {sessions} stödtillfällen. Eftersom de var färre än 10 "
        "publiceras endast antalet stödtillfällen.",
        "privacy": "Dataskydd",
        "rule": "Rapporten innehåller endast antal: inga namn, telefonnummer eller datum. Talen "
        "1–{k1} visas som <{k}. Om ett litet tal kunde räknas ut ur summorna döljs också andra "
        "tal med ×. Noll visas som noll. Om perioden har färre än 10 stödtillfällen publiceras "
        "endast antalet stödtillfällen.",
        "coarse_age": "Åldersgrupper har slagits ihop till bredare grupper så att fler tal kan "
        "visas.",
        "coarse_topics": "Ämnena i dessa ämnesgrupper har slagits ihop, eftersom enskilda ämnen "
        "inte kunde visas: {groups}.",
        "withheld": "Tabellen visas inte eftersom talen är för små.",
        "mentions": "Ett stödtillfälle kan gälla flera ämnen (1–10), därför är summan av ämnena "
        "minst antalet stödtillfällen.",
        "customers_note": "Vid gruppvägledning räknas varje deltagare som kund.",
        "page": "Sida {page} / {pages}",
        "count": "Antal",
    },
    "en": {
        "title_month": "Digital support: monthly report",
        "title_period": "Digital support report",
        "municipality": "Municipality",
        "period": "Period",
        "made": "Made",
        "key_figures": "Key figures",
        "sessions": "Help sessions",
        "customers": "Customers",
        "hours": "Time spent helping",
        "hours_value": "{hours} hours",
        "median": "A typical session (median)",
        "median_value": "{minutes} minutes",
        "volunteer_hours": "Volunteer hours",
        "summary": "Summary",
        "s_main": "In {period} the support point helped {sessions} times and served "
        "{customers} customers.",
        "s_sessions": "In {period} help was given {sessions} times.",
        "title_regional": "Digital support: regional report",
        "s_main_regional": "In {period} the region's {points} support points helped "
        "{sessions} times in all and served {customers} customers.",
        "s_time": "Helping took about {hours} hours in all. A typical session took {minutes} "
        "minutes.",
        "s_topic": "The most common topic group was {topic}.",
        "s_solved": "The matter was fully solved in {share} % of the sessions.",
        "s_age": "The largest group of customers was aged {age}.",
        "s_turned": "Customers had to be turned away {turned} times.",
        "s_few": "There were {sessions} help sessions in the period. As there were fewer than "
        "10, only the number of sessions is published.",
        "privacy": "Privacy",
        "rule": "The report holds counts only: no names, phone numbers or dates. The numbers "
        "1–{k1} are shown as <{k}. Where a small number could be worked out from the totals, "
        "other numbers are hidden too and shown as ×. Zero is shown as zero. A period with fewer "
        "than 10 sessions publishes only the number of sessions.",
        "coarse_age": "Age groups were combined into wider groups so that more numbers can be "
        "shown.",
        "coarse_topics": "The topics of these groups were combined into the group, because the "
        "single topics could not be shown: {groups}.",
        "withheld": "This table is not shown because its numbers are too small.",
        "mentions": "A session can be about several topics (1 to 10), so the topics add up to at "
        "least the number of sessions.",
        "customers_note": "In group sessions every participant is a customer.",
        "page": "Page {page} of {pages}",
        "count": "Count",
    },
}


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=BODY, leading=BODY * 1.35, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=12, leading=16),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=26, leading=32, spaceAfter=10
        ),
        "point": ParagraphStyle("point", parent=base, fontName=BOLD, fontSize=20, leading=26),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceBefore=8, spaceAfter=8
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=13, leading=16, alignment=TA_LEFT),
        "cell_bold": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=13, leading=16),
        "num": ParagraphStyle("num", parent=base, fontSize=13, leading=16, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle(
            "numb", parent=base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_RIGHT
        ),
    }


def _number(value: float | int | None, language: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        grouped = f"{value:,.1f}"  # 16,190.4
    else:
        grouped = f"{int(value):,}"
    if language == "en":
        return grouped
    # Finnish and Swedish: a (non-breaking) space between thousands, a decimal comma: 16 190,4
    return grouped.replace(",", "\u00a0").replace(".", ",")


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Writes "Page n of m" and the report's name on every page once the page count is known."""

    footer_left = ""
    page_text = "{page} / {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 11)
            self.setFillColor(INK)
            width, _ = self._pagesize
            self.drawString(MARGIN, 12 * mm, self.footer_left)
            text = self.page_text.format(page=self._pageNumber, pages=total)
            self.drawRightString(width - MARGIN, 12 * mm, text)
            super().showPage()
        super().save()


def _key_figures(report: PublishedReport, t: dict[str, str], language: str) -> Table:
    s = _styles()
    rows = [[_p(t["sessions"], s["body"]), _p(_number(report.sessions, language), s["point"])]]
    if report.detail:
        # a figure left out (it changed since it was published) is not shown at all
        if report.customers is not None:
            rows.append(
                [_p(t["customers"], s["body"]), _p(_number(report.customers, language), s["point"])]
            )
        if report.total_minutes is not None:
            hours = round(report.total_minutes / 60)
            rows.append(
                [
                    _p(t["hours"], s["body"]),
                    _p(t["hours_value"].format(hours=_number(hours, language)), s["point"]),
                ]
            )
        if report.median_minutes is not None:
            rows.append(
                [
                    _p(t["median"], s["body"]),
                    _p(
                        t["median_value"].format(minutes=_number(report.median_minutes, language)),
                        s["point"],
                    ),
                ]
            )
        if report.volunteer_hours is not None:
            rows.append(
                [
                    _p(t["volunteer_hours"], s["body"]),
                    _p(_number(report.volunteer_hours, language), s["point"]),
                ]
            )
    table = Table(rows, colWidths=[95 * mm, 70 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _shown(table: PublishedTable, code: str) -> int | None:
    if code not in table.rows:
        return None
    p = table.cell(code)
    return None if p.hidden else p.value


def _regional_points(report: PublishedReport) -> int | None:
    """How many points a coordinator's regional report sums (None for a point's own report)."""
    for table in report.tables:
        if table.key == "by_point":
            return len(table.rows)
    return None


def summary_sentences(report: PublishedReport, language: str) -> list[str]:
    """The plain-language summary, from published numbers only."""
    language = labels.lang(language)
    t = TEXTS[language]
    period = labels.period_name(report.period.first, report.period.last, language)
    if not report.detail:
        if report.sessions >= 10:  # several months, one of them small
            return [
                t["s_sessions"].format(period=period, sessions=_number(report.sessions, language)),
                labels.notice_text("small_months", language, report.k),
            ]
        return [t["s_few"].format(sessions=_number(report.sessions, language))]
    points = _regional_points(report)
    if report.customers is None:
        sentences = [
            t["s_sessions"].format(period=period, sessions=_number(report.sessions, language))
        ]
    else:
        sentences = [
            t["s_main" if points is None else "s_main_regional"].format(
                period=period,
                sessions=_number(report.sessions, language),
                customers=_number(report.customers, language),
                points=points,
            )
        ]
    if report.total_minutes is not None and report.median_minutes is not None:
        sentences.append(
            t["s_time"].format(
                hours=_number(round(report.total_minutes / 60), language),
                minutes=_number(report.median_minutes, language),
            )
        )
    tables = {tb.key: tb for tb in report.tables}
    topics = tables.get("topics")
    if topics is not None and not topics.withheld:
        groups = [
            (p[0].value or 0, code)
            for code, p, parent in zip(topics.rows, topics.cells, topics.parents, strict=True)
            if parent is None and not p[0].hidden
        ]
        if groups and max(groups)[0] > 0:
            top = max(groups)[1]
            sentences.append(t["s_topic"].format(topic=labels.row_label("topic", top, language)))
    outcome = tables.get("outcome")
    solved = _shown(outcome, "solved") if outcome is not None else None
    if solved is not None and report.sessions:
        share = round(100 * solved / report.sessions)
        sentences.append(t["s_solved"].format(share=share))
    ages = tables.get("age_band")
    if ages is not None and not ages.withheld:
        known = [
            (p[0].value or 0, code)
            for code, p in zip(ages.rows, ages.cells, strict=True)
            if code != "not_asked" and not p[0].hidden
        ]
        if known and max(known)[0] > 0:
            age = labels.row_label("age_band", max(known)[1], language)
            sentences.append(t["s_age"].format(age=age))
    turned = tables.get("turned_away")
    if turned is not None:
        total = turned.total
        if total.hidden or (total.value or 0) > 0:
            sentences.append(t["s_turned"].format(turned=total.text(report.k)))
    return sentences


def _table_flowables(
    table: PublishedTable, language: str, width: float, t: dict[str, str]
) -> list[Any]:
    s = _styles()
    k = table.k
    title = labels.table_title(table.key, language)
    heading = _p(title, s["h1"])
    if table.withheld and table.note == "revised":
        total = table.total
        lines = [heading, _p(labels.notice_text("revised", language, k), s["body"])]
        if not total.hidden:
            lines.append(_p(f"{labels.TOTAL[labels.lang(language)]}: {total.text(k)}", s["body"]))
        return [KeepTogether(lines), Spacer(1, 8)]
    if table.withheld:
        return [KeepTogether([heading, _p(t["withheld"], s["body"])]), Spacer(1, 8)]
    unit = labels.unit_name(table.unit, language)
    data: list[list[Any]] = [
        [
            _p(labels.dimension_name(table.row_dimension, language), s["cell_bold"]),
            _p(unit, s["num_bold"]),
        ]
    ]
    styles: list[tuple[Any, ...]] = []
    names: list[str] = []
    values: list[int | None] = []
    texts: list[str] = []
    for r, code in enumerate(table.rows):
        name = labels.row_label(table.row_dimension, code, language)
        p = table.cells[r][0]
        sub = table.level(r) == 1
        has_children = bool(table.parents) and not sub and code in table.parents
        cell_style = s["cell_bold"] if has_children else s["cell"]
        indent = "\u00a0" * 6 if sub else ""
        num_style = s["num_bold"] if has_children else s["num"]
        data.append([Paragraph(indent + escape(name), cell_style), _p(p.text(k), num_style)])
        if has_children:
            styles.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE))
        if not sub:
            names.append(name)
            values.append(p.value)
            texts.append(p.text(k))
    total = table.column_totals[0]
    data.append(
        [_p(labels.TOTAL[labels.lang(language)], s["cell_bold"]), _p(total.text(k), s["num_bold"])]
    )
    grid = Table(data, colWidths=[width - 40 * mm, 40 * mm], repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *styles,
            ]
        )
    )
    notes: list[Any] = []
    if table.key == "topics":
        notes.append(_p(t["mentions"], s["small"]))
    if table.key == "age_band":
        notes.append(_p(t["customers_note"], s["small"]))
    if table.note == "combined":
        notes.append(_p(labels.notice_text("combined", language, k), s["small"]))
    if table.coarsened:
        if table.coarsened == (table.row_dimension,):
            notes.append(_p(t["coarse_age"], s["small"]))
        else:
            groups = ", ".join(
                labels.row_label(table.row_dimension, c, language) for c in table.coarsened
            )
            notes.append(_p(t["coarse_topics"].format(groups=groups), s["small"]))
    charts = bar_charts(names, values, texts, width=width, font_size=12) if len(names) > 1 else []
    head = [heading, grid] if len(data) <= 16 else [heading]
    flow: list[Any] = [CondPageBreak(70 * mm), KeepTogether(head)]
    if len(data) > 16:
        flow.append(grid)
    flow += [Spacer(1, 6), *notes]
    for chart in charts:
        flow += [Spacer(1, 8), KeepTogether([chart])]
    flow.append(Spacer(1, 14))
    return flow


def build_story(report: PublishedReport, language: str, width: float) -> list[Any]:
    language = labels.lang(language)
    t = TEXTS[language]
    s = _styles()
    one_month = report.period.first == report.period.last
    period = labels.period_name(report.period.first, report.period.last, language)
    day = report.generated_at.astimezone(HELSINKI).date()
    if language == "en":
        made = f"{day.day} {labels.MONTHS['en'][day.month - 1]} {day.year}"
    else:
        made = f"{day.day}.{day.month}.{day.year}"
    story: list[Any] = [
        _p(
            t["title_regional"]
            if _regional_points(report) is not None
            else t["title_month"]
            if one_month
            else t["title_period"],
            s["title"],
        ),
        _p(report.point_name or "–", s["point"]),
        *(
            [Spacer(1, 4), _p(labels.notice_text("preliminary", language, report.k), s["h1"])]
            if report.preliminary
            else []
        ),
        Spacer(1, 6),
        _p(f"{t['municipality']}: {report.municipality or '–'}", s["body"]),
        _p(f"{t['period']}: {period}", s["body"]),
        _p(f"{t['made']}: {made}", s["body"]),
        Spacer(1, 6),
        _p(t["key_figures"], s["h1"]),
        _key_figures(report, t, language),
        Spacer(1, 4),
        _p(t["summary"], s["h1"]),
    ]
    story.append(_p(" ".join(summary_sentences(report, language)), s["body"]))
    k = report.k
    story += [
        Spacer(1, 4),
        _p(t["privacy"], s["h1"]),
        _p(t["rule"].format(k=k, k1=k - 1), s["body"]),
        _p(labels.notice_text("guarantee", language, k), s["body"]),
    ]
    for code in report.limited:
        if code != "small_months":  # said in the summary
            story.append(_p(labels.notice_text(code, language, k), s["body"]))
    if report.detail or len(report.trend.rows) > 1:
        story.append(PageBreak())
    if len(report.trend.rows) > 1:
        story += _trend_flowables(report.trend, language, width)
    if report.detail:
        for table in report.tables:
            if table.key == "by_point" and len(table.rows) > MAX_POINT_ROWS:
                continue  # a regional report of many points: its chart would not fit a page
            story += _table_flowables(table, language, width, t)
    return story


def _trend_flowables(trend: PublishedTable, language: str, width: float) -> list[Any]:
    s = _styles()
    names = [labels.month_name(m, language) for m in trend.rows]
    values = [line[0].value for line in trend.cells]
    texts = [line[0].text(trend.k) for line in trend.cells]
    charts = bar_charts(names, values, texts, width=width, font_size=12)
    return [
        CondPageBreak(60 * mm),
        _p(labels.table_title("trend", language), s["h1"]),
        *charts,
        Spacer(1, 8),
        *_change_table(trend, language, width),
        Spacer(1, 14),
    ]


def _change_table(trend: PublishedTable, language: str, width: float) -> list[Any]:
    """Month by month: the sessions and the change from the month before (month-over-month)."""
    from digituki.core.domain.trends import change_text, month_changes

    s = _styles()
    values = [line[0].value for line in trend.cells]
    data: list[list[Any]] = [
        [
            _p(labels.dimension_name("month", language), s["cell_bold"]),
            _p(labels.unit_name(trend.unit, language), s["num_bold"]),
            _p(labels.CHANGE[labels.lang(language)], s["num_bold"]),
        ]
    ]
    for month, line, change in zip(trend.rows, trend.cells, month_changes(values), strict=True):
        data.append(
            [
                _p(labels.month_name(month, language), s["cell"]),
                _p(line[0].text(trend.k), s["num"]),
                _p(change_text(change), s["num"]),
            ]
        )
    grid = Table(data, colWidths=[width - 110 * mm, 40 * mm, 70 * mm], repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [grid]


def render_pdf(report: PublishedReport, language: str = "fi", *, compress: bool = True) -> bytes:
    """The report's PDF bytes (`compress=False` keeps the text readable in the bytes, for tests)."""
    language = labels.lang(language)
    t = TEXTS[language]
    buffer = io.BytesIO()
    title = f"{t['title_month']} – {report.point_name}".strip(" –")
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=report.point_name or "Digituki",
        subject=labels.period_name(report.period.first, report.period.last, language),
        creator="Digituki",
        pageCompression=1 if compress else 0,
        invariant=1,
        lang=language,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    period = labels.period_name(report.period.first, report.period.last, language)
    canvas_class = type(
        "_ReportCanvas",
        (_NumberedCanvas,),
        {"footer_left": f"{report.point_name} · {period}".strip(" ·"), "page_text": t["page"]},
    )
    doc.build(build_story(report, language, doc.width), canvasmaker=canvas_class)
    return buffer.getvalue()


def write_report_pdf(
    report: PublishedReport, path: Path, *, language: str = "fi", compress: bool = True
) -> Path:
    """Write the report as PDF (atomically)."""
    return atomic_write_bytes(path, render_pdf(report, language, compress=compress))
