"""The last-resort handler: every uncaught exception is logged with its traceback and the user
sees a plain dialog, never a crash.

Its own small module: installed before the first frame, while the messages module
(`digituki.ui.errors`, with its translated texts) is imported only when something goes wrong.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

log = logging.getLogger("digituki.ui.errors")


def install_excepthook() -> None:
    """Log every uncaught exception with its traceback and show a plain dialog, never a crash."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        import traceback

        log.critical(
            "uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb))
        )
        try:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is not None:
                from digituki.ui.errors import show_unexpected

                show_unexpected(QApplication.activeWindow())
        except Exception:  # never let the handler itself crash the app
            log.exception("could not show the error dialog")

    sys.excepthook = hook
