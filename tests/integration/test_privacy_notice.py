"""The privacy notice (tietosuojaseloste) PDF: filled from the point's settings, in fi, sv, en."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from digituki.core.domain.errors import ValidationError
from digituki.core.services import privacy
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed"
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", ("Tietosuojaseloste", "Rekisterinpitäjä", "21 päivän kuluttua", "Varmuuskopioissa",
                "tietosuojavaltuutetulle")),
        ("sv", ("Dataskyddsbeskrivning", "Personuppgiftsansvarig", "21 dagar efter",
                "säkerhetskopior", "dataombudsmannen")),
        ("en", ("Privacy notice", "Controller", "21 days after", "Backup copies",
                "Data Protection Ombudsman")),
    ],
)  # fmt: skip
def test_the_notice_renders_in_each_language_from_the_settings(
    db: Database, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    update_site_settings(db, site_name="Sellon kirjasto", municipality="Espoo", retention_days=21)
    path = privacy.write_privacy_notice(db, tmp_path, language, today=dt.date(2026, 12, 3))
    text = pdf_text(path)
    for word in (*words, "Sellon kirjasto", "Espoo", "3.12.2026" if language != "en" else "3 Dec"):
        assert word in text, word
    assert "{" not in text  # every placeholder was filled


@needs_pdftotext
def test_the_point_can_reword_a_section_and_reset_it(db: Database, tmp_path: Path) -> None:
    texts = privacy.set_notice_texts(
        db, "sv", {"purpose": "Vi hjälper dig med <e-tjänster> & {point}."}
    )
    assert texts["purpose"].startswith("Vi hjälper dig")
    update_site_settings(db, site_name="Biblioteket")
    text = pdf_text(privacy.write_privacy_notice(db, tmp_path, "sv"))
    assert "Vi hjälper dig med <e-tjänster> & Biblioteket." in text
    assert "Vi bokar en tid" not in text
    assert privacy.notice_texts(db, "fi")["purpose"].startswith("Varaamme")  # other languages stay
    privacy.set_notice_texts(db, "sv", {"purpose": "  "})
    assert privacy.notice_texts(db, "sv")["purpose"].startswith("Vi bokar en tid")


@pytest.mark.parametrize(
    ("language", "texts", "code"),
    [
        ("de", {"purpose": "x"}, "language_unknown"),
        ("fi", {"nonsense": "x"}, "unknown_setting"),
        ("fi", {"purpose": "x" * 2001}, "too_long"),
    ],
)
def test_bad_notice_texts_are_refused_and_change_nothing(
    db: Database, language: str, texts: dict[str, str], code: str
) -> None:
    before = privacy.notice_texts(db, "fi")
    with pytest.raises(ValidationError) as info:
        privacy.set_notice_texts(db, language, texts)
    assert info.value.message_code == code
    assert privacy.notice_texts(db, "fi") == before
