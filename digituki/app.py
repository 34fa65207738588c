"""Composition root of the GUI: paths → settings → translations → window → database → areas.

Heavy libraries (SQLAlchemy, ReportLab, openpyxl, keyring) are not imported here: the window shows
first, then the database is opened on a worker thread and the areas are built.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from digituki import APP_NAME, STARTED, __version__
from digituki.paths import Paths

log = logging.getLogger(__name__)


def create_window(paths: Paths, app: QApplication):  # type: ignore[no-untyped-def]
    """Build the main window for `paths` (also used by the GUI tests and the screenshot script)."""
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.ui.context import AppContext
    from digituki.ui.i18n import Translations
    from digituki.ui.main_window import MainWindow
    from digituki.ui.style import apply_font_scale, apply_theme

    store = LocalSettingsStore(paths.settings_file)
    local = store.load()
    translations = Translations()
    translations.apply(local.language, qt_texts=False)  # Qt's own after the first frame
    apply_font_scale(local.font_scale)
    apply_theme(local.theme)
    ctx = AppContext(paths=paths, local_settings=store, translations=translations)
    window = MainWindow(ctx, local)
    window.restore_geometry(local)  # the size and place it had when last closed
    return window


def _set_window_icon(app: QApplication) -> None:
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(files("digituki.ui.icons") / "digituki.svg")))


def _quit(app: QApplication, window: object) -> None:
    """Close the window and leave every event loop, also a dialog's (first run, passphrase)."""
    app.closeAllWindows()
    window.close()  # type: ignore[attr-defined]
    app.quit()


def run_gui(
    paths: Paths,
    argv: list[str] | None = None,
    *,
    quit_after_ms: int | None = None,
    report_startup: bool = False,
) -> int:
    """Open the main window and run the event loop until it closes.

    `quit_after_ms`: close by itself that long after the areas are ready (smoke tests of the frozen
    build). `report_startup`: print "shown SECONDS" and "ready SECONDS" since process start.
    """
    from digituki.logs import setup_logging
    from digituki.ui.crash import install_excepthook

    paths.ensure()
    setup_logging(paths.log_file, rotating=False)  # rotation once the window shows
    log.info("Digituki %s starting", __version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("digituki")
    install_excepthook()
    from digituki.ui.instance import hold_instance_lock

    lock = hold_instance_lock(paths)  # one window per data folder; released when we exit
    if lock is None:
        return 1
    window = create_window(paths, app)
    window.show()

    def on_ready() -> None:
        if report_startup:
            print(f"ready {time.perf_counter() - STARTED:.3f}", flush=True)
        if quit_after_ms is not None:
            QTimer.singleShot(max(0, quit_after_ms), lambda: _quit(app, window))

    def first_frame() -> None:
        if report_startup:
            print(f"shown {time.perf_counter() - STARTED:.3f}", flush=True)
        window.open_database()
        setup_logging(paths.log_file)
        _set_window_icon(app)  # the SVG icon engine loads after the first frame

    window.areas_ready.connect(on_ready)
    QTimer.singleShot(0, first_frame)
    code = app.exec()
    window.ctx.runner.wait()
    log.info("Digituki closed")
    lock.release()
    return int(code)
