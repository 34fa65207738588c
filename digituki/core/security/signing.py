"""Ed25519 signatures on coordinator bundles (and the coordinator's topic-list files).

Each point has one signing key, made at its first bundle export. The bundle carries the public key
and a signature over its canonical content; the coordinator pins a point's public key at the first
import and warns when a later bundle is signed by another key.

The private key is kept with the other secrets: sealed (AES-GCM) under the database's data key —
the key that the OS secret store or the site passphrase protects (core/security/keys.py) — as the
site setting ``bundle_signing_key_sealed``. So it is never on disk in the clear, a backup restored
on a new computer signs with the same key once the passphrase opens it, and a copied database
file alone cannot forge the point's bundles. Earlier builds kept it in plaintext
(``bundle_signing_key``): `seal_legacy_key` (run when the database opens, and on first use) seals
it and deletes the plaintext row in one transaction. While the data key is locked the key cannot
be used: `point_signing_key` raises `KeyUnavailableError` (`WrongPassphraseError` when the
passphrase given is wrong) and the point's bundle export fails with that message: an unsigned
bundle would only be held back by the coordinator.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from typing import TYPE_CHECKING, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

ALGORITHM: Final = "ed25519"
SETTING_KEY: Final = "bundle_signing_key"  # earlier builds: the raw key in plaintext (migrated)
SEALED_KEY: Final = "bundle_signing_key_sealed"  # base64 of the key sealed under the data key
_AAD: Final = "site_setting.bundle_signing_key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The public half as base64 of its 32 raw bytes (what the bundle carries)."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _b64(raw)


def sign(key: Ed25519PrivateKey, data: bytes) -> dict[str, str]:
    """The bundle's ``signature`` object for `data`."""
    return {
        "algorithm": ALGORITHM,
        "public_key": public_key_text(key),
        "value": _b64(key.sign(data)),
    }


def fingerprint(public_key: str) -> str:
    """A short form of a public key a person can read out on the phone: the first 80 bits of
    its SHA-256 as five groups of four hex digits ("3F2A 9C1B 77D0 E4A2 0B5C")."""
    import hashlib

    digest = hashlib.sha256(public_key.encode("ascii", "replace")).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def verify(public_key: str, signature: str, data: bytes) -> bool:
    """Whether `signature` (base64) is a valid signature of `data` by `public_key` (base64)."""
    try:
        raw_key = base64.b64decode(public_key, validate=True)
        raw_sig = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_sig, data)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def _cipher(db: Database):  # type: ignore[no-untyped-def]
    """The data key's cipher; `KeyUnavailableError` while it is locked."""
    from digituki.core.security.keys import (
        KeyUnavailableError,
        UnavailableCipher,
        cipher_for,
        data_key,
    )

    cipher = cipher_for(db)
    if isinstance(cipher, UnavailableCipher):
        data_key(db)  # raises the precise reason (locked, or a wrong passphrase was given)
        raise KeyUnavailableError()
    return cipher


def _seal(db: Database, raw: bytes) -> str:
    return json.dumps(_b64(_cipher(db).encrypt(_b64(raw), _AAD)))


def seal_legacy_key(db: Database) -> bool:
    """Seal a plaintext key of an earlier build under the data key and delete the plaintext row
    (one transaction). False when there is none or the data key is locked (tried again later)."""
    from digituki.core.security.keys import KeyUnavailableError
    from digituki.core.storage.orm import SiteSetting

    if db.read_only:
        return False
    with db.unit_of_work() as uow:
        legacy = uow.session.get(SiteSetting, SETTING_KEY)
        if legacy is None:
            return False
        try:
            sealed = _seal(db, base64.b64decode(json.loads(legacy.value)))
        except KeyUnavailableError:
            return False
        if uow.session.get(SiteSetting, SEALED_KEY) is None:
            uow.session.add(SiteSetting(key=SEALED_KEY, value=sealed))
        uow.session.delete(legacy)
        uow.commit()
        return True


def point_signing_key(db: Database) -> Ed25519PrivateKey:
    """This point's signing key, made and stored (sealed) on first use; `KeyUnavailableError`
    while the data key is locked."""
    from digituki.core.storage.orm import SiteSetting

    seal_legacy_key(db)
    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, SEALED_KEY)
        cipher = _cipher(db)
        if row is not None:
            token = base64.b64decode(json.loads(row.value))
            raw = base64.b64decode(cipher.decrypt(token, _AAD))
            return Ed25519PrivateKey.from_private_bytes(raw)
        key = new_private_key()
        uow.session.add(SiteSetting(key=SEALED_KEY, value=_seal(db, private_bytes(key))))
        uow.commit()
        return key


def own_fingerprint(db: Database) -> str:
    """The fingerprint of this point's signing key, for the coordinator to compare on the phone;
    "" while the key is locked or cannot be made (a read-only database)."""
    if db.read_only:
        return ""
    try:
        return fingerprint(public_key_text(point_signing_key(db)))
    except Exception as exc:  # locked, or no key yet on a database we must not write
        log.info("no signing key fingerprint to show (%s)", type(exc).__name__)
        return ""


def point_signing_key_if_open(db: Database) -> Ed25519PrivateKey | None:
    """The signing key, or None while the data key is locked (the bundle goes out unsigned)."""
    from digituki.core.security.keys import KeyUnavailableError

    try:
        return point_signing_key(db)
    except KeyUnavailableError:
        log.warning("the data key is locked: the bundle is written without a signature")
        return None
