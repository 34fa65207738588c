"""The coordinator's completeness matrix (points × months) as CSV or XLSX, in words.

Each cell says delivered / replaced by a newer export / missing (or closed) in the chosen
language, so the file reads the same printed in black and white."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Final

from digituki.core.exports import labels
from digituki.core.exports.safety import atomic_write_bytes, safe_cell_text

if TYPE_CHECKING:
    from digituki.core.services.coordinator import Completeness

WORDS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "point": "Piste",
        "municipality": "Kunta",
        "delivered": "saatu",
        "replaced": "saatu (uudempi korvasi)",
        "missing": "puuttuu",
        "closed": "suljettu",
        "key_changed": "uusi allekirjoitusavain!",
        "missing_total": "Puuttuu yhteensä",
        "not_due": "ei vielä",
    },
    "sv": {
        "point": "Punkt",
        "municipality": "Kommun",
        "delivered": "mottagen",
        "replaced": "mottagen (nyare ersatte)",
        "missing": "saknas",
        "closed": "stängd",
        "key_changed": "ny signeringsnyckel!",
        "missing_total": "Saknas totalt",
        "not_due": "inte än",
    },
    "en": {
        "point": "Point",
        "municipality": "Municipality",
        "delivered": "delivered",
        "replaced": "delivered (a newer one replaced it)",
        "missing": "missing",
        "closed": "closed",
        "key_changed": "new signing key!",
        "missing_total": "Missing in total",
        "not_due": "not due yet",
    },
}


def matrix_rows(matrix: Completeness, language: str) -> list[list[str]]:
    """Header and one row per point, every cell in words."""
    words = WORDS[labels.lang(language)]
    rows = [
        [words["point"], words["municipality"]]
        + [labels.month_name(m, language) for m in matrix.months]
    ]
    for row in matrix.rows:
        cells = []
        for state, key_changed in zip(row.cells, row.key_changed, strict=True):
            text = words["closed"] if row.closed and state == "missing" else words[state]
            if key_changed:
                text += f" – {words['key_changed']}"
            cells.append(text)
        name = row.name or row.point_id
        if row.closed:
            name += f" ({words['closed']})"
        rows.append([name, row.municipality, *cells])
    return rows


def write_completeness(matrix: Completeness, path: Path, *, language: str = "fi") -> Path:
    """Write the matrix as ``.csv`` or ``.xlsx`` (by the file's suffix), atomically."""
    rows = matrix_rows(matrix, language)
    words = WORDS[labels.lang(language)]
    footer = [words["missing_total"], "", str(matrix.missing())]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "Completeness"[:31]
        for values in [*rows, footer]:
            sheet.append([safe_cell_text(v) for v in values])
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
        buffer = io.BytesIO()
        book.save(buffer)
        return atomic_write_bytes(path, buffer.getvalue())
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    for values in [*rows, footer]:
        writer.writerow([safe_cell_text(v) for v in values])
    return atomic_write_bytes(path, ("\ufeff" + text.getvalue()).encode("utf-8"))
