"""Table models of the Bookings area: the agenda (bookings and free slots) and the call list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from digituki.core import clock
from digituki.ui.bookings.common import (
    booking_status_text,
    customer_text,
    day_text,
    language_text,
    local,
    needs_text,
    time_range,
    topics_text,
)

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

FREE = "free"
BOOKING = "booking"


@dataclass(frozen=True)
class AgendaRow:
    """One line of the agenda: a booking, or a slot that still has free places."""

    kind: str  # BOOKING or FREE
    start: dt.datetime
    end: dt.datetime
    booking: Any = None  # BookingView for BOOKING rows
    free: int = 0


def agenda_rows(agenda: Any, now: dt.datetime | None = None) -> list[AgendaRow]:
    """Bookings and the still bookable free slots of an `Agenda`, in time order."""
    now = now or clock.now()
    rows = [AgendaRow(BOOKING, b.start, b.end, booking=b) for b in agenda.bookings]
    rows += [
        AgendaRow(FREE, s.start, s.end, free=s.free)
        for s in agenda.slots
        if s.free > 0 and s.start >= now
    ]
    rows.sort(key=lambda r: (r.start, r.kind == FREE))
    return rows


class AgendaModel(QAbstractTableModel):
    """Columns: (day,) time, status, customer, wishes and needs."""

    def __init__(self, show_day: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_day = show_day
        self.rows: list[AgendaRow] = []
        self._texts: list[tuple[str, ...]] = []
        self.language = "fi"
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: list[AgendaRow], language: str = "fi") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.language = language
        self._texts = self._make_texts()
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        """Texts again in the current UI language (statuses, needs, topic names)."""
        self.language = language
        self._texts = self._make_texts()
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _make_texts(self) -> list[tuple[str, ...]]:
        # Computed once per load: views ask for each cell's text many times (sizes, painting).
        columns = self.columns()
        return [tuple(self._text(row, column) for column in columns) for row in self.rows]

    def row_at(self, row: int) -> AgendaRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def columns(self) -> list[str]:
        cols = ["time", "status", "customer", "wishes"]
        return (["day", *cols]) if self.show_day else cols

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns()):
            return None
        titles = {
            "day": translate("Bookings", "Day"),
            "time": translate("Bookings", "Time"),
            "status": translate("Bookings", "Status"),
            "customer": translate("Bookings", "Customer"),
            "wishes": translate("Bookings", "Wishes and needs"),
        }
        return titles[self.columns()[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.isValid() and 0 <= index.row() < len(self._texts):
                return self._texts[index.row()][index.column()]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:  # tall wrapped rows read from the top
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and row.kind == FREE:
            return self._italic
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _text(self, row: AgendaRow, column: str) -> str:
        if column == "day":
            return day_text(local(row.start).date())
        if column == "time":
            return time_range(row.start, row.end)
        if row.kind == FREE:
            if column == "status":
                return translate("Bookings", "Free places: {count}").format(count=row.free)
            return ""
        b = row.booking
        if column == "status":
            return booking_status_text(b)
        if column == "customer":
            return customer_text(b)
        wishes = topics_text(b.topics, self.language)
        return " — ".join(p for p in (wishes, needs_text(b.needs)) if p)


class CallListModel(QAbstractTableModel):
    """Columns: time, name, phone, language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("Bookings", "Time"),
            translate("Bookings", "Name"),
            translate("Bookings", "Phone"),
            translate("Bookings", "Language"),
        )
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        from digituki.core.domain.booking import display_phone

        b = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return time_range(b.start, b.end)
        from digituki.ui.privacy import mask  # hidden while the privacy lock is on

        if column == 1:
            return mask(b.name or "")
        if column == 2:
            return mask(display_phone(b.phone)) if b.phone else translate("Bookings", "no number")
        return language_text(b.needs.language)
