"""The one way to run work off the GUI thread.

`runner.run(fn, *args, on_done=…, on_error=…, label=…)` calls `fn(*args)` on a thread pool and
delivers the result (or the exception) back on the GUI thread. When the work takes longer than a
moment a progress dialog appears; if `fn` accepts a `progress` keyword (`progress=True`), it can
report `progress(done, total)`. Widgets never touch a database session themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from digituki.ui.errors import show_error

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # delivered to the GUI thread, logged there if unexpected
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Runner(QObject):
    """Runs service calls in the background; keeps the jobs alive until they report back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: set[_Job] = set()

    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
        parent: QWidget | None = None,
        progress: bool = False,
    ) -> None:
        kwargs: dict[str, Any] = {}
        job = _Job(fn, args, kwargs)
        dialog: list[QProgressDialog] = []

        if progress:
            kwargs["progress"] = lambda done, total: job.signals.progress.emit(done, total)

        def show_progress() -> None:
            if job not in self._jobs or not label:
                return
            if parent is not None and (not shiboken6.isValid(parent) or not parent.isVisible()):
                # work for an area that is not on screen (built in the background): no box that
                # would take the keyboard focus from the window the user is typing in
                return
            box = QProgressDialog(label, "", 0, 0, parent)
            box.setCancelButton(None)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setMinimumDuration(0)
            box.setAccessibleName(label)
            box.show()
            dialog.append(box)

        def on_progress(done: int, total: int) -> None:
            if dialog:
                dialog[0].setMaximum(max(total, 1))
                dialog[0].setValue(done)

        def finish() -> None:
            self._jobs.discard(job)
            for box in dialog:
                box.close()
                box.deleteLater()

        def parent_gone() -> bool:
            # e.g. a dialog closed with Escape before its data arrived: nobody to show it to
            return parent is not None and not shiboken6.isValid(parent)

        @Slot(object)
        def done(result: object) -> None:
            finish()
            if parent_gone():
                return
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            finish()
            if parent_gone():
                log.warning(
                    "background work failed after its window closed: %s", type(exc).__name__
                )
                return
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)

        job.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        QTimer.singleShot(PROGRESS_DELAY_MS, show_progress)
        self.pool.start(job)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown); queued results still need the loop."""
        return self.pool.waitForDone(timeout_ms)
