"""The coordinator bundle: one JSON file with a point's EXACT count tables for a period.

Exact counts (no suppression) so that a region's merged totals are correct; suppression applies to
whatever a person reads after merging (the coordinator's side). Counts only: no microdata, no
names, no free text, nothing finer than the month.

Document (schema version 1, `digituki/core/data/bundle.schema.json`, checked on every read and
write by `domain.bundle_check`, which accepts exactly what the schema accepts)::

    {"schema": "digituki-bundle", "schema_version": 1,
     "export_id": "<uuid4>", "point": {"id": "<uuid>", "name": "...", "municipality": "..."},
     "period": {"first_month": "2026-10", "last_month": "2026-10", "label": "2026-10"},
     "app_version": "0.1.0", "topic_list_version": 1, "generated_at": "2026-11-02T10:15:03Z",
     "totals": {"sessions": 0, "customers": 0, "minutes": 0, "volunteer_minutes": 0,
                "turned_away": 0, "bookings": 0 | null},
     "tables": [{"key": "age_band", "unit": "customers", "dimensions": ["age_band"],
                 "cells": [["65_74", 40], ...]},
                {"key": "topic_x_outcome", "unit": "topic_mentions",
                 "dimensions": ["topic", "outcome"], "cells": [["ident.bank_id", "solved", 12]]}],
     "checksum": {"algorithm": "sha256", "value": "<hex>"},
     "signature": {"algorithm": "ed25519", "public_key": "<base64>", "value": "<base64>"}}

``revision`` (optional, still schema version 1) counts the point's bundles of the same period:
1 for the first, 2 for the next... The coordinator lets a later revision replace an earlier one
(the time stamp only breaks ties), and only when both are signed by the point's pinned key.

Tables have one or two dimensions (topic × one attribute at most); cells that are not listed are
zero. The checksum is the SHA-256 of the canonical JSON of the document without ``checksum``
(sorted keys, no whitespace, UTF-8). The optional ``signature`` (added by the coordinator
issue, still schema version 1: older bundles without it stay valid) is an Ed25519 signature of
the same canonical bytes by the point's key (`digituki.core.security.signing`).
The file is named ``digituki-<point>-<period>.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from digituki import __version__
from digituki.core.domain.bundle_check import first_problem
from digituki.core.domain.errors import DigitukiError
from digituki.core.domain.text import loads_bounded
from digituki.core.domain.topics import load_topics
from digituki.core.exports.safety import atomic_write_bytes

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from digituki.core.domain.stats import CountTable
    from digituki.core.services.stats import PeriodStats

SCHEMA_NAME: Final = "digituki-bundle"
SCHEMA_VERSION: Final = 1


class BundleInvalidError(DigitukiError):
    """A bundle does not match the schema or its checksum (names the first problem's path)."""

    code = "bundle_invalid"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = files("digituki.core.data").joinpath("bundle.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # tests only (schema_problem): the packaged app leaves jsonschema out

    return jsonschema.Draft202012Validator(schema())


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The bytes the checksum and the signature cover: the document without ``checksum`` and
    ``signature``, canonical JSON."""
    content = {k: v for k, v in document.items() if k not in ("checksum", "signature")}
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def checksum_of(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def _table(table: CountTable) -> dict[str, Any]:
    cells: list[list[Any]] = []
    for r, code in enumerate(table.rows):
        if table.parents and table.parents[r] is None and table.children_of(code):
            continue  # a group's count is the sum of its listed sub-rows
        for c, column in enumerate(table.columns):
            value = table.counts[r][c]
            if value:
                cells.append([code, column, value] if table.is_2d else [code, value])
    dimensions = [table.row_dimension]
    if table.column_dimension:
        dimensions.append(table.column_dimension)
    return {"key": table.key, "unit": table.unit, "dimensions": dimensions, "cells": cells}


def build_bundle(
    stats: PeriodStats,
    cross_tables: Sequence[CountTable],
    *,
    point_id: str,
    point_name: str,
    municipality: str,
    now: dt.datetime,
    export_id: str | None = None,
    signing_key: Ed25519PrivateKey | None = None,
    revision: int | None = None,
) -> dict[str, Any]:
    """The bundle document for `stats` (checksum included); `write_bundle` validates it."""
    turned = stats.table("turned_away").total()
    bookings = stats.table("bookings").total() if stats.bookings_known else None
    tables = [_table(t) for t in stats.tables if t.key != "topics"]
    tables.append(_table(stats.table("topics")))
    tables += [_table(t) for t in cross_tables]
    tables.append(_table(stats.trend))
    tables.append(
        {
            "key": "duration_minutes",
            "unit": "sessions",
            "dimensions": ["duration_minutes"],
            "cells": [[str(minutes), n] for minutes, n in stats.duration_histogram if n],
        }
    )
    document: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "export_id": export_id or str(uuid.uuid4()),
        "point": {"id": point_id, "name": point_name, "municipality": municipality},
        "period": {
            "first_month": stats.period.first,
            "last_month": stats.period.last,
            "label": stats.period.label,
        },
        "app_version": __version__,
        "topic_list_version": load_topics().version,
        "generated_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "totals": {
            "sessions": stats.sessions,
            "customers": stats.customers,
            "minutes": stats.total_minutes,
            "volunteer_minutes": stats.volunteer_minutes,
            "turned_away": turned,
            "bookings": bookings,
        },
        "tables": tables,
    }
    if revision is not None:
        document["revision"] = revision
    document["checksum"] = {"algorithm": "sha256", "value": checksum_of(document)}
    if signing_key is not None:
        from digituki.core.security.signing import sign

        document["signature"] = sign(signing_key, canonical_bytes(document))
    return document


def schema_problem(document: object) -> tuple[str, str] | None:
    """The first problem the JSON Schema itself finds, walked by `jsonschema` (slow: ~0.2 ms per
    cell). Kept for the tests that prove `bundle_check` agrees with it; not used at run time."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    return "/".join(str(p) for p in errors[0].absolute_path), str(errors[0].validator)


def validate_bundle(document: dict[str, Any]) -> None:
    """Raise `BundleInvalidError` unless `document` matches the schema and its checksum.

    The schema is checked by `domain.bundle_check` (the same rules as plain Python, proved equal
    to the schema by a property test), not by walking the schema cell by cell."""
    problem = first_problem(document)
    if problem is not None:
        raise BundleInvalidError(path=problem[0] or "(document)", reason=problem[1])
    if document["checksum"]["value"] != checksum_of(document):
        raise BundleInvalidError(path="checksum", reason="mismatch")


def bundle_bytes(document: dict[str, Any]) -> bytes:
    """The file's bytes: readable JSON (indented, UTF-8, sorted keys, final newline)."""
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def write_bundle(document: dict[str, Any], path: Path) -> Path:
    """Validate `document` and write it to `path` atomically."""
    validate_bundle(document)
    return atomic_write_bytes(path, bundle_bytes(document))


def read_bundle(path: Path) -> dict[str, Any]:
    """Load and validate a bundle file (schema and checksum)."""
    try:
        document = loads_bounded(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError, JSONDecodeError, digits
        raise BundleInvalidError(path="(file)", reason="unreadable") from None
    if not isinstance(document, dict):
        raise BundleInvalidError(path="(document)", reason="type")
    validate_bundle(document)
    return document
