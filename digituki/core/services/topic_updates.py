"""Topic-list governance use cases (see `core.domain.topic_updates` for the file and its rules).

- `publish_topic_list` (coordinator): check a new list and its mapping against the list in use,
  write the signed file for the points, and start using it in the coordinator's own database.
- `import_topic_list` (point, or a coordinator receiving a wider area's list): check the file,
  store the list and its mapping in the database, use it from now on.
- `activate` (on opening a database): use the stored list, if it is newer than the shipped one.
- `mapping_chain`: every stored version's mapping, for reports that span versions.

Stored as site settings (no schema change): ``topic_list`` (the active list's JSON document) and
``topic_mappings`` (``{version: {old: [new, …]}}``).

Trust: a point pins the coordinator's public key at its first list (trust on first use; the
result carries the key's fingerprint for the point to compare with the coordinator on the
phone) in ``topic_list_publisher_key``. Unsigned lists and lists signed by another key are
refused (``unsigned``, ``not_trusted``) unless the point explicitly accepts them
(`accept_unsigned`, `accept_new_key`); each such choice is recorded in
``topic_list_key_decisions``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from digituki.core import clock
from digituki.core.domain import topic_updates as rules
from digituki.core.domain.topic_updates import MappingChain, TopicUpdate
from digituki.core.domain.topics import (
    TopicList,
    bundled_topics,
    parse_topic_list,
    set_active_topics,
)
from digituki.core.storage.database import Database

LIST_KEY: Final = "topic_list"
MAPPINGS_KEY: Final = "topic_mappings"
PUBLISHER_KEY: Final = "topic_list_publisher_key"
DECISIONS_KEY: Final = "topic_list_key_decisions"


@dataclass(frozen=True)
class TopicUpdateResult:
    version: int
    previous_version: int
    publisher: str
    added: tuple[str, ...]
    renamed: tuple[str, ...]
    split: tuple[str, ...]
    merged: tuple[str, ...]
    fingerprint: str = ""  # of the key that signed the list ("" when unsigned or our own)
    first_key: bool = False  # this list's key is now pinned for the first time
    key_changed: bool = False  # the point accepted a new coordinator key


def _get(db: Database, key: str) -> Any:
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, key)
        return None if row is None else json.loads(row.value)


def stored_topics(db: Database) -> TopicList | None:
    """The list imported into this database, if any."""
    document = _get(db, LIST_KEY)
    if document is None:
        return None
    return parse_topic_list({k: v for k, v in document.items() if not k.startswith("_")})


def current_topics(db: Database) -> TopicList:
    """The list this database uses: the stored one when newer than the shipped one."""
    stored = stored_topics(db)
    shipped = bundled_topics()
    return stored if stored is not None and stored.version > shipped.version else shipped


def activate(db: Database) -> TopicList:
    """Use this database's list in the whole app (called when the database opens)."""
    topics = current_topics(db)
    set_active_topics(topics if topics.version > bundled_topics().version else None)
    return topics


def mapping_chain(db: Database) -> MappingChain:
    stored = _get(db, MAPPINGS_KEY) or {}
    return {int(v): {old: tuple(new) for old, new in m.items()} for v, m in stored.items()}


def _apply(
    db: Database, update: TopicUpdate, extra: dict[str, Any] | None = None
) -> TopicUpdateResult:
    from digituki.core.services import helplog
    from digituki.core.storage.orm import SiteSetting

    chain = {str(v): {o: list(n) for o, n in m.items()} for v, m in mapping_chain(db).items()}
    chain[str(update.version)] = {old: list(new) for old, new in update.mapping.items()}
    values = [(LIST_KEY, update.topics_document), (MAPPINGS_KEY, chain), *(extra or {}).items()]
    with db.unit_of_work() as uow:
        for key, value in values:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            row = uow.session.get(SiteSetting, key)
            if row is None:
                uow.session.add(SiteSetting(key=key, value=text))
            else:
                row.value = text
        uow.commit()
    activate(db)
    helplog.sync_topic_table(db, update.topics)  # new codes can be recorded from now on
    changes = update.changes()
    return TopicUpdateResult(
        version=update.version,
        previous_version=update.previous_version,
        publisher=update.publisher,
        added=update.added,
        renamed=tuple(changes["renamed"]),
        split=tuple(changes["split"]),
        merged=tuple(changes["merged"]),
    )


