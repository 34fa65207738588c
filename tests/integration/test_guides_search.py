"""Guide search on SQLite FTS5: prefixes, ranking, filters, topic links, and the index in sync."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from digituki.core.domain.errors import ValidationError
from digituki.core.services import guides as svc
from digituki.core.services.guides import GuideDraft
from digituki.core.storage.database import Database


@pytest.fixture
def gdb(db: Database) -> Database:
    assert svc.ensure_builtin_guides(db)
    return db


def titles(results: list[svc.GuideSummary]) -> list[str]:
    return [r.title for r in results]


def slugs(results: list[svc.GuideSummary]) -> list[str]:
    return [r.slug for r in results]


def on_sqlite(db: Database) -> bool:
    return db.engine.dialect.name == "sqlite"


def fts_rows(db: Database, query: str) -> int:
    if not on_sqlite(db):  # no FTS5 index elsewhere: count what the search finds instead
        return len(svc.search_guides(db, query.rstrip("*")))
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM guide_fts WHERE guide_fts MATCH :q"), {"q": query}
            ).scalar_one()
        )


def assert_index_in_sync(db: Database) -> None:
    if not on_sqlite(db):
        return  # only SQLite has the FTS5 index (PostgreSQL searches the guide table itself)
    with db.engine.begin() as conn:  # raises if the FTS index differs from the guide table
        conn.execute(text("INSERT INTO guide_fts(guide_fts) VALUES ('integrity-check')"))
        guides = conn.execute(text("SELECT count(*) FROM guide")).scalar_one()
        indexed = conn.execute(text("SELECT count(*) FROM guide_fts_docsize")).scalar_one()
    assert guides == indexed


def test_built_in_guides_load_once(gdb: Database) -> None:
    assert not svc.ensure_builtin_guides(gdb)
    assert len(svc.search_guides(gdb, language="fi")) >= 20
    assert_index_in_sync(gdb)


def test_inflected_finnish_word_found_by_its_prefix(gdb: Database) -> None:
    found = slugs(svc.search_guides(gdb, "valtuu", language="fi"))
    # "valtuuden", "valtuudella", "valtuutus" and "valtuudet" are all in these guides.
    assert found[:2] == ["suomifi-valtuuden-antaminen", "asiointi-vanhemman-puolesta"] or found[
        :2
    ] == ["asiointi-vanhemman-puolesta", "suomifi-valtuuden-antaminen"]


def test_diacritics_do_not_matter(gdb: Database) -> None:
    assert slugs(svc.search_guides(gdb, "paivittaminen"))[0] == "puhelimen-paivittaminen"
    assert slugs(svc.search_guides(gdb, "PÄIVITTÄ"))[0] == "puhelimen-paivittaminen"


def test_title_match_ranks_above_body_mentions(gdb: Database) -> None:
    results = svc.search_guides(gdb, "resepti", language="fi")
    in_title = {"omakanta-reseptin-uusiminen", "e-resepti-apteekissa"}
    assert set(slugs(results[:2])) == in_title
    assert len(results) > 2, "other guides mention prescriptions in their text"
    assert all("resept" not in r.title.lower() for r in results[2:])


def test_every_word_must_match(gdb: Database) -> None:
    both = svc.search_guides(gdb, "omakanta resepti", language="fi")
    assert slugs(both)[0] == "omakanta-reseptin-uusiminen"
    assert svc.search_guides(gdb, "omakanta kuvakaappaus") == []


def test_language_filter(gdb: Database) -> None:
    sv = svc.search_guides(gdb, "recept", language="sv")
    assert sv and {r.language for r in sv} == {"sv"}
    assert set(titles(sv)[:2]) == {"Förnya recept i MittKanta", "Elektroniskt recept på apoteket"}
    everything = svc.search_guides(gdb, "", language="en")
    assert len(everything) >= 5 and {r.language for r in everything} == {"en"}


@pytest.mark.parametrize(
    ("query", "language", "expected"),
    [
        ("fullmakt", "sv", "suomifi-valtuuden-antaminen"),
        ("authorization", "en", "suomifi-valtuuden-antaminen"),
        ("MittKanta", "sv", "omakanta-terveystiedot"),
        ("MyTax tax card", "en", "omavero-verokortti"),
        ("FPA-kortet", "sv", "kela-kortti-ja-puhelin"),
        ("kortläsare", "sv", "henkilokortti-kortinlukija"),
        ("library e-books", "en", "kirjaston-e-palvelut"),
    ],
)
def test_swedish_and_english_words_find_their_guides(
    gdb: Database, query: str, language: str, expected: str
) -> None:
    found = svc.search_guides(gdb, query)
    assert expected in slugs(found[:3]), titles(found)
    assert {r.language for r in found if r.slug == expected} == {language}


def test_every_guide_is_searchable_in_every_language(gdb: Database) -> None:
    everything = svc.search_guides(gdb, "", limit=1000)
    per_language: dict[str, set[str]] = {}
    for r in everything:
        per_language.setdefault(r.language, set()).add(r.slug)
    assert len(per_language["fi"]) >= 32
    assert per_language["fi"] == per_language["sv"] == per_language["en"]
    assert_index_in_sync(gdb)


def test_topic_filter_and_group_codes(gdb: Database) -> None:
    scams = svc.search_guides(gdb, "", topics=["security.scams"], language="fi")
    assert "huijausviestien-tunnistaminen" in slugs(scams)
    assert all("security.scams" in r.topics for r in scams)
    group = svc.search_guides(gdb, "", topics=["security"], language="fi")
    assert "salasanojen-sailyttaminen" in slugs(group)
    assert set(slugs(scams)) < set(slugs(group))


def test_punctuation_and_quotes_in_the_query_are_harmless(gdb: Database) -> None:
    assert svc.search_guides(gdb, '"suomi.fi" AND (NOT*') == svc.search_guides(
        gdb, "suomi fi and not"
    )
    assert svc.search_guides(gdb, "***") == svc.search_guides(gdb, "")


def test_linked_guides_prefer_the_wanted_language(gdb: Database) -> None:
    linked = svc.guides_for_topics(gdb, ["health.prescriptions"], language="sv")
    assert {"omakanta-reseptin-uusiminen", "e-resepti-apteekissa"} <= set(slugs(linked))
    assert {g.language for g in linked} == {"sv"}, "every guide exists in Swedish"
    assert len({g.slug for g in linked}) == len(linked), "one version per guide"
    finnish = svc.guides_for_topics(gdb, ["security.scams", "comms.email"], language="fi")
    assert finnish[0].slug == "sahkopostin-turvallinen-lukeminen"  # has both topics
    assert svc.guides_for_topics(gdb, []) == []


def test_favourites(gdb: Database) -> None:
    guide_id = svc.find_guide(gdb, "suomifi-viestit", "fi")
    assert guide_id is not None
    svc.set_favourite(gdb, guide_id, True)
    favourites = svc.search_guides(gdb, "", favourites_only=True)
    assert [(f.id, f.favourite) for f in favourites] == [(guide_id, True)]
    assert svc.search_guides(gdb, "viest", favourites_only=True)[0].id == guide_id
    svc.set_favourite(gdb, guide_id, False)
    assert svc.search_guides(gdb, "", favourites_only=True) == []


def test_out_of_date_flag(gdb: Database) -> None:
    later = dt.date(2028, 1, 1)
    assert all(r.out_of_date for r in svc.search_guides(gdb, "", today=later))
    assert not any(r.out_of_date for r in svc.search_guides(gdb, "", today=dt.date(2026, 12, 1)))


def test_index_follows_local_edits_and_deletes(gdb: Database) -> None:
    draft = GuideDraft(
        title="Kirjaston tulostimen käyttö",
        language="fi",
        topics=("device.computer",),
        service="Kirjaston asiakastulostin",
        body="1. Valitse tulostin nimeltä Kirjasto.\n2. Maksa tulosteet lainauskortilla.\n",
    )
    saved = svc.save_guide(gdb, draft)
    assert saved.guide.is_local and saved.guide.slug == "kirjaston-tulostimen-kaytto"
    assert slugs(svc.search_guides(gdb, "tulostim")) == [saved.guide.slug]
    assert slugs(svc.search_guides(gdb, "lainauskort")) == [saved.guide.slug]

    changed = GuideDraft(**{**draft.__dict__, "body": "1. Kysy henkilökunnalta koodi.\n"})
    svc.save_guide(gdb, changed, saved.guide.id)
    assert svc.search_guides(gdb, "lainauskort") == []
    assert slugs(svc.search_guides(gdb, "henkilökunnalta")) == [saved.guide.slug]
    assert_index_in_sync(gdb)

    svc.delete_local_guide(gdb, saved.guide.id)
    assert svc.search_guides(gdb, "tulostim") == []
    assert fts_rows(gdb, "tulostim*") == 0
    assert_index_in_sync(gdb)


def test_editing_a_built_in_guide_marks_it_and_survives_a_pack_update(gdb: Database) -> None:
    guide_id = svc.find_guide(gdb, "mobiilivarmenne", "fi")
    assert guide_id is not None
    detail = svc.get_guide(gdb, guide_id)
    g = detail.guide
    draft = GuideDraft(
        title=g.title,
        language=g.language,
        topics=g.topics,
        service=g.service,
        body=detail.body + "\nMeillä mobiilivarmenteen voi kokeilla tiskillä.\n",
        summary=g.summary,
        source=g.source,
    )
    edited = svc.save_guide(gdb, draft, guide_id)
    assert edited.guide.local_edit and edited.guide.id == guide_id
    assert slugs(svc.search_guides(gdb, "tiskillä")) == ["mobiilivarmenne"]
    with pytest.raises(ValidationError):
        svc.delete_local_guide(gdb, guide_id)


def test_editor_refuses_bad_input_and_saves_nothing(gdb: Database) -> None:
    before = len(svc.search_guides(gdb, ""))
    for draft, code in [
        (GuideDraft("", "fi", ("ident.bank_id",), "Palvelu", "1. a"), "guide_field_missing"),
        (GuideDraft("Otsikko", "fi", (), "Palvelu", "1. a"), "guide_field_missing"),
        (GuideDraft("Otsikko", "fi", ("x.y",), "Palvelu", "1. a"), "guide_topic_unknown"),
        (GuideDraft("Otsikko", "fi", ("ident.bank_id",), "Palvelu", " "), "guide_field_missing"),
    ]:
        with pytest.raises(ValidationError) as info:
            svc.save_guide(gdb, draft)
        assert info.value.message_code == code
    assert len(svc.search_guides(gdb, "")) == before


def test_like_fallback_search_gives_the_same_guides(gdb: Database) -> None:
    """The portable path used on PostgreSQL (here run on SQLite)."""
    if not on_sqlite(gdb):
        pytest.skip("compares with the FTS5 search, which only SQLite has")
    with gdb.unit_of_work() as uow:
        like = svc._search_like(uow.session, "resepti omakanta", "fi", [], False, 50)
        fts = svc._search_fts(uow.session, "resepti omakanta", "fi", [], False, 50)
    assert set(like) == set(fts)
    assert like[0] == svc.find_guide(gdb, "omakanta-reseptin-uusiminen", "fi")
    with gdb.unit_of_work() as uow:
        assert svc._search_like(uow.session, "100%_", None, [], False, 50) == []


def test_opened_guide_renders_numbered_steps(gdb: Database) -> None:
    guide_id = svc.find_guide(gdb, "pankkitunnuksilla-kirjautuminen", "fi")
    assert guide_id is not None
    detail = svc.get_guide(gdb, guide_id)
    html = detail.html()
    assert "<ol>" in html and html.count("<li>") >= 10
    assert detail.guide.service.startswith("Suomi.fi-tunnistus")
    assert detail.guide.topics == ("ident.bank_id", "ident.suomifi")
