"""The private note: encrypted at rest, unreadable with another key."""

from __future__ import annotations

import pytest

from digituki.core.security.note_cipher import (
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
