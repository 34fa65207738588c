"""The paper tally sheet: one page, the same numbered topic list, written atomically."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digituki.core.domain.helplog import tally_numbers
from digituki.core.domain.topics import load_topics
from digituki.core.exports.pdf.tally_sheet import render_tally_sheet, sheet_topic_lines


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_sheet_is_one_pdf_page(tmp_path: Path, language: str) -> None:
    path = render_tally_sheet(tmp_path / "sheet.pdf", language, site_name="Kallion kirjasto")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", data)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary file left


def test_sheet_lists_every_topic_with_its_batch_number() -> None:
    topics = load_topics()
    numbers = tally_numbers(topics)
    lines = [
        text for text, is_group in sheet_topic_lines(topics, frozenset(), "fi") if not is_group
    ]
    assert len(lines) == len(topics.all_topics())
    assert f"{numbers['health.omakanta']:>2}  OmaKanta" in lines


def test_hidden_topics_left_out_but_numbers_kept() -> None:
    topics = load_topics()
    numbers = tally_numbers(topics)
    hidden = frozenset({"ident.mobile_id"})
    lines = [text for text, _ in sheet_topic_lines(topics, hidden, "en")]
    assert not any("Mobile certificate" in line for line in lines)
    assert f"{numbers['ident.suomifi']:>2}  Suomi.fi identification" in lines
    assert numbers["ident.suomifi"] == numbers["ident.bank_id"] + 2


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from digituki.core.exports.pdf import tally_sheet

    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"old")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(tally_sheet, "_draw", broken)
    with pytest.raises(OSError):
        render_tally_sheet(path, "fi")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
