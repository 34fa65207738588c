"""Field encryption and the interim key provider (file path: tests use keyring's fail backend)."""

from __future__ import annotations

import pytest

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
