"""The bundled topic list: structure, stable codes, translations and search."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from digituki.core.domain.topics import (
    LANGUAGES,
    Topic,
    TopicList,
    fold,
    is_hideable,
    load_topics,
    parse_topic_list,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CODES_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "topic_codes_v1.txt"


@pytest.fixture(scope="module")
def topics() -> TopicList:
    return load_topics()


def codes(found: list[Topic]) -> list[str]:
    return [topic.code for topic in found]


# -- structure ---------------------------------------------------------------------------------


def test_load_is_cached(topics: TopicList) -> None:
    assert load_topics() is topics


def test_version_is_positive_int(topics: TopicList) -> None:
    raw = json.loads(files("digituki.core.data").joinpath("topics.json").read_text("utf-8"))
    assert isinstance(raw["version"], int)
    assert topics.version == raw["version"] >= 1


def test_codes_equal_committed_fixture(topics: TopicList) -> None:
    lines = CODES_FIXTURE.read_text(encoding="utf-8").splitlines()
    expected = [line.strip() for line in lines if line.strip()]
    assert list(topics.all_codes(include_groups=True)) == expected


def test_codes_unique(topics: TopicList) -> None:
    all_codes = topics.all_codes(include_groups=True)
    assert len(all_codes) == len(set(all_codes))
    assert len(topics.all_codes()) == len(topics.all_topics())


def test_every_name_translated(topics: TopicList) -> None:
    for group in topics.groups:
        for lang in LANGUAGES:
            assert group.names.get(lang, "").strip(), (group.code, lang)
        for topic in group.topics:
            for lang in LANGUAGES:
                assert topic.names.get(lang, "").strip(), (topic.code, lang)


def test_keywords_are_lowercase_and_present(topics: TopicList) -> None:
    for topic in topics.all_topics():
        assert set(topic.keywords) <= set(LANGUAGES), topic.code
        for lang, words in topic.keywords.items():
            for word in words:
                assert word == word.lower() and word.strip() == word and word, (topic.code, lang)


def test_topic_codes_start_with_group_code(topics: TopicList) -> None:
    for group in topics.groups:
        assert "." not in group.code
        assert group.topics, group.code
        for topic in group.topics:
            assert topic.group_code == group.code
            assert topic.code.startswith(group.code + ".")
            assert topics.group_of(topic.code) is group


def test_every_group_has_other_topic(topics: TopicList) -> None:
    group_codes = [group.code for group in topics.groups]
    assert "other" in group_codes
    for group in topics.groups:
        topic_codes = [topic.code for topic in group.topics]
        assert f"{group.code}.other" in topic_codes, group.code
        assert topic_codes[-1] == f"{group.code}.other", "the catch-all comes last"
    assert [t.code for t in topics.group("other").topics] == ["other.other"]


def test_lookup(topics: TopicList) -> None:
    assert topics.topic("ident.bank_id").group_code == "ident"
    assert topics.is_valid("ident.bank_id")
    assert not topics.is_valid("ident")  # group codes are not topic codes
    assert not topics.is_valid("ident.nope")
    assert topics.is_group("ident")
    with pytest.raises(KeyError):
        topics.topic("ident.nope")
    with pytest.raises(KeyError):
        topics.group_of("nope.nope")
    assert topics.group_of("ident").code == "ident"


def test_name_and_fallback(topics: TopicList) -> None:
    assert topics.name("tax.tax_card", "fi") == "Verokortti"
    assert topics.name("tax.tax_card", "sv") == "Skattekort"
    assert topics.name("tax.tax_card", "en") == "Tax card"
    assert topics.name("tax.tax_card", "sv_FI") == "Skattekort"
    assert topics.name("tax", "en") == "Taxation"
    assert topics.name("behalf.suomifi_authorization", "sv") == "Suomi.fi-fullmakter"
    # unknown language falls back to Finnish
    assert topics.name("tax.tax_card", "de") == "Verokortti"
    assert topics.name("tax", "de") == "Verotus"
    with pytest.raises(KeyError):
        topics.name("tax.nope", "fi")


def test_name_fallback_when_translation_missing() -> None:
    topic_list = parse_topic_list(
        {
            "version": 1,
            "groups": [
                {
                    "code": "g",
                    "names": {"fi": "Ryhmä"},
                    "topics": [{"code": "g.other", "names": {"fi": "Muu"}}],
                }
            ],
        }
    )
    assert topic_list.name("g", "en") == "Ryhmä"
    assert topic_list.name("g.other", "sv") == "Muu"


@pytest.mark.parametrize(
    "data",
    [
        {"version": 0, "groups": []},
        {"version": 1, "groups": [{"code": "g", "names": {"en": "G"}, "topics": []}]},
        {
            "version": 1,
            "groups": [
                {
                    "code": "g",
                    "names": {"fi": "G"},
                    "topics": [{"code": "x.a", "names": {"fi": "A"}}],
                }
            ],
        },
        {
            "version": 1,
            "groups": [
                {
                    "code": "g",
                    "names": {"fi": "G"},
                    "topics": [
                        {"code": "g.a", "names": {"fi": "A"}},
                        {"code": "g.a", "names": {"fi": "B"}},
                    ],
                }
            ],
        },
    ],
)
def test_malformed_data_rejected(data: object) -> None:
    with pytest.raises(ValueError):
        parse_topic_list(data)


def test_module_is_qt_free() -> None:
    code = (
        "import sys, digituki.core.domain.topics as t; t.load_topics(); "
        "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=False)
    assert result.returncode == 0


# -- search ------------------------------------------------------------------------------------


def test_fold() -> None:
    assert fold("ÄÖÅé") == "aoae"


@pytest.mark.parametrize(
    ("query", "language", "expected"),
    [
        ("omakanta", "fi", "health.omakanta"),
        ("OmaKanta", None, "health.omakanta"),
        ("mittkanta", "sv", "health.omakanta"),
        ("valtuu", "fi", "behalf.suomifi_authorization"),
        ("scam", "en", "security.scams"),
        ("huijaus", "fi", "security.scams"),
        ("huijausviesti", "fi", "security.scams"),
        ("tietojenkalastelu", "fi", "security.scams"),
        ("phishing", "en", "security.scams"),
        ("veroko", "fi", "tax.tax_card"),
        ("Pankkitunnus", "fi", "ident.bank_id"),
        ("pankkitunnukset", "fi", "ident.bank_id"),
        ("PANKKITUNNUKSET", None, "ident.bank_id"),
        ("suomi.fi valtuudet", "fi", "behalf.suomifi_authorization"),
        ("e-lasku", "fi", "bank.e_invoice"),
        ("elasku", "fi", "bank.e_invoice"),
    ],
)
def test_search_finds_first(query: str, language: str | None, expected: str) -> None:
    found = codes(load_topics().search(query, language))
    assert found, query
    assert found[0] == expected, found


def test_search_fullmakt_swedish(topics: TopicList) -> None:
    found = codes(topics.search("fullmakt", "sv"))
    assert found[:2] == ["behalf.suomifi_authorization", "behalf.power_of_attorney"]


def test_search_pankki_finds_bank_id_and_bank_group(topics: TopicList) -> None:
    found = codes(topics.search("pankki", "fi"))
    assert found[0] == "ident.bank_id"
    bank_codes = [t.code for t in topics.group("bank").topics]
    assert set(bank_codes) <= set(found)


def test_search_folds_diacritics_both_ways(topics: TopicList) -> None:
    # "Äppi"/"äänenvoimakkuus" typed without dots, and "alandsbanken" with or without "å"
    assert "device.settings" in codes(topics.search("aanenvoimakkuus"))
    assert "device.settings" in codes(topics.search("ÄÄNENVOIMAKKUUS"))
    assert "bank.online_bank" in codes(topics.search("ålandsbanken"))
    assert "bank.online_bank" in codes(topics.search("alandsbanken"))


def test_search_all_words_must_match(topics: TopicList) -> None:
    assert codes(topics.search("verokortti huijaus")) == []
    assert codes(topics.search("zzzz")) == []


def test_search_ranks_language_name_first(topics: TopicList) -> None:
    # "resep" is in the Finnish name of prescriptions but only a keyword of OmaKanta
    assert codes(topics.search("resep", "fi"))[:2] == ["health.prescriptions", "health.omakanta"]
    # keyword matches come after name matches in any language
    found = codes(topics.search("kela", "fi"))
    assert found.index("kela.other") < found.index("transport.public_transport")


def test_search_language_ranking(topics: TopicList) -> None:
    # "recept" is a Swedish name word of prescriptions and only a keyword of OmaKanta
    assert codes(topics.search("recept", "sv"))[0] == "health.prescriptions"


def test_empty_query_returns_all_visible(topics: TopicList) -> None:
    assert codes(topics.search("")) == list(topics.all_codes())
    assert codes(topics.search("   ", "sv")) == list(topics.all_codes())
    hidden = frozenset({"device.tablet"})
    assert codes(topics.search("", hidden=hidden)) == [
        code for code in topics.all_codes() if code != "device.tablet"
    ]


def test_hidden_topics_excluded_but_other_never(topics: TopicList) -> None:
    hidden = frozenset({"security.scams", "security.other", "other.other"})
    found = codes(topics.search("huijaus", hidden=hidden))
    assert "security.scams" not in found
    everything = codes(topics.search("", hidden=hidden))
    assert "security.other" in everything
    assert "other.other" in everything
    assert "security.scams" not in everything
    assert not is_hideable("security.other")
    assert not is_hideable("other.other")
    assert is_hideable("security.scams")


def test_hiding_a_group_keeps_its_other(topics: TopicList) -> None:
    visible = codes(list(topics.visible_topics(frozenset({"social"}))))
    assert "social.getting_started" not in visible
    assert "social.privacy" not in visible
    assert "social.other" in visible
    assert codes(topics.search("", hidden=frozenset({"social"}))) == visible
