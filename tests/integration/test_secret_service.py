"""The data key in a real Secret Service (gnome-keyring on a private D-Bus session).

./test runs this file a second time inside `dbus-run-session` with an unlocked gnome-keyring and
DIGITUKI_SECRET_SERVICE=1; there the test must work. Elsewhere it is skipped, with the reason.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from digituki.core.security import keys, secrets

REQUIRED = os.environ.get("DIGITUKI_SECRET_SERVICE") == "1"
# keyring's Secret Service backend leaves its D-Bus sockets for the garbage collector.
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    if not REQUIRED:
        pytest.skip(
            "needs a Secret Service on D-Bus: ./test runs this file inside dbus-run-session "
            "with gnome-keyring (DIGITUKI_SECRET_SERVICE=1)"
        )
    from keyring.backends import SecretService

    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    keyring.set_keyring(SecretService.Keyring())
    deadline = time.monotonic() + 10  # the daemon unlocks its collection in the background
    while not secrets.status(refresh=True).secure and time.monotonic() < deadline:
        time.sleep(0.2)
    secrets.reset()
    keys.forget_session_keys()
    yield
    keyring.set_keyring(FailKeyring())
    secrets.reset()
    keys.forget_session_keys()


def test_real_secret_service_keeps_the_key(secret_service: None, tmp_path: Path) -> None:
    from test_bookings import NOW, TUE_10, customer, open_point  # type: ignore[import-not-found]

    from digituki.core.services import bookings as svc
    from digituki.core.storage.database import Database

    status = secrets.status(refresh=True)
    assert status.secure, status.reason
    assert "SecretService" in status.backend
    path = tmp_path / "d.sqlite3"
    db = Database.open_file(path)
    open_point(db)
    made = svc.create_booking(db, TUE_10, customer(), now=NOW).id
    key_id = keys.key_status(db).key_id
    db.close()
    keys.forget_session_keys()
    again = Database.open_file(path)  # no passphrase anywhere: the key comes from the store
    try:
        assert keys.key_status(again).state == keys.KeyState.READY
        assert svc.get_booking(again, made).name == "Aino Esimerkki"
    finally:
        again.close()
    assert secrets.load(f"data-key:{key_id}")
    secrets.delete(f"data-key:{key_id}")


def test_a_locked_secret_service_is_not_a_secure_store(secret_service: None) -> None:
    """With D-Bus up but the collection locked, the round trip fails: no secure store."""
    import secretstorage

    conn = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(conn)
    collection.lock()  # stays locked: the private D-Bus session ends with this test run
    try:
        status = secrets.status(refresh=True)
        assert not status.secure
        assert "KeyringLocked" in status.reason or "round trip" in status.reason
    finally:
        conn.close()
