"""One window per data folder (issue 22): the window holds the core's instance lock."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from digituki.paths import Paths

log = logging.getLogger(__name__)


def hold_instance_lock(paths: Paths) -> Any:
    """The data folder's lock for this window, or None after saying which process holds it."""
    from digituki.core.storage import instance_lock

    try:
        return instance_lock.acquire(paths.data_dir, "Digituki")
    except instance_lock.AlreadyOpenError as exc:
        log.warning("another Digituki (process %s) uses this data folder", exc.params.get("pid"))
        from digituki.core.services.settings import LocalSettingsStore
        from digituki.ui.errors import message_for
        from digituki.ui.i18n import Translations

        try:
            Translations().apply(LocalSettingsStore(paths.settings_file).load().language)
        except Exception:  # the message still shows, in the source language
            log.exception("could not load the translations")
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Instance", "Digituki is already open"),
            message_for(exc),
        )
        return None
