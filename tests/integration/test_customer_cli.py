"""`digituki customer find|show|erase` as the desk would use it from a terminal."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from test_customers import CANARY, LATER, canary_point  # type: ignore[import-not-found]

from digituki.cli import main
from digituki.core.services import bookings as svc
from digituki.core.storage.database import Database


@pytest.fixture
def home(data_dir: Path) -> tuple[Path, dict[str, int]]:
    data_dir.mkdir(parents=True)
    db = Database.open_file(data_dir / "digituki.sqlite3")
    try:
        ids = canary_point(db)
    finally:
        db.close()
    return data_dir, ids


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The week after the bookings were made: one is past, one cancelled, one upcoming."""
    from digituki.core import clock

    monkeypatch.setattr(clock, "now", lambda: LATER.astimezone(dt.UTC))


def run(home: Path, *args: str) -> int:
    return main(["customer", *args, "--data-dir", str(home)])


def test_find_lists_the_matching_customers(home, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, ids = home
    assert run(folder, "find", "kanerva") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith(CANARY) and out[1].startswith("Kanerva Muu")
    assert f"bookings {ids['past']}, {ids['cancelled']}, {ids['future']}" in out[0]
    assert run(folder, "find", "040 999 88") == 0
    assert capsys.readouterr().out.startswith(CANARY)
    assert run(folder, "find", "4") == 1
    assert "at least 3" in capsys.readouterr().err


def test_show_asks_which_when_several_match_and_writes_the_printout(home, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, ids = home
    assert run(folder, "show", "kanerva") == 1
    assert "2 customers match" in capsys.readouterr().err
    out = tmp_path / "print"
    assert run(folder, "show", "--booking", str(ids["future"]), "--pdf", "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert f"#{ids['past']}" in printed and "cancelled" in printed and "1 note(s)" in printed
    assert [p.suffix for p in out.iterdir()] == [".pdf"]
    assert run(folder, "show", "kanarialintu", "--pdf") == 0  # default: the private folder
    assert list((folder / "printouts").glob("*.pdf"))


def test_erase_asks_first_and_a_no_changes_nothing(home, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, ids = home
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert run(folder, "erase", "kanarialintu") == 1
    assert "Nothing was changed" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run(folder, "erase", "kanarialintu") == 0
    said = capsys.readouterr().out
    assert "1 upcoming booking(s) will be cancelled" in said
    assert "cannot be undone" in said and "Erased customer data from 3 bookings" in said
    assert run(folder, "find", "kanarialintu") == 0
    assert capsys.readouterr().out.strip() == "No customer matches."
    db = Database.open_file(folder / "digituki.sqlite3")
    try:
        assert svc.get_booking(db, ids["future"]).status == "cancelled"
        assert svc.get_booking(db, ids["namesake"]).name == "Kanerva Muu"
    finally:
        db.close()
    log = (folder / "logs").rglob("*.log")
    text = "".join(p.read_text(encoding="utf-8") for p in log)
    assert "erased customer data from 3 bookings" in text and "Kanarialintu" not in text


def test_erase_with_yes_can_keep_the_upcoming_appointment(home, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, ids = home
    assert run(folder, "erase", "--booking", str(ids["past"]), "--yes", "--keep-upcoming") == 0
    assert "1 kept without a name" in capsys.readouterr().out
    db = Database.open_file(folder / "digituki.sqlite3")
    try:
        future = svc.get_booking(db, ids["future"])
        assert (future.name, future.phone, future.status) == (None, None, "booked")
    finally:
        db.close()
