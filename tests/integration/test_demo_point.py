"""A demo point needs no secret, and can never be taken for (or turned into) a real point."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digituki.core.security import keys
from digituki.core.services import settings as settings_service
from digituki.core.services.demo import generate_demo
from digituki.core.storage.database import Database

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIGITUKI_PASSPHRASE", raising=False)
    keys.set_session_passphrase(None)
    keys.forget_session_keys()


def _open(path: Path, **kw: bool) -> Database:
    return Database.open_file(path, **kw)


def test_demo_without_any_secret_reads_its_customers(tmp_path: Path, no_passphrase: None) -> None:
    db = _open(tmp_path / "d.sqlite3", prepare_key=False)
    generate_demo(db, seed=1, months=1, today=TODAY)
    db.close()
    keys.forget_session_keys()
    db = _open(tmp_path / "d.sqlite3")  # a later start: no passphrase asked
    status = keys.key_status(db)
    assert status.state is keys.KeyState.READY and status.demo
    from digituki.core.services import bookings

    found = bookings.agenda(db, TODAY - dt.timedelta(days=31), TODAY + dt.timedelta(days=31))
    readable = [b for b in found.bookings if not b.purged]
    assert readable and all(b.name or b.phone for b in readable)
    assert not any(b.contact_unreadable for b in found.bookings)
    site = settings_service.get_site_settings(db)
    assert site.demo and "demo" in site.site_name.lower()
    db.close()


def test_demo_name_survives_a_rename(tmp_path: Path, no_passphrase: None) -> None:
    db = _open(tmp_path / "d.sqlite3", prepare_key=False)
    generate_demo(db, seed=1, months=1, today=TODAY)
    settings_service.update_site_settings(db, site_name="Pääkirjasto")
    assert settings_service.get_site_settings(db).site_name == "Pääkirjasto (demo)"
    with pytest.raises(Exception, match="demo"):
        settings_service.update_site_settings(db, demo=False)
    assert settings_service.get_site_settings(db).demo
    db.close()


def test_demo_is_refused_on_a_real_points_data(tmp_path: Path) -> None:
    db = _open(tmp_path / "real.sqlite3")  # the conftest passphrase: a real point's key
    generate_demo(db, seed=1, months=1, today=TODAY)  # an empty database may become a demo…
    db.close()
    real = _open(tmp_path / "real2.sqlite3")
    from digituki.core.services import helplog

    helplog.generate_demo_sessions(real, __import__("random").Random(1), TODAY, 1)
    key_before = keys._read_row(real)
    with pytest.raises(keys.DemoOnRealPointError):
        generate_demo(real, seed=1, months=1, today=TODAY)
    assert keys._read_row(real) == key_before  # nothing changed
    assert not settings_service.get_site_settings(real).demo
    real.close()


def test_the_demo_key_is_never_a_real_points(tmp_path: Path, no_passphrase: None) -> None:
    db = _open(tmp_path / "d.sqlite3", prepare_key=False)
    generate_demo(db, seed=1, months=1, today=TODAY)
    with pytest.raises(keys.DemoKeyError):
        keys.set_passphrase(db, "a long enough passphrase")
    # Someone removes the demo mark by hand: the public key no longer opens anything.
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, keys.DEMO_SETTING)
        assert row is not None
        uow.session.delete(row)
        uow.commit()
    db.close()
    keys.forget_session_keys()
    db = _open(tmp_path / "d.sqlite3")
    assert keys.key_status(db).state is not keys.KeyState.READY
    with pytest.raises(keys.KeyUnavailableError):
        keys.data_key(db)
    db.close()
