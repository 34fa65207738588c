"""The command line checks the database like the window does before it exports or backs up."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from digituki.cli import main
from digituki.core.services import backup


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    rng = random.Random(4)
    for start in range(4096, len(raw), 16384):
        raw[start : start + 4096] = rng.randbytes(4096)[: len(raw) - start]
    path.write_bytes(bytes(raw))
    assert backup.check(path) != "ok"


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_damaged_database_is_refused_and_the_newest_good_backup_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    home = tmp_path / "home"
    assert main(["demo", "--data-dir", str(home), "--months", "1", "--today", "2026-11-20"]) == 0
    assert main(["backup", "--data-dir", str(home), "--out", str(home / "backups")]) == 0
    [good] = list((home / "backups").glob("digituki-backup-*.sqlite3"))
    db_file = home / "digituki.sqlite3"
    _damage(db_file)
    damaged = db_file.read_bytes()
    capsys.readouterr()
    out = tmp_path / "out"
    args = ["--month", "2026-11"] if command == "export" else []
    assert main([command, "--data-dir", str(home), *args, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(good) in err and "unexpected" not in err
    assert not out.exists() or not any(out.iterdir())  # nothing written from a damaged file
    assert db_file.read_bytes() == damaged  # and the file untouched
