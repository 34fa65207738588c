"""XLSX export of the published (suppressed) report: an information sheet, then one sheet per
table. Numbers are stored as numbers; hidden numbers as the text ``"<k"`` or ``"×"``. Each sheet
has a bold, frozen header row and columns wide enough for their contents; sheet names are the
tables' titles cut to Excel's 31 characters. Every text goes through the spreadsheet-safety rule.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from digituki.core.exports import labels
from digituki.core.exports.safety import atomic_write_bytes, safe_cell_text

if TYPE_CHECKING:
    from digituki.core.domain.stats import Published, PublishedTable
    from digituki.core.services.stats import PublishedReport

SHEET_NAME_LIMIT: Final = 31
_BAD_SHEET_CHARS: Final = re.compile(r"[\[\]:*?/\\]")

TEXTS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "info": "Tiedot",
        "point": "Digitukipiste",
        "municipality": "Kunta",
        "period": "Ajanjakso",
        "generated": "Tehty (UTC)",
        "rule": "Tietosuoja",
        "rule_text": "{legend} Nolla näytetään nollana. Jos tukikertoja on alle 10, julkaistaan "
        "vain niiden määrä.",
        "sheet_turned_away": "Käännytetyt asiakkaat",
        "few": "Alle 10 tukikertaa: vain tukikertojen määrä julkaistaan.",
        "sessions": "Tukikertoja",
        "customers": "Asiakkaita",
        "minutes_total": "Tukiaika yhteensä (min)",
        "minutes_median": "Tukiajan mediaani (min)",
        "volunteer_hours": "Vapaaehtoisten tunnit",
        "code": "Koodi",
        "coarsened": "Yhdistetty",
        "withheld": "Taulukkoa ei näytetä: luvut ovat liian pieniä.",
    },
    "sv": {
        "info": "Uppgifter",
        "point": "Stödpunkt",
        "municipality": "Kommun",
        "period": "Period",
        "generated": "Skapad (UTC)",
        "rule": "Dataskydd",
        "rule_text": "{legend} Noll visas som noll. Med färre än 10 stödtillfällen publiceras "
        "endast antalet.",
        "sheet_turned_away": "Avvisade kunder",
        "few": "Under 10 stödtillfällen: endast antalet stödtillfällen publiceras.",
        "sessions": "Stödtillfällen",
        "customers": "Kunder",
        "minutes_total": "Stödtid totalt (min)",
        "minutes_median": "Stödtidens median (min)",
        "volunteer_hours": "Frivilligas timmar",
        "code": "Kod",
        "coarsened": "Sammanslaget",
        "withheld": "Tabellen visas inte: talen är för små.",
    },
    "en": {
        "info": "Information",
        "point": "Support point",
        "municipality": "Municipality",
        "period": "Period",
        "generated": "Made (UTC)",
        "rule": "Privacy",
        "rule_text": "{legend} Zero is shown as zero. With fewer than 10 sessions only their "
        "number is published.",
        "sheet_turned_away": "Turned away",
        "few": "Fewer than 10 sessions: only the number of sessions is published.",
        "sessions": "Sessions",
        "customers": "Customers",
        "minutes_total": "Time spent helping (min)",
        "minutes_median": "Median time per session (min)",
        "volunteer_hours": "Volunteer hours",
        "code": "Code",
        "coarsened": "Combined",
        "withheld": "Table not shown: the numbers are too small.",
    },
}


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name of at most 31 characters."""
    base = _BAD_SHEET_CHARS.sub(" ", title).strip().strip("'") or "Sheet"
    name = base[:SHEET_NAME_LIMIT].rstrip()
    number = 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(name.lower())
    return name


def _value(p: Published, k: int) -> Any:
    return p.value if not p.hidden else p.text(k)


def _text(value: Any) -> Any:
    return safe_cell_text(value) if isinstance(value, str) else value


def _fit_columns(sheet: Any) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                length = len(str(cell.value))
                widths[cell.column] = max(widths.get(cell.column, 0), length)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 10), 70)


def _header(sheet: Any, values: list[Any]) -> None:
    sheet.append([_text(v) for v in values])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=False)
    sheet.freeze_panes = "A2"


