"""Coordinator rules with no I/O: checking an untrusted bundle file and summing bundles exactly.

A bundle is untrusted input (e-mail, USB stick). `parse_bundle` turns the raw bytes into a
`ParsedBundle` or raises `BundleRejectedError` whose ``reason`` says why, one code per rule:

``too_large``, ``not_utf8``, ``not_json``, ``not_object``, ``schema_version``, ``schema``,
``checksum``, ``signature``, ``topic_list_version``, ``period_not_month``, ``period_too_old``,
``period_in_future``, ``generated_in_future``, ``count_type``, ``count_too_large``,
``table_shape``, ``duplicate_table``, ``duplicate_cell``, ``too_many_cells``,
``number_too_long`` (a number of more than 30 digits).

Nothing is written before a bundle passed every rule (the service checks this first). Topic codes
the coordinator's list does not know (a newer or older topic list) are mapped to their group's
catch-all topic (``<group>.other``, or ``other.other`` for an unknown group) and reported as
warnings: nothing is dropped silently and the totals still add up.

Decisions: the coordinator takes one-month bundles only (a point's monthly export); a region's
combined bundle is written month by month so that it can be imported in turn.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from digituki.core.domain.errors import DigitukiError
from digituki.core.domain.text import (
    MAX_DIGITS,
    NumberTooLongError,
    clean_name,
    is_exact,
    loads_bounded,
)
from digituki.core.domain.topic_updates import MappingChain, map_code
from digituki.core.domain.topics import TopicList

MAX_FILE_BYTES: Final = 2_000_000
MAX_COUNT: Final = 10_000_000  # more than any point serves in a month, by far
MAX_CELLS: Final = 20_000  # a real month has a few thousand at most (topics × cross tables)
MAX_TOPIC_LIST_VERSION: Final = 1000
FIRST_MONTH: Final = "2000-01"
# how far ahead of the coordinator's clock a point's clock may be (a later time stamp must not
# win a tie: the revision counter decides first anyway)
CLOCK_SKEW: Final = dt.timedelta(minutes=15)
UUID_RE: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CODE_RE: Final = re.compile(r"[a-z0-9_][a-z0-9_-]*(\.[a-z0-9_][a-z0-9_-]*)*")
MONTH_RE: Final = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
NAME_LIMIT: Final = 120
OTHER_TOPIC: Final = "other.other"

# The tables a point's bundle holds, with their dimensions. Other tables are kept but not used.
KNOWN_TABLES: Final[Mapping[str, tuple[str, ...]]] = {
    "age_band": ("age_band",),
    "topics": ("topic",),
    "support_form": ("support_form",),
    "language": ("language",),
    "outcome": ("outcome",),
    "next_step": ("next_step",),
    "on_behalf": ("on_behalf",),
    "turned_away": ("reason",),
    "bookings": ("status",),
    "topic_x_age_band": ("topic", "age_band"),
    "topic_x_support_form": ("topic", "support_form"),
    "topic_x_language": ("topic", "language"),
    "topic_x_outcome": ("topic", "outcome"),
    "device": ("device",),
    "trend": ("month",),
    "duration_minutes": ("duration_minutes",),
}
TOTAL_KEYS: Final = ("sessions", "customers", "minutes", "volunteer_minutes", "turned_away")

# Warning codes in an import result.
WARN_UNSIGNED: Final = "unsigned"
WARN_UNKNOWN_TOPICS: Final = "unknown_topics"
WARN_UNKNOWN_TABLES: Final = "unknown_tables"


class BundleRejectedError(DigitukiError):
    """A bundle file breaks a rule; ``reason`` is the rule's code, ``detail`` where (no data)."""

    code = "bundle_rejected"

    def __init__(self, reason: str, detail: str = "", **params: Any) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason=reason, detail=detail, **params)

    def __str__(self) -> str:
        return f"bundle_rejected:{self.reason}({self.detail})"


@dataclass(frozen=True)
class BundleWarning:
    """Something the coordinator should know about an imported bundle (``code``, ``detail``)."""

    code: str
    detail: str = ""


@dataclass(frozen=True)
class BundleTable:
    key: str
    unit: str
    dimensions: tuple[str, ...]
    cells: tuple[tuple[tuple[str, ...], int], ...]  # (codes, count); unlisted cells are zero


