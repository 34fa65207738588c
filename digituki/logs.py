"""Logging to a rotating file in the platform's log folder.

Personal data (customer names, phone numbers, notes) is never passed to a logger: errors carry only
codes and parameter names (see DigitukiError.__str__).
"""

from __future__ import annotations

import logging
from pathlib import Path

_current: Path | None = None


def setup_logging(log_file: Path, level: int = logging.INFO, *, rotating: bool = True) -> None:
    """Log to `log_file`. `rotating=False` is the app's first moment: a plain file handler that
    needs no extra imports (start-up speed); the app calls this again with rotation once the
    window is on screen."""
    global _current
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_digituki", False):
            root.removeHandler(handler)
            handler.close()
    handler: logging.Handler
    if rotating:
        from logging.handlers import RotatingFileHandler

        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    else:
        handler = logging.FileHandler(log_file, encoding="utf-8")
    handler._digituki = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _current = log_file
    from digituki.paths import make_private

    make_private(log_file)  # 0600 whatever the umask was when the file was first made


def current_log_file() -> Path | None:
    return _current
