"""Every UI string is translated into Finnish, Swedish and English; the .ts files match the code.

English is the source language: `scripts/i18n.py update` fills digituki_en.ts with the source
texts, so "English is complete" means every message is there and finished, equal to its source.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  (scripts/i18n.py)

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (c.findtext("name", ""), m.findtext("source", ""))
        for c in root.iter("context")
        for m in c.iter("message")
    }


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_message_has_a_finished_translation(lang: str) -> None:
    assert i18n.missing(lang) == []


def test_english_is_the_source_text_itself() -> None:
    differing = [
        source
        for _context, source, message in i18n.messages("en")
        if message.findtext("translation", "") != source
    ]
    assert differing == [], "run: python scripts/i18n.py update"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_placeholders_survive_translation(lang: str) -> None:
    for _context, source, message in i18n.messages(lang):
        translated = message.findtext("translation", "")
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), (
            source
        )


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    out = tmp_path / "fresh.ts"
    subprocess.run(
        [i18n.tool("pyside6-lupdate"), *i18n.sources(), "-no-obsolete", "-ts", str(out)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    fresh = sources(out)
    assert fresh, "lupdate found no strings"
    for lang in ("fi", "sv", "en"):
        committed = sources(i18n.ts_path(lang))
        assert fresh - committed == set(), f"run: python scripts/i18n.py update ({lang})"
        assert committed - fresh == set(), f"run: python scripts/i18n.py update ({lang})"
