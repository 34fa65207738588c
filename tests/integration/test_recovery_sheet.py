"""The printable recovery sheet: a complete PDF in each language, written atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digituki.core.exports.pdf.recovery_sheet import grouped, write_recovery_sheet


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_recovery_sheet_is_a_complete_pdf(tmp_path: Path, language: str) -> None:
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        path, "kirjasto tiistai 2026", "Pääkirjasto", language, dt.date(2026, 11, 23)
    )
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary file left


def test_passphrase_is_grouped_for_reading_aloud() -> None:
    assert grouped("abcd efgh") == "abcd ·efg h"
    assert grouped("12345678") == "1234 5678"
