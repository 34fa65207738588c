"""Logging to a rotating file in the platform's log folder.

Personal data (customer names, phone numbers, notes) is never passed to a logger: errors carry only
codes and parameter names (see DigitukiError.__str__).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

_current: Path | None = None


def setup_logging(log_file: Path, level: int = logging.INFO, *, rotating: bool = True) -> None:
    """Log to `log_file`. `rotating=False` is the app's first moment: a plain file handler that
    needs no extra imports (start-up speed); the app calls this again with rotation once the
    window is on screen."""
    global _current
    with contextlib.suppress(OSError):  # else opening the file fails too: stderr below
        log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_digituki", False):
            root.removeHandler(handler)
            handler.close()
    handler: logging.Handler
    current: Path | None = log_file
    try:
        if rotating:
            from logging.handlers import RotatingFileHandler

            handler = _quiet(RotatingFileHandler)(
                log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        else:
            handler = _quiet(logging.FileHandler)(log_file, encoding="utf-8")
    except OSError:  # a read-only or full folder: the app still starts, the log goes to stderr
        handler = logging.StreamHandler(sys.stderr)
        current = None
    handler._digituki = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _current = current
    if current is not None:
        from digituki.paths import make_private

        make_private(log_file)  # 0600 whatever the umask was when the file was first made


def _quiet(cls: type[logging.FileHandler]) -> type[logging.FileHandler]:
    """`cls` whose failed writes (disk full, file gone read-only) go to stderr as plain lines,
    instead of logging's "--- Logging error ---" tracebacks (issue 22)."""

    class Quiet(cls):  # type: ignore[valid-type,misc]
        def handleError(self, record: logging.LogRecord) -> None:
            with contextlib.suppress(Exception):  # else nowhere is left to say it
                sys.stderr.write(self.format(record) + "\n")

    Quiet.__name__ = f"Quiet{cls.__name__}"
    return Quiet


def current_log_file() -> Path | None:
    return _current
