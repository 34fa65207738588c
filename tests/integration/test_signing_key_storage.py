"""The point's Ed25519 signing key is kept with the other secrets: sealed under the data key,
never in plaintext; a plaintext key of an earlier build is sealed and deleted; while the data key
is locked the bundle goes out unsigned instead of failing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from digituki.core.domain.stats import Period
from digituki.core.security import keys, signing
from digituki.core.services import stats as stats_service
from digituki.core.storage.database import Database
from digituki.core.storage.orm import SiteSetting


def settings_rows(db: Database) -> dict[str, str]:
    with db.unit_of_work() as uow:
        return dict(uow.session.execute(select(SiteSetting.key, SiteSetting.value)).all())


def test_a_new_key_is_stored_sealed_never_in_plaintext(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "point.sqlite3")
    try:
        key = signing.point_signing_key(db)
        raw = signing.private_bytes(key)
        rows = settings_rows(db)
        assert signing.SETTING_KEY not in rows and signing.SEALED_KEY in rows
        assert base64.b64encode(raw).decode() not in json.dumps(rows)
        again = signing.point_signing_key(db)
        assert signing.public_key_text(again) == signing.public_key_text(key)
    finally:
        db.close()
    assert raw not in (tmp_path / "point.sqlite3").read_bytes()


def test_a_plaintext_key_of_an_earlier_build_is_sealed_and_deleted(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "point.sqlite3")
    try:
        old = signing.new_private_key()
        text = json.dumps(base64.b64encode(signing.private_bytes(old)).decode())
        with db.unit_of_work() as uow:
            uow.session.add(SiteSetting(key=signing.SETTING_KEY, value=text))
            uow.commit()
        assert signing.seal_legacy_key(db) is True
        rows = settings_rows(db)
        assert signing.SETTING_KEY not in rows and signing.SEALED_KEY in rows
        # the same key signs on: the coordinator sees no key change
        key = signing.point_signing_key(db)
        assert signing.public_key_text(key) == signing.public_key_text(old)
        assert signing.seal_legacy_key(db) is False  # nothing left to move
    finally:
        db.close()


def test_the_database_opening_seals_an_old_key(tmp_path: Path) -> None:
    from digituki.core.services import startup

    path = tmp_path / "point.sqlite3"
    db = Database.open_file(path)
    old = signing.new_private_key()
    with db.unit_of_work() as uow:
        text = json.dumps(base64.b64encode(signing.private_bytes(old)).decode())
        uow.session.add(SiteSetting(key=signing.SETTING_KEY, value=text))
        uow.commit()
    db.close()
    db = startup.open_checked(f"sqlite:///{path}", tmp_path / "backups")
    try:
        startup.after_open(db, tmp_path, tmp_path / "backups")
        assert signing.SETTING_KEY not in settings_rows(db)
    finally:
        db.close()


def test_locked_data_key_means_no_bundle_not_an_unsigned_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: an unsigned bundle would be held back by the coordinator, so the export fails
    plainly (before any file is written) instead of writing one."""
    db = Database.in_memory()
    try:

        def locked(_db: Database) -> None:
            raise keys.KeyUnavailableError()

        monkeypatch.setattr(signing, "_cipher", locked)
        with pytest.raises(keys.KeyUnavailableError):
            signing.point_signing_key(db)
        with pytest.raises(keys.SigningKeyLockedError):
            stats_service.export_period(db, Period.month("2026-10"), ["pdf", "bundle"], tmp_path)
        assert list(tmp_path.iterdir()) == []
    finally:
        db.close()
