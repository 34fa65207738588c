"""The data key: OS store or site passphrase, never in the clear on disk; locked and lost keys."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from test_bookings import customer, open_point  # type: ignore[import-not-found]
from test_helplog_service import draft  # type: ignore[import-not-found]

from digituki.core.security import keys, secrets
from digituki.core.services import bookings as svc
from digituki.core.services import helplog, startup
from digituki.core.storage.database import Database
from digituki.core.storage.orm import SiteSecret

PASS = "correct horse battery"
NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
SLOT = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)  # Tuesday 10.00 in Helsinki


class MemoryKeyring(KeyringBackend):
    """A secure-looking store living in memory (stands in for the OS store)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _fresh_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    keys.forget_session_keys()
    keys.set_session_passphrase(None)
    secrets.reset()
    yield
    keyring.set_keyring(FailKeyring())
    keys.forget_session_keys()
    keys.set_session_passphrase(None)
    secrets.reset()


@pytest.fixture
def store() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.reset()
    return backend


def book(db: Database) -> int:
    open_point(db)
    return svc.create_booking(db, SLOT, customer(), now=NOW).id  # type: ignore[arg-type]


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_fail_backend_is_no_secure_store() -> None:
    keyring.set_keyring(FailKeyring())
    secrets.reset()
    state = secrets.status()
    assert not state.secure
    assert secrets.load("x") is None
    with pytest.raises(secrets.SecureStoreUnavailable):
        secrets.store("x", "y")


def test_low_priority_backend_is_no_secure_store() -> None:
    keyring.set_keyring(LowPriorityKeyring())
    secrets.reset()
    assert not secrets.status().secure


def test_a_store_that_fails_the_round_trip_is_not_used() -> None:
    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("locked")

    keyring.set_keyring(Locked())
    secrets.reset()
    assert not secrets.status().secure


def test_without_store_or_passphrase_the_key_waits_and_nothing_personal_is_written(
    tmp_path: Path,
) -> None:
    db = Database.open_file(tmp_path / "d.sqlite3")
    try:
        assert keys.key_status(db).state == keys.KeyState.NEW_PASSPHRASE
        open_point(db)
        with pytest.raises(keys.KeyUnavailableError):
            svc.create_booking(db, SLOT, customer(), now=NOW)
        keys.unlock(db, PASS)  # the start dialog: a new passphrase creates the key
        assert keys.key_status(db).state == keys.KeyState.READY
        made = svc.create_booking(db, SLOT, customer(), now=NOW)
        assert svc.get_booking(db, made.id).name == "Aino Esimerkki"
    finally:
        db.close()


def test_passphrase_path_keeps_no_key_in_the_clear_and_reopens(tmp_path: Path) -> None:
    keys.set_session_passphrase(PASS)
    path = tmp_path / "d.sqlite3"
    db = Database.open_file(path)
    made = book(db)
    key = keys.data_key(db)
    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSecret, 1)
        assert row is not None and row.wrapped_key is not None and row.kdf == "scrypt"
    db.close()
    everything = all_bytes(tmp_path)
    assert key not in everything
    assert base64.b64encode(key) not in everything
    assert not (tmp_path / keys.KEY_FILE).exists()

    keys.forget_session_keys()
    keys.set_session_passphrase(None)
    again = Database.open_file(path)
    try:
        assert keys.key_status(again).state == keys.KeyState.LOCKED
        locked = svc.get_booking(again, made)
        assert locked.name is None and locked.contact_unreadable
        with pytest.raises(keys.WrongPassphraseError):
            keys.unlock(again, "not the passphrase")
        keys.unlock(again, PASS)
        assert svc.get_booking(again, made).name == "Aino Esimerkki"
    finally:
        again.close()


def test_secure_store_path_needs_no_passphrase(tmp_path: Path, store: MemoryKeyring) -> None:
    path = tmp_path / "d.sqlite3"
    db = Database.open_file(path)
    made = book(db)
    status = keys.key_status(db)
    assert status.state == keys.KeyState.READY and status.secure_store
    assert not status.passphrase_set
    assert any(k[1].startswith("data-key:") for k in store.items)
    db.close()
    keys.forget_session_keys()
    again = Database.open_file(path)
    try:
        assert svc.get_booking(again, made).name == "Aino Esimerkki"
        keys.set_passphrase(again, PASS)  # Settings: also recoverable on a new computer
        assert keys.key_status(again).passphrase_set
    finally:
        again.close()
    # A new computer: an empty store, the passphrase opens the key (and fills the store).
    store.items.clear()
    keys.forget_session_keys()
    moved = Database.open_file(path)
    try:
        assert keys.key_status(moved).state == keys.KeyState.LOCKED
        keys.unlock(moved, PASS)
        assert svc.get_booking(moved, made).name == "Aino Esimerkki"
        assert any(k[1].startswith("data-key:") for k in store.items)
    finally:
        moved.close()


def test_interim_key_file_is_wrapped_and_deleted(tmp_path: Path) -> None:
    from digituki.core.security.crypto import FieldCipher

    legacy = FieldCipher.new_key()
    key_file = tmp_path / keys.KEY_FILE
    key_file.write_bytes(base64.b64encode(legacy) + b"\n")
    path = tmp_path / "d.sqlite3"
    db = Database.open_file(path)
    try:
        made = book(db)  # encrypted with the interim key
        status = keys.key_status(db)
        assert status.state == keys.KeyState.READY and status.legacy_file
        keys.set_passphrase(db, PASS)
        assert not key_file.exists()
    finally:
        db.close()
    assert base64.b64encode(legacy) not in all_bytes(tmp_path)
    keys.forget_session_keys()
    keys.set_session_passphrase(PASS)
    again = Database.open_file(path)
    try:
        assert svc.get_booking(again, made).name == "Aino Esimerkki"
    finally:
        again.close()


def test_losing_the_key_loses_only_the_personal_fields(tmp_path: Path) -> None:
    keys.set_session_passphrase(PASS)
    path = tmp_path / "d.sqlite3"
    db = Database.open_file(path)
    made = book(db)
    db.close()
    keys.forget_session_keys()
    keys.set_session_passphrase(None)  # the passphrase is forgotten
    again = Database.open_file(path)
    try:
        view = svc.get_booking(again, made)
        assert view.name is None and view.phone is None and view.contact_unreadable
        assert view.topics  # the rest of the booking is intact
        # Help sessions (statistics) still record and list; a note cannot be sealed now.
        from digituki.core.security.note_cipher import DatabaseNoteKey, NoteKeyError

        startup.after_open(again, tmp_path, None)  # the maintenance the app runs at open
        helplog.log_session(again, _draft(), now=NOW)
        assert len(helplog.list_sessions(again)) == 1
        with pytest.raises(NoteKeyError):
            helplog.log_session(again, _draft(note="x"), notes=DatabaseNoteKey(again), now=NOW)
    finally:
        again.close()


def _draft(**changes: object):  # type: ignore[no-untyped-def]
    return draft(**changes)


def test_scrypt_parameters_are_memory_hard() -> None:
    # What ships (tests/conftest.py lowers SCRYPT_N so the suite does not spend minutes in scrypt).
    assert keys.SHIPPED_SCRYPT_N * keys.SCRYPT_R * 128 >= 32 * 1024 * 1024  # at least 32 MiB
