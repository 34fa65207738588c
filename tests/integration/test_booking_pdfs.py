"""Confirmation slip and call list PDFs: written atomically, large print, customer's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digituki.core.domain.booking import Needs
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.exports.pdf.call_list import write_call_list
from digituki.core.exports.pdf.slip import BODY_PT, TEXTS, write_slip
from digituki.core.services.bookings import BookingView

START = dt.datetime(2026, 11, 24, 10, 0, tzinfo=LOCAL_TZ)


@pytest.fixture(autouse=True)
def _readable_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uncompressed page streams, so the tests can look for the texts."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "pageCompression", 0)


def pdf_text(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    return data


@pytest.mark.parametrize(
    ("lang", "weekday"), [("fi", b"Tiistai"), ("sv", b"Tisdag"), ("en", b"Tuesday")]
)
def test_slip_in_the_customers_language(tmp_path: Path, lang: str, weekday: bytes) -> None:
    path = write_slip(
        tmp_path / f"slip-{lang}.pdf",
        start=START,
        end=START + dt.timedelta(minutes=45),
        language=lang,
        place="Kallion kirjasto",
        devices=("phone",),
    )
    data = pdf_text(path)
    assert weekday in data
    assert b"24" in data
    assert list(tmp_path.glob("*.tmp")) == []
    assert BODY_PT >= 14
    assert set(TEXTS) == {"fi", "sv", "en"}
    assert all(TEXTS[lang].keys() == TEXTS["fi"].keys() for lang in TEXTS)


def test_slip_for_other_language_is_finnish(tmp_path: Path) -> None:
    data = pdf_text(
        write_slip(
            tmp_path / "slip.pdf",
            start=START,
            end=START + dt.timedelta(minutes=45),
            language="other",
            place="",
        )
    )
    assert b"Tiistai" in data


def test_call_list_lists_names_and_numbers(tmp_path: Path) -> None:
    booking = BookingView(
        id=1,
        start=START.astimezone(dt.UTC),
        end=START.astimezone(dt.UTC) + dt.timedelta(minutes=45),
        status="booked",
        place=1,
        name="Aino Esimerkki",
        phone="+358400001234",
        topics=(),
        needs=Needs(),
    )
    data = pdf_text(write_call_list(tmp_path / "calls.pdf", START.date(), [booking], "fi"))
    assert b"Aino Esimerkki" in data and b"040 0001234" in data
    empty = pdf_text(write_call_list(tmp_path / "empty.pdf", START.date(), [], "en"))
    assert b"No bookings" in empty