@dataclass(frozen=True)
class ParsedBundle:
    export_id: str
    point_id: str
    point_name: str
    municipality: str
    month: str
    generated_at: dt.datetime
    topic_list_version: int
    checksum: str
    public_key: str | None
    totals: tuple[tuple[str, int | None], ...]
    tables: tuple[BundleTable, ...]
    warnings: tuple[BundleWarning, ...]
    revision: int = 0  # the point's counter of this month's bundles (0: made before it existed)

    def total(self, key: str) -> int | None:
        return dict(self.totals)[key]

    def table(self, key: str) -> BundleTable | None:
        for table in self.tables:
            if table.key == key:
                return table
        return None

    def to_json(self) -> str:
        """The checked, mapped content, for storage (read back with `from_json`)."""
        return json.dumps(
            {
                "export_id": self.export_id,
                "point_id": self.point_id,
                "point_name": self.point_name,
                "municipality": self.municipality,
                "month": self.month,
                "generated_at": self.generated_at.isoformat(),
                "topic_list_version": self.topic_list_version,
                "checksum": self.checksum,
                "public_key": self.public_key,
                "revision": self.revision,
                "totals": [list(t) for t in self.totals],
                # tuples encode as lists: the same text as converting every cell first
                "tables": [[t.key, t.unit, t.dimensions, t.cells] for t in self.tables],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> ParsedBundle:
        d = json.loads(text)
        return cls(
            export_id=d["export_id"],
            point_id=d["point_id"],
            point_name=d["point_name"],
            municipality=d["municipality"],
            month=d["month"],
            generated_at=dt.datetime.fromisoformat(d["generated_at"]),
            topic_list_version=d["topic_list_version"],
            checksum=d["checksum"],
            public_key=d["public_key"],
            totals=tuple((k, v) for k, v in d["totals"]),
            tables=tuple(
                BundleTable(key, unit, tuple(dims), tuple((tuple(c), n) for c, n in cells))
                for key, unit, dims, cells in d["tables"]
            ),
            warnings=(),
            revision=int(d.get("revision", 0)),
        )


# --- checking ----------------------------------------------------------------------------------


def _month_index(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def _count(value: object, where: str) -> int:
    # json gives 1.0 as a float and true as a bool: neither is a count
    if type(value) is not int:
        raise BundleRejectedError("count_type", where)
    if value < 0:
        raise BundleRejectedError("count_type", where)
    if value > MAX_COUNT:
        raise BundleRejectedError("count_too_large", where)
    return value


def map_topic(code: str, topics: TopicList) -> str:
    """`code` if the topic list knows it, else its group's catch-all topic."""
    if topics.is_valid(code):
        return code
    group = code.split(".", 1)[0]
    if topics.is_group(group) and topics.is_valid(f"{group}.other"):
        return f"{group}.other"
    return OTHER_TOPIC


def decode_document(raw: bytes) -> dict[str, Any]:
    """The JSON object in `raw` (bounded size, UTF-8 only)."""
    if len(raw) > MAX_FILE_BYTES:
        raise BundleRejectedError("too_large", limit=MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejectedError("not_utf8") from None
    try:
        document = loads_bounded(text)
    except NumberTooLongError:
        raise BundleRejectedError("number_too_long", limit=MAX_DIGITS) from None
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise BundleRejectedError("not_json") from None
    if not isinstance(document, dict):
        raise BundleRejectedError("not_object")
    return document


def _count_cells_first(document: dict[str, Any]) -> None:
    """Reject too many cells before the JSON Schema check, which is slow on huge tables (the fuzz
    bench found a 2 MB file of tiny cells taking seconds there)."""
    tables = document.get("tables")
    if not isinstance(tables, list):
        return
    n = sum(
        len(t["cells"]) for t in tables if isinstance(t, dict) and isinstance(t.get("cells"), list)
    )
    if n > MAX_CELLS:
        raise BundleRejectedError("too_many_cells", limit=MAX_CELLS)


def parse_bundle(
    raw: bytes, *, topics: TopicList, now: dt.datetime, chain: MappingChain | None = None
) -> ParsedBundle:
    """Check every rule on the bytes of a bundle file; the checked, mapped content. Topic codes
    of an older topic list are first mapped forward through `chain` (topic-list governance)."""
    from digituki.core.exports import bundle as fmt
    from digituki.core.security import signing

    document = decode_document(raw)
    if document.get("schema") != fmt.SCHEMA_NAME or document.get("schema_version") != (
        fmt.SCHEMA_VERSION
    ):
        raise BundleRejectedError("schema_version", str(document.get("schema_version"))[:20])
    _count_cells_first(document)
    # The schema's rules (fast path, equal to the JSON Schema), then the checksum and the
    # signature over ONE canonical encoding (it is the costliest step after json.loads).
    from digituki.core.domain.bundle_check import first_problem

    try:
        problem = first_problem(document)
    except RecursionError:
        raise BundleRejectedError("schema") from None
    if problem is not None:
        raise BundleRejectedError("schema", (problem[0] or "(document)")[:120])
    _exact_ids(document)
    canonical = fmt.canonical_bytes(document)
    if document["checksum"]["value"] != hashlib.sha256(canonical).hexdigest():
        raise BundleRejectedError("checksum")
    warnings: list[BundleWarning] = []
    signature = document.get("signature")
    public_key: str | None = None
    if signature is None:
        warnings.append(BundleWarning(WARN_UNSIGNED))
    else:
        if not signing.verify(signature["public_key"], signature["value"], canonical):
            raise BundleRejectedError("signature")
        public_key = signature["public_key"]

    version = document["topic_list_version"]
    if version > MAX_TOPIC_LIST_VERSION:
        raise BundleRejectedError("topic_list_version", str(version))

    period = document["period"]
    month = period["first_month"]
    if period["last_month"] != month:
        raise BundleRejectedError("period_not_month", f"{month}..{period['last_month']}")
    if month < FIRST_MONTH:
        raise BundleRejectedError("period_too_old", month)
    now_utc = now.astimezone(dt.UTC)
    if _month_index(month) > now_utc.year * 12 + now_utc.month - 1:
        raise BundleRejectedError("period_in_future", month)
    try:
        generated = dt.datetime.strptime(document["generated_at"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise BundleRejectedError("schema", "generated_at") from None
    generated = generated.replace(tzinfo=dt.UTC)
    if generated > now_utc + CLOCK_SKEW:
        raise BundleRejectedError("generated_in_future", document["generated_at"])

    totals: list[tuple[str, int | None]] = []
    for key in TOTAL_KEYS:
        totals.append((key, _count(document["totals"][key], f"totals/{key}")))
    bookings = document["totals"]["bookings"]
    totals.append(("bookings", None if bookings is None else _count(bookings, "totals/bookings")))

    tables: list[BundleTable] = []
    seen: set[str] = set()
    unknown_topics: set[str] = set()
    unknown_tables: list[str] = []
    topic_cache: dict[str, tuple[str, bool]] = {}  # code -> (mapped code, warn)
    n_cells = 0
    for t_index, table in enumerate(document["tables"]):
        key = table["key"]
        where = f"tables/{t_index}"
        if key in seen:
            raise BundleRejectedError("duplicate_table", key)
        seen.add(key)
        dims = tuple(table["dimensions"])
        expected = KNOWN_TABLES.get(key)
        if expected is None:
            unknown_tables.append(key)
        elif dims != expected:
            raise BundleRejectedError("table_shape", key)
        n_cells += len(table["cells"])
        if n_cells > MAX_CELLS:
            raise BundleRejectedError("too_many_cells", limit=MAX_CELLS)
        cells: dict[tuple[str, ...], int] = {}
        raw_codes: set[tuple[str, ...]] = set()
        width = len(dims) + 1
        is_topic = dims[0] == "topic"
        check_duration, check_trend = key == "duration_minutes", key == "trend"
        for c_index, cell in enumerate(table["cells"]):
            if len(cell) != width:
                raise BundleRejectedError("table_shape", f"{where}/cells/{c_index}")
            codes = tuple(cell[:-1])
            for code in codes:
                if type(code) is not str:
                    raise BundleRejectedError("table_shape", f"{where}/cells/{c_index}")
            n = cell[-1]
            if type(n) is not int or n < 0 or n > MAX_COUNT:
                _count(n, f"{where}/cells/{c_index}")  # raises with the right reason
            if codes in raw_codes:
                raise BundleRejectedError("duplicate_cell", f"{where}/cells/{c_index}")
            raw_codes.add(codes)
            if is_topic:
                first = codes[0]
                known = topic_cache.get(first)
                if known is None:
                    forward = first
                    if chain and not topics.is_valid(forward):
                        # a retired code (from any earlier list: a point's old sessions keep theirs)
                        forward = map_code(forward, 0, chain, topics.version)
                    mapped = map_topic(forward, topics)
                    # a known rename/split/merge maps without a warning
                    warn = mapped != first and not (mapped == forward != first)
                    known = topic_cache[first] = (mapped, warn)
                mapped, warn = known
                if warn:
                    unknown_topics.add(first)
                if mapped != first:
                    codes = (mapped, *codes[1:])
            elif (check_duration and not codes[0].isdigit()) or (check_trend and codes[0] != month):
                raise BundleRejectedError("table_shape", f"{where}/cells/{c_index}")
            cells[codes] = cells.get(codes, 0) + n
        tables.append(BundleTable(key, table["unit"], dims, tuple(cells.items())))
    if unknown_topics:
        warnings.append(BundleWarning(WARN_UNKNOWN_TOPICS, ", ".join(sorted(unknown_topics)[:20])))
    if unknown_tables:
        warnings.append(BundleWarning(WARN_UNKNOWN_TABLES, ", ".join(unknown_tables[:20])))
    point = document["point"]
    return ParsedBundle(
        export_id=document["export_id"],
        point_id=point["id"],
        point_name=clean_name(point["name"], NAME_LIMIT),  # no control characters past here
        municipality=clean_name(point["municipality"], NAME_LIMIT),
        month=month,
        generated_at=generated,
        topic_list_version=version,
        checksum=document["checksum"]["value"],
        public_key=public_key,
        totals=tuple(totals),
        tables=tuple(tables),
        warnings=tuple(warnings),
        revision=int(document.get("revision", 0)),
    )


def _exact_ids(document: dict[str, Any]) -> None:
    """Ids, months and codes matched whole: the schema's ``$`` lets "…\\n" through, and one
    point would become two that look the same."""
    checks: list[tuple[re.Pattern[str], object, str]] = [
        (UUID_RE, document["export_id"], "export_id"),
        (UUID_RE, document["point"]["id"], "point/id"),
        (MONTH_RE, document["period"]["first_month"], "period/first_month"),
        (MONTH_RE, document["period"]["last_month"], "period/last_month"),
    ]
    for pattern, value, where in checks:
        if not is_exact(pattern, value):
            raise BundleRejectedError("schema", where)
    for t_index, table in enumerate(document["tables"]):
        for value in (table["key"], *table["dimensions"]):
            if not is_exact(CODE_RE, value):
                raise BundleRejectedError("schema", f"tables/{t_index}")
        for c_index, cell in enumerate(table["cells"]):
            for value in cell[:-1]:
                if isinstance(value, str) and not is_exact(CODE_RE, value):
                    raise BundleRejectedError("schema", f"tables/{t_index}/cells/{c_index}")


def remap_topics(bundle: ParsedBundle, topics: TopicList, chain: MappingChain) -> ParsedBundle:
    """`bundle` (stored under an older topic list) with its topic codes mapped forward to
    `topics` (a newer list the coordinator published since); counts that meet are added up."""
    if not chain:
        return bundle
    tables = []
    for table in bundle.tables:
        if not table.dimensions or table.dimensions[0] != "topic":
            tables.append(table)
            continue
        cells: dict[tuple[str, ...], int] = {}
        for codes, n in table.cells:
            code = codes[0]
            if not topics.is_valid(code):
                code = map_code(code, 0, chain, topics.version)
            key = (map_topic(code, topics), *codes[1:])
            cells[key] = cells.get(key, 0) + n
        tables.append(BundleTable(table.key, table.unit, table.dimensions, tuple(cells.items())))
    import dataclasses

    return dataclasses.replace(bundle, tables=tuple(tables), topic_list_version=topics.version)


# --- summing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergedCounts:
    """Exact sums over bundles: totals and every table's cells (codes -> count)."""

    totals: Mapping[str, int]
    bookings_known: bool
    tables: Mapping[str, Mapping[tuple[str, ...], int]]
    units: Mapping[str, str]
    sessions_by_month: Mapping[str, int]

    def cells(self, key: str) -> Mapping[tuple[str, ...], int]:
        return self.tables.get(key, {})

    def flat(self, key: str) -> dict[str, int]:
        return {codes[0]: n for codes, n in self.cells(key).items()}


def merge(bundles: Iterable[ParsedBundle], months: Sequence[str] = ()) -> MergedCounts:
    """Sum `bundles` exactly (integers, every cell), for the known tables."""
    totals: dict[str, int] = defaultdict(int)
    tables: dict[str, dict[tuple[str, ...], int]] = defaultdict(lambda: defaultdict(int))
    units: dict[str, str] = {}
    by_month: dict[str, int] = {m: 0 for m in months}
    bookings_known = False
    for bundle in bundles:
        for key, value in bundle.totals:
            if value is not None:
                totals[key] += value
            if key == "bookings" and value is not None:
                bookings_known = True
        by_month[bundle.month] = by_month.get(bundle.month, 0) + (bundle.total("sessions") or 0)
        for table in bundle.tables:
            if table.key not in KNOWN_TABLES:
                continue
            units.setdefault(table.key, table.unit)
            target = tables[table.key]
            for codes, n in table.cells:
                target[codes] += n
    return MergedCounts(
        totals={k: totals.get(k, 0) for k in (*TOTAL_KEYS, "bookings")},
        bookings_known=bookings_known,
        tables={k: dict(v) for k, v in tables.items()},
        units=units,
        sessions_by_month=dict(sorted(by_month.items())),
    )
