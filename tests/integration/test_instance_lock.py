"""One Digituki per data folder (issue 22): the lock names the other process, a killed holder
leaves no stale lock, and `digituki restore` refuses while the window is open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from digituki.cli import main
from digituki.core.storage import instance_lock

HOLDER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from digituki.core.storage import instance_lock\n"
    "lock = instance_lock.acquire(Path(sys.argv[1]), 'Digituki')\n"
    "print('held', flush=True)\n"
    "time.sleep(120)\n"
)


@pytest.fixture
def window_open(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process (standing in for the open window) holds the data folder's lock."""
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield home, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stdout.close()


def test_the_lock_names_the_other_process_and_a_killed_one_leaves_none(
    window_open: tuple[Path, subprocess.Popen[str]],
) -> None:
    home, proc = window_open
    with pytest.raises(instance_lock.AlreadyOpenError) as caught:
        instance_lock.acquire(home, "digituki restore")
    assert caught.value.params["pid"] == proc.pid
    assert caught.value.params["program"] == "Digituki"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with instance_lock.acquire(home, "Digituki"):  # no stale lock after a crash
        pass


def test_restore_refuses_while_the_window_is_open(
    tmp_path: Path,
    window_open: tuple[Path, subprocess.Popen[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    home, proc = window_open
    other = tmp_path / "other"
    assert main(["demo", "--data-dir", str(other), "--months", "1"]) == 0
    assert main(["backup", "--data-dir", str(other), "--out", str(tmp_path / "usb")]) == 0
    [copy] = list((tmp_path / "usb").glob("*.sqlite3"))
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(home), "--yes", str(copy)]) == 1
    err = capsys.readouterr().err
    assert f"process {proc.pid}" in err and "Close it first" in err
    assert not (home / "digituki.sqlite3").exists()  # nothing was changed
    assert main(["demo", "--data-dir", str(home), "--months", "1"]) == 1
