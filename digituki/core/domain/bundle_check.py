"""The bundle's JSON Schema (`digituki/core/data/bundle.schema.json`) as plain Python checks.

The schema stays the published contract; walking it with `jsonschema` costs ~0.2 ms per cell,
which made a real month bundle (~1,200 cells) take longer to check than everything else an import
does. `first_problem` accepts exactly what the schema accepts (a property test runs both over
valid and mutated bundles, `tests/unit/test_bundle_check.py`; `bench/coordinator_fuzz.py` over
the full corpus) and names the first problem as ``(path, keyword)`` like the schema validator
does: the path of the error that sorts first, and the schema keyword that failed.

JSON Schema semantics kept on purpose: an "integer" is an int that is not a bool, or a float with
an integral value (``3.0``); ``pattern`` is `re.search`, so ``$`` also matches before a final
newline; lengths count code points. The stricter rules (a count must be a real int) are the
coordinator's own (`domain.coordinator`), applied afterwards as before.
"""

from __future__ import annotations

import re
from typing import Any, Final

Problem = tuple[str, str]  # (path like "tables/3/cells/17/0", failed schema keyword)

_UUID4: Final = re.compile(
    "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
).search
_UUID: Final = re.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").search
_MONTH: Final = re.compile("^[0-9]{4}-(0[1-9]|1[0-2])$").search
_GENERATED: Final = re.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$").search
_CODE: Final = re.compile("^[a-z0-9_][a-z0-9_-]*(\\.[a-z0-9_][a-z0-9_-]*)*$").search
_SHA256: Final = re.compile("^[0-9a-f]{64}$").search
_PUBLIC_KEY: Final = re.compile("^[A-Za-z0-9+/]{43}=$").search
_SIGNATURE: Final = re.compile("^[A-Za-z0-9+/]{86}==$").search

UNITS: Final = frozenset(
    ("sessions", "customers", "topic_mentions", "walk_ins", "bookings", "minutes")
)
_TOP: Final = frozenset(
    (
        "schema",
        "schema_version",
        "export_id",
        "point",
        "period",
        "app_version",
        "topic_list_version",
        "generated_at",
        "revision",
        "totals",
        "tables",
        "checksum",
        "signature",
    )
)
_TOP_REQUIRED: Final = tuple(sorted(_TOP - {"signature", "revision"}))
_POINT: Final = ("id", "municipality", "name")
_PERIOD: Final = ("first_month", "label", "last_month")
_TOTALS: Final = (
    "bookings",
    "customers",
    "minutes",
    "sessions",
    "turned_away",
    "volunteer_minutes",
)
_CHECKSUM: Final = ("algorithm", "value")
_SIGNATURE_KEYS: Final = ("algorithm", "public_key", "value")
_TABLE: Final = ("cells", "dimensions", "key", "unit")


class _Found(Exception):
    def __init__(self, path: str, keyword: str) -> None:
        self.problem = (path, keyword)


def _fail(path: str, keyword: str) -> None:
    raise _Found(path, keyword)


def _is_integer(value: object) -> bool:
    t = type(value)
    if t is int:
        return True
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _is_count(value: object) -> bool:
    return _is_integer(value) and value >= 0  # type: ignore[operator]


def _equal_const(value: object, const: object) -> bool:
    # JSON Schema equality: true is not 1
    if isinstance(value, bool) or isinstance(const, bool):
        return value is const
    if isinstance(value, str) or isinstance(const, str):
        return value == const
    if isinstance(value, int | float) and isinstance(const, int | float):
        return value == const
    return False


def _object(value: object, path: str, keys: tuple[str, ...] | frozenset[str]) -> dict[str, Any]:
    """`value` as a dict holding every key of `keys` and no other (type, required, extras)."""
    if not isinstance(value, dict):
        _fail(path, "type")
    assert isinstance(value, dict)
    if any(k not in keys for k in value):
        _fail(path, "additionalProperties")
    for key in keys:
        if key not in value:
            _fail(path, "required")
    return value


def _string(value: object, path: str, match: Any = None, max_length: int | None = None) -> None:
    if not isinstance(value, str):
        _fail(path, "type")
    assert isinstance(value, str)
    if max_length is not None and len(value) > max_length:
        _fail(path, "maxLength")
    if match is not None and not match(value):
        _fail(path, "pattern")


def _code(value: object, path: str, known: set[str]) -> None:
    if value.__class__ is str and value in known:
        return
    if not isinstance(value, str):
        _fail(path, "type")
    assert isinstance(value, str)
    if not _CODE(value):
        _fail(path, "pattern")
    if len(value) > 80:
        _fail(path, "maxLength")
    known.add(value)


def _join(path: str, step: object) -> str:
    return f"{path}/{step}" if path else str(step)


