"""The point's contact (phone, e-mail, where to find it) is kept in its settings and printed
where customers need it: the slip, the call list, the guide handouts (read with pdftotext)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from digituki.core.domain import booking as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.services import bookings as svc
from digituki.core.services import guides
from digituki.core.services import settings as settings_service
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)
TUE_10 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=LOCAL_TZ)

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture
def point(db: Database) -> Database:
    svc.update_slot_settings(db, 45, 2, now=NOW)
    svc.add_weekly_hours(db, 1, dt.time(10), dt.time(12), now=NOW)
    settings_service.update_site_settings(db, site_name="Kallion kirjasto", municipality="Helsinki")
    return db


def _book(db: Database, language: str = "fi") -> int:
    made = svc.create_booking(
        db,
        TUE_10,
        rules.CustomerInput("Aino Esimerkki", "040 000 1234", (), rules.Needs(language=language)),
        now=NOW,
    )
    return made.id


def test_contact_is_validated_and_stored_normalised(point: Database) -> None:
    site = settings_service.update_site_settings(
        point,
        contact_phone=" 09 123 4567 ",
        contact_email="digituki@kirjasto.example.fi",
        contact_place="Pääkirjasto,  2. krs, neuvonta",
    )
    assert site.contact_phone == "+35891234567"
    assert settings_service.contact_phone_text(site) == "09 1234567"
    assert (
        settings_service.get_site_settings(point).contact_place == "Pääkirjasto, 2. krs, neuvonta"
    )
    for field, bad in (("contact_phone", "12"), ("contact_email", "not an address")):
        with pytest.raises(ValidationError) as caught:
            settings_service.update_site_settings(point, **{field: bad})
        assert caught.value.field == field
    assert settings_service.get_site_settings(point).contact_phone == "+35891234567"  # unchanged
    assert settings_service.update_site_settings(point, contact_phone="").contact_phone == ""


@needs_pdftotext
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "Peru aika soittamalla numeroon 09 1234567 tai käymällä paikan päällä"),
        ("sv", "Avboka tiden genom att ringa 09 1234567 eller komma förbi"),
        ("en", "Please cancel by phoning 09 1234567 or visiting us"),
    ],
)
def test_slip_shows_the_points_number(
    point: Database, tmp_path: Path, lang: str, expected: str
) -> None:
    settings_service.update_site_settings(
        point, contact_phone="09 123 4567", contact_place="Pääkirjasto, 2. krs, neuvonta"
    )
    text = text_of(svc.write_confirmation_slip(point, _book(point, lang), tmp_path))
    assert expected in text
    assert "Pääkirjasto, 2. krs, neuvonta" in text


@needs_pdftotext
def test_slip_without_a_number_leaves_the_line_out_cleanly(point: Database, tmp_path: Path) -> None:
    text = text_of(svc.write_confirmation_slip(point, _book(point), tmp_path))
    assert "Peru aika käymällä paikan päällä" in text
    assert "numeroon" not in text and "soittamalla" not in text
    assert "{" not in text and "Sähköposti" not in text


@needs_pdftotext
def test_call_list_shows_the_points_number_only_when_set(point: Database, tmp_path: Path) -> None:
    _book(point)
    without = text_of(svc.write_call_list_pdf(point, TUE_10.date(), tmp_path / "a", "fi"))
    assert "Pisteen numero" not in without and "Aino Esimerkki" in without
    settings_service.update_site_settings(point, contact_phone="09 123 4567")
    with_number = text_of(svc.write_call_list_pdf(point, TUE_10.date(), tmp_path / "b", "fi"))
    assert "Pisteen numero asiakkaalle (perumiseen): 09 1234567" in with_number


@needs_pdftotext
def test_handout_shows_where_to_get_more_help(point: Database, tmp_path: Path) -> None:
    guide_id = _first_guide(point)
    plain = text_of(guides.write_guide_handout(point, guide_id, tmp_path / "a.pdf"))
    assert "puh." not in plain
    settings_service.update_site_settings(
        point, contact_phone="09 123 4567", contact_place="2. krs, neuvonta"
    )
    text = text_of(guides.write_guide_handout(point, guide_id, tmp_path / "b.pdf"))
    assert "Lisää apua: Kallion kirjasto, 2. krs, neuvonta, puh. 09 1234567" in text


def _first_guide(db: Database) -> int:
    from sqlalchemy import select

    from digituki.core.storage.orm import Guide

    guides.ensure_builtin_guides(db)
    with db.unit_of_work() as uow:
        found = uow.session.scalars(
            select(Guide.id).where(Guide.language == "fi").order_by(Guide.id)
        ).first()
    assert found is not None, "no built-in Finnish guide"
    return int(found)