def _table_sheet(sheet: Any, table: PublishedTable, language: str, texts: dict[str, str]) -> None:
    k = table.k
    total = labels.TOTAL[labels.lang(language)]
    dim_name = labels.dimension_name(table.row_dimension, language)
    if table.is_2d:
        column_names = [
            labels.code_name(table.column_dimension or "", c, language) for c in table.columns
        ]
        _header(sheet, [dim_name, *column_names, total, texts["code"]])
    else:
        _header(sheet, [dim_name, labels.unit_name(table.unit, language), texts["code"]])
    if table.withheld:
        reason = texts["withheld"]
        if table.note == "revised":
            reason = labels.notice_text("revised", language, k)
        sheet.append([_text(reason)])
    else:
        for r, code in enumerate(table.rows):
            name = labels.row_label(table.row_dimension, code, language)
            if table.level(r):
                name = "    " + name
            values = [_value(p, k) for p in table.cells[r]]
            if table.is_2d:
                values.append(_value(table.row_totals[r], k))
            sheet.append([_text(name), *[_text(v) for v in values], _text(code)])
            if table.level(r) == 0 and table.parents:
                sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    totals = [_value(p, k) for p in table.column_totals]
    if table.is_2d and table.grand_total is not None:
        totals.append(_value(table.grand_total, k))
    if not (table.withheld and all(p.hidden for p in table.column_totals)):
        sheet.append([_text(total), *[_text(v) for v in totals], "total"])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    if table.note == "combined":
        sheet.append([])
        sheet.append([_text(labels.notice_text("combined", language, k))])
    if table.coarsened:
        combined = ", ".join(
            labels.row_label(table.row_dimension, c, language) for c in table.coarsened
        )
        if table.coarsened == (table.row_dimension,):
            combined = labels.dimension_name(table.row_dimension, language)
        sheet.append([])
        sheet.append([_text(texts["coarsened"]), _text(combined)])
    _fit_columns(sheet)


def _change_column(sheet: Any, trend: PublishedTable, language: str) -> None:
    """Month-over-month change (whole percent) in the column after the trend's codes."""
    from digituki.core.domain.trends import month_changes

    column = 4
    sheet.cell(row=1, column=column, value=labels.CHANGE[labels.lang(language)]).font = Font(
        bold=True
    )
    changes = month_changes([line[0].value for line in trend.cells])
    for r, change in enumerate(changes, start=2):
        cell = sheet.cell(row=r, column=column, value=change)
        cell.number_format = '+0" %";-0" %";0" %"'
    sheet.column_dimensions["D"].width = len(labels.CHANGE[labels.lang(language)]) + 2


def build_workbook(report: PublishedReport, language: str = "fi") -> Workbook:
    language = labels.lang(language)
    texts = TEXTS[language]
    book = Workbook()
    taken: set[str] = set()
    info = book.active
    info.title = sheet_name(texts["info"], taken)
    _header(info, [texts["info"], ""])
    k = report.k
    rule = texts["rule_text"].format(k=k, k1=k - 1, legend=labels.marker_legend(k, language))
    rows: list[tuple[str, Any]] = [
        (texts["point"], report.point_name),
        (texts["municipality"], report.municipality),
        (texts["period"], labels.period_name(report.period.first, report.period.last, language)),
        (texts["generated"], report.generated_at.strftime("%Y-%m-%d %H:%M:%S")),
        (texts["rule"], rule),
        (texts["rule"], labels.notice_text("guarantee", language, k)),
        (texts["sessions"], report.sessions),
    ]
    if report.preliminary:
        rows.insert(0, (texts["rule"], labels.notice_text("preliminary", language, k)))
    if report.detail:
        figures = [
            (texts["customers"], report.customers),
            (texts["minutes_total"], report.total_minutes),
            (texts["minutes_median"], report.median_minutes),
            (texts["volunteer_hours"], report.volunteer_hours),
        ]
        rows += [(name, value) for name, value in figures if value is not None]
    elif report.sessions >= 10:
        rows.append((texts["rule"], labels.notice_text("small_months", language, k)))
    else:
        rows.append((texts["rule"], texts["few"]))
    for code in report.limited:
        if code != "small_months":
            rows.append((texts["rule"], labels.notice_text(code, language, k)))
    for label, value in rows:
        info.append([_text(label), _text(value)])
    _fit_columns(info)
    for table in (*report.tables, report.trend):
        title = texts.get(f"sheet_{table.key}") or labels.table_title(table.key, language)
        sheet = book.create_sheet(sheet_name(title, taken))
        _table_sheet(sheet, table, language, texts)
        if table.key == "trend" and len(table.rows) > 1:
            _change_column(sheet, table, language)
    return book


def render_xlsx(report: PublishedReport, language: str = "fi") -> bytes:
    buffer = io.BytesIO()
    build_workbook(report, language).save(buffer)
    return buffer.getvalue()


def write_report_xlsx(report: PublishedReport, path: Path, *, language: str = "fi") -> Path:
    """Write the report as an XLSX workbook (atomically)."""
    return atomic_write_bytes(path, render_xlsx(report, language))
