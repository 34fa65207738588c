"""The private note: encrypted at rest, unreadable with another key, key file private."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from digituki.core.security.note_cipher import (
    FileNoteKey,
    NoteKeyError,
    StaticNoteKey,
    decrypt_note,
    encrypt_note,
)


def test_round_trip_and_no_plaintext() -> None:
    key = StaticNoteKey()
    sealed = encrypt_note(key, "Soita Kelaan maanantaina")
    assert b"Kela" not in sealed
    assert decrypt_note(key, sealed) == "Soita Kelaan maanantaina"
    assert encrypt_note(key, "same") != encrypt_note(key, "same")  # fresh nonce each time


def test_other_key_or_damage_is_a_typed_error() -> None:
    sealed = encrypt_note(StaticNoteKey(), "salainen")
    with pytest.raises(NoteKeyError):
        decrypt_note(StaticNoteKey(), sealed)
    with pytest.raises(NoteKeyError):
        decrypt_note(StaticNoteKey(), sealed[:-1] + bytes([sealed[-1] ^ 1]))


def test_key_file_is_created_once_and_private(tmp_path: Path) -> None:
    path = tmp_path / "note-key"
    sealed = encrypt_note(FileNoteKey(path), "muistiinpano")
    assert decrypt_note(FileNoteKey(path), sealed) == "muistiinpano"  # a new process reads it
    assert len(path.read_bytes()) == 32
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
