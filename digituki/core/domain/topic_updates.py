"""Topic-list governance: a coordinator publishes a new version of the topic list with an explicit
old → new mapping, as a file the points import. No I/O here.

The file (``digituki-topic-list``, JSON) holds the complete new list (the same form as
``core/data/topics.json``) and ``mapping``: for each retired code, the new codes it became. One
target is a rename; several targets a split (the first target is where earlier counts go: a
split cannot apportion past counts, so the publisher names the main successor); several old codes
with the same target a merge. Codes in the new list that no mapping names are additions.

Rules (``TopicUpdateRejectedError.reason``): ``too_large``, ``not_utf8``, ``not_json``,
``number_too_long``,
``format``, ``checksum``, ``signature``, ``topics`` (the list itself is malformed),
``version_order`` (the update does not follow the list in use: import the versions in turn),
``already_current``, ``unsigned`` and ``not_trusted`` (the point's trust policy, in the
service), ``mapping_source`` (a mapped code was not in the list in use, or is still in
the new one), ``mapping_target`` (a target is not in the new list), ``unmapped_code`` (a code of
the list in use disappears without a mapping — past statistics would lose it).

Reports spanning versions map older codes forward with `map_code` through every version's
mapping (`MappingChain`), so year-on-year comparisons use today's categories.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from digituki.core.domain.errors import DigitukiError
from digituki.core.domain.text import NumberTooLongError, loads_bounded
from digituki.core.domain.topics import TopicList, parse_topic_list

FORMAT: Final = "digituki-topic-list"
FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 2_000_000

# version -> {retired code: codes it became (first = where past counts go)}
MappingChain = Mapping[int, Mapping[str, tuple[str, ...]]]


class TopicUpdateRejectedError(DigitukiError):
    """A topic-list file breaks a rule; ``reason`` is the rule's code, ``detail`` which code."""

    code = "topic_update_rejected"

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason=reason, detail=detail)


@dataclass(frozen=True)
class TopicUpdate:
    version: int
    previous_version: int
    publisher: str
    published_at: str
    topics_document: dict[str, Any]
    topics: TopicList
    mapping: Mapping[str, tuple[str, ...]]
    public_key: str | None

    @property
    def added(self) -> tuple[str, ...]:
        targets = {t for new in self.mapping.values() for t in new}
        return tuple(
            c for c in self.topics.all_codes() if c not in targets and c not in self._old_codes
        )

    @property
    def _old_codes(self) -> frozenset[str]:
        return frozenset(self.topics_document.get("_previous_codes", ()))

    def changes(self) -> dict[str, list[str]]:
        """Plain lists for a summary: renamed, split, merged (as ``old → new`` texts)."""
        by_target: dict[str, list[str]] = {}
        for old, new in self.mapping.items():
            for target in new:
                by_target.setdefault(target, []).append(old)
        renamed, split, merged = [], [], []
        for old, new in sorted(self.mapping.items()):
            if len(new) > 1:
                split.append(f"{old} → {', '.join(new)}")
            elif len(by_target[new[0]]) > 1:
                merged.append(f"{old} → {new[0]}")
            else:
                renamed.append(f"{old} → {new[0]}")
        return {"renamed": renamed, "split": split, "merged": merged}


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    content = {k: v for k, v in document.items() if k not in ("checksum", "signature")}
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def checksum_of(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def build_document(
    topics_document: Mapping[str, Any],
    mapping: Mapping[str, list[str] | tuple[str, ...]],
    *,
    previous_version: int,
    publisher: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """The file's content (without checksum and signature: see `seal`)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": topics_document.get("version"),
        "previous_version": previous_version,
        "publisher": publisher,
        "published_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "topics": dict(topics_document),
        "mapping": [{"old": old, "new": list(new)} for old, new in sorted(mapping.items())],
    }


def _reject(reason: str, detail: str = "") -> TopicUpdateRejectedError:
    return TopicUpdateRejectedError(reason, detail[:120])


def parse_update(raw: bytes, current: TopicList) -> TopicUpdate:
    """Check every rule on a topic-list file against the list in use (`current`)."""
    from digituki.core.security import signing

    if len(raw) > MAX_FILE_BYTES:
        raise _reject("too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _reject("not_utf8") from None
    try:
        document = loads_bounded(text)
    except NumberTooLongError:
        raise _reject("number_too_long") from None
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise _reject("not_json") from None
    if not isinstance(document, dict):
        raise _reject("format")
    if document.get("format") != FORMAT or document.get("format_version") != FORMAT_VERSION:
        raise _reject("format", str(document.get("format"))[:40])
    checksum = document.get("checksum")
    if not isinstance(checksum, dict) or checksum.get("value") != checksum_of(document):
        raise _reject("checksum")
    public_key: str | None = None
    signature = document.get("signature")
    if signature is not None:
        if not (
            isinstance(signature, dict)
            and isinstance(signature.get("public_key"), str)
            and isinstance(signature.get("value"), str)
            and signing.verify(
                signature["public_key"], signature["value"], canonical_bytes(document)
            )
        ):
            raise _reject("signature")
        public_key = signature["public_key"]
    try:
        topics = parse_topic_list(document.get("topics"))
    except (ValueError, TypeError, AttributeError) as exc:
        raise _reject("topics", str(exc)) from None
    version, previous = document.get("version"), document.get("previous_version")
    if type(version) is not int or type(previous) is not int or topics.version != version:
        raise _reject("format", "version")
    if version <= current.version:
        raise _reject("already_current", str(version))
    if previous != current.version or version != previous + 1:
        raise _reject("version_order", f"{previous}->{version}")
    raw_mapping = document.get("mapping")
    if not isinstance(raw_mapping, list):
        raise _reject("format", "mapping")
    mapping: dict[str, tuple[str, ...]] = {}
    for entry in raw_mapping:
        if not isinstance(entry, dict):
            raise _reject("format", "mapping")
        old, new = entry.get("old"), entry.get("new")
        if not isinstance(old, str) or not isinstance(new, list) or not new:
            raise _reject("format", "mapping")
        if not all(isinstance(code, str) for code in new):
            raise _reject("format", "mapping")
        if not current.is_valid(old) or topics.is_valid(old) or old in mapping:
            raise _reject("mapping_source", old)
        for code in new:
            if not topics.is_valid(code):
                raise _reject("mapping_target", code)
        mapping[old] = tuple(dict.fromkeys(new))
    for code in current.all_codes():
        if not topics.is_valid(code) and code not in mapping:
            raise _reject("unmapped_code", code)
    publisher = document.get("publisher")
    published_at = document.get("published_at")
    stored = dict(document["topics"])
    stored["_previous_codes"] = list(current.all_codes())
    return TopicUpdate(
        version=version,
        previous_version=previous,
        publisher=publisher if isinstance(publisher, str) else "",
        published_at=published_at if isinstance(published_at, str) else "",
        topics_document=stored,
        topics=topics,
        mapping=mapping,
        public_key=public_key,
    )


def map_code(code: str, from_version: int, chain: MappingChain, to_version: int) -> str:
    """`code` of topic-list `from_version` as a code of `to_version` (through every mapping
    between them; a split follows its first target). Unchanged codes map to themselves."""
    for version in range(from_version + 1, to_version + 1):
        step = chain.get(version)
        if step and code in step:
            code = step[code][0]
    return code
