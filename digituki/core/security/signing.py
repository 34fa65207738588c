"""Ed25519 signatures on coordinator bundles.

Each point has one signing key, made at its first bundle export and kept in the point's database
as the site setting ``bundle_signing_key`` (raw private key, base64). The bundle carries the
public key and a signature over its canonical content; the coordinator pins a point's public key
at the first import and warns when a later bundle is signed by another key.

TODO(data-safety): move the private key into the secret store with the field key.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

ALGORITHM: Final = "ed25519"
SETTING_KEY: Final = "bundle_signing_key"


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


def verify(public_key: str, signature: str, data: bytes) -> bool:
    """Whether `signature` (base64) is a valid signature of `data` by `public_key` (base64)."""
    try:
        raw_key = base64.b64decode(public_key, validate=True)
        raw_sig = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_sig, data)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def point_signing_key(db: Database) -> Ed25519PrivateKey:
    """This point's signing key, made and stored on first use."""
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, SETTING_KEY)
        if row is not None:
            raw = base64.b64decode(json.loads(row.value))
            return Ed25519PrivateKey.from_private_bytes(raw)
        key = new_private_key()
        uow.session.add(SiteSetting(key=SETTING_KEY, value=json.dumps(_b64(private_bytes(key)))))
        uow.commit()
        return key
