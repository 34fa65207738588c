"""UI language: Qt translators for our strings and Qt's own, and the matching QLocale."""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QTime,
    QTranslator,
)

if TYPE_CHECKING:  # (datetime is not needed before the first frame)
    import datetime as dt

log = logging.getLogger(__name__)


LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


class Translations:
    """Installs and swaps translators; Qt then sends LanguageChange to every widget."""

    # Shared by all instances: only one set of our translators is ever installed in the process.
    _installed: list[QTranslator] = []
    _qt_texts_loaded = False

    def __init__(self) -> None:
        self.language = "fi"

    def apply(self, language: str, *, qt_texts: bool = True) -> None:
        """Switch to `language`. `qt_texts=False` leaves Qt's own texts (standard buttons, the
        text-field menu) for `ensure_qt_texts()`: at start-up they load after the first frame."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        Translations._qt_texts_loaded = False
        self.language = language if language in LOCALES else "fi"
        QLocale.setDefault(QLocale(LOCALES[self.language]))
        if qt_texts:
            self._add_qt_texts()
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

    def _add_qt_texts(self) -> bool:
        from PySide6.QtCore import QLibraryInfo  # (its enums cost start-up time)

        Translations._qt_texts_loaded = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator()
        if base.load(f"qtbase_{self.language}", qt_dir):
            self._installed.append(base)
            return True
        return False

    def ensure_qt_texts(self) -> None:
        """Qt's own texts in the current language, if `apply` left them out (idempotent)."""
        if Translations._qt_texts_loaded:
            return
        app = QCoreApplication.instance()
        if app is not None and self._add_qt_texts():
            app.installTranslator(self._installed[-1])


def format_date(value: dt.date, long: bool = False) -> str:
    """A date in the UI language's format (Finnish: 23.11.2026)."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    text = QLocale().toString(QDate(value.year, value.month, value.day), fmt)
    return text


def format_time(value: dt.time) -> str:
    """A clock time in the UI language's format (Finnish: 14.30)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def join_date_and_time(date_text: str, time_text: str) -> str:
    """A date and a time together as the language writes them (Finnish: 23.11.2026 klo 14.30,
    Swedish: 23.11.2026 kl. 14.30, English: 23/11/2026 at 14.30)."""
    language = QLocale().language()
    if language == QLocale.Language.Finnish:
        return f"{date_text} klo {time_text}"
    if language == QLocale.Language.Swedish:
        return f"{date_text} kl. {time_text}"
    return f"{date_text} at {time_text}"


def format_datetime(value: dt.datetime) -> str:
    """A moment in Finnish wall-clock time in the UI language: "23.11.2026 klo 14.30" (Finnish)."""
    from digituki.core.domain.schedule import LOCAL_TZ  # (zoneinfo: not before the first frame)

    local = value.astimezone(LOCAL_TZ) if value.tzinfo is not None else value
    return join_date_and_time(format_date(local.date()), format_time(local.time()))


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