def _check(document: object) -> None:
    if not isinstance(document, dict):
        _fail("", "type")
    assert isinstance(document, dict)
    for key in document:
        if key not in _TOP:
            _fail("", "additionalProperties")
    for key in _TOP_REQUIRED:
        if key not in document:
            _fail("", "required")
    # properties in sorted order: the first problem is the one whose path sorts first
    app = document["app_version"]
    if not isinstance(app, str):
        _fail("app_version", "type")
    if len(app) < 1:
        _fail("app_version", "minLength")
    if len(app) > 40:
        _fail("app_version", "maxLength")

    checksum = _object(document["checksum"], "checksum", _CHECKSUM)
    if not _equal_const(checksum["algorithm"], "sha256"):
        _fail("checksum/algorithm", "const")
    _string(checksum["value"], "checksum/value", _SHA256)

    _string(document["export_id"], "export_id", _UUID4)
    _string(document["generated_at"], "generated_at", _GENERATED)

    period = _object(document["period"], "period", _PERIOD)
    _string(period["first_month"], "period/first_month", _MONTH)
    _string(period["label"], "period/label", None, 24)
    _string(period["last_month"], "period/last_month", _MONTH)

    point = _object(document["point"], "point", _POINT)
    _string(point["id"], "point/id", _UUID)
    _string(point["municipality"], "point/municipality", None, 120)
    _string(point["name"], "point/name", None, 120)

    if "revision" in document:  # optional: the point's export counter (issue 20)
        revision = document["revision"]
        if not _is_integer(revision):
            _fail("revision", "type")
        if revision < 1:
            _fail("revision", "minimum")
        if revision > 1_000_000:
            _fail("revision", "maximum")

    if not _equal_const(document["schema"], "digituki-bundle"):
        _fail("schema", "const")
    if not _equal_const(document["schema_version"], 1):
        _fail("schema_version", "const")

    if "signature" in document:
        signature = _object(document["signature"], "signature", _SIGNATURE_KEYS)
        if not _equal_const(signature["algorithm"], "ed25519"):
            _fail("signature/algorithm", "const")
        _string(signature["public_key"], "signature/public_key", _PUBLIC_KEY)
        _string(signature["value"], "signature/value", _SIGNATURE)

    tables = document["tables"]
    if not isinstance(tables, list):
        _fail("tables", "type")
    known: set[str] = set()
    for index, table in enumerate(tables):
        _table(table, f"tables/{index}", known)

    version = document["topic_list_version"]
    if not _is_integer(version):
        _fail("topic_list_version", "type")
    if version < 1:
        _fail("topic_list_version", "minimum")

    totals = _object(document["totals"], "totals", _TOTALS)
    bookings = totals["bookings"]
    if bookings is not None and not _is_count(bookings):
        _fail("totals/bookings", "oneOf")
    for key in _TOTALS[1:]:
        value = totals[key]
        if not _is_integer(value):
            _fail(f"totals/{key}", "type")
        if value < 0:
            _fail(f"totals/{key}", "minimum")


def _table(value: object, path: str, known: set[str]) -> None:
    table = _object(value, path, _TABLE)
    cells = table["cells"]
    if not isinstance(cells, list):
        _fail(f"{path}/cells", "type")
    for index, cell in enumerate(cells):
        # the common cells first: [known code, count] and [known code, known code, count]
        if cell.__class__ is list:
            n = len(cell)
            last = cell[-1] if n else None
            if last.__class__ is int and last >= 0:
                first = cell[0]
                if n == 2:
                    if first.__class__ is str and first in known:
                        continue
                elif n == 3:
                    second = cell[1]
                    if (
                        first.__class__ is str
                        and first in known
                        and second.__class__ is str
                        and second in known
                    ):
                        continue
        if cell.__class__ is not list:
            _fail(f"{path}/cells/{index}", "type")
        n = len(cell)
        if n < 2:
            _fail(f"{path}/cells/{index}", "minItems")
        if n > 3:
            _fail(f"{path}/cells/{index}", "maxItems")
        first = cell[0]
        if not (first.__class__ is str and first in known):
            _code(first, f"{path}/cells/{index}/0", known)
        for position in range(1, n):
            item = cell[position]
            if item.__class__ is int and item >= 0:
                continue
            if item.__class__ is str and item in known:
                continue
            if _is_count(item):
                continue
            try:
                _code(item, "", known)
            except _Found:
                _fail(f"{path}/cells/{index}/{position}", "anyOf")
    dimensions = table["dimensions"]
    if not isinstance(dimensions, list):
        _fail(f"{path}/dimensions", "type")
    if len(dimensions) < 1:
        _fail(f"{path}/dimensions", "minItems")
    if len(dimensions) > 2:
        _fail(f"{path}/dimensions", "maxItems")
    for index, dimension in enumerate(dimensions):
        _code(dimension, f"{path}/dimensions/{index}", known)
    _code(table["key"], f"{path}/key", known)
    unit = table["unit"]
    if not (isinstance(unit, str) and unit in UNITS):
        _fail(f"{path}/unit", "enum")


def first_problem(document: object) -> Problem | None:
    """None if the schema accepts `document`, else ``(path, keyword)`` of its first problem."""
    try:
        _check(document)
    except _Found as found:
        return found.problem
    return None
