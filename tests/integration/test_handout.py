"""Large-print PDF handouts: big text, numbered steps, images, date and source on every page."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import re
import zlib
from pathlib import Path

from digituki.core.exports.pdf.handout import Handout, build_handout, write_handout
from digituki.core.services import guides as svc
from digituki.core.storage.database import Database

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def page_streams(pdf: bytes) -> list[str]:
    """Decoded streams of the PDF (ReportLab writes them ASCII85 + Flate encoded)."""
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        raw = match.group(1).strip()
        if raw.endswith(b"~>"):
            raw = base64.a85decode(raw[:-2])
        with contextlib.suppress(zlib.error):
            raw = zlib.decompress(raw)
        text = raw.decode("cp1252", errors="replace")
        text = re.sub(r"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]).decode("cp1252"), text)
        streams.append(text.replace("\\(", "(").replace("\\)", ")"))
    return streams


def font_sizes(pdf: bytes) -> list[float]:
    """The font size of every piece of text the PDF draws (the size in force at each Tj/TJ)."""
    sizes = []
    for stream in page_streams(pdf):
        current = None
        for match in re.finditer(r"/F\d+ ([\d.]+) Tf|\) ?Tj|\] ?TJ", stream):
            if match.group(1):
                current = float(match.group(1))
            elif current is not None:
                sizes.append(current)
    return sizes


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def test_handout_of_a_built_in_guide_is_large_print(db: Database, tmp_path: Path) -> None:
    svc.ensure_builtin_guides(db)
    guide_id = svc.find_guide(db, "pankkitunnuksilla-kirjautuminen", "fi")
    assert guide_id is not None
    dest = svc.write_guide_handout(db, guide_id, tmp_path / "ohje.pdf")
    pdf = dest.read_bytes()
    assert pdf.startswith(b"%PDF")
    sizes = font_sizes(pdf)
    assert sizes and min(sizes) >= 14.0
    assert 16.0 in sizes  # the body size
    text = "".join(page_streams(pdf))
    count = pages(pdf)
    assert count >= 2
    # Date and source at the bottom of every page, in the guide's language.
    assert text.count("Tarkistettu 20.11.2026") == count
    assert text.count("Digituki-perusohjeet") == count
    assert f"Sivu {count}/{count}" in text
    for step in ("1.", "2.", "10."):
        assert f"({step})" in text  # numbered steps drawn as list numbers
    assert list(tmp_path.iterdir()) == [dest], "no temporary file left behind"


def test_handout_keeps_the_guides_images_and_follows_its_language() -> None:
    handout = Handout(
        title="Logga in med bankkoder",
        body="1. Öppna tjänsten.\n\n   ![Knappen](images/knapp.png)\n2. Välj din bank.\n\n"
        "![Fjärrbild](https://example.com/x.png)\n",
        service="Suomi.fi-identifikation",
        source="Digituki grundguider",
        reviewed=dt.date(2026, 11, 20),
        language="sv",
        images={"images/knapp.png": PNG},
    )
    pdf = build_handout(handout)
    text = "".join(page_streams(pdf))
    assert len(re.findall(r"/FormXob\.\w+ Do", text)) == 1  # the pack image; the remote one not
    assert "Granskad 20.11.2026" in text and "Källa: Digituki grundguider" in text
    assert "Fjärrbild (https://example.com/x.png)" in text


def test_handout_written_atomically(tmp_path: Path) -> None:
    handout = Handout("T", "1. a\n", "S", "L", dt.date(2026, 1, 1), "en")
    dest = tmp_path / "h.pdf"
    dest.write_bytes(b"old")
    write_handout(handout, dest)
    assert dest.read_bytes().startswith(b"%PDF") and len(list(tmp_path.iterdir())) == 1


FOOTER = {"fi": "Tarkistettu", "sv": "Granskad", "en": "Reviewed"}


def test_every_built_in_guide_prints_in_all_three_languages(db: Database, tmp_path: Path) -> None:
    """Each guide's handout renders in fi, sv and en, with the review date and source of that
    language's version on every page (the first page is also turned into a PNG, as a person
    checking the handouts would look at them)."""
    import shutil
    import subprocess

    svc.ensure_builtin_guides(db)
    guides = svc.search_guides(db, "", limit=1000)
    by_language: dict[str, list[svc.GuideSummary]] = {}
    for g in guides:
        by_language.setdefault(g.language, []).append(g)
    assert {lang: len(rows) >= 32 for lang, rows in by_language.items()} == {
        "fi": True,
        "sv": True,
        "en": True,
    }
    pdftoppm = shutil.which("pdftoppm")
    for language, rows in by_language.items():
        for g in rows:
            dest = svc.write_guide_handout(db, g.id, tmp_path / f"{g.slug}.{language}.pdf")
            pdf = dest.read_bytes()
            text = "".join(page_streams(pdf))
            count = pages(pdf)
            date = f"{g.reviewed.day}.{g.reviewed.month}.{g.reviewed.year}"
            assert text.count(f"{FOOTER[language]} {date}") == count, f"{g.slug}.{language}"
            assert text.count(g.source) >= count, f"{g.slug}.{language}: source on every page"
    if pdftoppm is None:
        print("pdftoppm not installed: PDF to PNG step not checked")
        return
    for name in ("suomifi-valtuuden-antaminen.sv", "kela-kortti-ja-puhelin.en"):
        pdf_path, png_root = str(tmp_path / f"{name}.pdf"), str(tmp_path / name)
        args = ["-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf_path, png_root]
        subprocess.run([pdftoppm, *args], check=True)
        png = (tmp_path / f"{name}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 2000, name


def test_handout_for_a_customer_is_in_their_language_or_says_why_not(
    db: Database, tmp_path: Path
) -> None:
    svc.ensure_builtin_guides(db)
    fi_id = svc.find_guide(db, "suomifi-valtuuden-antaminen", "fi")
    assert fi_id is not None
    # The guide exists in Swedish: the Swedish version is handed out, without any note.
    dest = svc.write_guide_handout(db, fi_id, tmp_path / "a.pdf", customer_language="sv")
    text = "".join(page_streams(dest.read_bytes()))
    assert "Suomi.fi-fullmakter" in text and "Granskad" in text and "Tarkistettu" not in text
    assert "finns ännu inte" not in text  # no fallback note
    # A point's own guide written only in Finnish: Finnish, with a note in English on top.
    local = svc.save_guide(
        db,
        svc.GuideDraft(
            title="Kirjaston tulostin",
            language="fi",
            topics=("device.computer",),
            service="Kirjasto",
            body="1. Valitse tulostin.\n2. Maksa kortilla.\n",
        ),
    )
    dest = svc.write_guide_handout(db, local.guide.id, tmp_path / "b.pdf", customer_language="en")
    text = "".join(page_streams(dest.read_bytes()))
    note = "This guide is not yet available in English. Here it is in Finnish."
    assert note in text and text.index(note) < text.index("Kirjaston tulostin")
    assert "Tarkistettu" in text
    plain = svc.write_guide_handout(db, local.guide.id, tmp_path / "c.pdf")
    assert "available" not in "".join(page_streams(plain.read_bytes()))
