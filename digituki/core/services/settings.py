"""Settings: the one typed access point.

Two kinds, one module:
- `LocalSettings` belong to this computer (UI language, text size, window size, which database):
  a small INI file in the config folder, readable before the database opens so the window can
  appear at once.
- `SiteSettings` belong to the point (its name, municipality, retention period): stored in the
  database, so every desk sharing a database sees the same values.
Both are frozen dataclasses; `update_*` validates and raises `ValidationError` on bad values.
"""

from __future__ import annotations

import configparser
import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digituki.core.domain.errors import ValidationError

if TYPE_CHECKING:  # SQLAlchemy is imported lazily: local settings are read before the window shows
    from digituki.core.storage.database import Database

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
THEMES = ("default", "high_contrast")
MODES = ("point", "coordinator")  # coordinator: the regional coordinator's own database and area


@dataclass(frozen=True)
class LocalSettings:
    language: str = DEFAULT_LANGUAGE
    font_scale: int = 100  # percent, 100–200
    theme: str = "default"  # "default" or "high_contrast" (black, white, yellow)
    window_geometry: str = ""  # Qt's saveGeometry() as base64
    database_url: str = ""  # empty: the SQLite file in the data folder
    mode: str = "point"  # "coordinator": the window opens coordinator.sqlite3 (issue 7)


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = ""
    municipality: str = ""
    retention_days: int = 14  # personal data is purged this many days after the appointment
    suppression_k: int = 5  # statistics: counts 1…k−1 are shown as "<k" (3–10)
    point_id: str = ""  # statistics: a stable UUID made once per installation (coordinator bundle)
    # the language most customers are served in: the help log's default, whatever the UI language
    customer_language: str = "fi"
    demo: bool = False  # a demo point (synthetic data, public key); set by `digituki demo` only
    # What customers see on slips, call lists and handouts (issue 16); empty: not printed.
    contact_phone: str = ""  # E.164, validated like customers' numbers
    contact_email: str = ""
    contact_place: str = ""  # address or "where to find us", e.g. "Pääkirjasto, 2. krs, neuvonta"
    setup_done: bool = False  # the first-run set-up was finished or skipped (not offered again)


READ_ONLY = frozenset({"demo", "setup_done"})  # never changed through update_site_settings


def demo_name(name: str) -> str:
    """`name` marked as a demo point's (unchanged if it says "demo" already)."""
    name = name.strip()
    if "demo" in name.lower():
        return name
    return f"{name} (demo)" if name else "Digituki demo"


def _validate_local(s: LocalSettings) -> None:
    if s.language not in LANGUAGES:
        raise ValidationError("language_unknown", "language", value=s.language)
    if not 100 <= s.font_scale <= 200:
        raise ValidationError("out_of_range", "font_scale", low=100, high=200)
    if s.theme not in THEMES:
        raise ValidationError("theme_unknown", "theme", value=s.theme)
    if s.mode not in MODES:
        raise ValidationError("mode_unknown", "mode", value=s.mode)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def _clean_contact(changes: dict[str, Any]) -> dict[str, Any]:
    """Trimmed contact fields; the phone number normalised (E.164) or `phone_invalid`."""
    out = dict(changes)
    for name in ("contact_phone", "contact_email", "contact_place"):
        if name in out and isinstance(out[name], str):
            out[name] = " ".join(out[name].split())
    if out.get("contact_phone"):
        from digituki.core.domain.booking import normalize_phone

        try:
            out["contact_phone"] = normalize_phone(out["contact_phone"])
        except ValidationError:
            raise ValidationError("phone_invalid", "contact_phone") from None
    return out


def contact_phone_text(site: SiteSettings) -> str:
    """The point's phone number as people read it ("09 123 4567"), or ""."""
    if not site.contact_phone:
        return ""
    from digituki.core.domain.booking import display_phone

    return display_phone(site.contact_phone)