def import_topic_list(
    db: Database, path: Path, *, accept_new_key: bool = False, accept_unsigned: bool = False
) -> TopicUpdateResult:
    """Check the topic-list file at `path` against the list in use and the coordinator's pinned
    key (see the module text); store and use it."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(rules.MAX_FILE_BYTES + 1)
    except OSError:
        raise rules.TopicUpdateRejectedError("unreadable") from None
    return import_topic_bytes(
        db, raw, accept_new_key=accept_new_key, accept_unsigned=accept_unsigned
    )


def pinned_publisher(db: Database) -> str | None:
    """The fingerprint of the coordinator key this point keeps, if any."""
    from digituki.core.security.signing import fingerprint

    key = _get(db, PUBLISHER_KEY)
    return fingerprint(key) if isinstance(key, str) else None


def import_topic_bytes(
    db: Database, raw: bytes, *, accept_new_key: bool = False, accept_unsigned: bool = False
) -> TopicUpdateResult:
    import dataclasses

    from digituki.core.security.signing import fingerprint

    update = rules.parse_update(raw, current_topics(db))
    pinned = _get(db, PUBLISHER_KEY)
    extra: dict[str, Any] = {}
    first = changed = False
    decision = ""
    if update.public_key is None:
        if not accept_unsigned:
            raise rules.TopicUpdateRejectedError("unsigned")
        decision = "unsigned"
    elif pinned is None:
        first = True
        extra[PUBLISHER_KEY] = update.public_key
    elif pinned != update.public_key:
        if not accept_new_key:
            raise rules.TopicUpdateRejectedError("not_trusted", fingerprint(update.public_key))
        changed = True
        decision = "new_key"
        extra[PUBLISHER_KEY] = update.public_key
    if decision:
        decisions = list(_get(db, DECISIONS_KEY) or [])
        decisions.append(
            {
                "at": clock.now().isoformat(timespec="seconds"),
                "decision": decision,
                "version": update.version,
                "fingerprint": fingerprint(update.public_key) if update.public_key else "",
            }
        )
        extra[DECISIONS_KEY] = decisions
    result = _apply(db, update, extra)
    return dataclasses.replace(
        result,
        fingerprint=fingerprint(update.public_key) if update.public_key else "",
        first_key=first,
        key_changed=changed,
    )


def publish_topic_list(
    db: Database,
    topics_document: dict[str, Any],
    mapping: dict[str, list[str]],
    out_path: Path,
    *,
    now: dt.datetime | None = None,
) -> TopicUpdateResult:
    """Write the signed topic-list file for the points (atomically) and use the new list in this
    (the coordinator's) database. Nothing is written when a rule is broken."""
    from digituki.core.exports.safety import atomic_write_bytes
    from digituki.core.security.signing import point_signing_key, sign
    from digituki.core.services import settings as settings_service

    current = current_topics(db)
    site = settings_service.get_site_settings(db)
    document = rules.build_document(
        topics_document,
        mapping,
        previous_version=current.version,
        publisher=site.site_name,
        now=now or clock.now(),
    )
    document["checksum"] = {"algorithm": "sha256", "value": rules.checksum_of(document)}
    document["signature"] = sign(point_signing_key(db), rules.canonical_bytes(document))
    raw = (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    update = rules.parse_update(raw, current)  # the same checks a point makes
    atomic_write_bytes(out_path, raw)
    return _apply(db, update)
