"""Encryption of the help log's private note (AES-256-GCM).

One function pair, `encrypt_note` / `decrypt_note`. The key comes from a provider: the app uses
`DatabaseNoteKey`, the same per-installation data key as the booking contacts
(core/security/keys.py); `StaticNoteKey` serves tests and benchmarks.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path
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
    """The note key is missing or does not open this note (e.g. the key file was replaced)."""

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


class FileNoteKey:
    """A random key in a file readable only by the user; created on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._key: bytes | None = None

    def key(self) -> bytes:
        if self._key is None:
            self._key = self._load_or_create()
        return self._key

    def _load_or_create(self) -> bytes:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = b""
        if data:
            if len(data) != _KEY_BYTES:
                raise NoteKeyError()
            return data
        key = secrets.token_bytes(_KEY_BYTES)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, key)
            os.fsync(fd)
        finally:
            os.close(fd)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o600)
        try:
            os.link(tmp, self.path)  # never overwrite a key another desk process just created
        except FileExistsError:
            os.unlink(tmp)
            return self._load_existing()
        except OSError:
            os.replace(tmp, self.path)
        else:
            os.unlink(tmp)
        return key

    def _load_existing(self) -> bytes:
        data = self.path.read_bytes()
        if len(data) != _KEY_BYTES:
            raise NoteKeyError()
        return data


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
