"""Mutated valid bundles never crash the import and never import partly (hypothesis).

`bench/coordinator_fuzz.py` runs the same property over 10,000 cases."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_coordinator import NOW, make_document, raw

from digituki.core.services import coordinator as coord
from digituki.core.storage.database import Database

pytestmark = pytest.mark.slow

VALID = raw(make_document(str(uuid.UUID(int=7)), "2026-11", ages={"65_74": 12, "85_plus": 3}))


def _cases() -> st.SearchStrategy[bytes]:
    flip = st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)).map(
        lambda t: VALID[: t[0]] + bytes([t[1]]) + VALID[t[0] + 1 :]
    )
    cut = st.integers(0, len(VALID)).map(lambda n: VALID[:n])
    insert = st.tuples(st.integers(0, len(VALID)), st.binary(min_size=1, max_size=8)).map(
        lambda t: VALID[: t[0]] + t[1] + VALID[t[0] :]
    )
    digits = st.tuples(st.integers(0, len(VALID) - 1), st.sampled_from([b"-1", b"1e9", b"0.5"]))
    number = digits.map(lambda t: VALID[: t[0]] + t[1] + VALID[t[0] + 1 :])
    return st.one_of(flip, cut, insert, number, st.binary(max_size=64))


def check_one(db: Database, data: bytes) -> str:
    before = (len(coord.list_points(db)), coord.completeness(db, 2026).missing())
    result = coord.import_bytes(db, data, "fuzz.json", now=NOW)
    after = (len(coord.list_points(db)), coord.completeness(db, 2026).missing())
    if result.status == coord.REJECTED:
        assert after == before, "a rejected bundle wrote something"
    return result.status


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_cases())
def test_mutated_bundles_never_crash_or_import_partly(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    db = Database.in_memory()
    try:
        assert check_one(db, data) in (coord.REJECTED, coord.IMPORTED)
    finally:
        db.close()


def test_cli_import_matrix_and_report(tmp_path: Path) -> None:
    from digituki.cli import main

    bundle = tmp_path / "b.json"
    past = make_document(
        str(uuid.UUID(int=8)), "2025-11", ages={"65_74": 12}, generated="2025-12-01T10:00:00Z"
    )
    bundle.write_bytes(raw(past))
    home = str(tmp_path / "home")
    assert main(["coordinator", "import", str(bundle), "--data-dir", home]) == 0
    assert main(["coordinator", "matrix", "--year", "2025", "--data-dir", home]) == 0
    assert main(["coordinator", "points", "--data-dir", home]) == 0
    out = tmp_path / "out"
    code = main(
        [
            "coordinator",
            "report",
            "--quarter",
            "2025-Q4",
            "--format",
            "pdf,csv,bundle",
            "--out",
            str(out),
            "--data-dir",
            home,
        ]
    )
    assert code == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".csv", ".json", ".pdf"]
    (tmp_path / "bad.json").write_bytes(b"{")
    assert main(["coordinator", "import", str(tmp_path / "bad.json"), "--data-dir", home]) == 1


def test_cli_import_of_a_folder_without_files_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 23, item 16: an empty folder said "0 of 0 file(s) accepted", with no hint."""
    from digituki.cli import main

    (tmp_path / "region" / "empty-point").mkdir(parents=True)
    home = str(tmp_path / "home")
    main(["coordinator", "import", str(tmp_path / "region"), "--data-dir", home])
    out = capsys.readouterr().out
    assert "No statistics files (.json) were found there, nor in its subfolders" in out
    assert "0 of 0" not in out
