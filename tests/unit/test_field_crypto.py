"""Field encryption and the interim key provider (file path: tests use keyring's fail backend)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from digituki.core.security import keys
from digituki.core.security.crypto import DecryptionError, FieldCipher


def test_round_trip_with_random_nonce_and_bound_to_the_column() -> None:
    cipher = FieldCipher(FieldCipher.new_key())
    a = cipher.encrypt("Aino Esimerkki", "booking.name")
    b = cipher.encrypt("Aino Esimerkki", "booking.name")
    assert a != b  # a fresh nonce each time
    assert a[:1] == b"\x01" and b"Aino" not in a
    assert cipher.decrypt(a, "booking.name") == "Aino Esimerkki"
    with pytest.raises(DecryptionError):
        cipher.decrypt(a, "booking.phone")  # copied into another column: refused
    with pytest.raises(DecryptionError):
        FieldCipher(FieldCipher.new_key()).decrypt(a, "booking.name")
    with pytest.raises(DecryptionError):
        cipher.decrypt(a[:-1] + bytes([a[-1] ^ 1]), "booking.name")


def test_key_file_is_private_and_reused(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    path = tmp_path / keys.KEY_FILE
    assert path.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.load_or_create_key(tmp_path) == key
    assert not list(tmp_path.glob("*.tmp"))


def test_an_existing_key_file_is_never_replaced(tmp_path: Path) -> None:
    first = keys.load_or_create_key(tmp_path)
    assert keys._write_key_file(tmp_path / keys.KEY_FILE, FieldCipher.new_key()) == first
    assert keys.load_or_create_key(tmp_path) == first