def _validate_site(s: SiteSettings) -> None:
    if len(s.site_name) > 120:
        raise ValidationError("too_long", "site_name", limit=120)
    if len(s.municipality) > 120:
        raise ValidationError("too_long", "municipality", limit=120)
    if len(s.contact_place) > 200:
        raise ValidationError("too_long", "contact_place", limit=200)
    if len(s.contact_email) > 120:
        raise ValidationError("too_long", "contact_email", limit=120)
    if s.contact_email and not _EMAIL.fullmatch(s.contact_email):
        raise ValidationError("email_invalid", "contact_email")
    if not 0 <= s.retention_days <= 30:
        raise ValidationError("out_of_range", "retention_days", low=0, high=30)
    if s.customer_language not in ("fi", "sv", "en", "other"):
        raise ValidationError("language_unknown", "customer_language", value=s.customer_language)
    if not 3 <= s.suppression_k <= 10:
        raise ValidationError("out_of_range", "suppression_k", low=3, high=10)
    if s.point_id:
        try:
            import uuid

            uuid.UUID(s.point_id)
        except ValueError:
            raise ValidationError("point_id_invalid", "point_id") from None


def _coerce(field: dataclasses.Field[Any], raw: str) -> Any:
    if field.type in (int, "int"):
        return int(raw)
    return raw


class LocalSettingsStore:
    """Reads and writes `settings.ini`; a damaged or hand-edited file falls back to defaults."""

    SECTION = "digituki"

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LocalSettings:
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(self.path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            return LocalSettings()
        if not parser.has_section(self.SECTION):
            return LocalSettings()
        values: dict[str, Any] = {}
        for field in dataclasses.fields(LocalSettings):
            raw = parser.get(self.SECTION, field.name, fallback=None)
            if raw is None:
                continue
            try:
                values[field.name] = _coerce(field, raw)
            except ValueError:
                continue
        candidate = LocalSettings(**values)
        try:
            _validate_local(candidate)
        except ValidationError:
            defaults = LocalSettings()
            good = {}
            for name, value in values.items():
                try:
                    _validate_local(dataclasses.replace(defaults, **{name: value}))
                    good[name] = value
                except ValidationError:
                    pass
            candidate = LocalSettings(**good)
        return candidate

    def save(self, settings: LocalSettings) -> None:
        _validate_local(settings)
        parser = configparser.ConfigParser(interpolation=None)
        parser[self.SECTION] = {
            f.name: str(getattr(settings, f.name)) for f in dataclasses.fields(settings)
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # private whatever the umask
        with open(fd, "w", encoding="utf-8") as fh:
            parser.write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def update(self, **changes: Any) -> LocalSettings:
        """Apply `changes` (validated) and save; returns the new settings."""
        new = dataclasses.replace(self.load(), **changes)
        self.save(new)
        return new


def get_site_settings(db: Database) -> SiteSettings:
    """The point's settings, defaults for anything not stored yet."""
    import json

    from sqlalchemy import select

    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        rows = uow.session.execute(select(SiteSetting.key, SiteSetting.value)).all()
    stored = {key: json.loads(value) for key, value in rows}
    names = {f.name for f in dataclasses.fields(SiteSettings)}
    site = SiteSettings(**{k: v for k, v in stored.items() if k in names})
    site = dataclasses.replace(site, setup_done=site.setup_done is True)
    if site.demo is not True:
        site = dataclasses.replace(site, demo=False)
    else:  # the point's own name says it everywhere it is shown or printed
        site = dataclasses.replace(site, site_name=demo_name(site.site_name))
    return site


def update_site_settings(db: Database, **changes: Any) -> SiteSettings:
    """Validate and store changed site settings; nothing is written if any value is bad."""
    import json

    from digituki.core.storage.orm import SiteSetting

    names = {f.name for f in dataclasses.fields(SiteSettings)} - READ_ONLY
    unknown = set(changes) - names
    if unknown:
        raise ValidationError("unknown_setting", sorted(unknown)[0])
    changes = _clean_contact(changes)

    from digituki.core.domain.text import clean_name

    for key in ("site_name", "municipality"):  # names are clean at the door
        if isinstance(changes.get(key), str):
            changes[key] = clean_name(changes[key])
    new = dataclasses.replace(get_site_settings(db), **changes)
    _validate_site(new)
    with db.unit_of_work() as uow:
        for key, value in changes.items():
            row = uow.session.get(SiteSetting, key)
            encoded = json.dumps(value)
            if row is None:
                uow.session.add(SiteSetting(key=key, value=encoded))
            else:
                row.value = encoded
        uow.commit()
    return new


def mark_setup_done(db: Database) -> None:
    """Record that the first-run set-up was finished or skipped (it is not offered again)."""
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, "setup_done")
        if row is None:
            uow.session.add(SiteSetting(key="setup_done", value="true"))
        else:
            row.value = "true"
        uow.commit()
