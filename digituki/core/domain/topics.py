"""The versioned, translated two-level topic list (groups and their topics).

Help sessions, bookings, guides and statistics all refer to topics by their stable *code*
(``"ident.bank_id"``); the codes never change meaning once released. Display names and search
keywords live in ``digituki/core/data/topics.json`` in Finnish (the default), Swedish and English.

A support point may hide topics it does not deal with, but the catch-all topics (codes ending in
``.other``, including ``other.other``) can never be hidden, so every visit can always be recorded.

This module is Qt-free.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final

DEFAULT_LANGUAGE: Final = "fi"
LANGUAGES: Final[tuple[str, ...]] = ("fi", "sv", "en")
OTHER_GROUP_CODE: Final = "other"
OTHER_SUFFIX: Final = ".other"

_DATA_PACKAGE: Final = "digituki.core.data"
_DATA_FILE: Final = "topics.json"
_CODE_RE: Final = re.compile(r"[a-z][a-z0-9_]*")
_WORD_RE: Final = re.compile(r"[^\W_]+")

# Search tiers, best first. A topic's rank is decided by its worst-matching query word.
_TIER_NAME_IN_LANGUAGE: Final = 0
_TIER_NAME_OTHER_LANGUAGE: Final = 1
_TIER_KEYWORD: Final = 2
_TIER_GROUP_NAME: Final = 3


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of `text` for matching (``"Ärrä"`` -> ``"arra"``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _query_words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text))


def _index_words(texts: Iterable[str]) -> frozenset[str]:
    """Folded words of `texts`, plus each whitespace-separated chunk with its punctuation removed.

    ``"Suomi.fi-valtuudet"`` gives ``suomi``, ``fi``, ``valtuudet`` and ``suomifivaltuudet``, so
    both ``"valtuu"`` and ``"suomifi"`` find it.
    """
    words: set[str] = set()
    for text in texts:
        for chunk in fold(text).split():
            parts = _WORD_RE.findall(chunk)
            words.update(parts)
            if len(parts) > 1:
                words.add("".join(parts))
    return frozenset(words)


def _normalize_language(language: str | None) -> str | None:
    if not language:
        return None
    return language.replace("-", "_").split("_", 1)[0].lower()


def is_other_code(code: str) -> bool:
    """True for the catch-all topics (``ident.other``, ..., ``other.other``)."""
    return code.endswith(OTHER_SUFFIX)


def is_hideable(code: str) -> bool:
    """Whether a support point may hide this topic; the catch-all topics are always shown."""
    return not is_other_code(code)


def _pick_name(names: Mapping[str, str], language: str | None) -> str:
    lang = _normalize_language(language)
    if lang is not None:
        name = names.get(lang)
        if name:
            return name
    return names.get(DEFAULT_LANGUAGE) or next(iter(names.values()), "")


@dataclass(frozen=True)
class Topic:
    code: str
    group_code: str
    names: Mapping[str, str] = field(hash=False)
    keywords: Mapping[str, tuple[str, ...]] = field(hash=False)

    def name(self, language: str | None = DEFAULT_LANGUAGE) -> str:
        """Display name in `language`, falling back to Finnish."""
        return _pick_name(self.names, language)

    @property
    def is_other(self) -> bool:
        return is_other_code(self.code)


@dataclass(frozen=True)
class TopicGroup:
    code: str
    names: Mapping[str, str] = field(hash=False)
    topics: tuple[Topic, ...]

    def name(self, language: str | None = DEFAULT_LANGUAGE) -> str:
        """Display name in `language`, falling back to Finnish."""
        return _pick_name(self.names, language)


@dataclass(frozen=True)
class _SearchEntry:
    topic: Topic
    names_by_language: Mapping[str, frozenset[str]]
    all_names: frozenset[str]
    keywords: frozenset[str]
    group_names: frozenset[str]
    first_name_word: Mapping[str, str]


@dataclass(frozen=True)
class TopicList:
    version: int
    groups: tuple[TopicGroup, ...]
    _topics: Mapping[str, Topic] = field(init=False, repr=False, compare=False, hash=False)
    _groups: Mapping[str, TopicGroup] = field(init=False, repr=False, compare=False, hash=False)
    _search: tuple[_SearchEntry, ...] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        groups: dict[str, TopicGroup] = {}
        topics: dict[str, Topic] = {}
        for group in self.groups:
            if group.code in groups or group.code in topics:
                raise ValueError(f"duplicate topic code {group.code!r}")
            groups[group.code] = group
            for topic in group.topics:
                if topic.code in topics or topic.code in groups:
                    raise ValueError(f"duplicate topic code {topic.code!r}")
                if topic.group_code != group.code or not topic.code.startswith(group.code + "."):
                    raise ValueError(f"topic {topic.code!r} is not in group {group.code!r}")
                topics[topic.code] = topic
        entries = tuple(_make_entry(t, groups[t.group_code]) for t in topics.values())
        object.__setattr__(self, "_groups", MappingProxyType(groups))
        object.__setattr__(self, "_topics", MappingProxyType(topics))
        object.__setattr__(self, "_search", entries)

    # -- look-up -----------------------------------------------------------------------------

    def topic(self, code: str) -> Topic:
        """The topic with this code; raises `KeyError` for unknown (or group) codes."""
        try:
            return self._topics[code]
        except KeyError:
            raise KeyError(code) from None

    def group(self, code: str) -> TopicGroup:
        """The group with this code; raises `KeyError` for unknown codes."""
        try:
            return self._groups[code]
        except KeyError:
            raise KeyError(code) from None

    def is_valid(self, code: str) -> bool:
        """True if `code` is a topic code (not a group code) of this list."""
        return code in self._topics

    def is_group(self, code: str) -> bool:
        return code in self._groups

    def all_topics(self) -> tuple[Topic, ...]:
        return tuple(self._topics.values())

    def all_codes(self, *, include_groups: bool = False) -> tuple[str, ...]:
        """Topic codes in list order; with `include_groups`, each group code precedes its topics."""
        if not include_groups:
            return tuple(self._topics)
        codes: list[str] = []
        for group in self.groups:
            codes.append(group.code)
            codes.extend(topic.code for topic in group.topics)
        return tuple(codes)

    def group_of(self, code: str) -> TopicGroup:
        """The group of a topic code (or the group itself for a group code); else `KeyError`."""
        if code in self._groups:
            return self._groups[code]
        return self._groups[self.topic(code).group_code]

    def name(self, code: str, language: str | None = DEFAULT_LANGUAGE) -> str:
        """Display name of a group or topic code in `language` (Finnish if missing); `KeyError`."""
        group = self._groups.get(code)
        if group is not None:
            return group.name(language)
        return self.topic(code).name(language)

    def is_hidden(self, code: str, hidden: Iterable[str]) -> bool:
        """Whether topic `code` is hidden by `hidden` (topic codes, or group codes for a group)."""
        if not is_hideable(code):
            return False
        hidden_set = hidden if isinstance(hidden, (set, frozenset)) else frozenset(hidden)
        return code in hidden_set or self.topic(code).group_code in hidden_set

    def visible_topics(self, hidden: frozenset[str] = frozenset()) -> tuple[Topic, ...]:
        """All topics except hidden ones; catch-all ``.other`` topics are always included."""
        if not hidden:
            return self.all_topics()
        return tuple(t for t in self._topics.values() if not self.is_hidden(t.code, hidden))

    # -- search ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        language: str | None = None,
        hidden: frozenset[str] = frozenset(),
    ) -> list[Topic]:
        """Topics matching every word of `query` as a word prefix, best first.

        Matching ignores case and diacritics and looks at names, keywords and the group name in all
        languages. Ranking: matches in the name in `language` first (names *starting* with the
        first query word before others), then name matches in other languages, then keyword
        matches, then group-name matches; ties keep list order. An empty query returns all visible
        topics in list order. `hidden` topic (or group) codes are left out, except ``.other``.
        """
        words = _query_words(query)
        lang = _normalize_language(language)
        ranked: list[tuple[tuple[int, int, int, int], Topic]] = []
        for index, entry in enumerate(self._search):
            topic = entry.topic
            if hidden and self.is_hidden(topic.code, hidden):
                continue
            if not words:
                ranked.append(((0, 0, 0, index), topic))
                continue
            tiers: list[int] = []
            for word in words:
                tier = _word_tier(entry, word, lang)
                if tier is None:
                    break
                tiers.append(tier)
            else:
                first = entry.first_name_word.get(lang, "") if lang is not None else ""
                starts = 0 if first.startswith(words[0]) else 1
                ranked.append(((max(tiers), sum(tiers), starts, index), topic))
        ranked.sort(key=lambda item: item[0])
        return [topic for _, topic in ranked]


def _make_entry(topic: Topic, group: TopicGroup) -> _SearchEntry:
    by_language = {lang: _index_words([name]) for lang, name in topic.names.items()}
    first_words: dict[str, str] = {}
    for lang, name in topic.names.items():
        found = _query_words(name)
        first_words[lang] = found[0] if found else ""
    return _SearchEntry(
        topic=topic,
        names_by_language=MappingProxyType(by_language),
        all_names=frozenset().union(*by_language.values()),
        keywords=_index_words(kw for kws in topic.keywords.values() for kw in kws),
        group_names=_index_words(group.names.values()),
        first_name_word=MappingProxyType(first_words),
    )


def _has_prefix(words: frozenset[str], prefix: str) -> bool:
    return any(word.startswith(prefix) for word in words)


def _word_tier(entry: _SearchEntry, word: str, language: str | None) -> int | None:
    if language is not None:
        in_language = entry.names_by_language.get(language)
        if in_language is not None and _has_prefix(in_language, word):
            return _TIER_NAME_IN_LANGUAGE
    if _has_prefix(entry.all_names, word):
        return _TIER_NAME_OTHER_LANGUAGE
    if _has_prefix(entry.keywords, word):
        return _TIER_KEYWORD
    if _has_prefix(entry.group_names, word):
        return _TIER_GROUP_NAME
    return None


# -- loading ---------------------------------------------------------------------------------


def _require_str(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what}: expected a non-empty string")
    return value


def _require_list(value: object, what: str) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(f"{what}: expected a list")
    return value


def _require_dict(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError(f"{what}: expected an object")
    return {str(k): v for k, v in value.items()}


def _parse_code(value: object, what: str) -> str:
    code = _require_str(value, what)
    if not all(_CODE_RE.fullmatch(part) for part in code.split(".")):
        raise ValueError(f"{what}: invalid code {code!r}")
    return code


def _parse_names(value: object, what: str) -> Mapping[str, str]:
    raw = _require_dict(value, what)
    if not raw.get(DEFAULT_LANGUAGE):
        raise ValueError(f"{what}: missing the {DEFAULT_LANGUAGE!r} name")
    from digituki.core.domain.text import clean_name

    names = {
        lang: clean_name(_require_str(name, f"{what}.{lang}"), 200) for lang, name in raw.items()
    }
    if not all(names.values()):
        raise ValueError(f"{what}: a name is only control characters")
    return MappingProxyType(names)


def _parse_keywords(value: object, what: str) -> Mapping[str, tuple[str, ...]]:
    raw = _require_dict(value if value is not None else {}, what)
    keywords: dict[str, tuple[str, ...]] = {}
    for lang, items in raw.items():
        keywords[lang] = tuple(
            _require_str(item, f"{what}.{lang}").strip().lower()
            for item in _require_list(items, f"{what}.{lang}")
        )
    return MappingProxyType(keywords)


def parse_topic_list(data: object) -> TopicList:
    """Build a `TopicList` from the decoded JSON document; raises `ValueError` if malformed."""
    root = _require_dict(data, "topics")
    version = root.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("topics.version: expected a positive integer")
    groups: list[TopicGroup] = []
    for gi, raw_group in enumerate(_require_list(root.get("groups"), "topics.groups")):
        where = f"topics.groups[{gi}]"
        group = _require_dict(raw_group, where)
        group_code = _parse_code(group.get("code"), f"{where}.code")
        if "." in group_code:
            raise ValueError(f"{where}.code: group codes have no dots: {group_code!r}")
        topics: list[Topic] = []
        for ti, raw_topic in enumerate(_require_list(group.get("topics"), f"{where}.topics")):
            twhere = f"{where}.topics[{ti}]"
            topic = _require_dict(raw_topic, twhere)
            topics.append(
                Topic(
                    code=_parse_code(topic.get("code"), f"{twhere}.code"),
                    group_code=group_code,
                    names=_parse_names(topic.get("names"), f"{twhere}.names"),
                    keywords=_parse_keywords(topic.get("keywords"), f"{twhere}.keywords"),
                )
            )
        groups.append(
            TopicGroup(
                code=group_code,
                names=_parse_names(group.get("names"), f"{where}.names"),
                topics=tuple(topics),
            )
        )
    return TopicList(version=version, groups=tuple(groups))


@lru_cache(maxsize=1)
def bundled_topics() -> TopicList:
    """The topic list shipped with the app (parsed once and cached)."""
    text = files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return parse_topic_list(json.loads(text))


_active: TopicList | None = None


def set_active_topics(topics: TopicList | None) -> None:
    """Use `topics` (a newer list the coordinator published, imported into this database) instead
    of the shipped list; None goes back to the shipped list. Set when the database opens."""
    global _active
    _active = topics


def load_topics() -> TopicList:
    """The topic list in use: an imported newer list (`set_active_topics`), else the shipped one."""
    active = _active
    bundled = bundled_topics()
    return active if active is not None and active.version > bundled.version else bundled
