"""The hostile-bundle corpus: valid month bundles mutated at the byte and the structure level.

Shared by `bench/coordinator_fuzz.py` (10,000 cases through the import) and
`test_bundle_check.py` (the fast structural check agrees with the JSON Schema on every case)."""

from __future__ import annotations

import contextlib
import copy
import json
import random
import uuid
from collections.abc import Callable
from typing import Any

from test_coordinator import make_document, raw, seal

from digituki.core.security import signing

KEY = signing.new_private_key()
MONTHS = [f"2026-{m:02d}" for m in range(1, 12)]


def base_documents() -> list[dict[str, Any]]:
    """Eight valid signed bundles the cases start from (half with a two-dimensional table)."""
    documents = [
        make_document(
            str(uuid.UUID(int=1 + i % 4)),
            MONTHS[i % len(MONTHS)],
            ages={"65_74": 3 + i, "85_plus": i % 3},
            topics={"ident.bank_id": 2 + i, "health.omakanta": 1},
            generated="2026-12-01T10:00:00Z",
            key=KEY,
        )
        for i in range(8)
    ]
    for document in documents[::2]:
        document["tables"].append(
            {
                "key": "topic_x_age_band",
                "unit": "topic_mentions",
                "dimensions": ["topic", "age_band"],
                "cells": [["ident.bank_id", "65_74", 2], ["health.omakanta", "85_plus", 1]],
            }
        )
    return [seal(d, KEY) for d in documents]


# --- structure-level mutations (return a changed document; resealed afterwards) ----------------

WEIRD: list[Any] = [None, True, -1, 0.5, 1e300, 10**12, "7", "", [], {}, "x" * 300, "\u0000"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*prefix, i))
    return found


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _del(doc: Any, path: tuple[Any, ...]) -> None:
    for step in path[:-1]:
        doc = doc[step]
    del doc[path[-1]]


def m_weird_value(doc: dict[str, Any], rng: random.Random) -> None:
    path = rng.choice(_paths(doc))
    _set(doc, path, copy.deepcopy(rng.choice(WEIRD)))


def m_drop(doc: dict[str, Any], rng: random.Random) -> None:
    _del(doc, rng.choice(_paths(doc)))


def m_count(doc: dict[str, Any], rng: random.Random) -> None:
    counts = [p for p in _paths(doc) if isinstance(_get(doc, p), int)]
    _set(doc, rng.choice(counts), rng.choice([-1, -(10**9), 10**8, 2**63, 3.0, True]))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def m_month(doc: dict[str, Any], rng: random.Random) -> None:
    month = rng.choice(["2027-06", "1999-12", "2026-13", "2026-1", "26-01", "2026-00", "2026-11"])
    which = rng.choice(["first_month", "last_month", "both"])
    if which in ("first_month", "both"):
        doc["period"]["first_month"] = month
    if which in ("last_month", "both"):
        doc["period"]["last_month"] = month


def m_generated(doc: dict[str, Any], rng: random.Random) -> None:
    doc["generated_at"] = rng.choice(
        ["2030-01-01T00:00:00Z", "2026-12-01", "yesterday", "2026-12-01T10:00:00+02:00"]
    )


def m_duplicate(doc: dict[str, Any], rng: random.Random) -> None:
    tables = doc["tables"]
    table = rng.choice(tables)
    if rng.random() < 0.5 or not table["cells"]:
        tables.append(copy.deepcopy(table))
    else:
        table["cells"].append(copy.deepcopy(rng.choice(table["cells"])))


def m_shape(doc: dict[str, Any], rng: random.Random) -> None:
    table = rng.choice(doc["tables"])
    choice = rng.randrange(4)
    if choice == 0:
        table["dimensions"] = [*table["dimensions"], "extra"]
    elif choice == 1 and table["cells"]:
        table["cells"][0] = table["cells"][0][:-1]
    elif choice == 2:
        table["key"] = rng.choice(["topic_x_age_band", "nonsense", "trend", "duration_minutes"])
    else:
        table["cells"] = [["not-a-code", "x", 1]] * rng.randint(1, 3)


def m_topic(doc: dict[str, Any], rng: random.Random) -> None:
    for table in doc["tables"]:
        if table["key"] == "topics" and table["cells"]:
            table["cells"][0][0] = rng.choice(["ident.brand_new", "zzz.unknown", "", "ident"])


def m_versions(doc: dict[str, Any], rng: random.Random) -> None:
    if rng.random() < 0.5:
        doc["topic_list_version"] = rng.choice([0, 2, 999, 1001, -1, "1"])
    else:
        doc["schema_version"] = rng.choice([0, 2, "1", None])


def m_many_cells(doc: dict[str, Any], rng: random.Random) -> None:
    doc["tables"][0]["cells"] = [[f"c{i}", 1] for i in range(rng.choice([10, 60_000]))]


