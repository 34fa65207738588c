"""One Digituki per data folder (issue 22): a lock file the window holds while it runs.

An operating-system lock on `<data folder>/digituki.lock` (`fcntl.flock` on Linux and macOS,
`msvcrt.locking` on Windows): the OS releases it when the process ends, however it ends, so a
crash never leaves a stale lock. The file says who holds it (program, process id, computer,
start time), so the message can name the other process. The window holds it for its whole run;
`digituki restore` and `digituki demo` hold it while they work, so they refuse while the window
is open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from digituki.core.domain.errors import DigitukiError

LOCK_NAME = "digituki.lock"


class AlreadyOpenError(DigitukiError):
    """Another Digituki uses this data folder; params: program, pid, host, started (ISO)."""

    code = "already_open"


class InstanceLock:
    """Held while the object lives (or until `release()`)."""

    def __init__(self, handle: IO[str], path: Path) -> None:
        self._handle: IO[str] | None = handle
        self.path = path

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(data_dir: Path, program: str) -> InstanceLock:
    """Take the data folder's lock for `program` ("window", "restore", …) or raise
    `AlreadyOpenError` naming the process that holds it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
    try:
        _lock(handle)
    except OSError:
        text = ""
        with contextlib.suppress(OSError):
            handle.seek(0)
            text = handle.read()
        handle.close()
        holder = _parse(text)
        raise AlreadyOpenError(**holder) from None
    handle.seek(0)
    handle.truncate()
    handle.write(
        json.dumps(
            {
                "program": program,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            }
        )
    )
    handle.flush()
    return InstanceLock(handle, path)


def _parse(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
        return {
            "program": str(data.get("program", "")),
            "pid": int(data.get("pid", 0)),
            "host": str(data.get("host", "")),
            "started": str(data.get("started", "")),
        }
    except (ValueError, TypeError, AttributeError):
        return {"program": "", "pid": 0, "host": "", "started": ""}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    _REGION = 1 << 20  # a byte far past the text, so others can still read who holds the lock

    def _lock(handle: IO[str]) -> None:
        handle.seek(_REGION)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_REGION)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
