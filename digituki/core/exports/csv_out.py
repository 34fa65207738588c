"""CSV export of the published (suppressed) report: ONE long-format file.

Choice: a single long-format CSV rather than a zip of one file per table, because one file is
easier to attach, to merge across months and points, and to pivot in Excel or LibreOffice.

Format: UTF-8 with a byte-order mark (so Excel detects the encoding), comma-separated, CRLF line
ends, a header row and one row per published number::

    period,table,dimension1,value1,dimension2,value2,count,label

- `table` is the table's key (``age_band``, ``topics``, ``support_form``, ``language``,
  ``outcome``, ``next_step``, ``on_behalf``, ``turned_away``, ``bookings``, ``trend``,
  ``summary``, ``notice``); `dimension1`/`value1` name the row by its stable code (``age_band`` /
  ``65_74``), `dimension2`/`value2` the column of a two-way table (empty otherwise). Totals have
  the value ``total``.
- `count` is a whole number, or the text ``<k`` (1…k−1 hidden) or ``×`` (hidden so that a small
  number cannot be worked out); `label` is the row's name in the chosen language.
- ``notice`` rows say why numbers are missing: `value1` is ``report`` or a table's key, `count`
  the reason (``preliminary``: files of some points are missing; ``small_months``: a month of the
  period had fewer than 10 sessions; ``revised``: numbers changed since they were published, so
  only totals are published again; ``combined``: a report of several months hides a number
  hidden in any of its months, so its ``×`` can be any number) and `label` says it in words.
- Every text cell goes through the spreadsheet-safety rule (`safety.safe_cell_text`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from digituki.core.exports import labels
from digituki.core.exports.safety import atomic_write_bytes, safe_cell_text

if TYPE_CHECKING:
    from digituki.core.domain.stats import Published, PublishedTable
    from digituki.core.services.stats import PublishedReport

HEADER = ("period", "table", "dimension1", "value1", "dimension2", "value2", "count", "label")
TOTAL = "total"
NOTICE = "notice"


def _count(p: Published, k: int) -> str | int:
    return p.value if not p.hidden and p.value is not None else p.text(k)


def _table_rows(
    table: PublishedTable, language: str
) -> Iterator[tuple[str, str, str, str, str | int, str]]:
    k = table.k
    dim = table.row_dimension
    col_dim = table.column_dimension or ""
    if not table.withheld:
        for r, code in enumerate(table.rows):
            label = labels.row_label(dim, code, language)
            for c, column in enumerate(table.columns):
                value2 = column if table.is_2d else ""
                yield dim, code, col_dim, value2, _count(table.cells[r][c], k), label
            if table.is_2d:
                yield dim, code, col_dim, TOTAL, _count(table.row_totals[r], k), label
    total_label = labels.TOTAL[labels.lang(language)]
    for c, column in enumerate(table.columns):
        p = table.column_totals[c]
        if table.withheld and p.hidden:
            continue
        yield dim, TOTAL, col_dim, column if table.is_2d else "", _count(p, k), total_label
    if table.is_2d and table.grand_total is not None:
        yield dim, TOTAL, col_dim, TOTAL, _count(table.grand_total, k), total_label


def report_rows(report: PublishedReport, language: str) -> list[list[str | int]]:
    """The CSV's rows (header first), before spreadsheet-safety is applied."""
    period = report.period.label
    rows: list[list[str | int]] = [list(HEADER)]
    summary: list[tuple[str, int | float | None]] = [
        ("sessions", report.sessions),
        ("customers", report.customers),
        ("minutes_total", report.total_minutes),
        ("minutes_median", report.median_minutes),
        ("volunteer_hours", report.volunteer_hours),
    ]
    for measure, value in summary:
        if value is None:
            continue
        shown: str | int = int(value) if float(value).is_integer() else str(value)
        rows.append([period, "summary", "measure", measure, "", "", shown, ""])
    for table in (*report.tables, report.trend):
        for dim, value1, dim2, value2, count, label in _table_rows(table, language):
            rows.append([period, table.key, dim, value1, dim2, value2, count, label])
    # Why numbers are missing, in words: the report as a whole, then single tables.
    notices = [("report", code) for code in report.limited]
    if report.preliminary:
        notices.insert(0, ("report", "preliminary"))
    notices += [(table.key, table.note) for table in report.tables if table.note]
    for subject, code in notices:
        text = labels.notice_text(code, language, report.k)
        rows.append([period, NOTICE, "table", subject, "", "", code, text])
    return rows


def render_csv(report: PublishedReport, language: str = "fi") -> bytes:
    """The CSV file's bytes (UTF-8 with BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in report_rows(report, language):
        writer.writerow([safe_cell_text(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_report_csv(report: PublishedReport, path: Path, *, language: str = "fi") -> Path:
    """Write the report as one long-format CSV file (atomically)."""
    return atomic_write_bytes(path, render_csv(report, language))
