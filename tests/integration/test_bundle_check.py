"""The fast structural check accepts exactly what the bundle's JSON Schema accepts.

The hostile corpus (`bundle_corpus`, the one `bench/coordinator_fuzz.py` imports 10,000 of) runs
through both `domain.bundle_check` and `jsonschema`; a sample here, the full corpus in
`bench/coordinator_import.py --agreement`."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from bundle_corpus import base_documents, make_case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digituki.core.domain import coordinator as rules
from digituki.core.domain.bundle_check import first_problem
from digituki.core.exports import bundle as fmt

BASE = base_documents()


def _decoded(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _cells(document: Any) -> int:
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, list):
        return 0
    return sum(
        len(t["cells"]) for t in tables if isinstance(t, dict) and isinstance(t.get("cells"), list)
    )


def assert_agree(document: Any) -> bool:
    """Both checks accept, or both reject naming the same place; True when it was accepted."""
    fast, slow = first_problem(document), fmt.schema_problem(document)
    assert (fast is None) == (slow is None), (fast, slow)
    if fast is not None and slow is not None:
        assert fast[0] == slow[0], (fast, slow)
    return fast is None


def test_the_corpus_sample_agrees_with_the_schema() -> None:
    rng = random.Random(20261203)
    accepted = rejected = 0
    for _ in range(1500):
        document = _decoded(make_case(rng, BASE))
        if document is None or _cells(document) > rules.MAX_CELLS:
            continue  # not JSON, or rejected by the cell limit before any schema check
        if assert_agree(document):
            accepted += 1
        else:
            rejected += 1
    # the sample reaches both sides of the contract, so the agreement means something
    assert accepted > 100 and rejected > 300, (accepted, rejected)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_mutated_bundles_agree_with_the_schema(rng: random.Random) -> None:
    document = _decoded(make_case(rng, BASE))
    if document is not None and _cells(document) <= rules.MAX_CELLS:
        assert_agree(document)


@pytest.mark.parametrize(
    ("path", "value", "accepted"),
    [
        (["tables", 0, "cells", 0, 1], 3.0, True),  # JSON Schema: an integral float is an integer
        (["tables", 0, "cells", 0, 1], True, False),
        (["tables", 0, "cells", 0, 0], "65_74\n", True),  # pattern "$" before a final newline
        (["tables", 0, "cells", 0, 0], "65-74 ", False),
        (["tables", 0, "key"], "a" * 80, True),
        (["tables", 0, "key"], "a" * 81, False),
        (["point", "name"], "x" * 121, False),
        (["totals", "bookings"], 0, True),
        (["totals", "bookings"], -1, False),
        (["topic_list_version"], 0, False),
        (["schema_version"], 1.0, True),
    ],
)
def test_schema_edge_cases(path: list[Any], value: Any, accepted: bool) -> None:
    document = json.loads(json.dumps(BASE[0]))
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert assert_agree(document) is accepted


def test_a_real_export_passes_both(tmp_path: Path) -> None:
    import datetime as dt

    from digituki.core.domain.stats import Period
    from digituki.core.services import demo, stats
    from digituki.core.storage.database import Database

    db = Database.in_memory()
    try:
        demo.generate_demo(db, seed=5, months=2, today=dt.date(2026, 11, 28))
        (bundle,) = stats.export_period(db, Period.month("2026-11"), ["bundle"], tmp_path)
    finally:
        db.close()
    document = json.loads(bundle.path.read_text(encoding="utf-8"))
    assert assert_agree(document)
    fmt.validate_bundle(document)
