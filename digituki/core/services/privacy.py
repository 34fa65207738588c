"""The privacy lock's settings (idle minutes, the optional point PIN) and the privacy notice.

All belong to the point (stored in `site_setting`, shared by every desk). The PIN is kept only as
a salted scrypt hash. The notice's wording may be the point's own, per language and section.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
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


# --- the privacy notice (tietosuojaseloste, GDPR art. 13) ---------------------------------------

_NOTICE = "privacy_notice"  # {language: {section: the point's own wording}}
NOTICE_TEXT_MAX = 2000


def notice_texts(db: Database, language: str) -> dict[str, str]:
    """Each section's wording in `language`: the point's own where it has one, else the default."""
    from digituki.core.exports.pdf.common import document_language
    from digituki.core.exports.pdf.privacy_notice import DEFAULTS, SECTIONS

    lang = document_language(language)
    stored = _get(db, _NOTICE)
    own = stored.get(lang) if isinstance(stored, dict) else None
    if not isinstance(own, dict):
        own = {}
    return {s: str(own.get(s) or DEFAULTS[lang][s]) for s in SECTIONS}


def set_notice_texts(db: Database, language: str, texts: dict[str, str]) -> dict[str, str]:
    """Keep the point's wording of the notice in `language`; an empty or default text resets."""
    from digituki.core.exports.pdf.common import DOCUMENT_LANGUAGES
    from digituki.core.exports.pdf.privacy_notice import DEFAULTS, SECTIONS

    if language not in DOCUMENT_LANGUAGES:
        raise ValidationError("language_unknown", "language", value=language)
    unknown = set(texts) - set(SECTIONS)
    if unknown:
        raise ValidationError("unknown_setting", sorted(unknown)[0])
    for section, text in texts.items():
        if len(text) > NOTICE_TEXT_MAX:
            raise ValidationError("too_long", section, limit=NOTICE_TEXT_MAX)
    stored = _get(db, _NOTICE)
    all_texts: dict[str, dict[str, str]] = stored if isinstance(stored, dict) else {}
    own = dict(all_texts.get(language, {}))
    for section, text in texts.items():
        clean = text.strip()
        if not clean or clean == DEFAULTS[language][section].strip():
            own.pop(section, None)
        else:
            own[section] = clean
    all_texts[language] = own
    _put(db, _NOTICE, {k: v for k, v in all_texts.items() if v} or None)
    return notice_texts(db, language)


def _notice_values(db: Database) -> dict[str, str]:
    from digituki.core.services.customers import point_contact
    from digituki.core.services.settings import get_site_settings

    site = get_site_settings(db)
    contact = point_contact(db)
    controller = getattr(site, "organisation", "") or site.municipality or site.site_name
    return {
        "point": contact[0] if contact else "",
        "contact": "\n".join(contact[1:]),
        "controller": controller or "–",
        "days": str(site.retention_days),
    }


def write_privacy_notice(
    db: Database, folder: Path, language: str, today: dt.date | None = None
) -> Path:
    """The point's privacy notice as a PDF in `folder`, in fi, sv or en."""
    from digituki.core import clock
    from digituki.core.domain.schedule import local_date
    from digituki.core.exports.pdf.common import document_language
    from digituki.core.exports.pdf.privacy_notice import write_privacy_notice as write

    lang = document_language(language)
    day = today or local_date(clock.now())
    return write(
        folder / f"privacy-notice-{lang}.pdf",
        language=lang,
        texts=notice_texts(db, lang),
        values=_notice_values(db),
        today=day,
    )
