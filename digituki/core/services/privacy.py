"""The privacy lock's settings: idle minutes before personal data is hidden, the optional point PIN.

Both belong to the point (stored in `site_setting`, shared by every desk). The PIN is kept only as
a salted scrypt hash.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from digituki.core.domain.errors import ValidationError

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

DEFAULT_LOCK_MINUTES = 10
MIN_LOCK_MINUTES, MAX_LOCK_MINUTES = 1, 120
_MINUTES = "lock_minutes"
_PIN = "lock_pin"


@dataclass(frozen=True)
class LockSettings:
    minutes: int = DEFAULT_LOCK_MINUTES
    pin_set: bool = False


def _get(db: Database, key: str) -> object | None:
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, key)
        return None if row is None else json.loads(row.value)


def _put(db: Database, key: str, value: object | None) -> None:
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, key)
        if value is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(SiteSetting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
        uow.commit()


def get_lock_settings(db: Database) -> LockSettings:
    minutes = _get(db, _MINUTES)
    return LockSettings(
        minutes=int(minutes) if isinstance(minutes, int) else DEFAULT_LOCK_MINUTES,
        pin_set=_get(db, _PIN) is not None,
    )


def set_lock_minutes(db: Database, minutes: int) -> LockSettings:
    if not MIN_LOCK_MINUTES <= minutes <= MAX_LOCK_MINUTES:
        raise ValidationError("out_of_range", "lock_minutes", low=MIN_LOCK_MINUTES,
                              high=MAX_LOCK_MINUTES)  # fmt: skip
    _put(db, _MINUTES, minutes)
    return get_lock_settings(db)


def _hash(pin: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(pin.encode("utf-8"))


def set_pin(db: Database, pin: str | None) -> LockSettings:
    """Set the point PIN (4–12 digits), or remove it with None / ""."""
    if not pin:
        _put(db, _PIN, None)
        return get_lock_settings(db)
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValidationError("pin_format", "pin")
    salt = os.urandom(16)
    _put(db, _PIN, {"salt": base64.b64encode(salt).decode(), "hash": base64.b64encode(
        _hash(pin, salt)).decode()})  # fmt: skip
    return get_lock_settings(db)


def check_pin(db: Database, pin: str) -> bool:
    """True if no PIN is set or `pin` is the point's PIN."""
    stored = _get(db, _PIN)
    if not isinstance(stored, dict):
        return True
    salt = base64.b64decode(stored["salt"])
    return hmac.compare_digest(_hash(pin, salt), base64.b64decode(stored["hash"]))
