"""Field encryption: the one place where personal data (customer name, phone) is encrypted.

`FieldCipher` is AES-256-GCM with a random 96-bit nonce per value. The associated data is the
table and column name (`"booking.name"`), so a value copied into another column does not decrypt.
Every stored value starts with a version byte, so the format (or the key) can change later
without guessing what an old value is.

Layout of a stored value: ``VERSION (1 byte) | nonce (12 bytes) | ciphertext + tag``.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from digituki.core.domain.errors import DigitukiError

VERSION_1 = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32


class DecryptionError(DigitukiError):
    """A stored value could not be decrypted (wrong key, damaged data)."""

    code = "decryption"


class FieldCipher:
    """Encrypts and decrypts single text values bound to their table and column."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a field key is 32 bytes")
        self._aead = AESGCM(key)

    @staticmethod
    def new_key() -> bytes:
        return AESGCM.generate_key(bit_length=KEY_BYTES * 8)

    def encrypt(self, plaintext: str, associated: str) -> bytes:
        """`plaintext` encrypted for the column named by `associated` (e.g. "booking.phone")."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), associated.encode("ascii"))
        return VERSION_1 + nonce + sealed

    def decrypt(self, token: bytes, associated: str) -> str:
        """The text stored in `token`; raises `DecryptionError` if it cannot be read."""
        if len(token) < 1 + NONCE_BYTES + 16 or token[:1] != VERSION_1:
            raise DecryptionError()
        nonce, sealed = token[1 : 1 + NONCE_BYTES], token[1 + NONCE_BYTES :]
        try:
            data = self._aead.decrypt(nonce, sealed, associated.encode("ascii"))
        except InvalidTag:
            raise DecryptionError() from None
        return data.decode("utf-8")


def encrypt_optional(cipher: FieldCipher, value: str | None, associated: str) -> bytes | None:
    """Encrypt `value`; None (no value) stays None."""
    return None if value is None else cipher.encrypt(value, associated)


def decrypt_optional(cipher: FieldCipher, token: bytes | None, associated: str) -> str | None:
    """Decrypt `token`; None stays None."""
    return None if token is None else cipher.decrypt(token, associated)
