"""UI language: Qt translators for our strings and Qt's own, and the matching QLocale."""

from __future__ import annotations

import datetime as dt
import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

log = logging.getLogger(__name__)

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


class Translations:
    """Installs and swaps translators; Qt then sends LanguageChange to every widget."""

    # Shared by all instances: only one set of our translators is ever installed in the process.
    _installed: list[QTranslator] = []

    def __init__(self) -> None:
        self.language = "fi"

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LOCALES else "fi"
        QLocale.setDefault(QLocale(LOCALES[self.language]))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator()
        if base.load(f"qtbase_{self.language}", qt_dir):
            self._installed.append(base)
        ours = QTranslator()
        qm = Path(str(files("digituki.ui.translations") / f"digituki_{self.language}.qm"))
        if ours.load(str(qm)):
            self._installed.append(ours)
        elif self.language != "en":
            log.warning("translation file for %s is missing", self.language)
        for translator in self._installed:
            app.installTranslator(translator)
        if not self._installed:
            # Removing translators alone sends no event: tell widgets to show the source texts.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def format_date(value: dt.date, long: bool = False) -> str:
    """A date in the UI language's format (Finnish: 23.11.2026)."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    text = QLocale().toString(QDate(value.year, value.month, value.day), fmt)
    return text


def format_time(value: dt.time) -> str:
    """A clock time in the UI language's format (Finnish: 14.30)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
