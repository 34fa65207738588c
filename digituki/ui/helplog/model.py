"""Table model of the Sessions list, fed with `SessionRow` DTOs via `set_rows()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from digituki.core.services.helplog import SessionRow
from digituki.ui.helplog import labels
from digituki.ui.i18n import format_date

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "date",
    "hour",
    "minutes",
    "form",
    "topics",
    "age",
    "outcome",
    "volunteer",
    "exported",
)


def _headers() -> dict[str, str]:
    return {
        "date": translate("SessionTableModel", "Date"),
        "hour": translate("SessionTableModel", "Hour"),
        "minutes": translate("SessionTableModel", "Minutes"),
        "form": translate("SessionTableModel", "Form of support"),
        "topics": translate("SessionTableModel", "Topics"),
        "age": translate("SessionTableModel", "Age"),
        "outcome": translate("SessionTableModel", "Outcome"),
        "volunteer": translate("SessionTableModel", "Volunteer"),
        "exported": translate("SessionTableModel", "Statistics"),
    }


class SessionTableModel(QAbstractTableModel):
    """One row per session; `topic_name(code)` gives a topic's name in the UI language."""

    def __init__(self, topic_name: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._topic_name = topic_name

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "topics":
            return "\n".join(self._topic_name(code) for code in row.topics)
        return None

    def _text(self, row: SessionRow, column: str) -> str:
        if column == "date":
            return format_date(row.date)
        if column == "hour":
            return f"{row.start_hour:02d}"
        if column == "minutes":
            return str(row.duration_minutes)
        if column == "form":
            text = labels.label("support_form", row.support_form)
            if row.participants > 1:
                text += f" ({row.participants})"
            return text
        if column == "topics":
            return ", ".join(self._topic_name(code) for code in row.topics)
        if column == "age":
            return labels.label("age_band", row.age_band)
        if column == "outcome":
            return labels.label("outcome", row.outcome)
        if column == "volunteer":
            return row.volunteer_name or ""
        if column == "exported":
            return translate("SessionTableModel", "Sent") if row.exported else ""
        return ""


def month_label(month: str) -> str:
    """A month key (``2026-11``) as the UI language writes it (``marraskuu 2026``)."""
    from PySide6.QtCore import QLocale

    year, number = (int(part) for part in month.split("-"))
    name = QLocale().standaloneMonthName(number, QLocale.FormatType.LongFormat)
    return f"{name} {year}"


def today_label(day: dt.date) -> str:
    return format_date(day)
