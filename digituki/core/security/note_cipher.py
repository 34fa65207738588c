"""Encryption of the help log's private note (AES-256-GCM).

One function pair, `encrypt_note` / `decrypt_note`. The key comes from a provider: the app uses
`DatabaseNoteKey`, the same per-installation data key as the booking contacts
(core/security/keys.py); `StaticNoteKey` serves tests and benchmarks.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Final, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from digituki.core.domain.errors import DigitukiError

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

_VERSION: Final = b"\x01"
_NONCE_BYTES: Final = 12
_KEY_BYTES: Final = 32
_AAD: Final = b"digituki:help_session.note:v1"


class NoteKeyError(DigitukiError):
    """The note key is locked or lost, or does not open this note (another installation's key)."""

    code = "note_key"


class NoteKeyProvider(Protocol):
    def key(self) -> bytes:
        """The 32-byte key for private notes."""
        ...


class StaticNoteKey:
    """A key held in memory (tests, benchmarks)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else AESGCM.generate_key(bit_length=256)
        if len(self._key) != _KEY_BYTES:
            raise ValueError("note key must be 32 bytes")

    def key(self) -> bytes:
        return self._key


class DatabaseNoteKey:
    """The point's data key (core/security/keys.py), shared with the booking contacts' cipher."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def key(self) -> bytes:
        from digituki.core.security.keys import KeyUnavailableError, data_key

        try:
            return data_key(self._db)
        except KeyUnavailableError:
            raise NoteKeyError() from None  # locked or lost: notes read as unreadable


def encrypt_note(key_provider: NoteKeyProvider, text: str) -> bytes:
    """The note encrypted with a fresh nonce: version byte, nonce, ciphertext and tag."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(key_provider.key()).encrypt(nonce, text.encode("utf-8"), _AAD)
    return _VERSION + nonce + sealed


def decrypt_note(key_provider: NoteKeyProvider, blob: bytes) -> str:
    """The note's text; `NoteKeyError` if the blob is damaged or was sealed with another key."""
    if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != _VERSION:
        raise NoteKeyError()
    nonce, sealed = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
    try:
        plain = AESGCM(key_provider.key()).decrypt(nonce, sealed, _AAD)
    except InvalidTag:
        raise NoteKeyError() from None
    return plain.decode("utf-8")
