from __future__ import annotations

from pathlib import Path

import pytest

from digituki.core.domain.errors import ValidationError
from digituki.core.services import settings as s


def test_local_settings_default_to_finnish_and_round_trip(tmp_path: Path) -> None:
    store = s.LocalSettingsStore(tmp_path / "settings.ini")
    assert store.load().language == "fi"
    store.update(language="sv", font_scale=150)
    again = s.LocalSettingsStore(tmp_path / "settings.ini").load()
    assert (again.language, again.font_scale) == ("sv", 150)


def test_bad_local_value_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    store = s.LocalSettingsStore(tmp_path / "settings.ini")
    store.update(language="en")
    with pytest.raises(ValidationError):
        store.update(font_scale=500)
    with pytest.raises(ValidationError):
        store.update(language="de")
    assert store.load() == s.LocalSettings(language="en")


def test_hand_damaged_settings_file_falls_back_per_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[digituki]\nlanguage = sv\nfont_scale = huge\n", encoding="utf-8")
    assert s.LocalSettingsStore(path).load() == s.LocalSettings(language="sv")
    path.write_text("[digituki]\nlanguage = xx\nfont_scale = 120\n", encoding="utf-8")
    assert s.LocalSettingsStore(path).load() == s.LocalSettings(font_scale=120)
    path.write_bytes(b"\xff\xfe garbage [[[")
    assert s.LocalSettingsStore(path).load() == s.LocalSettings()


def test_site_settings_are_stored_in_the_database(db) -> None:  # type: ignore[no-untyped-def]
    assert s.get_site_settings(db).retention_days == 14
    s.update_site_settings(db, site_name="Pasilan kirjasto", retention_days=7)
    got = s.get_site_settings(db)
    assert (got.site_name, got.retention_days) == ("Pasilan kirjasto", 7)


def test_bad_site_setting_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    s.update_site_settings(db, site_name="Ok")
    with pytest.raises(ValidationError) as info:
        s.update_site_settings(db, site_name="New", retention_days=99)
    assert info.value.field == "retention_days"
    assert s.get_site_settings(db).site_name == "Ok"


def test_theme_is_stored_and_an_unknown_theme_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = s.LocalSettingsStore(path)
    assert store.load().theme == "default"
    store.update(theme="high_contrast")
    assert s.LocalSettingsStore(path).load().theme == "high_contrast"
    with pytest.raises(ValidationError):
        store.update(theme="purple")
    assert store.load().theme == "high_contrast"
    path.write_text(path.read_text().replace("high_contrast", "neon"), encoding="utf-8")
    assert store.load().theme == "default"  # a hand-edited value falls back, the rest stays


def test_customers_usual_language_is_finnish_until_the_point_says_otherwise(db) -> None:  # type: ignore[no-untyped-def]
    assert s.get_site_settings(db).customer_language == "fi"
    s.update_site_settings(db, customer_language="sv")
    assert s.get_site_settings(db).customer_language == "sv"
    with pytest.raises(ValidationError) as info:
        s.update_site_settings(db, customer_language="de")
    assert info.value.field == "customer_language"
    assert s.get_site_settings(db).customer_language == "sv"
