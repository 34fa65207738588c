"""Table models of the Statistics area: published (suppressed) tables and export records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from digituki.core.domain.stats import PublishedTable
from digituki.core.exports import labels

Index = QModelIndex | QPersistentModelIndex


class StatsTableModel(QAbstractTableModel):
    """One published table: a name column, then the count (or "<k" / "×"), then the total row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int | None, bool]] = []  # name, text, value, is_sub_row
        self._headers: tuple[str, str] = ("", "")
        self._hidden_name = "hidden"

    def set_rows(
        self,
        table: PublishedTable | None,
        language: str,
        headers: tuple[str, str],
        total_name: str,
        hidden_name: str,
    ) -> None:
        self.beginResetModel()
        self._headers = headers
        self._hidden_name = hidden_name
        self._rows = []
        if table is not None and not table.withheld:
            k = table.k
            for r, code in enumerate(table.rows):
                p = table.cells[r][0]
                name = labels.row_label(table.row_dimension, code, language)
                self._rows.append((name, p.text(k), p.value, table.level(r) == 1))
        if table is not None:
            total = table.column_totals[0]
            if not (table.withheld and total.hidden):
                self._rows.append((total_name, total.text(table.k), total.value, False))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, text, value, sub = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return ("    " + name) if sub else name
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() == 0:
                return name
            return text if value is not None else f"{text} ({self._hidden_name})"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._headers[section] if 0 <= section < 2 else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def text_at(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)))


class ExportHistoryModel(QAbstractTableModel):
    """What was exported: period, format, when, and whether the data changed since."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []
        self._headers: tuple[str, ...] = ("", "", "", "")

    def set_rows(self, rows: list[tuple[str, str, str, str]], headers: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
