"""True messages when the disk says no (issue 22): a read-only database and a full disk are named
as such (never "saved by a newer version" or "unexpected"), nothing saved is lost, and the log
falls back to stderr quietly.

A tiny tmpfs stands in for the disk; mounting one needs root (CAP_SYS_ADMIN): elsewhere these
tests are skipped and say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from digituki.cli import cli_message
from digituki.core.domain.errors import DatabaseNotWritableError, DiskFullError
from digituki.core.domain.helplog import SessionDraft
from digituki.core.services import helplog
from digituki.core.storage.database import Database

DRAFT = SessionDraft(date=dt.date.today(), start_hour=10, topics=("device.phone",))


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as f:
        while True:
            f.write(b"\0" * 4096)
    return filler


def test_a_full_disk_is_said_plainly_and_nothing_saved_is_lost(
    tiny_disk: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from digituki.logs import setup_logging

    db = Database.open_file(tiny_disk / "digituki.sqlite3")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        saved = [helplog.log_session(db, DRAFT).session_id for _ in range(3)]
        setup_logging(tiny_disk / "logs" / "digituki.log")
        filler = _fill(tiny_disk)
        with pytest.raises(DiskFullError) as caught:
            for _ in range(200):
                helplog.log_session(db, DRAFT)
        assert cli_message(caught.value) == (
            "the disk is full: free space and try again; nothing was lost."
        )
        logging.getLogger("digituki.test").error("a line the full disk cannot take")
        err = capfd.readouterr().err
        assert "--- Logging error ---" not in err and "Traceback" not in err
        assert "a line the full disk cannot take" in err  # said on stderr instead
        filler.unlink()
        ids = {s.id for s in helplog.list_sessions(db)}
        assert set(saved) <= ids
        helplog.log_session(db, DRAFT)  # space again: saving works again
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        db.close()


def test_a_read_only_database_is_named_not_called_newer(tiny_disk: Path) -> None:
    path = tiny_disk / "digituki.sqlite3"
    db = Database.open_file(path)
    helplog.log_session(db, DRAFT)
    db.close()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    db = Database.open_file(path)
    try:
        assert len(helplog.list_sessions(db)) == 1  # still readable
        with pytest.raises(DatabaseNotWritableError) as caught:
            helplog.log_session(db, DRAFT)
        text = cli_message(caught.value)
        assert text == f"Digituki cannot write to {path} (read-only); nothing was saved."
    finally:
        db.close()


def test_logging_to_a_folder_that_cannot_be_written_goes_to_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from digituki.logs import current_log_file, setup_logging

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(blocker / "logs" / "digituki.log")  # its folder cannot be made
        assert current_log_file() is None
        logging.getLogger("digituki.test").warning("still said")
        err = capfd.readouterr().err
        assert "still said" in err and "Traceback" not in err
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
