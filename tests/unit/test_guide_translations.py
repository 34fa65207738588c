"""Every built-in guide exists in Finnish, Swedish and English, and the three say the same thing.

"The same" is checked the way a reviewer would first look: the same topic links, the same front
matter fields, about the same number of numbered steps (within ±2, since a step may be split or
joined when written natively), each service under its own official name in that language, and no
words of another language left in the text. The language check is a short stop-word list: words
that are very common in one language and are not words of the other two ("the" and "your" in
English, "och" and "att" in Swedish, "että" and "jos" in Finnish; not Finnish "ja", which is
Swedish for "yes"). A guide may still quote a service's own name or a button label in another
language (OmaKela has no English pages), which is why the list holds no nouns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib.resources import files

import pytest

from digituki.core.domain.guides import GuideDocument, split_front_matter
from digituki.core.services.guides import load_builtin_pack

LANGS = ("fi", "sv", "en")
STEP_RE = re.compile(r"^\d+\.\s", re.M)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Words that betray another language. Chosen so that none of them is a word of the guide's own
# language (Swedish "in", "i" and "a" are left out of the English list for that reason).
STOP_WORDS = {
    "en": frozenset({"the", "and", "you", "your", "with", "this", "that", "is", "are", "of", "to"}),
    "sv": frozenset({"och", "att", "det", "är", "du", "med", "för", "inte", "eller", "dina"}),
    "fi": frozenset({"myös", "tai", "että", "jos", "kun", "sinun", "voit", "ovat", "niin", "ei"}),
}

# Official names: where the Finnish text names the service, the others use their own name for it.
OFFICIAL_NAMES = [
    ("omakanta", {"sv": "mittkanta", "en": "mykanta"}),
    ("omavero", {"sv": "minskatt", "en": "mytax"}),
    ("suomi.fi-valtuu", {"sv": "suomi.fi-fullmakter", "en": "suomi.fi e-authorizations"}),
    ("mobiilivarmen", {"sv": "mobilcertifikat", "en": "mobile certificate"}),
    ("kansalaisneuvon", {"sv": "medborgarrådgivning", "en": "citizens' advice"}),
    ("kela", {"sv": "fpa", "en": "kela"}),
    ("suomi.fi-viest", {"sv": "suomi.fi-meddelanden", "en": "suomi.fi messages"}),
]


def by_slug() -> dict[str, dict[str, GuideDocument]]:
    result: dict[str, dict[str, GuideDocument]] = defaultdict(dict)
    for doc in load_builtin_pack().guides:
        result[doc.slug][doc.language] = doc
    return dict(result)


GUIDES = by_slug()


def front_matter_fields(slug: str, language: str) -> set[str]:
    folder = files("digituki.core").joinpath("data", "guides")
    text = folder.joinpath(f"{slug}.{language}.md").read_text(encoding="utf-8")
    return set(split_front_matter(text)[0])


def full_text(doc: GuideDocument) -> str:
    return " ".join((doc.title, doc.summary, doc.service, doc.source, doc.body))


def test_at_least_32_guides_each_in_all_three_languages() -> None:
    assert len(GUIDES) >= 32
    missing = {slug: sorted(set(LANGS) - set(docs)) for slug, docs in GUIDES.items()}
    assert {slug: langs for slug, langs in missing.items() if langs} == {}


@pytest.mark.parametrize("slug", sorted(GUIDES))
def test_the_three_versions_match(slug: str) -> None:
    docs = GUIDES[slug]
    fi = docs["fi"]
    steps_fi = len(STEP_RE.findall(fi.body))
    assert steps_fi >= 3, f"{slug}.fi has too few numbered steps"
    for language in ("sv", "en"):
        doc = docs[language]
        assert set(doc.topics) == set(fi.topics), f"{slug}.{language}: topic links differ"
        assert front_matter_fields(slug, language) == front_matter_fields(slug, "fi")
        assert doc.version == fi.version, f"{slug}.{language}: version differs"
        steps = len(STEP_RE.findall(doc.body))
        assert abs(steps - steps_fi) <= 2, f"{slug}.{language}: {steps} steps, fi has {steps_fi}"
        assert doc.body.count("\n## ") == fi.body.count("\n## "), f"{slug}.{language}: sections"


@pytest.mark.parametrize("slug", sorted(GUIDES))
def test_no_other_language_left_in_the_text(slug: str) -> None:
    for language, doc in GUIDES[slug].items():
        words = {w.casefold() for w in WORD_RE.findall(full_text(doc))}
        for other, stop in STOP_WORDS.items():
            if other == language:
                continue
            found = sorted(words & stop)
            assert not found, f"{slug}.{language} has {other} words: {found}"


@pytest.mark.parametrize("slug", sorted(GUIDES))
def test_services_go_by_their_official_names(slug: str) -> None:
    fi_text = full_text(GUIDES[slug]["fi"]).casefold()
    for finnish, names in OFFICIAL_NAMES:
        if finnish not in fi_text:
            continue
        for language, name in names.items():
            text = full_text(GUIDES[slug][language]).casefold()
            assert name in text, f"{slug}.{language} should name {name!r} (fi: {finnish!r})"


def test_stop_word_check_catches_a_left_over_sentence() -> None:
    """The check above can fail: an English sentence in a Swedish text is found."""
    words = {w.casefold() for w in WORD_RE.findall("Tryck på knappen. Open the app.")}
    assert words & STOP_WORDS["en"] == {"the"}
    assert not words & STOP_WORDS["fi"]