EDGE: list[Any] = [
    3.0,
    -0.0,
    1e300,
    float("nan"),
    False,
    "ident.bank_id\n",
    "Ident",
    "a" * 81,
    "a" * 80,
    "x" * 121,
    "x" * 25,
    "",
    "ident..x",
    "_x-y.z",
    [],
    ["a"],
    ["a", 1, 2, 3],
    {"extra": 1},
]


def m_edge(doc: dict[str, Any], rng: random.Random) -> None:
    """A value at a schema boundary: integral floats, a code with a final newline, lengths."""
    path = rng.choice(_paths(doc))
    _set(doc, path, copy.deepcopy(rng.choice(EDGE)))


def m_boundary_string(doc: dict[str, Any], rng: random.Random) -> None:
    """A string one past (or at) a length limit, or with a final newline or a capital."""
    strings = [p for p in _paths(doc) if isinstance(_get(doc, p), str)]
    path = rng.choice(strings)
    old = _get(doc, path)
    kind = rng.randrange(4)
    if kind == 0:
        value = "a" * rng.choice([0, 1, 24, 25, 40, 41, 80, 81, 120, 121])
    elif kind == 1:
        value = old + "\n"
    elif kind == 2:
        value = old.upper()
    else:
        value = old[:-1]
    _set(doc, path, value)


def m_cell(doc: dict[str, Any], rng: random.Random) -> None:
    """One cell made longer, shorter, or given an odd item."""
    cells = [t["cells"] for t in doc["tables"] if t["cells"]]
    row = rng.choice(rng.choice(cells))
    if not isinstance(row, list):
        return  # an earlier mutation replaced the cell
    kind = rng.randrange(3)
    if kind == 0:
        row.extend(rng.choice([1, "x", 2.0, None]) for _ in range(rng.randint(1, 2)))
    elif kind == 1:
        del row[rng.randrange(len(row)) :]
    else:
        row[rng.randrange(len(row))] = copy.deepcopy(rng.choice([*EDGE, *WEIRD]))


def m_extra_key(doc: dict[str, Any], rng: random.Random) -> None:
    objects = [p for p in _paths(doc) if isinstance(_get(doc, p), dict)]
    target = _get(doc, rng.choice(objects)) if objects and rng.random() < 0.7 else doc
    target[rng.choice(["extra", "note", "signature", "checksum"])] = rng.choice(WEIRD)


STRUCTURAL: list[Callable[[dict[str, Any], random.Random], None]] = [
    m_edge,
    m_boundary_string,
    m_cell,
    m_extra_key,
    m_weird_value,
    m_drop,
    m_count,
    m_month,
    m_generated,
    m_duplicate,
    m_shape,
    m_topic,
    m_versions,
    m_many_cells,
]


# --- byte-level mutations -------------------------------------------------------------------------


def byte_mutation(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    i = rng.randrange(len(data))
    if kind == 0:
        return data[:i] + bytes([rng.randrange(256)]) + data[i + 1 :]
    if kind == 1:
        return data[:i]
    if kind == 2:
        return data[:i] + rng.randbytes(rng.randint(1, 8)) + data[i:]
    if kind == 3:
        return (
            data[:i] + rng.choice([b"-1", b"1e9", b"0.5", b"null", b'"', b"\xff"]) + data[i + 1 :]
        )
    if kind == 4:
        return rng.randbytes(rng.randint(0, 64))
    if kind == 5:
        return data.decode("utf-8").encode("utf-16")
    return data + b" " * (2_000_001 - len(data))  # over the size bound


def make_case(rng: random.Random, base: list[dict[str, Any]]) -> bytes:
    document = copy.deepcopy(rng.choice(base))
    roll = rng.random()
    if roll < 0.08:  # valid: a fresh export (imports) or a copy (unchanged)
        if rng.random() < 0.5:
            document["export_id"] = str(uuid.UUID(int=rng.getrandbits(128)))
        return raw(seal(document, KEY if rng.random() < 0.7 else None))
    if roll < 0.4:
        return byte_mutation(raw(document), rng)
    if rng.random() < 0.7:  # else the same export id: a conflict once the original is in
        document["export_id"] = str(uuid.UUID(int=rng.getrandbits(128)))
    for _ in range(rng.randint(1, 2)):
        # an earlier mutation may have removed what this one changes: keep what it did
        with contextlib.suppress(KeyError, IndexError, TypeError, ValueError):
            rng.choice(STRUCTURAL)(document, rng)

    reseal = rng.random()
    try:
        if reseal < 0.6:
            document = seal(document, KEY)
        elif reseal < 0.8:
            document = seal(document, None)
        # else: keep the stale checksum/signature (a hand-edited file)
        return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        # the mutation broke what sealing needs: send it unsealed
        return json.dumps(document, default=str).encode("utf-8")
