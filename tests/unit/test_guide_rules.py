"""Guide rules without a database: front matter, review age, slugs, safe Markdown, built-in pack."""

from __future__ import annotations

import datetime as dt

import pytest

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.guide_markdown import render_html
from digituki.core.domain.guides import (
    GuidePackError,
    check_entry_name,
    image_references,
    is_possibly_out_of_date,
    make_slug,
    parse_guide,
    parse_manifest,
    render_guide,
)
from digituki.core.domain.topics import load_topics
from digituki.core.services.guides import load_builtin_pack

GOOD = """---
slug: testiohje
title: Testiohje
language: fi
topics: [ident.bank_id]
service: Testipalvelu
source: Testi
reviewed: 2026-01-31
version: 2
summary: Lyhyt kuvaus.
---

1. Ensimmäinen askel.
2. Toinen askel.
"""


def test_front_matter_is_parsed() -> None:
    doc = parse_guide(GOOD, load_topics())
    assert (doc.slug, doc.language, doc.topics, doc.version) == (
        "testiohje",
        "fi",
        ("ident.bank_id",),
        2,
    )
    assert doc.reviewed == dt.date(2026, 1, 31)
    assert doc.body.startswith("1. Ensimmäinen askel.")


def test_guide_round_trips_through_the_pack_format() -> None:
    doc = parse_guide(GOOD, load_topics())
    assert parse_guide(render_guide(doc), load_topics()) == doc


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vain tekstiä ilman etukenttiä.", "guide_front_matter_missing"),
        ("---\n: : [\n---\nteksti", "guide_front_matter_invalid"),
        (
            GOOD.replace("topics: [ident.bank_id]", "topics: [ident.nonsense]"),
            "guide_topic_unknown",
        ),
        (GOOD.replace("language: fi", "language: de"), "guide_language_unknown"),
        (GOOD.replace("title: Testiohje\n", ""), "guide_field_missing"),
        (GOOD.replace("reviewed: 2026-01-31", "reviewed: eilen"), "guide_reviewed_invalid"),
        (GOOD.replace("slug: testiohje", "slug: ../etc"), "guide_slug_invalid"),
        (GOOD.replace("version: 2", "version: kaksi"), "guide_version_invalid"),
    ],
)
def test_bad_front_matter_is_refused_with_its_code(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_guide(text, load_topics())
    assert info.value.message_code == code


def test_review_older_than_twelve_months_is_flagged() -> None:
    today = dt.date(2026, 11, 23)
    assert not is_possibly_out_of_date(dt.date(2026, 11, 20), today)
    assert not is_possibly_out_of_date(dt.date(2025, 11, 23), today)
    assert is_possibly_out_of_date(dt.date(2025, 11, 22), today)
    assert is_possibly_out_of_date(dt.date(2024, 2, 29), dt.date(2025, 3, 1))
    assert not is_possibly_out_of_date(dt.date(2024, 2, 29), dt.date(2025, 2, 28))


def test_slug_from_a_finnish_title() -> None:
    assert make_slug("Ääni päälle & pois!") == "aani-paalle-pois"
    assert make_slug("???") == "ohje"


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../evil.md", "a/../../evil.md", "C:/x.md", "a\\b.md", "a//b.md"]
)
def test_unsafe_entry_names_are_refused(name: str) -> None:
    with pytest.raises(GuidePackError) as info:
        check_entry_name(name)
    assert info.value.message_code == "pack_path_unsafe"


def test_manifest_needs_id_name_and_version() -> None:
    assert parse_manifest(b"id: kela-ohjeet\nname: Kelan ohjeet\nversion: 3\n").version == 3
    for bad in (b"id: Kela!\nname: x\nversion: 1", b"id: a\nversion: 1", b"- list", b"\xff\xfe"):
        with pytest.raises(GuidePackError):
            parse_manifest(bad)


def test_raw_html_and_scripts_are_shown_as_text_never_as_markup() -> None:
    html = render_html(
        '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n'
        "[klikkaa](javascript:alert(1)) [ok](https://www.kela.fi)"
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html
    assert '<a href="https://www.kela.fi">ok</a>' in html


def test_only_the_packs_own_images_are_shown_remote_ones_become_links() -> None:
    body = "![Kuva](images/a.png) ![Etä](https://example.com/b.png) ![Puuttuu](images/c.png)"
    html = render_html(body, {"images/a.png"})
    assert '<img src="images/a.png" alt="Kuva" />' in html
    assert '<a href="https://example.com/b.png">Etä</a>' in html
    assert html.count("<img") == 1
    assert image_references(body) == ("images/a.png", "images/c.png")


def test_built_in_pack_is_valid_and_complete() -> None:
    pack = load_builtin_pack()
    by_language: dict[str, set[str]] = {}
    for doc in pack.guides:
        by_language.setdefault(doc.language, set()).add(doc.slug)
        assert doc.service and doc.reviewed and doc.summary
        assert "1. " in doc.body, f"{doc.slug}.{doc.language} has no numbered steps"
    assert len(by_language["fi"]) >= 20
    translated = by_language["fi"] & by_language["sv"] & by_language["en"]
    assert len(translated) >= 5
